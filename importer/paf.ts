/**
 * Minutes in the 2017 Police Accountability Forum style (000): numbered bold
 * headings "4. **Title**", narrative bullets with nested " - " items, the
 * PCC's questions written as prose ("The PCC asked if …. The Chief
 * Constable stated …"), unnumbered actions, "Date of Next Meeting" and
 * "....." signature lines. The paper states no title, date or attendance:
 * who and when come from a recorded identity decision (imports/aliases.json).
 */
import { dateClaim } from './agenda.ts';
import type { DocIdentity } from './aliases.ts';
import type { DateClaimDraft, MeetingDraftData } from './meetings-types.ts';
import {
  appendParagraphs,
  bodyByName,
  cells,
  actionSeriesId,
  clean,
  compact,
  DATE_WORDING,
  isSeparatorRow,
  paragraphs,
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
import {
  isActionsHeader,
  parseAttendee,
  parseBlocks,
  planEntryFor,
  readSignatures,
  speakers,
  splitUpdates,
  type BlockDraft,
  type ListItemDraft,
  type NumberedLine,
} from './minutes.ts';
import { partWordsPattern, profilePath, prosePatterns, statusSentencesText, statusWordsPattern, type MeetingWhen, type ProsePatterns } from './profile.ts';
import { ImportError, type AttendeeDraft, type EntryDraft, type MinuteSectionDraft, type SourceDoc } from './source.ts';

/** Who and when, for a paper that does not say: recorded in imports/aliases.json. */
/** Who and when for a paper: stated by it, or recorded in imports/aliases.json (checked there). */
export type { DocIdentity };

const HEADING = /^(\d+)\.\s+\*\*(.+?)\*\*\s*$/;

/** The profile's prose-minutes words as patterns, or an import error naming what the profile lacks. */
function prose(doc: SourceDoc): ProsePatterns {
  const patterns = prosePatterns();
  if (patterns) return patterns;
  throw new ImportError(doc.file, undefined, 'a publisher profile that says how prose minutes word their questions', undefined, {
    description: `no "proseMinutes" in ${profilePath()}`,
    hint: 'add "proseMinutes" to the profile, in the words this publisher prints: askers ("The PCC"), askVerbs ("asked"), answerers ("Chief Constable"), answerJoins ("to which") and requestVerbs ("requested")',
  });
}

/**
 * Split a prose question into the question and the answer, without changing a character. The answer starts
 * at a sentence opened by one of the profile's answerers, or at one of its answer joins after a comma.
 */
export function splitProseQuestion(text: string, patterns: ProsePatterns | undefined = prosePatterns()): { question: string; answer?: string } {
  const m = patterns?.answerStart.exec(text);
  if (!m) return { question: text };
  return { question: text.slice(0, m.index).trimEnd(), answer: text.slice(m.index) };
}

export interface PafResult {
  entries: EntryDraft[];
  claimed: Array<[number, number]>;
  warnings: string[];
}

/**
 * What formal minutes print above their numbered items (title, "Minutes of the meeting held on …",
 * "Present:", "Apologies:"): `from` is the first line after that front matter, `meeting` the fields it gives.
 */
export interface MinutesFront {
  from: number;
  meeting: Partial<MeetingDraftData>;
}

export function parsePaf(doc: SourceDoc, identity: DocIdentity, front?: MinutesFront): PafResult {
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
  const words = prose(doc);

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
  let first = front?.from ?? 1;
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

  const minutes: MinuteSectionDraft[] = [];
  const questions: EntryDraft[] = [];
  const actions: EntryDraft[] = [];
  const others: EntryDraft[] = [];
  let nextMeeting: { text: string; meeting: string } | undefined;
  let qOrder = 0;
  let actionNo = 0;
  // The series is named from the body and the year of this meeting, where the minutes' numbering begins.
  const series = actionSeriesId(identity.body, id);

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
      const claim: DateClaimDraft = { date: date.date, text: m[1]!, source: ref(doc.id, l.n) };
      if (date.weekdayMatches === false) claim.note = `"${m[1]}" names a ${date.weekday}, but ${humanDate(date.date)} was a ${date.actualWeekday}.`;
      const data: MeetingDraftData = compact({
        body: identity.body,
        date: { kind: 'exact', date: date.date },
        dateClaims: [claim],
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
      others.push({ collection: 'meetings', id: nid, data });
      minutes.push(compact({ id: sid, number: s.number, title: s.title.replace(/:$/, ''), kind: 'next-meeting', blocks: [], sources: [ref(doc.id, s.line, s.end)] }));
      continue;
    }

    // Separate prose questions (and the paragraphs that continue their answers) from the narrative.
    const narrative: NumberedLine[] = [];
    const qs: Array<{ question: string[]; answer: string[]; first: number; last: number }> = [];
    let inAnswer: (typeof qs)[number] | undefined;
    const table = actionsTable(doc, s.lines, { id, body: identity.body, series, next: () => ++actionNo });
    actions.push(...table.actions);
    for (const l of s.lines) {
      if (table.lines.has(l.n)) continue;
      if (isBlank(l.raw)) {
        if (!inAnswer) narrative.push(l);
        continue;
      }
      const bullet = /^\s*- (.*)$/.exec(l.raw);
      const text = clean(bullet ? bullet[1]! : l.raw);
      // A sentence introducing a list ("The PCC asked for updates … on the following actions …:") is not a question.
      if (words.questionStart.test(text) && !/:$/.test(text)) {
        const split = splitProseQuestion(text, words);
        // A question that runs on after its first sentence, with no answer recognised: the rest may be an answer by
        // someone the profile does not list. The text is kept as printed; the clerk is told how to have it read.
        if (!split.answer && /[.?!]["'’”)]?\s+\S/.test(split.question.trimEnd())) {
          warnings.push(
            `${doc.file}:${l.n}: the question "${split.question.length > 80 ? `${split.question.slice(0, 77)}...` : split.question}" runs on after its first sentence, and no answer was recognised in it; ` +
              `if the rest is the answer, add who gives it, as the minutes name them (a title such as "Superintendent"), to proseMinutes.answerers in ${profilePath()}`,
          );
        }
        inAnswer = { question: [split.question], answer: split.answer ? [split.answer] : [], first: l.n, last: l.n };
        qs.push(inAnswer);
        continue;
      }
      // A paragraph printed wholly in bold ("**The PCC requested …**") is the meeting's decision or a
      // heading, not more of the answer: it ends the answer and is read with the narrative (new actions).
      if (inAnswer && !bullet && !/^\*\*[^*].*\*\*$/.test(text)) {
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
        // "… the Strategic Policing Objectives for <part word> 7 of the Police and Crime Plan."
        const p = PART_OF_PLAN_RE.exec(b.text);
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
    actions.push(...pafActions(doc, blocks, narrative, { id, series, previous: identity.previousMeeting?.id, next: () => ++actionNo, request: words.request }));
    minutes.push(
      compact({
        id: sid,
        number: s.number,
        title: s.title,
        kind: qs.length ? 'questions' : /emerging .*risks/i.test(s.title) ? 'risks' : table.actions.length && blocks.length === 0 ? 'actions' : 'item',
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
    others.push({ collection: 'meetings', id: identity.previousMeeting.id, data });
  }

  const meeting: MeetingDraftData = compact({
    ...front?.meeting,
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
    entries: [{ collection: 'meetings', id, data: meeting }, ...others, ...questions, ...actions],
    claimed: [[first, doc.lines.length]],
    warnings,
  };
}

/**
 * Unnumbered actions: the nested items under "… the following actions from
 * the previous meeting:" (closed by a later "… the actions can now be
 * closed." paragraph), and bold requests "**The PCC requested …**" (new; the profile's askers and request verbs).
 */
/** "<part word> N of the Police and Crime Plan", a part word of the profile's plans. */
const PART_OF_PLAN_RE = new RegExp(`\\b${partWordsPattern()} \\d+ of the Police and Crime Plan\\b`);

/** "The actions can now be closed": a paragraph closing the previous meeting's actions (the profile's closed words). */
const ACTIONS_CLOSED = new RegExp(`actions can now be ${statusWordsPattern(['closed'])}`, 'i');

function pafActions(
  doc: SourceDoc,
  blocks: BlockDraft[],
  lines: NumberedLine[],
  ctx: { id: string; series: string; previous: string | undefined; next: () => number; request: RegExp },
): EntryDraft[] {
  const out: EntryDraft[] = [];
  const lineOf = (text: string) => lines.find((l) => clean(l.raw.replace(/^\s*- /, '')) === text || clean(l.raw).includes(text.slice(0, 60)))?.n ?? lines[0]?.n ?? 1;
  const closing = blocks.find((b): b is { type: 'p'; text: string } => b.type === 'p' && ACTIONS_CLOSED.test(b.text));
  for (const b of blocks) {
    // A request printed in bold as a paragraph of its own, not inside a bullet, is a new action too.
    if (b.type === 'p') {
      for (const m of b.text.matchAll(ctx.request)) {
        const k = ctx.next();
        out.push({
          collection: 'actions',
          id: `${ctx.series}-action-${k}`,
          data: { series: ctx.series, raisedAt: ctx.id, owner: 'Not stated in the papers', text: m[1]!, updates: [], status: 'new', sources: [{ doc: doc.id, line: lineOf(b.text) }] },
        });
      }
    }
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
              ? [{ meeting: ctx.id, text: [closing.text], status: 'closed' as const, sources: [{ doc: doc.id, line: lineOf(closing.text) }] }]
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
        for (const m of item.text.matchAll(ctx.request)) {
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

/** An actions table in minutes: unnumbered rows "<the action as printed where it was raised>\t<dated update … Action closed.>". */
function actionsTable(
  doc: SourceDoc,
  lines: NumberedLine[],
  ctx: { id: string; body: string; series: string; next: () => number },
): { actions: EntryDraft[]; lines: Set<number> } {
  const used = new Set<number>();
  const rows: Array<{ description: string; update: string[]; first: number; last: number }> = [];
  let inTable = false;
  let pageBreak = false;
  for (const l of lines) {
    if (isBlank(l.raw)) {
      if (inTable) pageBreak = true;
      continue;
    }
    if (!l.raw.includes('\t')) {
      inTable = false;
      continue;
    }
    const c = cells(l.raw);
    if (isSeparatorRow(l.raw) && inTable) {
      used.add(l.n);
      pageBreak = true;
      continue;
    }
    if (isActionsHeader(c.map(plainLine))) {
      inTable = true;
      pageBreak = true;
      used.add(l.n);
      continue;
    }
    if (!inTable) continue; // other TAB lines stay narrative, as before
    used.add(l.n);
    if (c.length !== 2) throw new ImportError(doc.file, l.n, 'an actions table row with exactly two cells (the action, and its update)', l.raw);
    const [c0, c1] = c as [string, string];
    const last = rows[rows.length - 1];
    if (c0.trim() === '') {
      if (!last || !pageBreak) {
        throw new HintedImportError(
          doc.file,
          l.n,
          last ? `the action in the first cell (an empty first cell continues the row before, line ${last.first}, only on the first row after a page break)` : 'an action row before a row with an empty first cell',
          l.raw,
          last ? `if this update belongs to the action at line ${last.first}, join it to that row's update cell; otherwise put the action, as printed where it was raised, in the first cell` : 'put the action, as printed where it was raised, in the first cell',
        );
      }
      appendParagraphs(last.update, paragraphs(c1));
      last.last = l.n;
      pageBreak = false;
      continue;
    }
    pageBreak = false;
    rows.push({ description: clean(c0), update: paragraphs(c1), first: l.n, last: l.n });
  }
  const actions: EntryDraft[] = [];
  let quoted = 0;
  for (const r of rows) {
    if (/^Action \d+\b/.test(r.description)) {
      throw new HintedImportError(
        doc.file,
        r.first,
        'an action quoted as printed where it was raised (these minutes number no actions)',
        r.description.slice(0, 80),
        'remove the number and quote the action exactly as the minutes that raised it print it; the importer finds the action by its words',
      );
    }
    const updates = splitUpdates(r.update);
    const lastU = updates[updates.length - 1];
    if (!lastU?.status) {
      throw new HintedImportError(
        doc.file,
        r.last,
        `an action update ending with its status: ${statusSentencesText()}`,
        r.update.join(' ').slice(0, 120),
        'end the update with the status sentence printed in the minutes; if the publisher uses another word for a status, it must be added to the importer\'s status words first',
      );
    }
    const isNew = updates.every((u) => u.status === 'new');
    const aid = isNew ? `${ctx.series}-action-${ctx.next()}` : `${ctx.series}-quoted-${++quoted}`;
    const source = ref(doc.id, r.first, r.last);
    actions.push({
      collection: 'actions',
      id: aid,
      data: compact({
        series: ctx.series,
        raisedAt: ctx.id,
        owner: /^(.+?)\s+(?:is|are) to\s/.exec(r.description)?.[1] ?? 'Not stated in the papers',
        text: r.description,
        updates: updates.map((u) =>
          compact({ date: u.date, dateText: u.dateText, meeting: u.date ? meetingId(u.date, ctx.body) : ctx.id, text: u.text, status: u.status, sources: [source] }),
        ),
        status: lastU.status,
        sources: [source],
        _recordedAt: ctx.id,
        // An update of an action raised at an earlier meeting: merge finds that action by these words (quoted-actions.ts).
        _quotes: isNew ? undefined : true,
      }),
    });
  }
  return { actions, lines: used };
}

/** "Minutes of the meeting held on Monday 5th February 2018[, 14:30 to 16:30][, in the <venue>]". */
const HELD_ON = new RegExp(`^Minutes of the (?:(.+?) )?meeting held on (${DATE_WORDING})(.*)$`, 'i');
const TIME_AT_START = /^(\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*(?:to|–|-)\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?)/i;

/** The line of "Minutes of the meeting held on …" when the paper's first line names a body and the next says so; else undefined. */
export function formalMinutesAt(doc: SourceDoc, first: number): number | undefined {
  if (!bodyByName(plainLine(doc.lines[first - 1] ?? ''))) return undefined;
  let n = first + 1;
  while (n <= doc.lines.length && isBlank(doc.lines[n - 1])) n++;
  return /^Minutes of the\b.*\bmeeting held on\b/i.test(plainLine(doc.lines[n - 1] ?? '')) ? n : undefined;
}

/**
 * Formal minutes: the body's name, "Minutes of the meeting held on <date>[, <time>][, in <venue>]",
 * "Present:" and "Apologies:" lists ("- Role – Name, Organisation"), then numbered items as in the
 * Forum's minutes. Which meeting they record comes from the paper; a recorded identity decision
 * for the paper must name the same meeting.
 */
export function parseFormalMinutes(doc: SourceDoc, first: number, recorded?: DocIdentity): PafResult & { meetingId: string; body: string; dateText: string } {
  const L = (n: number) => doc.lines[n - 1] ?? '';
  const body = bodyByName(plainLine(L(first)))!;
  const at = formalMinutesAt(doc, first)!;
  const text = plainLine(L(at));
  const m = HELD_ON.exec(text);
  const claim = m ? dateClaim(doc, at, m[2]!) : undefined;
  if (!m || !claim?.date) {
    throw new HintedImportError(
      doc.file,
      at,
      '"Minutes of the meeting held on <date>" with a full date under the body\'s name',
      text,
      'write the date as the minutes print it, e.g. "Minutes of the meeting held on Monday 5th February 2018, 14:30 to 16:30, in the Filby room, …"',
    );
  }
  if (m[1] && (bodyByName(m[1]) ? bodyByName(m[1])!.id !== body.id : !/^(?:public|formal)$/i.test(m[1]))) {
    throw new HintedImportError(doc.file, at, `"Minutes of the meeting held on …" or "Minutes of the ${body.name} meeting held on …"`, text, `the title line names ${body.name}; the minutes must record a meeting of that body`);
  }
  let rest = m[3]!.replace(/^\s*,?\s*/, '');
  const t = TIME_AT_START.exec(rest);
  const range = t ? parseTimeRange(t[1]!) : undefined;
  if (t && range) rest = rest.slice(t[0].length).replace(/^\s*,?\s*/, '');
  const v = /^(?:in|at) (?:the )?(.+?)\.?$/i.exec(rest);
  if (rest !== '' && !v) {
    throw new HintedImportError(doc.file, at, 'after the date, only the time ("14:30 to 16:30") and the venue ("in the …")', rest, 'put anything else the minutes say about the meeting in an item below');
  }
  const id = meetingId(claim.date, body.id);
  if (recorded && recorded.meeting !== id) {
    throw new HintedImportError(
      doc.file,
      at,
      `the meeting imports/aliases.json records for this paper (${recorded.meeting})`,
      `${text.slice(0, 80)} (meeting ${id})`,
      'the paper states which meeting it records: remove the identity decision for this paper from imports/aliases.json, or correct the date in the paper if it is a typo',
    );
  }
  // Present: / Apologies: lists.
  const attendance: AttendeeDraft[] = [];
  const apologies: AttendeeDraft[] = [];
  let list: AttendeeDraft[] | undefined;
  let n = at + 1;
  for (; n <= doc.lines.length; n++) {
    const raw = L(n);
    if (isBlank(raw)) continue;
    const p = plainLine(raw);
    if (/^(?:Present|In attendance):?$/i.test(p)) list = attendance;
    else if (/^Apologies(?: for absence)?:?$/i.test(p)) list = apologies;
    else if (/^\s*-\s/.test(raw) && list) list.push(parseAttendee(doc, n, raw));
    else if (/^\s*-\s/.test(raw)) {
      throw new HintedImportError(doc.file, n, '"Present:" or "Apologies:" above a list of people', raw, 'put the heading the minutes print ("Present:", "Apologies:") above the list');
    } else break;
  }
  const identity: DocIdentity = { doc: doc.id, reason: 'stated by the paper', ...recorded, meeting: id, body: body.id, date: { kind: 'exact', date: claim.date } };
  const result = parsePaf(doc, identity, {
    from: n,
    meeting: compact({
      dateClaims: [claim],
      startTime: range?.start,
      endTime: range?.end,
      timeText: t && range ? t[1]!.trim() : undefined,
      _timeSource: t && range ? ref(doc.id, at) : undefined,
      venue: v?.[1],
      venueClaims: v ? [{ text: v[1]!, source: ref(doc.id, at) }] : undefined,
      attendance,
      apologies,
      // The line as printed: date, time and venue in the minutes' own words.
      mentions: [{ source: ref(doc.id, at), text }],
    }),
  });
  return { ...result, claimed: [[first, n - 1], ...result.claimed], meetingId: id, body: body.id, dateText: claim.text };
}
