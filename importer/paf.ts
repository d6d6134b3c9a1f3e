/**
 * Minutes in the 2017 Police Accountability Forum style (000): numbered bold
 * headings "4. **Title**", narrative bullets with nested " - " items, the
 * PCC's questions written as prose ("The PCC asked if …. The Chief
 * Constable stated …"), unnumbered actions, "Date of Next Meeting" and
 * "....." signature lines. The paper states no title, date or attendance:
 * who and when come from a recorded identity decision (imports/aliases.json).
 */
import type { MeetingDraftData } from './meetings-types.ts';
import {
  clean,
  compact,
  HintedImportError,
  humanDate,
  isBlank,
  meetingId,
  numberAfter,
  parseDateText,
  parseTimeRange,
  plainLine,
  ref,
  throwProblems,
} from './meetings-util.ts';
import { parseBlocks, planEntryFor, readSignatures, speakers, type BlockDraft, type ListItemDraft, type NumberedLine } from './minutes.ts';
import type { MeetingWhen } from './profile.ts';
import { ImportError, type EntryDraft, type SourceDoc } from './source.ts';

/** Who and when, for a paper that does not say: recorded in imports/aliases.json. */
export interface DocIdentity {
  doc: string;
  meeting: string;
  body: string;
  date:
    | { kind: 'exact'; date: string }
    | { kind: 'not-stated'; notBefore?: string; notAfter?: string; evidence: string };
  /** The meeting "the previous meeting" refers to, when the paper mentions one. */
  previousMeeting?: { id: string; date: { kind: 'not-stated'; notBefore?: string; notAfter?: string; evidence: string } };
  /** Plan period the paper's "Priority N" refers to, e.g. "2016-17". */
  planPeriod?: string;
  notes?: string[];
  reason: string;
}

const HEADING = /^(\d+)\.\s+\*\*(.+?)\*\*\s*$/;
const QUESTION_START = /^The PCC (?:asked|queried|questioned|enquired)\b/;
/** Where the answer starts in a prose question: a sentence opened by someone other than the PCC, or ", to which …". */
const ANSWER_START =
  /(?<=[.?!]\s)(?=(?:The )?(?:Chief Constable|Chief|CC|DCC|ACC|T\/ACC|Deputy Chief Constable|Chief Finance Officer)\b)|(?<=,\s)(?=to which\b)/;

/** Split a prose question into the question and the answer, without changing a character. */
export function splitProseQuestion(text: string): { question: string; answer?: string } {
  const m = ANSWER_START.exec(text);
  if (!m) return { question: text };
  return { question: text.slice(0, m.index).trimEnd(), answer: text.slice(m.index) };
}

export interface PafResult {
  entries: EntryDraft[];
  claimed: Array<[number, number]>;
  warnings: string[];
}

