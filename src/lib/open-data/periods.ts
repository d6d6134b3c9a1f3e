/**
 * The dates a table's period columns cover, read from the table's date-range notes.
 *
 * The papers print notes such as "The date range for the Last 12 months was 01/10/2023 –
 * 30/09/2024 unless otherwise stated. The date range for Previous 12 months was 01/10/2022 –
 * 30/09/2023." under a table. `parseDateRangeNote` reads each sentence of such a note into the
 * period it names and its first and last day; `tablePeriods` matches those periods to the table's
 * columns by name ("Last 12 months" ↔ the column "Last 12 months"). Nothing is guessed: a date
 * the note gives only as a month ("September 2021") is left out, a column no note names gets no
 * dates, and a note that names no period ("The date range is …") is used only when the table has
 * a single column, the only one it can be about.
 */
import { isTransposed } from '../indicators/indicators.ts';
import { formatDate } from '../meetings/meetings.ts';
import type { TableData } from '../tables/tables.ts';

/** One range a date-range note gives. */
export interface DateRange {
  /** The period the sentence names, as printed ("Last 12 months"); undefined when it names none ("The date range is …"). */
  period: string | undefined;
  /** First day, YYYY-MM-DD, when the note gives a full date. */
  start: string | undefined;
  /** Last day, YYYY-MM-DD, when the note gives a full date. */
  end: string | undefined;
  /** Whether the sentence says some rows may differ ("unless otherwise stated"). */
  unlessOtherwiseStated: boolean;
  /** The sentence as printed. */
  text: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The ISO form of a day, month and year, or undefined when that day does not exist. */
function isoOf(y: number, m: number, d: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  try {
    formatDate(iso); // throws for a day that is not in the calendar (31/09, 29/02/2023)
    return iso;
  } catch {
    return undefined;
  }
}

/**
 * A full date as the papers print it: "01/10/2023" (day/month/year, as in UK papers) or
 * "1 October 2023" / "1st October 2023". Undefined for anything else, including a month alone.
 */
export function parsePrintedDay(text: string): string | undefined {
  const s = text.trim();
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (numeric) return isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(s);
  if (words) {
    const month = MONTHS.indexOf(words[2]!.toLowerCase()) + 1;
    return month > 0 ? isoOf(Number(words[3]), month, Number(words[1])) : undefined;
  }
  return undefined;
}

const DAY = String.raw`\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}`;
/** "The date range for the Last 12 months was" / "The date range is". */
const SENTENCE = /^the date ranges?\s+(?:for\s+(?:the\s+)?(.+?)\s+)?(?:was|is|were)\s+(.+)$/i;
/** "<day> – <day>" (any dash, or "to"), spaces optional around a dash. */
const BETWEEN = new RegExp(String.raw`^(?:from\s+)?(${DAY})\s*(?:[–—-]|\s(?:to|until)\s)\s*(${DAY})(.*)$`, 'i');
/** "<start as printed> up to and including <day>". */
const UP_TO = new RegExp(String.raw`^(.+?)\s+up to and including\s+(${DAY})(.*)$`, 'i');

/** Every range a date-range note gives, in order; sentences that give none are skipped. */
export function parseDateRangeNote(note: string): DateRange[] {
  const sentences = note
    .replace(/\s+/g, ' ')
    .trim()
    // A sentence ends at a full stop followed by a capital letter ("30/09/2024. The date range …").
    .split(/(?<=\.)\s+(?=[A-Z])/);
  const out: DateRange[] = [];
  for (const raw of sentences) {
    const text = raw.trim();
    const m = SENTENCE.exec(text.replace(/\.$/, ''));
    if (!m) continue;
    const period = m[1]?.trim() || undefined;
    const range = m[2]!.trim();
    const between = BETWEEN.exec(range);
    const upTo = between ? undefined : UP_TO.exec(range);
    if (!between && !upTo) continue;
    const start = between ? parsePrintedDay(between[1]!) : parsePrintedDay(upTo![1]!);
    const end = parsePrintedDay((between ?? upTo)![2]!);
    const rest = (between ?? upTo)![3] ?? '';
    if (start === undefined && end === undefined) continue;
    // A range that ends before it starts is a misprint: give neither day rather than a wrong one.
    if (start !== undefined && end !== undefined && end < start) continue;
    out.push({ period, start, end, unlessOtherwiseStated: /unless otherwise/i.test(rest), text });
  }
  return out;
}

/** A column heading or a period name, for comparing: lower case, one space, dashes alike, no leading "the". */
export function periodKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The dates one column covers, with the note sentence that gives them. */
export interface ColumnPeriod {
  start: string | undefined;
  end: string | undefined;
  /** The note's sentence, as printed. */
  note: string;
}

/**
 * For each of the table's columns, the range its date-range notes give it, or undefined. A column
 * gets a range when a note names a period whose wording is the column's heading; a range that names
 * no period goes to the table's only column. When two notes give one column different ranges, it
 * gets none (the papers disagree; the notes stay in the table's notes).
 */
export function tablePeriods(table: { columns: readonly string[]; notes: readonly { kind: string; text: string }[] }): (ColumnPeriod | undefined)[] {
  const ranges = table.notes.filter((n) => n.kind === 'date-range').flatMap((n) => parseDateRangeNote(n.text));
  return table.columns.map((column) => {
    const key = periodKey(column);
    const found = ranges.filter((r) => (r.period === undefined ? table.columns.length === 1 : periodKey(r.period) === key));
    const first = found[0];
    if (!first) return undefined;
    if (found.some((r) => r.start !== first.start || r.end !== first.end)) return undefined;
    return { start: first.start, end: first.end, note: first.text };
  });
}

/**
 * The period of each of an indicator's figures in one appearance: its table's column period,
 * matched by position (a row's figures are its cells in column order). Figures of a table whose
 * rows are periods (months) have none: the notes name columns, not rows.
 */
export function appearancePeriods(table: TableData | undefined, count: number): (ColumnPeriod | undefined)[] {
  if (!table || isTransposed(table)) return Array.from({ length: count }, () => undefined);
  const periods = tablePeriods(table);
  return Array.from({ length: count }, (_, j) => periods[j]);
}
