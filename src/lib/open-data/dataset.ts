/**
 * One kind of record as open data: its fields (name, type) and its rows, written as CSV (through
 * csvText, which neutralises spreadsheet formulas) and as JSON, and described in a Frictionless
 * Data Package (https://specs.frictionlessdata.io/data-package/).
 *
 * A cell is text, a number, or null where the papers say nothing: null is an empty CSV cell and a
 * JSON null, never a made-up value. What a dataset and its fields mean (titles, descriptions) comes
 * from the i18n dictionary through `describe`, keyed `openData.<dataset>.title`, `.description`
 * and `.fields.<field>`.
 */
import { csvText } from './csv.ts';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'time' | 'boolean';

export interface Field<N extends string = string> {
  name: N;
  type: FieldType;
  /** A Frictionless format pattern, e.g. "%H:%M" for a time written HH:MM. */
  format?: string;
}

/** One cell: text, a number, or null (empty) where the papers say nothing. */
export type Value = string | number | null;

export interface Dataset {
  /** File stem and data-package resource name: lower case, digits and hyphens. */
  name: string;
  fields: readonly Field[];
  /** One row per record, one cell per field, in field order. */
  rows: Value[][];
}

/** A row's cells in field order, from a record keyed by field name (every field must be given). */
export function rowOf<N extends string>(fields: readonly Field<N>[], record: Record<N, Value>): Value[] {
  return fields.map((f) => record[f.name]);
}

/** Undefined, empty or blank text becomes null; anything else stays. */
export const opt = (v: string | number | undefined | null): Value => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v);

/** The dataset as CSV: its field names as the header, then one line per row (null as an empty cell). */
export function datasetCsv(ds: Dataset): string {
  return csvText([ds.fields.map((f) => f.name), ...ds.rows.map((r) => r.map((v) => v ?? ''))]);
}

/** The dataset as JSON: an array of objects keyed by field name, text exactly as in the rows (no formula prefix). */
export function datasetJson(ds: Dataset): string {
  const records = ds.rows.map((r) => Object.fromEntries(ds.fields.map((f, i) => [f.name, r[i] ?? null])));
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** What a dataset and its fields mean, in words. */
export interface DatasetText {
  title: string;
  /** One sentence: what one row is. */
  description: string;
  /** Each field's meaning, by field name. */
  fields: Map<string, string>;
}

export type Translate = (key: string) => string;

/** A dataset's words from the dictionary: `openData.<name>.title`, `.description`, `.fields.<field>`. */
export function describe(ds: Pick<Dataset, 'name' | 'fields'>, t: Translate): DatasetText {
  const base = `openData.${ds.name}`;
  return {
    title: t(`${base}.title`),
    description: t(`${base}.description`),
    fields: new Map(ds.fields.map((f) => [f.name, t(`${base}.fields.${f.name}`)])),
  };
}

export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  /** Absolute address of the portal's data page. */
  homepage: string;
  /** The licence statement the site makes, when it makes one; otherwise none is given. */
  licenses?: { name?: string; path?: string; title: string }[] | undefined;
}

/** The Frictionless Data Package descriptor for these datasets, each a CSV at `<name>.csv`. */
export function dataPackage(info: PackageInfo, datasets: readonly { dataset: Dataset; text: DatasetText }[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    ...(info.licenses && info.licenses.length > 0 ? { licenses: info.licenses } : {}),
    resources: datasets.map(({ dataset: ds, text }) => ({
      profile: 'tabular-data-resource',
      name: ds.name,
      path: `${ds.name}.csv`,
      title: text.title,
      description: text.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: ds.fields.map((f) => ({ name: f.name, type: f.type, ...(f.format ? { format: f.format } : {}), description: text.fields.get(f.name) ?? '' })),
        missingValues: [''],
      },
    })),
  };
}

/** The descriptor as the text of datapackage.json. */
export const dataPackageJson = (info: PackageInfo, datasets: readonly { dataset: Dataset; text: DatasetText }[]): string =>
  `${JSON.stringify(dataPackage(info, datasets), null, 2)}\n`;
