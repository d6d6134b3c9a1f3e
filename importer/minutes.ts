/**
 * Meeting summaries ("Summary of the PCC Accountability Meeting", 001:61-204,
 * 003:3-146, 004:61-218) and the narrative building blocks shared with the
 * 2017 Forum minutes (paf.ts): bullet lists with nesting, paragraphs joined
 * across page breaks, speakers named in answers.
 *
 * A summary is a title, "Date:", "Venue:", then numbered or unnumbered
 * headings. Each heading opens a minute section whose body is bullets,
 * paragraphs, a Q/A table or the actions table; "Date of next meeting" and
 * "Signatures" have their own shapes. Tables survive repeated headers after
 * page breaks, `--\t---` separators, blank lines, continuation rows with an
 * empty first cell, and question continuations whose first cell is not empty
 * (the previous question cell stops mid-sentence).
 */
import { relative } from 'node:path';
import { dateClaim } from './agenda.ts';
import type { DateClaimDraft, MeetingDraftData } from './meetings-types.ts';
import {
  appendParagraphs,
  bodyByName,
  BODIES,
  cells,
  clean,
  collapse,
  compact,
  DATE_WORDING,
  endsSentence,
  HintedImportError,
  humanDate,
  isBlank,
  isSeparatorRow,
  meetingId,
  actionIdOf,
  actionSeriesId,
  numberAfter,
  paragraphs,
  parseDateText,
  plainLine,
  ref,
  slugify,
  throwProblems,
} from './meetings-util.ts';
import { NAME_WORD, personId } from './people.ts';
import { planPartAt, profile, profilePath, statusSentencesText, statusWordsPattern, wordsPattern, type MeetingWhen } from './profile.ts';
import { ImportError, type AttendeeDraft, type EntryDraft, type EntryDraftOf, type MinuteSectionDraft, type SourceDoc } from './source.ts';

export interface ListItemDraft {
  text: string;
  children?: ListItemDraft[];
}
export type BlockDraft = { type: 'p'; text: string } | { type: 'ul'; items: ListItemDraft[] } | { type: 'h'; text: string };

/** One line of narrative with its line number. */
export interface NumberedLine {
  n: number;
  raw: string;
}

/**
 * Turn narrative lines into blocks: `- ` bullets, ` - ` nested bullets, and
 * paragraphs. A line that starts in lower case after a line that stops
 * mid-sentence continues it (a page break split the sentence). A top-level
 * bullet that sits, after a blank line, between nested bullets lost its
 * indent at a page break and is nested again (000:44); each such repair is
 * reported through `repairs`.
 */
export function parseBlocks(lines: NumberedLine[], repairs: string[] = [], file = ''): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  let list: ListItemDraft[] | undefined;
  let lastItem: { get: () => string; set: (s: string) => void } | undefined;
  let lastWasNested = false;
  let sawBlank = false;
  const visible = lines.filter((l) => !isBlank(l.raw));
  for (let i = 0; i < lines.length; i++) {
    const { n, raw } = lines[i]!;
    if (isBlank(raw)) {
      sawBlank = true;
      continue;
    }
    const top = /^- (.*)$/.exec(raw);
    const nested = /^\s+- (.*)$/.exec(raw);
    const text = clean(top?.[1] ?? nested?.[1] ?? raw);
    // Continuation of a sentence split by a page break.
    if (!top && !nested && lastItem && !endsSentence(lastItem.get()) && /^[a-z]/.test(text)) {
      lastItem.set(`${lastItem.get()} ${text}`);
      sawBlank = false;
      continue;
    }
    if (top || nested) {
      let isNested = Boolean(nested);
      if (top && sawBlank && lastWasNested) {
        const idx = visible.findIndex((v) => v.n === n);
        const next = visible[idx + 1];
        if (next && /^\s+- /.test(next.raw)) {
          isNested = true;
          repairs.push(`${file}:${n}: bullet "${text.slice(0, 40)}…" lost its indent at a page break; kept nested like its neighbours`);
        }
      }
      if (!list) {
        list = [];
        blocks.push({ type: 'ul', items: list });
      }
      const item: ListItemDraft = { text };
      if (isNested && list.length > 0) {
        const parent = list[list.length - 1]!;
        (parent.children ??= []).push(item);
      } else {
        list.push(item);
      }
      lastItem = { get: () => item.text, set: (s) => (item.text = s) };
      lastWasNested = isNested && list.length > 0 && list[list.length - 1] !== item;
    } else {
      list = undefined;
      const block: BlockDraft = { type: 'p', text };
      blocks.push(block);
      lastItem = { get: () => block.text, set: (s) => (block.text = s) };
      lastWasNested = false;
    }
    sawBlank = false;
  }
  return blocks;
}

