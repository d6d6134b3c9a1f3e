/**
 * The bulk downloads of /data/: each kind of record's CSV and JSON (`<name>.csv`, `<name>.json`),
 * the data package (`datapackage.json`) and the zip of every CSV with it (`open-scrutiny-data.zip`).
 *
 * Pure over what it is given (no Astro, no Vite): a build writes them in the open data worker
 * thread (src/integrations/open-data-worker.ts) beside Astro's page rendering, and the dev server
 * serves the same bytes through the routes in src/pages/data/ (src/lib/open-data/site.ts).
 */
import { dataPackageJson, datasetCsv, datasetJson, describe, type Dataset, type DatasetText, type Field, type PackageInfo, type Translate } from './dataset.ts';
import { zipFiles } from './zip.ts';

/** The bulk download's file name, under /data/. */
export const BULK_FILE = 'open-scrutiny-data.zip';
export const PACKAGE_FILE = 'datapackage.json';
export const BULK_URL = `/data/${BULK_FILE}`;
export const PACKAGE_URL = `/data/${PACKAGE_FILE}`;
export const datasetCsvUrl = (name: string): string => `/data/${name}.csv`;
export const datasetJsonUrl = (name: string): string => `/data/${name}.json`;

/** What the /data/ page says of the bulk downloads, without their text. */
export interface BulkSummary {
  /** Each kind of record: its name, its columns and how many rows it has. */
  datasets: { name: string; fields: readonly Field[]; rows: number }[];
  /** The zip's size in bytes. */
  zipBytes: number;
}

/** What /data/ says of these datasets and a zip of `zipBytes` bytes. */
export const bulkSummaryOf = (datasets: readonly Dataset[], zipBytes: number): BulkSummary => ({
  datasets: datasets.map((d) => ({ name: d.name, fields: d.fields, rows: d.rows.length })),
  zipBytes,
});

/** The words the data package gives the portal's data. */
export interface PackageWords {
  /** The portal's name. */
  site: string;
  /** Who publishes the papers. */
  publisher: string;
}

/**
 * What the data package says about the data. The site states no licence for the papers, so none is
 * given: the description says the papers' own terms apply (`openData.package.description`).
 */
export function packageInfo(origin: string, words: PackageWords, t: (key: string, options: Record<string, string>) => string): PackageInfo {
  return {
    name: 'open-scrutiny-data',
    title: t('openData.package.title', { ...words }),
    description: t('openData.package.description', { ...words }),
    homepage: new URL('/data/', origin).href,
  };
}

/** Each dataset with its words from the dictionary. */
export const described = (datasets: readonly Dataset[], t: Translate): { dataset: Dataset; text: DatasetText }[] => datasets.map((dataset) => ({ dataset, text: describe(dataset, t) }));

/** The bytes of the zip: datapackage.json, then each dataset's CSV (given as its text). */
export const bulkZip = (dataPackage: string, csvs: readonly { name: string; csv: string }[]): Uint8Array<ArrayBuffer> =>
  zipFiles([{ name: PACKAGE_FILE, text: dataPackage }, ...csvs.map((c) => ({ name: `${c.name}.csv`, text: c.csv }))]);

/**
 * Writes every bulk download through `write` (its path under /data/, its text or bytes), each CSV
 * made once for its own file and the zip, each JSON made and let go; returns what /data/ says of them.
 */
export function writeBulk(datasets: readonly Dataset[], info: PackageInfo, t: Translate, write: (file: string, data: string | Uint8Array) => void): BulkSummary {
  const files = described(datasets, t);
  const dataPackage = dataPackageJson(info, files);
  const csvs: { name: string; csv: string }[] = [];
  for (const { dataset } of files) {
    const csv = datasetCsv(dataset);
    write(`${dataset.name}.csv`, csv);
    csvs.push({ name: dataset.name, csv });
    write(`${dataset.name}.json`, datasetJson(dataset));
  }
  write(PACKAGE_FILE, dataPackage);
  const zip = bulkZip(dataPackage, csvs);
  write(BULK_FILE, zip);
  return bulkSummaryOf(datasets, zip.length);
}
