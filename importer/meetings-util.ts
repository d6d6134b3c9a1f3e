/**
 * Small pure helpers shared by the meeting parsers (agenda, minutes, paf,
 * people, merge): markup stripping, paragraph splitting, dates and times as
 * the papers write them, slugs, and the registry of scrutiny bodies.
 */
import { formatDate, weekdayOf } from '../src/lib/meetings/meetings.ts';
import type { Ref } from './meetings-types.ts';
import { ImportError } from './source.ts';
import { profile } from './profile.ts';

/** Weekday name of an ISO date: the site's own (src/lib/meetings/meetings.ts). */
export { weekdayOf };

/** Inline markup the papers carry that is not text: `<p>`, `<b>`, `<u>`, `<i>`, `<ul ...>`. */
const TAG = /<\/?(?:p|b|u|i|ul)(?:\s[^>]*)?>/gi;

/** `&amp;` and the few other entities the seeds could carry, decoded. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Remove `<p>/<b>/<u>/<i>` tags (keeping their text), decode entities, collapse runs of spaces, trim. */
export function clean(text: string): string {
  return collapse(decodeEntities(text.replace(TAG, ' ')));
}

/** Collapse runs of whitespace to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Strip markdown emphasis markers used for layout (`**bold**`, leading `#`s) from a structural line. */
export function plainLine(line: string): string {
  return clean(line.replace(/^\s*#+\s*/, '').replace(/\*\*/g, ''));
}

/**
 * Split a table cell into paragraphs: `<p>…</p> <p>…</p>` gives one string per
 * paragraph; a cell without `<p>` is one paragraph. Other markup is removed.
 */
export function paragraphs(cell: string): string[] {
  if (!/<p\b/i.test(cell)) {
    const one = clean(cell);
    return one ? [one] : [];
  }
  return cell
    .split(/<\/p>|<p(?:\s[^>]*)?>/i)
    .map(clean)
    .filter((p) => p.length > 0);
}

/** Whether a piece of text ends a sentence (so a following fragment is not its continuation). */
export function endsSentence(text: string): boolean {
  return /[.?!:;"'’”)]\s*$/.test(text.trim());
}

/** Append continuation paragraphs to a list, joining a mid-sentence split with a space. */
export function appendParagraphs(into: string[], more: string[]): void {
  if (more.length === 0) return;
  const last = into[into.length - 1];
  if (last !== undefined && !endsSentence(last)) {
    into[into.length - 1] = `${last} ${more[0]}`;
    into.push(...more.slice(1));
  } else {
    into.push(...more);
  }
}

/** A slug made of lower-case letters, digits and hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A date written in the papers, read without guessing. */
export interface ParsedDate {
  /** ISO date, when the wording names day, month and year. */
  date?: string;
  /** Weekday as written, when given. */
  weekday?: string;
  /** The weekday the ISO date actually falls on. */
  actualWeekday?: string;
  /** Whether the written weekday matches the date. */
  weekdayMatches?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from day, month (1-12) and year; undefined when the day does not exist. */
export function isoFrom(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2024-05-21" → "21 May 2024", for notes written by the importer (the site's formatDate without weekday). */
export function humanDate(iso: string): string {
  return formatDate(iso, { weekday: false });
}

/** Regex source matching one written date: "Wednesday 29 January 2025", "5th February 2018", "the 8th of October 2024", "28/03/2017". */
export const DATE_WORDING =
  '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:January|February|March|April|May|June|July|August|September|October|November|December),? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}';

/** Read a written date. Returns `{}` when the wording names no full date. */
export function parseDateText(text: string): ParsedDate {
  const t = collapse(text);
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (slash) {
    const date = isoFrom(Number(slash[3]), Number(slash[2]), Number(slash[1]));
    return date ? { date } : {};
  }
  const m =
    /^(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+),? (\d{4})$/.exec(t);
  if (!m) return {};
  const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
  if (month === 0) return {};
  const date = isoFrom(Number(m[4]), month, Number(m[2]));
  if (!date) return {};
  const actualWeekday = weekdayOf(date);
  if (!m[1]) return { date, actualWeekday };
  return { date, weekday: m[1], actualWeekday, weekdayMatches: m[1] === actualWeekday };
}

/** "10:00am" → "10:00", "1:00pm" → "13:00", "10.00am" → "10:00", "14:30" → "14:30". Undefined when not a time. */
export function parseClock(text: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})\s*(am|pm)?$/i.exec(collapse(text));
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[3]?.toLowerCase();
  if (min > 59) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    if (ampm === 'pm' && h !== 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
  } else if (h > 23) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

/** A time range as printed: "10:00am – 1:00pm", "10:00am - 1:00pm", "14:30 to 16:30". */
export function parseTimeRange(text: string): { start: string; end?: string } | undefined {
  const parts = collapse(text).split(/\s*(?:–|-|to)\s*/);
  const start = parts[0] === undefined ? undefined : parseClock(parts[0]);
  if (!start) return undefined;
  if (parts.length === 1) return { start };
  if (parts.length !== 2) return undefined;
  const end = parseClock(parts[1]!);
  return end ? { start, end } : undefined;
}

/** One scrutiny body the importer knows by name. */
export interface BodyDef {
  id: string;
  name: string;
  abbreviation: string;
  /** Names the papers use for it, longest first when matched. */
  names: string[];
  order: number;
}

/**
 * The scrutiny bodies, from the publisher profile (importer/profile.ts). A paper naming a body not
 * listed there is an import error, never a silent guess.
 */
export const BODIES: BodyDef[] = profile().bodies.map((b) => ({ id: b.id, name: b.name, abbreviation: b.abbreviation, names: [...b.names], order: b.order }));

/**
 * Action series id: a series belongs to a body and begins where its numbering begins, so it is named
 * from the body's abbreviation and the year of the meeting that raised its action 1 ("pam-2024").
 * Meeting ids begin with the year (`<yyyy-mm-dd>-<body>`, or `<yyyy>-<body>` when the date is not stated).
 */
export function actionSeriesId(bodyId: string, raisedAtMeeting: string): string {
  const body = BODIES.find((b) => b.id === bodyId);
  const year = /^(\d{4})-/.exec(raisedAtMeeting)?.[1];
  if (!body || !year) throw new ImportError('imports/publisher.json', undefined, `a known body and a meeting id beginning with its year for an action series`, `${bodyId} / ${raisedAtMeeting}`);
  return `${body.abbreviation.toLowerCase()}-${year}`;
}

/**
 * Action id: `<series>-action-<n>`, or `<prefix>-action-<n>` where the publisher profile keeps an older
 * prefix for the series (`actionIdPrefixes`), so published addresses stay. Two series never share ids.
 */
export function actionIdOf(series: string, n: number): string {
  return `${profile().actionIdPrefixes[series] ?? series}-action-${n}`;
}

/** The body a printed name refers to, or undefined. Matching is case-insensitive on the whole name. */
export function bodyByName(name: string): BodyDef | undefined {
  const n = collapse(name).toLowerCase();
  return BODIES.find((b) => b.names.some((x) => x.toLowerCase() === n));
}

/** A source reference to a line of a paper, or to a range when `endLine` is another line. */
export function ref(doc: string, line: number, endLine?: number): Ref {
  return endLine !== undefined && endLine !== line ? { doc, line, endLine } : { doc, line };
}

/** Meeting id: `<yyyy-mm-dd>-<body-id>`. */
export function meetingId(date: string, body: string): string {
  return `${date}-${body}`;
}

/** Drop keys whose value is undefined (the schemas use exact optional properties). */
/** An object of type T whose optional fields may be given as undefined (to be left out). */
export type Loose<T> = { [K in keyof T]: {} extends Pick<T, K> ? T[K] | undefined : T[K] };
export function compact<T extends object>(obj: NoInfer<Loose<T>>): T {
  const out: Partial<Loose<T>> = {};
  for (const k of Object.keys(obj) as Array<keyof T>) if (obj[k] !== undefined) out[k] = obj[k];
  // Only fields T lets be left out can be undefined (Loose<T>), and exactly those were left out.
  return out as T;
}

/** Split a TAB row into cells (trailing empty cells kept). */
export function cells(line: string): string[] {
  return line.split('\t');
}

/** A separator row such as `-----\t--`, `--\t---`. */
export function isSeparatorRow(line: string): boolean {
  return /^-{2,}(?:\t-{2,})+\s*$/.test(line);
}

/** A line with no visible content (empty or whitespace only). */
export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/**
 * An ImportError that also says how to fix the paper: "…; found "…". Hint: if this answer belongs to
 * question 4, put the question before it". Raised where reading on would attach text to the wrong
 * question, item or action.
 */
export class HintedImportError extends ImportError {
  constructor(file: string, line: number | undefined, expected: string, found: string | undefined, hint: string) {
    super(file, line, expected, found, { hint });
    if (!this.message.includes(hint)) this.message = `${this.message}. Hint: ${hint}`;
  }
}

/**
 * Several problems found in one paper, reported together: an ImportError (so every caller that
 * catches ImportError reports it) whose message has one line per problem and whose `problems`
 * are the single errors, in line order.
 */
export class ImportProblems extends ImportError {
  readonly problems: ImportError[];
  constructor(problems: ImportError[]) {
    const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    const first = sorted[0]!;
    const rest = sorted.slice(1);
    // A caller that reads only the fields still sees every problem: the others follow as a description.
    const description = rest.length ? `(${rest.length} more problem(s) in this paper: ${rest.map((p) => p.message).join(' | ')})` : undefined;
    super(first.file, first.line, first.expected, first.found, { ...(description ? { description } : {}), ...(first.hint ? { hint: first.hint } : {}) });
    this.problems = sorted;
    this.message = sorted.map((p) => p.message).join('\n');
  }
}

/** Throw the problems found (one as itself, several as ImportProblems); return when there are none. */
export function throwProblems(problems: ImportError[]): void {
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new ImportProblems(problems);
}

/** "1.1" → [1, 1]: a printed item number as numbers, for order checks. */
export function numberPath(number: string): number[] {
  return number.replace(/\.$/, '').split('.').map(Number);
}

/** Whether printed item number `a` comes after `b` ("2" after "1.1", "1.1" after "1"). */
export function numberAfter(a: string, b: string): boolean {
  const x = numberPath(a);
  const y = numberPath(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? -1;
    const q = y[i] ?? -1;
    if (p !== q) return p > q;
  }
  return false;
}