const SPEAKER_TITLES =
  String.raw`(?:(?:Temporary |T\/)?(?:Assistant |Deputy )?Chief (?:Constable|Officer|Finance Officer|Inspector|Superintendent)|(?:Detective )?(?:Chief )?(?:Superintendent|Inspector)|Police and Crime Commissioner|Chief|T\/ACC|ACC|ACO|DCC|CC|PCC)`;
/** The titles a speaker may be named by: the ranks above, and the answerers of the publisher's prose minutes ("DCI"). */
const SPEAKER_NAMES = `(?:${wordsPattern(profile().proseMinutes?.answerers ?? [])}|${SPEAKER_TITLES})`;
const SPEAKER = new RegExp(
  String.raw`(?:^|(?<=[.?!]["'’”]?\s)|(?<=\bto which ))((?:The |the )?${SPEAKER_NAMES}(?: \((?:T\/)?[A-Z]+\))?(?: (?!The\b)${NAME_WORD}(?: ${NAME_WORD})?)?) (?:also |then |further )?(?:confirmed|stated|commented|comments|added|explained|suggested|suggests|mentioned|stipulated|reiterated|said|agreed|advised|assured|replied|acknowledged|clarified|raised|concluded|was|is|would|has|had|provided|highlighted|noted|expressed|queried|asked|questioned)\b`,
  'gu',
);

/** The people an answer names as speaking, in order of first appearance, as printed ("The CC", "ACO Jasper"). */
export function speakers(paras: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of paras) {
    for (const m of p.matchAll(SPEAKER)) {
      const who = m[1]!.trim();
      // "Assistant Chief Officer (ACO) Jasper" and "ACO Jasper" are one speaker.
      const abbr = /\(((?:T\/)?[A-Z]+)\)(?: (.+))?$/.exec(who);
      const bare = who.replace(/^[Tt]he /, '');
      const key = abbr ? `${abbr[1]}${abbr[2] ? ` ${abbr[2]}` : ''}` : bare === 'Chief Constable' || bare === 'Chief' ? 'CC' : bare;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(who);
    }
  }
  return out;
}

/**
 * Plan entry id for a section or agenda title naming a plan part ("Pillar 2", "Priority 3"): the part of
 * the plan in force at the meeting's date, through the publisher profile's plans (their part words and
 * in-force dates). No plan in force, or several: unlinked, and `warn` is told why (never a guess).
 */
export function planEntryFor(title: string, when?: MeetingWhen, warn?: (message: string) => void): string | undefined {
  const r = planPartAt(title, when);
  if (r.id === undefined && r.reason !== undefined) warn?.(`"${clean(title)}": not linked to a plan: ${r.reason}`);
  return r.id;
}

export type SectionKind =
  | 'attendance'
  | 'apologies'
  | 'declarations'
  | 'previous-minutes'
  | 'questions'
  | 'risks'
  | 'actions'
  | 'next-meeting'
  | 'signatures'
  | 'item';

export function sectionKind(title: string): SectionKind {
  const t = title.toLowerCase();
  if (/in attendance/.test(t)) return 'attendance';
  if (/apologies/.test(t)) return 'apologies';
  if (/declarations/.test(t)) return 'declarations';
  if (/minutes of the previous meeting/.test(t)) return 'previous-minutes';
  if (/emerging .*risks/.test(t)) return 'risks';
  if (/^actions$/.test(t)) return 'actions';
  if (/date of next meeting/.test(t)) return 'next-meeting';
  if (/^signatures$/.test(t)) return 'signatures';
  return 'item';
}

const KNOWN_UNNUMBERED = /^(?:Emerging Operational ?\/ ?Organisational Risks|Actions|Date of next meeting:?|Signatures|A\.O\.B\.?)$/i;

