/**
 * Performance indicators: the rows of the papers' tables that carry figures.
 *
 * Identity: an indicator is its normalised name (group and label, e.g.
 * "domestic abuse solved") plus the normalised context of its table's caption
 * with dates and date ranges removed ("norfolk camera enforcement static and
 * mobile"). So the same measure printed in two tables for two periods (Tables
 * 27 and 28) is one indicator with two appearances, while "Total" in the
 * revenue budget and "Total" in the capital budget are two.
 *
 * Tables whose rows are months (Tables 24–28: "January", "July 2024") are read
 * the other way: each column is an indicator and each row a period.
 * Rows under an in-table sub-header (Table 13) carry the sub-header's wording
 * in their name and columns.
 */
import type { Cell, TableRow } from '../../schemas/tables.ts';
import type { TableData } from '../tables/tables.ts';
import { isNumericCell, rowName } from '../tables/tables.ts';

/** One printed figure of an indicator. */
export interface Observation {
  /** What the figure is for: a period or measure column heading, or the row's month in a transposed table. */
  period: string;
  raw: string;
  value: Cell['value'];
  italic?: boolean | undefined;
}

/** One table in which the indicator appears. */
export interface Appearance {
  tableId: string;
  tableNumber: number | undefined;
  reportId: string;
  /** The meeting's date (YYYY-MM-DD) when known, for ordering over time. */
  date: string | undefined;
  /** Source line of the row (or the table, for a transposed table). */
  line: number;
  observations: Observation[];
}

export interface Indicator {
  /** URL id: /performance/<id>/. */
  id: string;
  /** Identity key (normalised name | normalised caption context). */
  key: string;
  /** Name as printed: "Group – Label", or the column heading for transposed tables. */
  name: string;
  /** Wording that qualifies the name (an in-table sub-header), when there is one. */
  qualifier: string | undefined;
  /** Plan entry (pillar or priority) it reports on, when known. */
  planEntry: string | undefined;
  /** Where it appears, oldest first. */
  appearances: Appearance[];
}

/** Inputs, shaped like content entries. */
export interface IndicatorSource {
  tables: { id: string; data: TableData }[];
  /** Report id → its meeting date (YYYY-MM-DD) and plan entries. */
  reports: Map<string, { date: string | undefined; planEntries: string[] }>;
}

/** Lower case, "&" as "and", markup and punctuation removed, single spaces. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_]+/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?[/ .-](?:\\d{1,2}|${MONTH})[/ .-]\\d{2,4}|${MONTH}\\s+\\d{4})`;
const MONTH_LIST = `(?:${MONTH}[\\s,]*(?:and\\s+)?)+\\d{4}`;

/**
 * A caption's context for identity: the caption without its date range,
 * notes or footnotes, and without "for the period …", "between … and …",
 * "as at …" or month lists, normalised. "Norfolk camera enforcement (static
 * and mobile) for the period 01/01/2023 to 30/06/2023." →
 * "norfolk camera enforcement static and mobile".
 */
export function captionContext(caption: string): string {
  let s = caption.split(/\s*(?:The date range|Date range|Note:|Note -|\*)/i)[0] ?? caption;
  s = s.replace(new RegExp(`\\s*\\b(?:for the period|between|as at|from|for|in)\\s+${DATE}.*$`, 'i'), '');
  s = s.replace(new RegExp(`\\s*\\b(?:for|in)\\s+${MONTH_LIST}.*$`, 'i'), '');
  s = s.replace(new RegExp(`\\(${MONTH_LIST}\\)`, 'gi'), ' ');
  s = s.replace(new RegExp(DATE, 'gi'), ' ');
  return normaliseLabel(s);
}

/** Url slug: lower-case letters, digits and hyphens, at most `max` characters, cut at a word. */
export function slug(text: string, max = 80): string {
  const s = normaliseLabel(text).replace(/%/g, ' percent ').trim().replace(/\s+/g, '-');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max);
}

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+'?\d{2}(?:\d{2})?)?$/i;

/** Whether a row label names a period (a month, with or without its year). */
export const isPeriodLabel = (label: string): boolean => MONTH_WORD.test(label.trim());

/** A table whose rows are periods, read column by column. */
export function isTransposed(table: Pick<TableData, 'rows'>): boolean {
  const data = table.rows.filter((r) => (r.kind ?? 'data') === 'data');
  const periods = data.filter((r) => isPeriodLabel(r.label)).length;
  return periods >= 2 && periods * 2 >= data.length;
}

interface Draft {
  key: string;
  name: string;
  qualifier: string | undefined;
  planEntry: string | undefined;
  appearance: Appearance;
  order: [number, number, number];
}

