/**
 * The open data inside Astro, from the collections `loadSite()` and `reportSite()` load once: every
 * dataset (its rows), the data package and the zip (src/lib/open-data/bulk.ts makes their text).
 *
 * A build does not use it to write the files: the open data worker thread writes them beside the
 * page rendering (src/integrations/open-data-files.ts), and hands the /data/ page what it says of
 * them (`bulkSummary`). The dev server serves them from here, through the routes in src/pages/data/.
 *
 * A dataset's CSV and JSON text is not kept: each is made when asked for (`bulkFile`).
 */
import { reportSite } from '../reports/site.ts';
import { siteConfig } from '../../site.config.ts';
import { t } from '../i18n/i18n.ts';
import { dataPackageJson, datasetCsv, datasetJson, type Dataset, type DatasetText } from './dataset.ts';
import { BULK_FILE, bulkSummaryOf, bulkZip, described, PACKAGE_FILE, packageInfo, type BulkSummary } from './bulk.ts';
import { allDatasets } from './records.ts';
import { sharedBulkSummary } from './build-summary.ts';

export interface OpenData {
  files: { dataset: Dataset; text: DatasetText }[];
  fileByName: Map<string, { dataset: Dataset; text: DatasetText }>;
  /** The text of datapackage.json. */
  dataPackage: string;
  /** The bytes of the bulk download. */
  zip: Uint8Array<ArrayBuffer>;
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
  const files = described(datasets, (key) => t(key));
  const dataPackage = dataPackageJson(packageInfo(origin, { site: siteConfig.name, publisher: siteConfig.publisher }, t), files);
  const zip = bulkZip(
    dataPackage,
    files.map((f) => ({ name: f.dataset.name, csv: datasetCsv(f.dataset) })),
  );
  return { files, fileByName: new Map(files.map((f) => [f.dataset.name, f])), dataPackage, zip };
}

let cache: Promise<OpenData> | undefined;

/** The open data, built once (in the dev server and in tests). */
export function openData(): Promise<OpenData> {
  cache ??= build();
  return cache;
}

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', zip: 'application/zip' } as const;

/** The names of the bulk files under /data/: each dataset's CSV and JSON, the data package and the zip. */
export async function bulkFileNames(): Promise<string[]> {
  const { files } = await openData();
  return [...files.flatMap((f) => [`${f.dataset.name}.csv`, `${f.dataset.name}.json`]), PACKAGE_FILE, BULK_FILE];
}

/**
 * The paths of the dev server's routes for the bulk files with this extension (src/pages/data/[name].csv.ts,
 * [name].json.ts, [name].zip.ts): `name` is the file's name without it. A build lists none: the open data
 * worker writes the same bytes (src/integrations/open-data-files.ts).
 */
export async function bulkRoutes(extension: 'csv' | 'json' | 'zip'): Promise<{ params: { name: string } }[]> {
  if (import.meta.env.OS_BUILD) return [];
  const suffix = `.${extension}`;
  return (await bulkFileNames()).filter((f) => f.endsWith(suffix)).map((f) => ({ params: { name: f.slice(0, -suffix.length) } }));
}

/** The dev server's response for one bulk file. */
export async function bulkResponse(file: string): Promise<Response> {
  const { body, type } = await bulkFile(file);
  return new Response(body, { headers: { 'Content-Type': type } });
}

/** One bulk file's bytes or text and its content type, made when asked for and not kept. */
export async function bulkFile(file: string): Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string }> {
  const data = await openData();
  if (file === PACKAGE_FILE) return { body: data.dataPackage, type: TYPES.json };
  if (file === BULK_FILE) return { body: data.zip, type: TYPES.zip };
  const [, name, format] = /^(.+)\.(csv|json)$/.exec(file) ?? [];
  const found = name === undefined ? undefined : data.fileByName.get(name);
  if (!found || (format !== 'csv' && format !== 'json')) throw new Error(`/data/${file}: no such file`);
  return format === 'csv' ? { body: datasetCsv(found.dataset), type: TYPES.csv } : { body: datasetJson(found.dataset), type: TYPES.json };
}

/**
 * What the /data/ page says of the bulk files: in a build, what the open data worker wrote (it
 * waits for it); elsewhere (the dev server, tests), worked out here.
 */
export async function bulkSummary(): Promise<BulkSummary> {
  const shared = sharedBulkSummary();
  if (shared) return shared;
  const { files, zip } = await openData();
  return bulkSummaryOf(
    files.map((f) => f.dataset),
    zip.length,
  );
}