/** Parse "Role (ABBR) – Name, Organisation" (en dash). */
export function parseAttendee(doc: SourceDoc, n: number, raw: string): AttendeeDraft {
  const m = /^-\s+(.+)\s–\s(.+)$/.exec(raw);
  if (!m) {
    throw new HintedImportError(
      doc.file,
      n,
      'an attendance bullet "- Role – Name, Organisation" (with an en dash)',
      raw,
      'write the person as the paper prints them, role first, then an en dash (–, not a hyphen), then the name and organisation, e.g. "- Chief Constable – Jane Smith, Example Constabulary"',
    );
  }
  let role = clean(m[1]!);
  let abbr: string | undefined;
  const a = /^(.*?) \(([A-Z/]+)\)$/.exec(role);
  if (a) {
    role = a[1]!;
    abbr = a[2]!;
  }
  const who = clean(m[2]!);
  const comma = who.indexOf(', ');
  const name = comma < 0 ? who : who.slice(0, comma);
  const organisation = comma < 0 ? undefined : who.slice(comma + 2);
  return compact({ role, roleAbbreviation: abbr, name, organisation, person: personId(name), _source: { doc: doc.id, line: n } });
}

interface QuestionAcc {
  kind: 'public' | 'pcc';
  headings: { question: string; answer: string };
  question: string[];
  answer: string[];
  first: number;
  last: number;
}

interface ActionAcc {
  number: number;
  dateText?: string;
  description: string;
  update: string[];
  first: number;
  last: number;
}

const isQaHeader = (c: string[]) => c.length === 2 && /question/i.test(c[0]!) && /answer|response/i.test(c[1]!) && c[0]!.length < 40;
export const isActionsHeader = (c: string[]) => c.length === 2 && /^description of action$/i.test(c[0]!) && /update/i.test(c[1]!);

const STATUS_CLOSED = new RegExp(`Action ${statusWordsPattern(['closed'])}\\.$`, 'i');
const STATUS_ONGOING = new RegExp(`Action ${statusWordsPattern(['ongoing'])}\\.$`, 'i');
const STATUS_NEW = new RegExp(`${statusWordsPattern(['new'])} Action(?: \\(([^)]+)\\))?\\.$`, 'i');

/** Split a dated update cell into updates: each paragraph starting "8 October 2024 - " starts a new one. */
export function splitUpdates(paras: string[]): Array<{ dateText?: string; date?: string; text: string[]; status?: 'new' | 'ongoing' | 'closed' }> {
  const out: Array<{ dateText?: string; date?: string; text: string[]; status?: 'new' | 'ongoing' | 'closed' }> = [];
  for (const p of paras) {
    const dated = /^(\d{1,2} [A-Z][a-z]+ \d{4})\s*[–-]\s/.exec(p);
    if (dated || out.length === 0) {
      const u: { dateText?: string; date?: string; text: string[] } = { text: [p] };
      if (dated) {
        u.dateText = dated[1]!;
        const d = parseDateText(dated[1]!).date;
        if (d) u.date = d;
      }
      out.push(u);
    } else {
      out[out.length - 1]!.text.push(p);
    }
  }
  for (const u of out) {
    const last = u.text[u.text.length - 1]!;
    let m: RegExpExecArray | null;
    // The status sentence, in the publisher profile's status words: "Action closed.", "Action complete.", "New Action (<date>).".
    if (STATUS_CLOSED.test(last)) Object.assign(u, { status: 'closed' });
    else if (STATUS_ONGOING.test(last)) Object.assign(u, { status: 'ongoing' });
    else if ((m = STATUS_NEW.exec(last))) {
      Object.assign(u, { status: 'new' });
      if (m[1] && !u.dateText) {
        u.dateText = collapse(last).replace(/\.$/, '');
        const d = parseDateText(m[1]).date;
        if (d) u.date = d;
      }
    }
  }
  return out;
}

/** The owner named at the start of an action: "The CC is to …", "ACC Davison to provide …". */
export function actionOwner(description: string): string | undefined {
  const m = /^(.+?)\s+(?:is to|are to|to)\s/.exec(description);
  return m ? m[1] : undefined;
}

export interface SummaryResult {
  entries: EntryDraft[];
  claimed: Array<[number, number]>;
  warnings: string[];
  meetingId: string;
}

/**
 * Parse a meeting summary from `from` (its title line) to `to`.
 */
