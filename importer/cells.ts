/**
 * Typing of table cells. Every cell keeps the text exactly as printed (`raw`,
 * with markup such as `<i>` removed) beside a typed value. The column a cell
 * sits in can decide the type of a bare number: "1,517" under "£000" is money,
 * "37.5" under "% difference to previous 12 months" is a percentage. When the
 * column decides, `parseCell` says so in `inferred`, so the table can record it.
 */
import type { Cell, CellValue } from '../src/schemas/tables.ts';

/** What a column's heading says about the unit of its values. */
export type ColumnUnit =
  | { kind: 'money'; unit: '£' | '£000' | '£m' }
  | { kind: 'percent' }
  | { kind: 'plain' };

/** The unit a column heading states: "£000" or "£m" make money, "%" makes percentages. */
export function columnUnit(heading: string): ColumnUnit {
  const text = stripMarkup(heading).text;
  if (/£\s?000\b/.test(text)) return { kind: 'money', unit: '£000' };
  if (/£\s?m\b/i.test(text)) return { kind: 'money', unit: '£m' };
  if (text.includes('%')) return { kind: 'percent' };
  return { kind: 'plain' };
}

/** The words the papers use for "no value here", which are text, never headings. */
export const STATUS_TEXT = /^(data not available|not applicable|no change|n\/a|nil|none)$/i;

/** Units printed on their own in a header row ("£000", "%"). They are headings, not values. */
const UNIT_TOKEN = /^(£000|£m|£|%|pp|p\.p\.?)$/i;

/**
 * Removes the HTML the papers carry in cells (`<i>`, `<p>`, `<u>`, `<b>`).
 * `italic` is true when the whole cell was set in `<i>`; `markdown` keeps any
 * italics as `*…*`, the inline syntax the portal renders.
 */
export function stripMarkup(printed: string): { text: string; italic: boolean; markdown: string } {
  const trimmed = printed.trim();
  const whole = /^<i>([\s\S]*)<\/i>$/i.exec(trimmed);
  const italic = whole !== null && !/<\/?i>/i.test(whole[1] ?? '');
  const other = (s: string) =>
    s
      .replace(/<\/?(p|u|b|strong|em)>/gi, '')
      .replace(/\s+/g, ' ')
      .trim();
  const text = other(trimmed.replace(/<\/?i>/gi, ''));
  const markdown = other(trimmed.replace(/<i>\s*([\s\S]*?)\s*<\/i>/gi, (_m, inner: string) => (inner === '' ? '' : `*${inner}*`)));
  return { text, italic, markdown };
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$|^\.\d+$/;

/** Multiplies without binary noise: 7.3 × 1,000,000 is 7,300,000, not 7,299,999.999999999. */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toFixed(10));
}

/** Turns -0 into 0 so that "(0.00%)" serialises as 0. */
function noNegativeZero(n: number): number {
  return Object.is(n, -0) ? 0 : n;
}

/**
 * A printed number: "1,827.8", "-3.7", "+2,500", "(1,094)" (brackets mean
 * negative), "7.3m" (millions) or "12k". Returns undefined for anything else.
 */
export function parseNumber(printed: string): number | undefined {
  let s = printed.trim().replace(/\u2212/g, '-');
  let sign = 1;
  const bracket = /^\((.*)\)$/.exec(s);
  if (bracket) {
    sign = -1;
    s = (bracket[1] ?? '').trim();
  }
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  let factor = 1;
  const suffix = /^(.*\d)\s*([km])$/.exec(s);
  if (suffix) {
    factor = suffix[2] === 'k' ? 1_000 : 1_000_000;
    s = suffix[1] ?? '';
  }
  if (!GROUPED.test(s) && !PLAIN.test(s)) return undefined;
  return noNegativeZero(sign * scaled(Number(s.replace(/,/g, '')), factor));
}

/** "124:52:31" or "9:20:12" (hours may pass 24) → seconds. */
export function parseDuration(printed: string): number | undefined {
  const m = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(printed.trim());
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const words = /^(\d+) seconds?$/i.exec(printed.trim());
  if (words) return Number(words[1]);
  return undefined;
}