function draftsOf(table: { id: string; data: TableData }, report: { date: string | undefined; planEntries: string[] } | undefined, tableOrder: number): Draft[] {
  const t = table.data;
  const context = captionContext(t.caption);
  const planEntry = t.planEntry ?? report?.planEntries[0];
  const base = { tableId: table.id, tableNumber: t.number, reportId: t.report, date: report?.date };
  const drafts: Draft[] = [];
  if (isTransposed(t)) {
    t.columns.forEach((column, j) => {
      const observations: Observation[] = [];
      for (const row of t.rows) {
        if ((row.kind ?? 'data') !== 'data') continue;
        const cell = row.cells[j];
        if (!cell) continue;
        observations.push({ period: row.label, raw: cell.raw, value: cell.value, italic: cell.italic });
      }
      if (!observations.some((o) => isNumericCell(o))) return;
      drafts.push({
        key: `${normaliseLabel(column)}|${context}`,
        name: column,
        qualifier: undefined,
        planEntry,
        appearance: { ...base, line: t.source.line, observations },
        order: [tableOrder, j, 0],
      });
    });
    return drafts;
  }
  let subheader: TableRow | undefined;
  t.rows.forEach((row, i) => {
    const kind = row.kind ?? 'data';
    if (kind === 'subheader') {
      subheader = row;
      return;
    }
    if (kind !== 'data') return;
    if (!row.cells.some((c) => isNumericCell(c))) return;
    // The first sub-header cell says what the figures count ("Number of OCGs only"); it tells the two DRUGS rows of Table 13 apart.
    const qualifier = subheader?.cells.map((c) => c.raw.trim()).find(Boolean);
    const observations = row.cells.map((cell, j) => {
      const sub = subheader?.cells[j]?.raw.trim();
      const column = t.columns[j] ?? '';
      return { period: sub ? `${column} – ${sub}` : column, raw: cell.raw, value: cell.value, italic: cell.italic };
    });
    drafts.push({
      key: `${normaliseLabel(rowName(row))}${qualifier ? ` [${normaliseLabel(qualifier)}]` : ''}|${context}`,
      name: rowName(row),
      qualifier,
      planEntry,
      appearance: { ...base, line: row.line, observations },
      order: [tableOrder, i, 0],
    });
  });
  return drafts;
}

/**
 * Every indicator in the given tables, merged by identity, with unique ids.
 * Order: by first appearance (report date, table order, row order).
 */
export function buildIndicators(source: IndicatorSource): Indicator[] {
  const tables = [...source.tables].sort((a, b) => {
    const da = source.reports.get(a.data.report)?.date ?? '';
    const db = source.reports.get(b.data.report)?.date ?? '';
    return da.localeCompare(db) || a.data.report.localeCompare(b.data.report) || a.data.order - b.data.order;
  });
  const byKey = new Map<string, Indicator>();
  const keysInOrder: string[] = [];
  tables.forEach((table, ti) => {
    for (const d of draftsOf(table, source.reports.get(table.data.report), ti)) {
      const existing = byKey.get(d.key);
      if (existing) {
        existing.appearances.push(d.appearance);
        existing.planEntry ??= d.planEntry;
      } else {
        byKey.set(d.key, { id: '', key: d.key, name: d.name, qualifier: d.qualifier, planEntry: d.planEntry, appearances: [d.appearance] });
        keysInOrder.push(d.key);
      }
    }
  });
  const list = keysInOrder.map((k) => byKey.get(k) as Indicator);
  for (const ind of list) ind.appearances.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  assignIds(list);
  return list;
}

/** Ids from the name; where two indicators share a name, each gets its table's number (or id) appended. */
function assignIds(list: Indicator[]): void {
  const bases = list.map((ind) => slug(ind.qualifier ? `${ind.name} ${ind.qualifier}` : ind.name) || 'indicator');
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const used = new Set<string>();
  /** Per stem, the number to try next: every lower one is taken (ids are only ever added), so the search resumes there. */
  const nextNumber = new Map<string, number>();
  list.forEach((ind, i) => {
    const base = bases[i]!;
    const first = ind.appearances[0];
    let id = base;
    if ((counts.get(base) ?? 0) > 1 && first) id = `${base}-${first.tableNumber !== undefined ? `table-${first.tableNumber}` : first.tableId}`;
    const stem = id;
    let n = nextNumber.get(stem) ?? 2;
    while (used.has(id)) id = `${stem}-${n++}`;
    nextNumber.set(stem, n);
    used.add(id);
    ind.id = id;
  });
}

/** The most recent appearance. */
export const latestAppearance = (ind: Indicator): Appearance | undefined => ind.appearances.at(-1);

/** Indicators grouped by plan entry, in first-seen order; those without one under `undefined`. */
export function byPlanEntry(list: Indicator[]): Map<string | undefined, Indicator[]> {
  const map = new Map<string | undefined, Indicator[]>();
  for (const ind of list) {
    const l = map.get(ind.planEntry);
    if (l) l.push(ind);
    else map.set(ind.planEntry, [ind]);
  }
  return map;
}

/** URL helpers (stable URL scheme). */
export const indicatorUrl = (id: string): string => `/performance/${id}/`;
export const indicatorDownloads = (id: string): { csv: string; json: string } => ({
  csv: `/data/indicators/${id}.csv`,
  json: `/data/indicators/${id}.json`,
});
