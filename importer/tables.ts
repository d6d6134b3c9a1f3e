/**
 * Numbered data tables of the reports. A table is a run of TAB-separated lines
 * followed by its caption ("Table N: …" or "Table N – …") and, optionally, its
 * notes (date ranges, rounding notes, "Note: …" paragraphs).
 *
 * The traps this module handles (INVENTORY 7.3, 8.2, 9.1.4):
 * - two-row headers, where the second row holds units ("£000", "%", "£m") and a
 *   heading such as "Over(-)/Under spend" spans two unit columns;
 * - row headers that span rows: the first column holds a group label and
 *   continuation rows leave it blank ("grouped" tables);
 * - a row printed one column to the left in a grouped table (repaired, and the
 *   repair recorded on the row);
 * - in-table sub-header rows that redefine what the columns mean;
 * - a group-label row with no values, heading the rows below it;
 * - two tables fused into one block under one caption (split into parts a, b);
 * - `<i>` markup, blank and "-" cells, and text such as "Data not available".
 */
import { columnUnit, isHeadingText, isValueText, parseCell, stripMarkup, type ColumnUnit } from './cells.ts';
import { ImportError } from './source.ts';

/** One printed line of a table: its line number and its TAB-separated cells as printed. */
export interface PrintedRow {
  line: number;
  cells: string[];
}

/** A caption line: "Table 4: Establishment, …" or "Figure 2 – Norfolk First Time Entrants …". */
export interface Caption {
  kind: 'table' | 'figure';
  number: number;
  /** The separator as printed, ":" or "–". */
  separator: string;
  /** The caption text after the separator. */
  text: string;
  line: number;
}

/** A note tied to a table. */
export interface TableNote {
  kind: 'date-range' | 'rounding' | 'note';
  text: string;
}

/**
 * Only a line that starts "Table N:" / "Table N –" (or "Figure N …") is a caption.
 * Sentences such as "Table 22 displays …" or "- Table 8 shows …" are not.
 */
export const CAPTION = /^(Table|Figure) (\d+)\s*([:–])\s*(\S.*)$/;

export function parseCaption(text: string, line: number): Caption | undefined {
  const m = CAPTION.exec(text.trim());
  if (!m) return undefined;
  return {
    kind: m[1] === 'Table' ? 'table' : 'figure',
    number: Number(m[2]),
    separator: m[3] ?? ':',
    text: (m[4] ?? '').trim(),
    line,
  };
}

/**
 * Whether a paragraph printed after a table's caption is one of its notes, and which kind:
 * "The date range …" (date-range), "Note … rounding …" (rounding), "Note: …" (note), or a
 * sentence about the same table such as "Table 22 displays …" (note).
 */
export function noteKind(paragraph: string, tableNumber: number): TableNote['kind'] | undefined {
  const t = paragraph.trim();
  if (/^The date range\b/i.test(t)) return 'date-range';
  if (/^Note\b/i.test(t)) return /\bround/i.test(t) ? 'rounding' : 'note';
  const about = /^Table (\d+) (displays|shows|sets out|gives)\b/.exec(t);
  if (about && Number(about[1]) === tableNumber) return 'note';
  return undefined;
}

export function splitRow(text: string, line: number): PrintedRow {
  return { line, cells: text.split('\t') };
}

/** The shape of a `tables` entry before validation. */
export interface TableDraft {
  id: string;
  data: Record<string, unknown>;
}

export interface TableContext {
  file: string;
  docId: string;
  reportId: string;
  planEntry?: string | undefined;
  /** `order` of the first table built from this block: its place among the report's tables and figures. */
  order: number;
  notes: TableNote[];
  /** Last line that belongs to the table (its caption or last note). */
  endLine: number;
}

const plain = (s: string | undefined) => stripMarkup(s ?? '').text;
const md = (s: string | undefined) => stripMarkup(s ?? '').markdown;

/** Indexes of the cells that hold something. */
function used(row: PrintedRow): number[] {
  return row.cells.flatMap((c, i) => (plain(c) === '' ? [] : [i]));
}

/** Number of cells up to and including the last non-empty one. */
function width(row: PrintedRow): number {
  const u = used(row);
  return u.length === 0 ? 0 : (u[u.length - 1] ?? 0) + 1;
}

/** A second header row: blank first cell, and only headings or units ("£000", "%"). */
function isSecondHeaderRow(row: PrintedRow | undefined): boolean {
  if (!row || plain(row.cells[0]) !== '') return false;
  const filled = used(row);
  return filled.length > 0 && filled.every((i) => isHeadingText(row.cells[i] ?? ''));
}

/** A row of headings only (no values, no "Data not available"). */
function isHeadingRow(row: PrintedRow): boolean {
  const filled = used(row);
  return filled.length >= 2 && filled.every((i) => isHeadingText(row.cells[i] ?? ''));
}