/**
 * Signatures, from the visible (non-blank) lines of the signature block: each
 * is a line of dots (`dots`; else an ImportError expecting `expected`), then
 * the name, then the role. The name's line is kept as `_source` (internal).
 */
export function readSignatures(doc: SourceDoc, visible: NumberedLine[], dots: RegExp, expected: string): Array<{ name: string; role: string }> {
  const signatories: Array<{ name: string; role: string }> = [];
  for (let i = 0; i < visible.length; i += 3) {
    const [line, name, role] = [visible[i]!, visible[i + 1], visible[i + 2]];
    if (!dots.test(line.raw)) throw new ImportError(doc.file, line.n, expected, line.raw);
    if (!name || !role) throw new ImportError(doc.file, line.n, 'a name and a role after the signature line');
    signatories.push({ name: plainLine(name.raw), role: plainLine(role.raw), _source: { doc: doc.id, line: name.n } } as { name: string; role: string });
  }
  return signatories;
}

export function parseSummary(doc: SourceDoc, from: number, to: number): SummaryResult {
  const line = (n: number) => doc.lines[n - 1] ?? '';
  const warnings: string[] = [];
  /** Problems that would attach text to the wrong question, item or action: reported together at the end. */
  const problems: ImportError[] = [];
  let n = from;
  while (n <= to && isBlank(line(n))) n++;
  const title = /^Summary of the (.+)$/.exec(plainLine(line(n)));
  const body = title ? bodyByName(title[1]!) : undefined;
  if (!title || !body) {
    throw new ImportError(doc.file, n, `"Summary of the <body>" naming a known body (${BODIES.map((b) => b.name).join(', ')})`, line(n));
  }
  let date: DateClaimDraft | undefined;
  let venue: { text: string; line: number } | undefined;
  const others: EntryDraft[] = [];
  const sections: Array<{ id: string; number?: string; title: string; printed: string; kind: SectionKind; line: number; end: number; lines: NumberedLine[] }> = [];
  let signatures: NumberedLine[] | undefined;
  let nextMeetingLine: NumberedLine | undefined;

  for (n = n + 1; n <= to; n++) {
    const raw = line(n);
    if (isBlank(raw)) {
      sections[sections.length - 1]?.lines.push({ n, raw });
      continue;
    }
    const text = plainLine(raw);
    const current = sections[sections.length - 1];
    if (!current) {
      let m: RegExpExecArray | null;
      if ((m = /^Date:\s*(.+)$/.exec(text))) {
        date = dateClaim(doc, n, m[1]!);
        if (!date.date) throw new ImportError(doc.file, n, 'a meeting date such as "Tuesday 8 October 2024"', m[1]);
        continue;
      }
      if ((m = /^Venue:\s*(.+)$/.exec(text))) {
        venue = { text: m[1]!, line: n };
        continue;
      }
    }
    if (current?.kind === 'next-meeting' && !nextMeetingLine) {
      nextMeetingLine = { n, raw };
      current.end = n;
      continue;
    }
    const isTableish = raw.includes('\t') || isSeparatorRow(raw) || /^\s*- /.test(raw);
    const numbered = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/.exec(text);
    const heading =
      !isTableish &&
      (numbered || KNOWN_UNNUMBERED.test(text) || (text.length < 80 && !/[.?!]$/.test(text) && !/^\.{3,}$/.test(text)));
    if (heading && current?.kind !== 'signatures') {
      const number = numbered?.[1];
      const t = numbered ? numbered[2]! : text;
      const kind = sectionKind(t.replace(/:$/, ''));
      const id = number ? `item-${number.replace(/\./g, '-')}` : slugify(t);
      const previous = [...sections].reverse().find((s) => s.number !== undefined);
      if (number && previous?.number && !numberAfter(number, previous.number) && !sections.some((s) => s.id === id)) {
        problems.push(
          new HintedImportError(
            doc.file,
            n,
            `an item number after ${previous.number} (line ${previous.line}): numbered headings must go up, or what is minuted under them joins the wrong item`,
            raw,
            `if this is item ${previous.number} continued, remove the heading; if the number is a typo, correct it to the number printed on the agenda`,
          ),
        );
      }
      const repeated = sections.find((s) => s.id === id);
      if (repeated) {
        problems.push(
          new HintedImportError(
            doc.file,
            n,
            `a heading not used before in this summary (${id} repeats the heading at line ${repeated.line})`,
            raw,
            number ? `give this item the number printed in the minutes; what is minuted under two items ${number} could not be told apart` : 'if the heading is repeated after a page break, remove the repeat',
          ),
        );
      }
      sections.push(compact({ id, number, title: t, printed: text, kind, line: n, end: n, lines: [] }));
      if (kind === 'signatures') signatures = [];
      continue;
    }
    if (!current) throw new ImportError(doc.file, n, '"Date:", "Venue:" or a section heading after the summary title', raw);
    if (current.kind === 'signatures' || (signatures && /^\.{3,}$/.test(text))) {
      if (!signatures) signatures = [];
      signatures.push({ n, raw });
      current.end = n;
      continue;
    }
    current.lines.push({ n, raw });
    current.end = n;
  }
  if (!date?.date) throw new ImportError(doc.file, from, 'a "Date:" line in the meeting summary');
  const id = meetingId(date.date, body.id);

  const minutes: MinuteSectionDraft[] = [];
  const attendance: AttendeeDraft[] = [];
  const apologies: AttendeeDraft[] = [];
  const declarations: string[] = [];
  const questions: Array<EntryDraftOf<'questions'>> = [];
  const actions: Array<EntryDraftOf<'actions'>> = [];
  let qOrder = 0;
  let nextMeeting: { text: string; meeting: string } | undefined;
  /** The last action number read in this paper, and where: numbers must go up. */
  let lastAction: { number: number; line: number } | undefined;
  /** The action series being read: a number back to 1 starts a new one (never merged with the last by number). */
  let run: { series: string; last: number } | undefined;
  /** Questions' "See Action N" numbers, resolved once every action of the paper is read. */
  const seeActions = new Map<EntryDraftOf<'questions'>, number[]>();

  for (const s of sections) {
    const narrative: NumberedLine[] = [];
    const sectionPlan = planEntryFor(s.title, date.date, (w) => warnings.push(`${doc.file}:${s.line}: ${w}`));
    const bullets = () => s.lines.filter((l) => !isBlank(l.raw));
    if (s.kind === 'attendance' || s.kind === 'apologies') {
      for (const l of bullets()) (s.kind === 'attendance' ? attendance : apologies).push(parseAttendee(doc, l.n, l.raw));
    } else if (s.kind === 'declarations') {
      for (const l of bullets()) {
        const m = /^-\s+(.+)$/.exec(l.raw);
        if (!m) throw new ImportError(doc.file, l.n, 'a declaration bullet "- …"', l.raw);
        declarations.push(clean(m[1]!));
      }
    } else if (s.kind === 'next-meeting') {
      if (!nextMeetingLine) throw new ImportError(doc.file, s.line, 'the next meeting date on the line after "Date of next meeting"');
      const text = plainLine(nextMeetingLine.raw);
      const claim = dateClaim(doc, nextMeetingLine.n, text);
      if (!claim.date) throw new ImportError(doc.file, nextMeetingLine.n, 'a date such as "Tuesday 21 January 2025"', text);
      if (claim.date <= date.date) {
        const extra = `Given as the date of the next meeting in the summary of ${humanDate(date.date)}, yet it is not after that date.`;
        claim.note = claim.note ? `${claim.note} ${extra}` : extra;
      }
      const nid = meetingId(claim.date, body.id);
      nextMeeting = { text, meeting: nid };
      const data: MeetingDraftData = {
        body: body.id,
        date: { kind: 'exact', date: claim.date },
        dateClaims: [{ ...claim, note: [claim.note, `Stated as the next meeting in the summary of the meeting of ${humanDate(date.date)}.`].filter(Boolean).join(' ') }],
        status: 'scheduled',
        mentions: [{ source: ref(doc.id, nextMeetingLine.n), text: `${s.printed} ${text}` }],
        _rank: 3,
      };
      others.push({ collection: 'meetings', id: nid, data });
    } else if (s.kind === 'signatures') {
      // handled below
    } else {
      // Bullets, paragraphs and tables.
      let table: 'qa' | 'actions' | undefined;
      let headings: { question: string; answer: string } | undefined;
      let q: QuestionAcc | undefined;
      let a: ActionAcc | undefined;
      const qs: QuestionAcc[] = [];
      const as: ActionAcc[] = [];
      /**
       * Whether a page break (a blank line, a repeated header or a separator row) came since the last
       * table row. Only the first row after a page break may continue the row before it: elsewhere a
       * row with an empty first cell is an answer (or update) with no question (or action) of its own.
       */
      let pageBreak = false;
      for (const l of s.lines) {
        if (isBlank(l.raw)) {
          if (!table) narrative.push(l);
          pageBreak = true;
          continue;
        }
        if (isSeparatorRow(l.raw)) {
          if (!table) throw new ImportError(doc.file, l.n, 'a separator row only inside a table', l.raw);
          pageBreak = true;
          continue;
        }
        if (l.raw.includes('\t')) {
          const c = cells(l.raw);
          const plain = c.map(plainLine);
          if (isQaHeader(plain)) {
            table = 'qa';
            headings = { question: plain[0]!, answer: plain[1]! };
            pageBreak = true;
            continue;
          }
          if (isActionsHeader(plain)) {
            table = 'actions';
            pageBreak = true;
            continue;
          }
          const afterBreak = pageBreak;
          pageBreak = false;
          if (!table) throw new ImportError(doc.file, l.n, 'a table header ("Question\\tConstabulary Answer" or "Description of Action\\tAction Update / Decision") before table rows', l.raw);
          if (c.length !== 2) throw new ImportError(doc.file, l.n, 'a table row with exactly two cells (question and answer, or action and update)', l.raw);
          const [c0, c1] = c as [string, string];
          if (table === 'qa') {
            if (c0.trim() === '') {
              if (!q) {
                throw new HintedImportError(
                  doc.file,
                  l.n,
                  'a question row before a continuation row with an empty first cell',
                  l.raw,
                  'if this answer has a question, put the question in the first cell; an answer is never attached to a question of another section',
                );
              }
              if (!afterBreak) {
                // Not the first row after a page break: an answer of its own, with no question.
                problems.push(
                  new HintedImportError(
                    doc.file,
                    l.n,
                    `a question in the first cell (an empty first cell continues the row before only on the first row after a page break; the row before, line ${q.last}, is question ${qs.length} of this section)`,
                    l.raw,
                    `if this answer belongs to question ${qs.length} (line ${q.first}), join it to that row's answer cell; if it answers a question of its own, put the question in the first cell`,
                  ),
                );
                continue;
              }
              appendParagraphs(q.answer, paragraphs(c1));
              q.last = l.n;
            } else if (afterBreak && q && !endsSentence(q.question[q.question.length - 1] ?? '.')) {
              // The question cell stopped mid-sentence at a page break: this row continues it.
              appendParagraphs(q.question, paragraphs(c0));
              appendParagraphs(q.answer, paragraphs(c1));
              q.last = l.n;
            } else {
              q = {
                kind: /public/i.test(s.title) || /public/i.test(headings!.question) ? 'public' : 'pcc',
                headings: headings!,
                question: paragraphs(c0),
                answer: paragraphs(c1),
                first: l.n,
                last: l.n,
              };
              qs.push(q);
            }
          } else {
            if (c0.trim() === '') {
              if (!a) {
                throw new HintedImportError(
                  doc.file,
                  l.n,
                  'an action row before a continuation row with an empty first cell',
                  l.raw,
                  'put "Action <n>: <description>" in the first cell of the row this update belongs to',
                );
              }
              if (!afterBreak) {
                problems.push(
                  new HintedImportError(
                    doc.file,
                    l.n,
                    `an action in the first cell (an empty first cell continues the row before only on the first row after a page break; the row before, line ${a.last}, is Action ${a.number})`,
                    l.raw,
                    `if this update belongs to Action ${a.number} (line ${a.first}), join it to that row's update cell; if it is the update of another action, put "Action <n>: …" in the first cell`,
                  ),
                );
                continue;
              }
              appendParagraphs(a.update, paragraphs(c1));
              a.last = l.n;
            } else {
              const label = /^Action (\d+)(?: \(([^)]+)\))?:\s*(.+)$/.exec(clean(c0));
              if (!label) throw new ImportError(doc.file, l.n, 'an action cell starting "Action <n> (<date>): " or "Action <n>: "', c0);
              const number = Number(label[1]);
              if (lastAction && number <= lastAction.number && number !== 1) {
                problems.push(
                  new HintedImportError(
                    doc.file,
                    l.n,
                    `an action number after ${lastAction.number} (line ${lastAction.line}): the actions of one paper are numbered upwards, so Action ${number} ${number === lastAction.number ? 'repeats' : 'goes back'}`,
                    clean(c0).slice(0, 60),
                    number === lastAction.number
                      ? `if this row continues Action ${number}, leave its first cell empty on the first row after the page break, or join it to that row; if it is another action, correct its number`
                      : `correct the number to the one printed in the papers where the action was raised; an update must not be given to another action`,
                  ),
                );
              }
              lastAction = { number, line: l.n };
              const acc: ActionAcc = compact({ number, dateText: label[2], description: label[3]!, update: paragraphs(c1), first: l.n, last: l.n });
              a = acc;
              as.push(acc);
            }
          }
          continue;
        }
        if (table) {
          // Narrative after a table ends it.
          table = undefined;
          q = undefined;
          a = undefined;
        }
        narrative.push(l);
      }
      for (const x of qs) {
        qOrder++;
        const qid = `${id}-q-${qOrder}`;
        const seeNumbers = [...new Set([...x.answer.join(' ').matchAll(/\b[Ss]ee Action (\d+)\b/g)].map((m) => Number(m[1])))];
        questions.push({
          collection: 'questions',
          id: qid,
          data: compact({
            kind: x.kind,
            meeting: id,
            minuteSection: s.id,
            section: s.printed,
            planEntry: sectionPlan,
            order: qOrder,
            headings: x.headings,
            question: x.question,
            answer: x.answer,
            answeredBy: speakers(x.answer),
            actions: [],
            sources: [ref(doc.id, x.first, x.last)],
          }),
        });
        seeActions.set(questions.at(-1)!, seeNumbers);
      }
      for (const x of as) {
        const updates = splitUpdates(x.update);
        const lastU = updates[updates.length - 1];
        if (!lastU?.status) {
          throw new HintedImportError(
            doc.file,
            x.last,
            `an action update ending with its status: ${statusSentencesText()}`,
            x.update.join(' '),
            `end the update with the status sentence the paper prints; if the publisher now words a status differently, the word must be added to the status words (actionStatus in ${relative(process.cwd(), profilePath()) || profilePath()}) by whoever maintains the importer: do not change the paper's meaning`,
          );
        }
        const owner = actionOwner(x.description);
        if (!owner) throw new ImportError(doc.file, x.first, 'an action naming its owner: "<owner> is to …" or "<owner> to …"', x.description);
        const raisedDate = x.dateText ? parseDateText(x.dateText).date : updates.find((u) => u.status === 'new')?.date;
        const raisedAt = raisedDate ? meetingId(raisedDate, body.id) : id;
        if (!run || x.number <= run.last) {
          // A series begins where its numbering begins: named from the meeting that raised its action 1.
          run = { series: actionSeriesId(body.id, raisedAt), last: x.number };
          if (x.number !== 1) {
            warnings.push(
              `${doc.file}:${x.first}: the actions listed here begin at Action ${x.number}, not 1; their series is named from the meeting that raised Action ${x.number} (${raisedAt}), unless another paper holds the series from its Action 1 (then they continue it)`,
            );
          }
        }
        run.last = x.number;
        actions.push({
          collection: 'actions',
          id: actionIdOf(run.series, x.number),
          data: compact({
            series: run.series,
            number: x.number,
            raisedAt,
            owner,
            text: x.description,
            updates: updates.map((u) =>
              compact({
                date: u.date,
                dateText: u.dateText,
                // An update dated D was given at the body's meeting on D; undated ones at this meeting.
                meeting: u.date ? meetingId(u.date, body.id) : id,
                text: u.text,
                status: u.status,
                sources: [ref(doc.id, x.first, x.last)],
              }),
            ),
            status: lastU.status,
            sources: [ref(doc.id, x.first, x.last)],
            _recordedAt: id,
          }),
        });
      }
    }
    const repairs: string[] = [];
    const blocks = parseBlocks(narrative, repairs, doc.file);
    warnings.push(...repairs);
    if (s.kind === 'previous-minutes') {
      const m = new RegExp(`(${DATE_WORDING})`).exec(s.title);
      const claim = m ? dateClaim(doc, s.line, m[1]!) : undefined;
      if (claim?.date) {
        const text = blocks
          .flatMap((b) => (b.type === 'ul' ? b.items.map((i) => i.text) : b.type === 'p' ? [b.text] : []))
          .find((t) => /agreed|confirmed|approved/i.test(t));
        const data: MeetingDraftData = {
          body: body.id,
          date: { kind: 'exact', date: claim.date },
          dateClaims: [claim],
          status: 'held',
          mentions: [{ source: ref(doc.id, s.line, s.end), text: text ? `${s.printed}: ${text}` : s.printed }],
          _rank: 3,
        };
        others.push({ collection: 'meetings', id: meetingId(claim.date, body.id), data });
      }
    }
    if (s.kind !== 'previous-minutes') others.push(...mentionsIn(doc, blocks, s.lines));
    minutes.push(
      compact({
        id: s.id,
        number: s.number,
        title: s.title.replace(/:$/, ''),
        kind: s.kind === 'item' && questions.some((x) => x.data['minuteSection'] === s.id) ? 'questions' : s.kind,
        planEntry: sectionPlan,
        blocks,
        sources: [ref(doc.id, s.line, s.end)],
      }),
    );
  }

  throwProblems(problems);

  // Signatures: "....." then the name, then the role.
  const signatories = signatures
    ? readSignatures(
        doc,
        signatures.filter((l) => !isBlank(l.raw)),
        /^\s*\.{3,}\s*$/,
        'a signature line "....." before each name',
      )
    : [];

  const meeting: MeetingDraftData = compact({
    body: body.id,
    date: { kind: 'exact', date: date.date },
    dateClaims: [date],
    venue: venue?.text,
    venueClaims: venue ? [{ text: venue.text, source: ref(doc.id, venue.line) }] : undefined,
    status: 'held',
    attendance,
    apologies,
    declarations,
    minutes,
    nextMeeting,
    signatories,
    papers: { minutes: [doc.id] },
    _rank: 2,
  });
  // "See Action N" in an answer: the action numbered N in this paper's latest series (the one its meeting follows up).
  for (const [q, numbers] of seeActions) {
    const ids: string[] = [];
    for (const n of numbers) {
      const found = [...actions].reverse().find((a) => a.data['number'] === n);
      if (found) ids.push(found.id);
      else warnings.push(`${doc.file}: question ${q.id} says "See Action ${n}", but this paper lists no Action ${n}; not linked`);
    }
    q.data['actions'] = ids;
  }
  return {
    entries: [{ collection: 'meetings', id, data: meeting }, ...others, ...questions, ...actions],
    claimed: [[from, to]],
    warnings,
    meetingId: id,
  };
}

