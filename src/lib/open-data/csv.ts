/**
 * CSV and JSON downloads of tables and indicators (csv-stringify).
 *
 * Table CSV: one line per body row, in order. Columns: the row's group (for
 * grouped tables), its label, what kind of row it is, then for every table
 * column three: the text exactly as printed, the parsed number, and its unit
 * (%, percentage points, £, £000, £m, seconds; "text" for words; empty for a
 * blank cell). Then the source line and any correction the portal made.
 * Files start with a UTF-8 byte-order mark so spreadsheet programs read "£".
 *
 * Every CSV is written by csvText(), which neutralises spreadsheet formulas as
 * OWASP's CSV-injection guidance recommends: a text cell beginning with =, +,
 * -, @, a tab or a carriage return (or their full-width forms) gets a leading
 * single quote, so a spreadsheet shows it as text instead of running it.
 * Numbers are written as numbers (a parsed -5 stays -5); only text is prefixed.
 * The JSON downloads keep every text exactly as the papers print it: JSON is
 * read by programs, which never evaluate a string as a formula, and a prefix
 * there would change the data.
 */
import { stringify } from 'csv-stringify/sync';
import type { CellValue } from '../../schemas/tables.ts';
import type { Indicator } from '../indicators/indicators.ts';
import type { TableData } from '../tables/tables.ts';
import { captionText, numberOf } from '../tables/tables.ts';
import { appearancePeriods, tablePeriods } from './periods.ts';

/** One CSV cell: text, or a number written as a number. */
export type CsvCell = string | number;

/**
 * Records as CSV text: a UTF-8 byte-order mark, CRLF line ends, cells with line breaks quoted, and every text cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) prefixed
 * with a single quote (csv-stringify's escape_formulas). Number cells are never prefixed.
 */
export function csvText(records: CsvCell[][]): string {
  // quote_record_delimiter: with an explicit record_delimiter csv-stringify would otherwise leave a
  // cell holding a lone line feed or carriage return unquoted, splitting its row in two.
  return stringify(records, { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true });
}

/** The parsed number of a value as written in the CSV ("" for text and blanks). */
export function valueText(value: CellValue): number | '' {
  return numberOf(value) ?? '';
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

/** The table's CSV rows, header first: text as printed, parsed values and source lines as numbers. */
export function tableCsvRecords(table: TableData): CsvCell[][] {
  const records: CsvCell[][] = [tableCsvHeader(table)];
  for (const row of table.rows) {
    records.push([
      ...(table.grouped ? [row.group ?? ''] : []),
      row.label,
      row.kind ?? 'data',
      ...row.cells.flatMap((c) => [c.raw, valueText(c.value), unitText(c.value)]),
      row.line,
      row.repair ?? '',
    ]);
  }
  return records;
}

/** The table as CSV text. */
export function tableCsv(table: TableData): string {
  return csvText(tableCsvRecords(table));
}

/** The table as a JSON document: its content plus where it is published. */
export function tableJson(id: string, table: TableData, urls: { report: string; csv: string }): string {
  return `${JSON.stringify(
    {
      id,
      title: captionText(table, 'Table', id),
      ...table,
      // Each column's period as the table's date-range notes give it (null where they do not).
      periods: tablePeriods(table).map((p, i) => (p ? { column: table.columns[i], start: p.start ?? null, end: p.end ?? null, note: p.note } : null)),
      links: { report: urls.report, csv: urls.csv },
    },
    null,
    2,
  )}\n`;
}

/** Column names of an indicator's CSV. */
export const INDICATOR_CSV_HEADER = ['Indicator', 'Qualifier', 'Table', 'Report', 'Meeting date', 'Period or measure', 'Period start', 'Period end', 'As printed', 'Value', 'Unit', 'Source line'];

/**
 * An indicator's CSV rows (header first): one per printed figure, oldest appearance first. The
 * period's first and last day come from the date-range notes of the table it is printed in
 * (`tableOf`), and are empty where the notes do not give them.
 */
export function indicatorCsvRecords(ind: Indicator, tableOf: (id: string) => TableData | undefined = () => undefined): CsvCell[][] {
  const records: CsvCell[][] = [INDICATOR_CSV_HEADER];
  for (const a of ind.appearances) {
    const periods = appearancePeriods(tableOf(a.tableId), a.observations.length);
    for (const [j, o] of a.observations.entries()) {
      records.push([
        ind.name,
        ind.qualifier ?? '',
        a.tableNumber !== undefined ? `Table ${a.tableNumber}` : a.tableId,
        a.reportId,
        a.date ?? '',
        o.period,
        periods[j]?.start ?? '',
        periods[j]?.end ?? '',
        o.raw,
        valueText(o.value),
        unitText(o.value),
        a.line,
      ]);
    }
  }
  return records;
}

export function indicatorCsv(ind: Indicator, tableOf?: (id: string) => TableData | undefined): string {
  return csvText(indicatorCsvRecords(ind, tableOf));
}

export function indicatorJson(ind: Indicator, urls: { page: string; csv: string }): string {
  return `${JSON.stringify({ ...ind, links: urls }, null, 2)}\n`;
}
