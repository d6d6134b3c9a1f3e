/**
 * Pure layout logic for data tables: captions, header placement (colspan/rowspan
 * → `id`/`headers`), row grouping into <tbody> sections, numeric columns and the
 * words a screen reader should say where printed symbols read badly.
 *
 * The <DataTable> component renders what these functions compute; the site test
 * (tests/site/report-tables.test.ts) checks the built HTML against the content.
 */
import type { Cell, CellValue, DataTable, TableRow } from '../../schemas/tables.ts';

/** The fields of a table entry the layout needs (content entries and test fixtures both fit). */
export type TableData = DataTable;

/**
 * The printed number of a table, with the part letter when the importer split
 * one printed table in two (ids ending "-table-33a", "-table-33b" → "33a", "33b"),
 * so the two parts have distinct names.
 */
export function tableNumber(table: Pick<TableData, 'number'>, id?: string): string | undefined {
  if (table.number === undefined) return undefined;
  const part = id ? new RegExp(`-table-${table.number}([a-z])$`).exec(id)?.[1] : undefined;
  return `${table.number}${part ?? ''}`;
}

/** The number-and-separator prefix alone ("Table 4:", "Table 27 –"), so the caption text can be rendered with inline markup. */
export function captionPrefix(table: Pick<TableData, 'number' | 'captionSeparator'>, numberLabel = 'Table', id?: string): string | undefined {
  const n = tableNumber(table, id);
  if (n === undefined) return undefined;
  const sep = (table.captionSeparator ?? ':').trim() || ':';
  return sep === ':' ? `${numberLabel} ${n}:` : `${numberLabel} ${n} ${sep}`;
}

/** "Table 27 – caption" or "Table 4: caption" as printed; unnumbered tables give just the caption. */
export function captionText(table: Pick<TableData, 'number' | 'caption' | 'captionSeparator'>, numberLabel = 'Table', id?: string): string {
  const prefix = captionPrefix(table, numberLabel, id);
  return prefix ? `${prefix} ${table.caption}` : table.caption;
}

/** How many row-header columns the table has (label, plus the spanning group column when grouped). */
export function rowHeaderColumns(table: Pick<TableData, 'grouped'>): number {
  return table.grouped ? 2 : 1;
}

/** One placed header cell. */
export interface PlacedHeader {
  id: string;
  text: string;
  colspan: number;
  rowspan: number;
  /** Grid row (0-based) and first grid column (0-based, row-header columns included). */
  row: number;
  col: number;
  /** `col` for a single leaf column, `colgroup` when it spans several, `row`-side corner cells get `col` too. */
  scope: 'col' | 'colgroup';
}

/** The header, placed on the grid. */
export interface HeaderLayout {
  rows: PlacedHeader[][];
  /** Total grid width: row-header columns + leaf columns. */
  width: number;
  /** For each grid column, the ids of every header cell above it, top to bottom. */
  columnHeaders: string[][];
  /** True when `scope` alone cannot tie data cells to all their headers (several header rows with spans). */
  complex: boolean;
}

/**
 * Places header cells on a grid with the HTML table algorithm (rowspans reserve
 * slots in the rows below). Throws when the header's width does not match the
 * table's columns, naming the table.
 */
export function headerLayout(table: TableData, tableId: string): HeaderLayout {
  const width = rowHeaderColumns(table) + table.columns.length;
  const occupied: boolean[][] = table.header.map(() => new Array<boolean>(width).fill(false));
  const columnHeaders: string[][] = Array.from({ length: width }, () => []);
  const rows: PlacedHeader[][] = [];
  let spans = false;
  table.header.forEach((headerRow, r) => {
    const placed: PlacedHeader[] = [];
    let c = 0;
    headerRow.forEach((cell, i) => {
      while (c < width && occupied[r]?.[c]) c++;
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      if (c + colspan > width) {
        throw new Error(
          `table ${tableId}: header row ${r + 1} cell ${i + 1} ("${cell.text}") ends at column ${c + colspan}, but the table is ${width} columns wide (${rowHeaderColumns(table)} row-header + ${table.columns.length} in \`columns\`)`,
        );
      }
      if (colspan > 1 || rowspan > 1) spans = true;
      const id = `${tableId}-h${r}-${c}`;
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const slot = occupied[r + dr];
          if (slot) slot[c + dc] = true;
        }
      }
      if (cell.text.trim() !== '') for (let dc = 0; dc < colspan; dc++) columnHeaders[c + dc]?.push(id);
      placed.push({ id, text: cell.text, colspan, rowspan, row: r, col: c, scope: colspan > 1 ? 'colgroup' : 'col' });
      c += colspan;
    });
    rows.push(placed);
  });
  return { rows, width, columnHeaders, complex: spans && table.header.length > 1 };
}

/** A <tbody> section: rows sharing a spanning group label, or the rows after an in-table sub-header. */
export interface RowSection {
  /** The spanning group label (grouped tables), if any. */
  group: string | undefined;
  rows: TableRow[];
}

/**
 * Splits rows into <tbody> sections. A new section starts where the group
 * changes, at every sub-header row and at every group-label row.
 */
