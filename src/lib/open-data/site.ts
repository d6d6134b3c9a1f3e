/**
 * The open data, built once per build from the collections `loadSite()` and `reportSite()` load
 * once: every dataset (its rows), the data package and the zip. The /data/ page and every /data/
 * endpoint read this one memoised result.
 *
 * A dataset's CSV and JSON text is not kept: each endpoint writes its file's text when Astro asks
 * for it (`datasetFileText`), and the zip's CSVs are dropped once zipped. At 40,000 pages those
 * texts were 0.4 GB of the build's 0.9 GB of live memory, held to the end of the build; writing one
 * CSV twice (for the zip and for its own file) costs far less than that.
 */
import { reportSite } from '../reports/site.ts';
import { siteConfig } from '../../site.config.ts';
import { t } from '../i18n/i18n.ts';
import { dataPackageJson, datasetCsv, datasetJson, describe, type Dataset, type DatasetText, type PackageInfo } from './dataset.ts';
import { allDatasets } from './records.ts';
import { zipFiles } from './zip.ts';

/** The bulk download's file name, under /data/. */
export const BULK_FILE = 'open-scrutiny-data.zip';
export const BULK_URL = `/data/${BULK_FILE}`;
export const PACKAGE_URL = '/data/datapackage.json';
export const datasetCsvUrl = (name: string): string => `/data/${name}.csv`;
export const datasetJsonUrl = (name: string): string => `/data/${name}.json`;

export interface OpenDataFile {
  dataset: Dataset;
  /** Its title, description and column meanings, from the dictionary. */
  text: DatasetText;
}

export interface OpenData {
  files: OpenDataFile[];
  fileByName: Map<string, OpenDataFile>;
  /** The text of datapackage.json. */
  dataPackage: string;
  /** The bytes of the bulk download. */
  zip: Uint8Array<ArrayBuffer>;
}

/**
 * What the data package says about the data. The site states no licence for the papers, so none is
 * given: the description says the papers' own terms apply (`openData.package.description`).
 */
export function packageInfo(origin: string): PackageInfo {
  const words = { site: siteConfig.name, publisher: siteConfig.publisher };
  return {
    name: 'open-scrutiny-data',
    title: t('openData.package.title', words),
    description: t('openData.package.description', words),
    homepage: new URL('/data/', origin).href,
  };
}

async function build(): Promise<OpenData> {
  const rs = await reportSite();
  const { site } = rs;
  const origin = siteConfig.url;
  const datasets = allDatasets({
    origin,
    bodies: site.bodies,
    meetings: site.meetings,
    questions: site.questions,
    actions: site.actions,
    people: site.people,
    inspections: site.inspections,
    reports: site.reports,
    tables: rs.tables,
    indicators: rs.indicators,
  });
  const files = datasets.map((dataset) => ({ dataset, text: describe(dataset, (key) => t(key)) }));
  const dataPackage = dataPackageJson(packageInfo(origin), files);
  const zip = zipFiles([{ name: 'datapackage.json', text: dataPackage }, ...files.map((f) => ({ name: `${f.dataset.name}.csv`, text: datasetCsv(f.dataset) }))]);
  return { files, fileByName: new Map(files.map((f) => [f.dataset.name, f])), dataPackage, zip };
}

/** The text of one dataset's file (`/data/<name>.csv` or `.json`), made when asked for and not kept. */
export async function datasetFileText(name: string, format: 'csv' | 'json'): Promise<string> {
  const file = (await openData()).fileByName.get(name);
  if (!file) throw new Error(`/data/${name}.${format}: no such dataset`);
  return format === 'csv' ? datasetCsv(file.dataset) : datasetJson(file.dataset);
}

let cache: Promise<OpenData> | undefined;

/** The open data, built once per build. */
export function openData(): Promise<OpenData> {
  cache ??= build();
  return cache;
}