/** "3.9pp", "3.5p.p", "0p.p", "-1.2pp", "+0.5 pp" → percentage points. */
export function parsePercentagePoints(printed: string): number | undefined {
  const m = /^([+-]?\s*\d[\d,]*(?:\.\d+)?)\s*p\.?\s?p\.?$/i.exec(printed.trim().replace(/\u2212/g, '-'));
  if (!m) return undefined;
  return parseNumber((m[1] ?? '').replace(/\s+/g, ''));
}

/** "3.82%", "(0.47%)", "-0.2%" → the percentage as a number of per cent. */
export function parsePercent(printed: string): number | undefined {
  const s = printed.trim();
  const bracket = /^\((.*)%\)$/.exec(s);
  if (bracket) {
    const n = parseNumber(bracket[1] ?? '');
    return n === undefined ? undefined : noNegativeZero(-n);
  }
  const m = /^(.*\d)\s*%$/.exec(s);
  return m ? parseNumber(m[1] ?? '') : undefined;
}

/** "£6,800", "-£5", "(£1,094)" → pounds. */
export function parsePounds(printed: string): number | undefined {
  const s = printed.trim();
  const bracket = /^\(\s*£(.*)\)$/.exec(s);
  if (bracket) {
    const n = parseNumber(bracket[1] ?? '');
    return n === undefined ? undefined : noNegativeZero(-n);
  }
  const m = /^([+-]?)\s*£\s*(.+)$/.exec(s);
  if (!m) return undefined;
  const n = parseNumber(m[2] ?? '');
  if (n === undefined) return undefined;
  return noNegativeZero(m[1] === '-' ? -n : n);
}

/** Whether the printed text holds a value (number, percentage, pp, money or duration) rather than words. */
export function isValueText(printed: string): boolean {
  const t = parseCell(printed, { kind: 'plain' }).cell.value.type;
  return t !== 'text' && t !== 'blank';
}

/** Whether a cell reads as a heading: words (or a unit such as "£000" on its own), not a value and not a status such as "Data not available". */
export function isHeadingText(printed: string): boolean {
  const text = stripMarkup(printed).text;
  if (text === '') return false;
  if (UNIT_TOKEN.test(text)) return true;
  if (STATUS_TEXT.test(text)) return false;
  return !isValueText(text) && text !== '-' && text !== '–';
}

export interface ParsedCell {
  cell: Cell;
  /** Set when the column heading, not the printed text, decided the type. */
  inferred?: string;
}

/**
 * Types one printed cell. `unit` comes from the column heading (see
 * `columnUnit`); `heading` is that heading's text, used in `inferred`.
 */
export function parseCell(printed: string, unit: ColumnUnit, heading = ''): ParsedCell {
  const { text, italic } = stripMarkup(printed);
  const cell = (value: CellValue): Cell => (italic ? { raw: text, italic: true, value } : { raw: text, value });

  if (text === '' || text === '-' || text === '–') return { cell: cell({ type: 'blank' }) };
  if (UNIT_TOKEN.test(text)) return { cell: cell({ type: 'text' }) };

  const seconds = parseDuration(text);
  if (seconds !== undefined) return { cell: cell({ type: 'duration', seconds }) };

  const pp = parsePercentagePoints(text);
  if (pp !== undefined) return { cell: cell({ type: 'pp', value: pp }) };

  const percent = parsePercent(text);
  if (percent !== undefined) return { cell: cell({ type: 'percent', value: percent }) };

  const pounds = parsePounds(text);
  if (pounds !== undefined) {
    const moneyUnit = unit.kind === 'money' ? unit.unit : '£';
    return { cell: cell({ type: 'money', value: pounds, unit: moneyUnit }) };
  }

  const n = parseNumber(text);
  if (n !== undefined) {
    if (unit.kind === 'money') return { cell: cell({ type: 'money', value: n, unit: unit.unit }) };
    if (unit.kind === 'percent') {
      return {
        cell: cell({ type: 'percent', value: n }),
        inferred: `“${text}” is printed without a % sign; it is read as a percentage because its column${heading === '' ? '' : ` (“${stripMarkup(heading).text}”)`} holds percentages`,
      };
    }
    return { cell: cell({ type: 'number', value: n }) };
  }

  return { cell: cell({ type: 'text' }) };
}