export function rowSections(table: Pick<TableData, 'rows' | 'grouped'>): RowSection[] {
  const sections: RowSection[] = [];
  let current: RowSection | undefined;
  for (const row of table.rows) {
    const kind = row.kind ?? 'data';
    const group = table.grouped ? row.group : undefined;
    const startsNew =
      !current || kind === 'subheader' || kind === 'group-label' || (table.grouped && group !== current.group);
    if (startsNew) {
      current = { group, rows: [] };
      sections.push(current);
    }
    current?.rows.push(row);
  }
  return sections;
}

const NUMERIC_TYPES = new Set<CellValue['type']>(['number', 'percent', 'pp', 'money', 'duration']);

/** Whether a cell holds a number (of any unit). */
export function isNumericCell(cell: Pick<Cell, 'value'>): boolean {
  return NUMERIC_TYPES.has(cell.value.type);
}

/**
 * For each leaf column, whether it is a numeric column: at least half of its
 * non-blank data cells are numbers. Numeric columns are right-aligned whole,
 * so text such as "Data not available" lines up with the figures around it.
 */
export function numericColumns(table: Pick<TableData, 'columns' | 'rows'>): boolean[] {
  return table.columns.map((_, j) => {
    let numeric = 0;
    let filled = 0;
    for (const row of table.rows) {
      if ((row.kind ?? 'data') !== 'data') continue;
      const cell = row.cells[j];
      if (!cell || cell.value.type === 'blank') continue;
      filled++;
      if (isNumericCell(cell)) numeric++;
    }
    return filled > 0 && numeric * 2 >= filled;
  });
}

/** Words for the sign and units, so pages can pass translated ones. */
export interface SpokenWords {
  minus: string;
  percentagePoints: string;
  nil: string;
  hours: string;
  minutes: string;
  seconds: string;
}

export const ENGLISH_SPOKEN: SpokenWords = {
  minus: 'minus',
  percentagePoints: 'percentage points',
  nil: 'nil',
  hours: 'hours',
  minutes: 'minutes',
  seconds: 'seconds',
};

/**
 * What a screen reader should say for a printed value, or undefined when the
 * printed text already reads well. The printed text itself is never changed:
 * "(1,094)" → "minus 1,094", "3.5p.p" → "3.5 percentage points",
 * "-0.3pp" → "minus 0.3 percentage points", "-" → "nil",
 * "124:52:31" → "124 hours 52 minutes 31 seconds".
 */
export function spokenForm(raw: string, value?: CellValue, words: SpokenWords = ENGLISH_SPOKEN): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (text === '-' || text === '–') return words.nil;
  let body = text;
  let sign = '';
  const paren = /^\((.+)\)$/.exec(body);
  if (paren?.[1] && /\d/.test(paren[1])) {
    body = paren[1].trim();
    sign = `${words.minus} `;
  } else if (/^[-−]\s*[£\d.]/.test(body)) {
    body = body.replace(/^[-−]\s*/, '');
    sign = `${words.minus} `;
  }
  const pp = /^([\d.,]+)\s*(?:pp|p\.p\.?)$/i.exec(body);
  if (pp?.[1]) return `${sign}${pp[1]} ${words.percentagePoints}`;
  const hms = /^(\d+):(\d{2}):(\d{2})$/.exec(body);
  if (hms && (value === undefined || value.type === 'duration')) {
    const [, h, m, s] = hms;
    return `${sign}${Number(h)} ${words.hours} ${Number(m)} ${words.minutes} ${Number(s)} ${words.seconds}`;
  }
  return sign ? `${sign}${body}` : undefined;
}

/** The number a value stands for (durations in seconds), as charts plot it and the CSV writes it; undefined for text and blanks. */
export function numberOf(value: CellValue): number | undefined {
  switch (value.type) {
    case 'number':
    case 'percent':
    case 'pp':
    case 'money':
      return value.value;
    case 'duration':
      return value.seconds;
    default:
      return undefined;
  }
}

/** The row headers' text of a row, for naming it (group and label). */
export function rowName(row: Pick<TableRow, 'group' | 'label'>): string {
  return [row.group, row.label].filter((s): s is string => Boolean(s && s.trim())).join(' – ');
}

/** Anchor id of a table on its report page (URL scheme: #table-<table-id>). */
export const tableAnchor = (tableId: string): string => `table-${tableId}`;
/** Anchor id of a figure on its report page (URL scheme: #figure-<figure-id>). */
export const figureAnchor = (figureId: string): string => `figure-${figureId}`;
/** Download paths of a table. */
export const tableDownloads = (tableId: string): { csv: string; json: string } => ({
  csv: `/data/tables/${tableId}.csv`,
  json: `/data/tables/${tableId}.json`,
});

/**
 * Heading levels for a report body placed under a page whose last heading
 * before it is at `start - 1`: the first heading becomes `start`, and no
 * heading is more than one level deeper than the one before it (levels never
 * go above `start`). Returns slug → level, for the headings whose level changes.
 */
export function headingLevels(headings: { depth: number; slug: string }[], start = 2): Map<string, number> {
  const out = new Map<string, number>();
  const minDepth = Math.min(...headings.map((h) => h.depth));
  const shift = Number.isFinite(minDepth) ? start - minDepth : 0;
  let previous = start - 1;
  for (const h of headings) {
    let level = Math.max(start, h.depth + shift);
    if (level > previous + 1) level = previous + 1;
    level = Math.min(level, 6);
    if (level !== h.depth) out.set(h.slug, level);
    previous = level;
  }
  return out;
}
