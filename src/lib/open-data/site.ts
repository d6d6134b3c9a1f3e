/**
 * The open data, built once per build from the collections `loadSite()` and `reportSite()` load
 * once: every dataset, its CSV and JSON text, the data package and the zip. The /data/ page and
 * every /data/ endpoint read this one memoised result, so each file is computed once.
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
  csv: string;
  json: string;
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
  const files = datasets.map((dataset) => ({ dataset, text: describe(dataset, (key) => t(key)), csv: datasetCsv(dataset), json: datasetJson(dataset) }));
  const dataPackage = dataPackageJson(packageInfo(origin), files);
  const zip = zipFiles([{ name: 'datapackage.json', text: dataPackage }, ...files.map((f) => ({ name: `${f.dataset.name}.csv`, text: f.csv }))]);
  return { files, fileByName: new Map(files.map((f) => [f.dataset.name, f])), dataPackage, zip };
}

let cache: Promise<OpenData> | undefined;

/** The open data, built once per build. */
export function openData(): Promise<OpenData> {
  cache ??= build();
  return cache;
}