export function parsePaf(doc: SourceDoc, identity: DocIdentity): PafResult {
  const warnings: string[] = [];
  const L = (n: number) => doc.lines[n - 1] ?? '';
  const id = identity.meeting;
  // The plan in force when the meeting was held (its date, or the range the papers allow), or the one a decision names.
  const planWhen: MeetingWhen =
    identity.date.kind === 'exact'
      ? identity.planPeriod === undefined
        ? identity.date.date
        : { notBefore: identity.date.date, notAfter: identity.date.date, period: identity.planPeriod }
      : compact({ notBefore: identity.date.notBefore, notAfter: identity.date.notAfter, period: identity.planPeriod });
  const planWarn = (w: string) => warnings.push(`${doc.file}: ${w}`);

  // Split into: leading fragment, numbered sections, signatures.
  interface Sec {
    number?: string;
    title: string;
    line: number;
    end: number;
    lines: NumberedLine[];
  }
  const secs: Sec[] = [];
  const problems: ImportError[] = [];
  let sigStart: number | undefined;
  let first = 1;
  while (first <= doc.lines.length && isBlank(L(first))) first++;
  let cur: Sec | undefined;
  for (let n = first; n <= doc.lines.length; n++) {
    const raw = L(n);
    const h = HEADING.exec(raw);
    if (h) {
      const previous = [...secs].reverse().find((x) => x.number !== undefined);
      if (previous?.number && !numberAfter(h[1]!, previous.number)) {
        problems.push(
          new HintedImportError(
            doc.file,
            n,
            `an item number after ${previous.number} (line ${previous.line}): numbered items must go up, or what is minuted under them (questions, actions) joins the wrong item`,
            raw,
            h[1] === previous.number
              ? `if this is item ${previous.number} continued, remove the repeated heading; if it is another item, give it the number printed in the minutes`
              : `correct the number to the one printed in the minutes`,
          ),
        );
      }
      cur = { number: h[1]!, title: h[2]!.trim(), line: n, end: n, lines: [] };
      secs.push(cur);
      continue;
    }
    if (/^\.{3,}\s*$/.test(raw)) {
      sigStart = n;
      break;
    }
    if (!cur) {
      // Text before the first heading: the tail of an item whose heading is not in the paper.
      cur = { title: '', line: n, end: n, lines: [] };
      secs.push(cur);
    }
    cur.lines.push({ n, raw });
    if (!isBlank(raw)) cur.end = n;
  }
  throwProblems(problems);
  const fragment = secs[0] && secs[0].title === '' ? secs[0] : undefined;
  if (fragment) {
    const next = secs[1]?.number;
    if (next && Number(next) > 1) fragment.number = String(Number(next) - 1);
    fragment.title = 'Heading not in the papers: the minutes begin partway through this item';
  }

  const minutes: Array<Record<string, unknown>> = [];
  const questions: EntryDraft[] = [];
  const actions: EntryDraft[] = [];
  const others: EntryDraft[] = [];
  let nextMeeting: { text: string; meeting: string } | undefined;
  let qOrder = 0;
  let actionNo = 0;
  const series = `${identity.body === 'police-accountability-forum' ? 'paf' : identity.body}-${id.slice(0, 4)}`;

  for (const s of secs) {
    const sid = s.number ? `item-${s.number}` : 'item-fragment';
    let presenter: string | undefined;
    if (/date of next meeting/i.test(s.title)) {
      const vis = s.lines.filter((l) => !isBlank(l.raw));
      const l = vis[0];
      if (!l || vis.length !== 1) throw new ImportError(doc.file, s.line, 'one line giving the next meeting after "Date of Next Meeting"');
      const text = plainLine(l.raw);
      const m = /^(.+?\d{4})\s+[–-]\s+(\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s+to\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?)\s+in the\s+(.+)$/i.exec(text);
      const date = m ? parseDateText(m[1]!) : {};
      const range = m ? parseTimeRange(m[2]!) : undefined;
      if (!m || !date.date || !range) {
        throw new ImportError(doc.file, l.n, 'the next meeting written "<Weekday d Month yyyy> – <hh:mm> to <hh:mm> in the <venue>"', text);
      }
      const nid = meetingId(date.date, identity.body);
      nextMeeting = { text, meeting: nid };
      const claim: Record<string, unknown> = { date: date.date, text: m[1]!, source: ref(doc.id, l.n) };
      if (date.weekdayMatches === false) claim['note'] = `"${m[1]}" names a ${date.weekday}, but ${humanDate(date.date)} was a ${date.actualWeekday}.`;
      const data: MeetingDraftData = compact({
        body: identity.body,
        date: { kind: 'exact', date: date.date },
        dateClaims: [claim as never],
        startTime: range.start,
        endTime: range.end,
        timeText: m[2]!,
        _timeSource: ref(doc.id, l.n),
        venue: m[3]!,
        venueClaims: [{ text: m[3]!, source: ref(doc.id, l.n) }],
        status: 'scheduled',
        mentions: [{ source: ref(doc.id, l.n), text: `${s.title} ${text}` }],
        _rank: 3,
      });
      others.push({ collection: 'meetings', id: nid, data: data as unknown as Record<string, unknown> });
      minutes.push(compact({ id: sid, number: s.number, title: s.title.replace(/:$/, ''), kind: 'next-meeting', blocks: [], sources: [ref(doc.id, s.line, s.end)] }));
      continue;
    }

    // Separate prose questions (and the paragraphs that continue their answers) from the narrative.
    const narrative: NumberedLine[] = [];
    const qs: Array<{ question: string[]; answer: string[]; first: number; last: number }> = [];
    let inAnswer: (typeof qs)[number] | undefined;
    for (const l of s.lines) {
      if (isBlank(l.raw)) {
        if (!inAnswer) narrative.push(l);
        continue;
      }
      const bullet = /^\s*- (.*)$/.exec(l.raw);
      const text = clean(bullet ? bullet[1]! : l.raw);
      // A sentence introducing a list ("The PCC asked for updates … on the following actions …:") is not a question.
      if (QUESTION_START.test(text) && !/:$/.test(text)) {
        const split = splitProseQuestion(text);
        inAnswer = { question: [split.question], answer: split.answer ? [split.answer] : [], first: l.n, last: l.n };
        qs.push(inAnswer);
        continue;
      }
      if (inAnswer && !bullet) {
        inAnswer.answer.push(text);
        inAnswer.last = l.n;
        continue;
      }
      inAnswer = undefined;
      narrative.push(l);
    }
    const repairs: string[] = [];
    const blocks = parseBlocks(narrative, repairs, doc.file);
    warnings.push(...repairs);
    // The presenter: "<who> presented the report" / "<who> gave a summary of the report".
    let planEntry = planEntryFor(s.title, planWhen, planWarn);
    for (const b of blocks) {
      if (b.type !== 'p') continue;
      const m = /^(?:The )?(.+?) (?:presented|gave a summary of) the report\b/.exec(b.text);
      if (m) {
        presenter = m[1]!;
        // "… the Strategic Policing Objectives for Priority 7 of the Police and Crime Plan."
        const p = /\bPriority \d+ of the Police and Crime Plan\b/.exec(b.text);
        if (p) planEntry ??= planEntryFor(p[0], planWhen, planWarn);
        break;
      }
    }
    for (const x of qs) {
      qOrder++;
      questions.push({
        collection: 'questions',
        id: `${id}-q-${qOrder}`,
        data: compact({
          kind: 'pcc',
          meeting: id,
          minuteSection: sid,
          section: s.number ? `${s.number}. ${s.title}` : s.title,
          planEntry,
          order: qOrder,
          question: x.question,
          answer: x.answer,
          answeredBy: speakers(x.answer),
          actions: [],
          sources: [ref(doc.id, x.first, x.last)],
        }),
      });
    }
    actions.push(...pafActions(doc, blocks, narrative, { id, series, previous: identity.previousMeeting?.id, next: () => ++actionNo }));
    minutes.push(
      compact({
        id: sid,
        number: s.number,
        title: s.title,
        kind: qs.length ? 'questions' : /emerging .*risks/i.test(s.title) ? 'risks' : 'item',
        presenter,
        planEntry,
        blocks,
        sources: [ref(doc.id, s.line, s.end)],
      }),
    );
  }

  // Signatures: "....." then name then role.
  const signatories: Array<{ name: string; role: string }> = [];
  if (sigStart !== undefined) {
    const vis: NumberedLine[] = [];
    for (let n = sigStart; n <= doc.lines.length; n++) if (!isBlank(L(n))) vis.push({ n, raw: L(n) });
    signatories.push(...readSignatures(doc, vis, /^\.{3,}\s*$/, 'a signature line "....."'));
  }

  if (identity.previousMeeting) {
    const data: MeetingDraftData = {
      body: identity.body,
      date: identity.previousMeeting.date,
      status: 'held',
      mentions: [{ source: ref(doc.id, first), text: clean(L(first).replace(/^\s*- /, '')) }],
      notes: ['The papers refer to this meeting only as "the previous meeting"; its date, venue and minutes are not in the papers.'],
      _rank: 3,
    };
    others.push({ collection: 'meetings', id: identity.previousMeeting.id, data: data as unknown as Record<string, unknown> });
  }

  const meeting: MeetingDraftData = compact({
    body: identity.body,
    date: identity.date,
    status: 'held',
    minutes,
    nextMeeting,
    signatories,
    papers: { minutes: [doc.id] },
    notes: identity.notes,
    _rank: 2,
  });
  return {
    entries: [{ collection: 'meetings', id, data: meeting as unknown as Record<string, unknown> }, ...others, ...questions, ...actions],
    claimed: [[first, doc.lines.length]],
    warnings,
  };
}