/**
 * Splits a printed block into the tables it holds. A heading-only row that fills a
 * column every row above it left empty starts a second table (Table 33: the
 * "March 2024 / March 2023" table has an empty fourth column; the row
 * "Indicator | Last 12 months | Previous 12 months | % difference …" fills it).
 * A heading-only row that uses the same columns is an in-table sub-header instead.
 */
export function splitFusedTables(rows: PrintedRow[]): PrintedRow[][] {
  const parts: PrintedRow[][] = [];
  let current: PrintedRow[] = [];
  let bodyStart = 0;
  for (const row of rows) {
    if (current.length === 0) {
      current.push(row);
      bodyStart = 1;
      continue;
    }
    if (current.length === 1 && isSecondHeaderRow(row)) {
      current.push(row);
      bodyStart = 2;
      continue;
    }
    const hasBody = current.length > bodyStart;
    if (hasBody && isHeadingRow(row)) {
      const before = new Set(current.flatMap(used));
      if (used(row).some((i) => !before.has(i))) {
        parts.push(current);
        current = [row];
        bodyStart = 1;
        continue;
      }
    }
    current.push(row);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface Header {
  rows: HeaderCell[][];
  /** Leaf label of every column after the row-header column(s). */
  leaves: string[];
  /** Leaf label of every column, row-header columns included. */
  allLeaves: string[];
  width: number;
}

function buildHeader(headerRows: PrintedRow[], rowHeaderColumns: number): Header {
  const w = Math.max(...headerRows.map(width), rowHeaderColumns + 1);
  const top = headerRows[0]?.cells ?? [];
  if (headerRows.length === 1) {
    const cells = Array.from({ length: w }, (_, i) => ({ text: md(top[i]), colspan: 1, rowspan: 1 }));
    const allLeaves = Array.from({ length: w }, (_, i) => plain(top[i]));
    return { rows: [cells], leaves: allLeaves.slice(rowHeaderColumns), allLeaves, width: w };
  }
  const bottom = headerRows[1]?.cells ?? [];
  const upper: HeaderCell[] = [];
  const lower: HeaderCell[] = [];
  const allLeaves: string[] = [];
  for (let i = 0; i < w; ) {
    const t = plain(top[i]);
    const b = plain(bottom[i]);
    if (i < rowHeaderColumns || b === '') {
      upper.push({ text: md(top[i]), colspan: 1, rowspan: 2 });
      allLeaves.push(t);
      i += 1;
      continue;
    }
    // A heading over one or more unit cells: it spans the columns whose top cell is blank.
    let span = 1;
    while (i + span < w && plain(top[i + span]) === '' && plain(bottom[i + span]) !== '') span += 1;
    upper.push({ text: md(top[i]), colspan: span, rowspan: 1 });
    for (let k = i; k < i + span; k += 1) {
      lower.push({ text: md(bottom[k]), colspan: 1, rowspan: 1 });
      allLeaves.push([t, plain(bottom[k])].filter((s) => s !== '').join(' '));
    }
    i += span;
  }
  return { rows: [upper, lower], leaves: allLeaves.slice(rowHeaderColumns), allLeaves, width: w };
}

/** Whether the first column holds group labels that span rows (continuation rows leave it blank). */
function isGrouped(body: PrintedRow[]): boolean {
  const first = body[0];
  if (!first || plain(first.cells[0]) === '') return false;
  return body.some((r) => plain(r.cells[0]) === '' && plain(r.cells[1]) !== '' && !isValueText(plain(r.cells[1])));
}

interface RowDraft {
  kind: 'data' | 'subheader' | 'group-label';
  group?: string;
  label: string;
  cells: unknown[];
  line: number;
  repair?: string;
}

/**
 * Builds the `tables` entries for one printed block and its caption. Usually one
 * entry; two (ids ending "a" and "b") when the block fuses two tables.
 */
export function buildTables(rows: PrintedRow[], caption: Caption, ctx: TableContext): TableDraft[] {
  if (rows.length < 2) {
    throw new ImportError(ctx.file, rows[0]?.line ?? caption.line, `a header row and at least one body row above the caption of Table ${caption.number}`);
  }
  const parts = splitFusedTables(rows);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return parts.map((part, index) => {
    const suffix = parts.length > 1 ? (letters[index] ?? String(index + 1)) : '';
    const id = `${ctx.reportId}-table-${caption.number}${suffix}`;
    const headerRows = isSecondHeaderRow(part[1]) ? part.slice(0, 2) : part.slice(0, 1);
    const body = part.slice(headerRows.length);
    if (body.length === 0) {
      throw new ImportError(ctx.file, part[0]?.line ?? caption.line, `at least one body row under the header of Table ${caption.number}`);
    }
    const grouped = isGrouped(body);
    const rowHeaderColumns = grouped ? 2 : 1;
    const header = buildHeader(headerRows, rowHeaderColumns);
    const units: ColumnUnit[] = header.leaves.map((leaf) => columnUnit(leaf));
    const notes: TableNote[] = [...ctx.notes];
    if (parts.length > 1) {
      notes.push({
        kind: 'note',
        text: `Printed in the papers as one block with two header rows under the single caption of Table ${caption.number}; shown here as ${parts.length} tables (${parts.map((_, i) => `${caption.number}${letters[i] ?? ''}`).join(', ')}). This is ${caption.number}${suffix}.`,
      });
    }

    const out: RowDraft[] = [];
    let group: string | undefined;
    let labelGroup: string | undefined;
    const groupHeading = header.allLeaves[0] ?? '';
    for (const row of body) {
      const cells = row.cells;
      const filledWidth = width(row);
      let label: string;
      let values: string[];
      let repair: string | undefined;
      let rowGroup: string | undefined;
      if (grouped) {
        const c0 = plain(cells[0]);
        const c1 = plain(cells[1]);
        if (c0 !== '' && isValueText(c1)) {
          // Printed one column to the left: the indicator sits in the group column.
          if (group === undefined) {
            throw new ImportError(ctx.file, row.line, `a group label in the first column of Table ${caption.number} before this shifted row`, cells.join('\t'));
          }
          if (filledWidth > header.width - 1) {
            throw new ImportError(ctx.file, row.line, `at most ${header.width} cells in a row of Table ${caption.number}, as its header has ${header.width} columns`, cells.join('\t'));
          }
          label = md(cells[0]);
          values = cells.slice(1, header.width - 1);
          rowGroup = group;
          repair = `printed one column to the left in the paper: the indicator “${c0}” stands in the “${groupHeading === '' ? 'first' : groupHeading}” column and its values start one column early; moved back into the “${group}” group`;
        } else {
          if (c0 !== '') group = c0;
          if (group === undefined) {
            throw new ImportError(ctx.file, row.line, `a group label in the first column of Table ${caption.number}`, cells.join('\t'));
          }
          rowGroup = group;
          label = md(cells[1]);
          values = cells.slice(2);
        }
      } else {
        label = md(cells[0]);
        values = cells.slice(1);
      }
      if (repair === undefined && filledWidth > header.width) {
        throw new ImportError(
          ctx.file,
          row.line,
          `at most ${header.width} cells in a row of Table ${caption.number}, as its header has ${header.width} columns`,
          cells.join('\t'),
        );
      }
      if (repair === undefined && cells.length < header.width && plain(cells[cells.length - 1]) !== '') {
        // Fewer cells than columns, the last one filled: which column lost its value cannot be told, and
        // reading on would put the values under the wrong headings. (Trailing empty cells are printed as TABs.)
        throw new ImportError(
          ctx.file,
          row.line,
          `${header.width} cells in a row of Table ${caption.number}, as its header has ${header.width} columns (empty cells printed as TABs); this row has ${cells.length}`,
          cells.join('\t'),
          { hint: 'restore the missing cell where the original table has it (an empty cell is a TAB with nothing before the next TAB); values must not move under another column' },
        );
      }
      const leafCount = header.leaves.length;
      const padded = Array.from({ length: leafCount }, (_, i) => values[i] ?? '');
      const inferred: string[] = [];
      const typed = padded.map((v, i) => {
        const parsed = parseCell(v, units[i] ?? { kind: 'plain' }, header.leaves[i]);
        if (parsed.inferred) inferred.push(parsed.inferred);
        return parsed.cell;
      });
      const filled = padded.filter((v) => plain(v) !== '');
      let kind: RowDraft['kind'] = 'data';
      if (filled.length === leafCount && filled.every((v) => isHeadingText(v))) kind = 'subheader';
      else if (!grouped && filled.length === 0 && plain(label) !== '') kind = 'group-label';
      if (kind === 'group-label') labelGroup = plain(label);
      else if (!grouped && labelGroup !== undefined && kind === 'data') rowGroup = labelGroup;
      if (inferred.length > 0) repair = [repair, ...inferred].filter((s) => s !== undefined).join('; ');
      const draft: RowDraft = { kind, label, cells: typed, line: row.line };
      if (rowGroup !== undefined) draft.group = rowGroup;
      if (repair !== undefined) draft.repair = repair;
      out.push(draft);
    }
    // A trailing "group label" with nothing under it is an ordinary row with blank values.
    const last = out[out.length - 1];
    if (last && last.kind === 'group-label') last.kind = 'data';

    const data: Record<string, unknown> = {
      number: caption.number,
      caption: caption.text,
      captionSeparator: caption.separator,
      report: ctx.reportId,
      header: header.rows,
      grouped,
      columns: header.leaves,
      rows: out,
      notes,
      order: ctx.order + index,
      source: { doc: ctx.docId, line: part[0]?.line ?? caption.line, endLine: index === parts.length - 1 ? ctx.endLine : (part[part.length - 1]?.line ?? caption.line) },
    };
    if (ctx.planEntry !== undefined) data.planEntry = ctx.planEntry;
    return { id, data };
  });
}
