/**
 * Worker thread of src/integrations/open-data-files.ts: reads the tables, reports and meetings from
 * `src/content`, and writes every table's and indicator's CSV and JSON under a staging folder, one
 * file after another. It runs beside Astro's page rendering, on the other core, with its own heap.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { SCHEMAS } from '../schemas/index.ts';
import { readJsonCollection, readJsonCollectionAs } from '../lib/content/read-json.ts';
import { openDataFiles } from '../lib/open-data/files.ts';

/** What the integration gives the worker. */
export interface OpenDataJob {
  /** `src/content/`. */
  contentDir: string;
  /** An empty folder on the same disk as the build, whose `data/` the integration moves into the build. */
  stagingDir: string;
}

/** Writes the downloads under `stagingDir`; returns how many files it wrote. */
export function writeOpenData({ contentDir, stagingDir }: OpenDataJob): number {
  const content = {
    tables: readJsonCollection(contentDir, 'tables', SCHEMAS.tables),
    // Of reports and meetings only what dates a table is kept (every file is still checked by its schema).
    reports: readJsonCollectionAs(contentDir, 'reports', SCHEMAS.reports, (r) => ({ meeting: r.meeting, planEntries: r.planEntries })),
    meetings: readJsonCollectionAs(contentDir, 'meetings', SCHEMAS.meetings, (m) => ({ date: m.date })),
  };
  rmSync(stagingDir, { recursive: true, force: true });
  const made = new Set<string>();
  let count = 0;
  for (const file of openDataFiles(content)) {
    const path = join(stagingDir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.text);
    count++;
  }
  return count;
}

if (parentPort) parentPort.postMessage(writeOpenData(workerData as OpenDataJob));
