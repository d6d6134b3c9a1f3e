/**
 * Worker thread of src/integrations/open-data-files.ts: reads what the open data is made from
 * straight from `src/content` (each file checked by its collection's schema), and writes under a
 * staging folder, one file after another:
 *
 * 1. the bulk downloads (src/lib/open-data/bulk.ts): each kind of record's CSV and JSON, the data
 *    package and the zip, then posts what the /data/ page says of them (`{ summary }`);
 * 2. every table's and indicator's CSV and JSON (src/lib/open-data/files.ts), then posts how many
 *    files it wrote in all (`{ count }`).
 *
 * It runs beside Astro's page rendering, on the other core, with its own heap. Its strings come
 * from the same dictionaries as the pages' (src/lib/i18n/core.ts over `src/i18n/`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { SCHEMAS } from '../schemas/index.ts';
import { readJsonCollection, readJsonCollectionAs } from '../lib/content/read-json.ts';
import { openDataFiles, readingOrder, reportInfo } from '../lib/open-data/files.ts';
import { packageInfo, writeBulk, type BulkSummary } from '../lib/open-data/bulk.ts';
import { allDatasets } from '../lib/open-data/records.ts';
import { buildIndicators } from '../lib/indicators/indicators.ts';
import { createTranslator } from '../lib/i18n/core.ts';
import { resourcesFromFiles } from '../lib/i18n/files.ts';
import { siteConfig } from '../site.config.ts';

/** What the integration gives the worker. */
export interface OpenDataJob {
  /** `src/content/`. */
  contentDir: string;
  /** `src/i18n/`: the dictionaries. */
  i18nDir: string;
  /** An empty folder on the same disk as the build, whose `data/` the integration moves into the build. */
  stagingDir: string;
}

/** What the worker posts: the bulk files' summary once they are written, then the count of every file written. */
export type OpenDataMessage = { summary: BulkSummary } | { count: number };

/** Writes the downloads under `stagingDir`; `onSummary` gets the bulk files' summary as soon as they are written. Returns how many files it wrote. */
export function writeOpenData({ contentDir, i18nDir, stagingDir }: OpenDataJob, onSummary: (summary: BulkSummary) => void = () => undefined): number {
  const content = {
    tables: readJsonCollection(contentDir, 'tables', SCHEMAS.tables),
    // Of the reports only what names, dates and files a table is kept (every file is still checked by its schema).
    reports: readJsonCollectionAs(contentDir, 'reports', SCHEMAS.reports, (r) => ({ title: r.title, meeting: r.meeting, planEntries: r.planEntries })),
    meetings: readJsonCollection(contentDir, 'meetings', SCHEMAS.meetings),
  };
  rmSync(stagingDir, { recursive: true, force: true });
  const made = new Set<string>();
  let count = 0;
  const write = (file: string, data: string | Uint8Array): void => {
    const path = join(stagingDir, file);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, data);
    count++;
  };

  const origin = siteConfig.url;
  const reports = reportInfo(content);
  const tables = readingOrder(content.tables, reports);
  const indicators = buildIndicators({ tables, reports });
  const datasets = allDatasets({
    origin,
    bodies: readJsonCollection(contentDir, 'bodies', SCHEMAS.bodies),
    meetings: content.meetings,
    questions: readJsonCollection(contentDir, 'questions', SCHEMAS.questions),
    actions: readJsonCollection(contentDir, 'actions', SCHEMAS.actions),
    people: readJsonCollection(contentDir, 'people', SCHEMAS.people),
    inspections: readJsonCollection(contentDir, 'inspections', SCHEMAS.inspections),
    reports: content.reports,
    tables,
    indicators,
  });
  const { t } = createTranslator(resourcesFromFiles(i18nDir), { area: siteConfig.area, papersFrom: siteConfig.papersFrom });
  onSummary(writeBulk(datasets, packageInfo(origin, { site: siteConfig.name, publisher: siteConfig.publisher }, t), (key) => t(key), (file, data) => write(join('data', file), data)));
  // The rows are written: let them go before the per-table files are made.
  datasets.length = 0;

  for (const file of openDataFiles(content, indicators)) write(file.path, file.text);
  return count;
}

if (parentPort) {
  const port = parentPort;
  const post = (message: OpenDataMessage): void => port.postMessage(message);
  post({ count: writeOpenData(workerData as OpenDataJob, (summary) => post({ summary })) });
}