/**
 * Meetings named in narrative: "the upcoming Police and Crime Panel being held on 4 February 2025".
 */
export function mentionsIn(doc: SourceDoc, blocks: BlockDraft[], lines: NumberedLine[]): EntryDraft[] {
  const out: EntryDraft[] = [];
  const names = BODIES.flatMap((b) => b.names.map((name) => ({ b, name })));
  const re = new RegExp(
    String.raw`(${names.map((x) => x.name.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|')}) (?:being |to be |was )?held on (?:the )?(${DATE_WORDING})`,
    'g',
  );
  const texts = blocks.flatMap((b) => (b.type === 'ul' ? flatten(b.items) : b.type === 'p' ? [b.text] : []));
  for (const t of texts) {
    for (const m of t.matchAll(re)) {
      const body = bodyByName(m[1]!);
      const claimLine = lines.find((l) => clean(l.raw).includes(m[0]))?.n ?? lines[0]?.n ?? 1;
      const claim = dateClaim(doc, claimLine, m[2]!);
      if (!body || !claim.date) continue;
      const sentence = t.split(/(?<=[.?!])\s+/).find((x) => x.includes(m[0])) ?? m[0];
      const data: MeetingDraftData = {
        body: body.id,
        date: { kind: 'exact', date: claim.date },
        dateClaims: [claim],
        status: /\bwas held\b/.test(m[0]) ? 'held' : 'scheduled',
        mentions: [{ source: { doc: doc.id, line: claimLine }, text: sentence }],
        _rank: 3,
      };
      out.push({ collection: 'meetings', id: meetingId(claim.date, body.id), data });
    }
  }
  return out;
}

function flatten(items: ListItemDraft[]): string[] {
  return items.flatMap((i) => [i.text, ...flatten(i.children ?? [])]);
}