/**
 * Unnumbered actions: the nested items under "… the following actions from
 * the previous meeting:" (closed by a later "… the actions can now be
 * closed." paragraph), and bold requests "**The PCC requested …**" (new).
 */
function pafActions(
  doc: SourceDoc,
  blocks: BlockDraft[],
  lines: NumberedLine[],
  ctx: { id: string; series: string; previous: string | undefined; next: () => number },
): EntryDraft[] {
  const out: EntryDraft[] = [];
  const lineOf = (text: string) => lines.find((l) => clean(l.raw.replace(/^\s*- /, '')) === text || clean(l.raw).includes(text.slice(0, 60)))?.n ?? lines[0]?.n ?? 1;
  const closing = blocks.find((b): b is { type: 'p'; text: string } => b.type === 'p' && /actions can now be closed/i.test(b.text));
  for (const b of blocks) {
    if (b.type !== 'ul') continue;
    const walk = (items: ListItemDraft[]) => {
      for (const item of items) {
        if (/following actions from the previous meeting:?$/i.test(item.text) && item.children?.length) {
          if (!ctx.previous) throw new ImportError(doc.file, lineOf(item.text), 'an identity decision naming "the previous meeting" in imports/aliases.json');
          for (const child of item.children) {
            const n = lineOf(child.text);
            const owner = /^For (the [A-Z][\w ]*?) to (?!be\b)/.exec(child.text)?.[1];
            const k = ctx.next();
            const update = closing
              ? [{ meeting: ctx.id, text: [closing.text], status: 'closed', sources: [{ doc: doc.id, line: lineOf(closing.text) }] }]
              : [];
            out.push({
              collection: 'actions',
              id: `${ctx.series}-action-${k}`,
              data: {
                series: ctx.series,
                raisedAt: ctx.previous,
                owner: owner ? owner.charAt(0).toUpperCase() + owner.slice(1) : 'Not stated in the papers',
                text: child.text,
                updates: update,
                status: closing ? 'closed' : 'ongoing',
                sources: [{ doc: doc.id, line: n }],
              },
            });
          }
        }
        for (const m of item.text.matchAll(/\*\*(The PCC requested .+?)\*\*/g)) {
          const k = ctx.next();
          out.push({
            collection: 'actions',
            id: `${ctx.series}-action-${k}`,
            data: {
              series: ctx.series,
              raisedAt: ctx.id,
              owner: 'Not stated in the papers',
              text: m[1]!,
              updates: [],
              status: 'new',
              sources: [{ doc: doc.id, line: lineOf(item.text) }],
            },
          });
        }
        walk(item.children ?? []);
      }
    };
    walk(b.items);
  }
  return out;
}
