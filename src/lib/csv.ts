/**
 * CSV and JSON downloads of tables and indicators (csv-stringify).
 *
 * Table CSV: one line per body row, in order. Columns: the row's group (for
 * grouped tables), its label, what kind of row it is, then for every table
 * column three: the text exactly as printed, the parsed number, and its unit
 * (%, percentage points, £, £000, £m, seconds; "text" for words; empty for a
 * blank cell). Then the source line and any correction the portal made.
 * Files start with a UTF-8 byte-order mark so spreadsheet programs read "£".
 */
import { stringify } from 'csv-stringify/sync';
import type { CellValue } from '../schemas/tables.ts';
import type { Indicator } from './indicators.ts';
import type { TableData } from './tables.ts';
import { captionText, numberOf } from './tables.ts';

/** The parsed number of a value as written in the CSV ("" for text and blanks). */
export function valueText(value: CellValue): string {
  const n = numberOf(value);
  return n === undefined ? '' : String(n);
}

/** The unit of a value as written in the CSV. */
export function unitText(value: CellValue): string {
  switch (value.type) {
    case 'number':
      return '';
    case 'percent':
      return '%';
    case 'pp':
      return 'percentage points';
    case 'money':
      return value.unit;
    case 'duration':
      return 'seconds';
    case 'text':
      return 'text';
    default:
      return '';
  }
}

/** Column names for a table's CSV; repeated headings get " (2)", " (3)" so every name is unique. */
export function tableCsvHeader(table: Pick<TableData, 'grouped' | 'columns'>): string[] {
  const seen = new Map<string, number>();
  const unique = table.columns.map((c) => {
    const name = c.trim() || 'Column';
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
  return [
    ...(table.grouped ? ['Group'] : []),
    'Row',
    'Row type',
    ...unique.flatMap((c) => [c, `${c} (value)`, `${c} (unit)`]),
    'Source line',
    'Correction',
  ];
}

/** The table's CSV rows, header first, as arrays of strings. */
export function tableCsvRecords(table: TableData): string[][] {
  const records = [tableCsvHeader(table)];
  for (const row of table.rows) {
    records.push([
      ...(table.grouped ? [row.group ?? ''] : []),
      row.label,
      row.kind ?? 'data',
      ...row.cells.flatMap((c) => [c.raw, valueText(c.value), unitText(c.value)]),
      String(row.line),
      row.repair ?? '',
    ]);
  }
  return records;
}

/** The table as CSV text. */
export function tableCsv(table: TableData): string {
  return stringify(tableCsvRecords(table), { bom: true, record_delimiter: 'windows' });
}

/** The table as a JSON document: its content plus where it is published. */
export function tableJson(id: string, table: TableData, urls: { report: string; csv: string }): string {
  return `${JSON.stringify(
    {
      id,
      title: captionText(table, 'Table', id),
      ...table,
      links: { report: urls.report, csv: urls.csv },
    },
    null,
    2,
  )}\n`;
}

/** Column names of an indicator's CSV. */
export const INDICATOR_CSV_HEADER = ['Indicator', 'Qualifier', 'Table', 'Report', 'Meeting date', 'Period or measure', 'As printed', 'Value', 'Unit', 'Source line'];

/** An indicator's CSV rows (header first): one per printed figure, oldest appearance first. */
export function indicatorCsvRecords(ind: Indicator): string[][] {
  const records = [INDICATOR_CSV_HEADER];
  for (const a of ind.appearances) {
    for (const o of a.observations) {
      records.push([
        ind.name,
        ind.qualifier ?? '',
        a.tableNumber !== undefined ? `Table ${a.tableNumber}` : a.tableId,
        a.reportId,
        a.date ?? '',
        o.period,
        o.raw,
        valueText(o.value),
        unitText(o.value),
        String(a.line),
      ]);
    }
  }
  return records;
}

export function indicatorCsv(ind: Indicator): string {
  return stringify(indicatorCsvRecords(ind), { bom: true, record_delimiter: 'windows' });
}

export function indicatorJson(ind: Indicator, urls: { page: string; csv: string }): string {
  return `${JSON.stringify({ ...ind, links: urls }, null, 2)}\n`;
}
