/**
 * Writes the open data files under /data/ straight from `src/content`, in a worker thread
 * (src/integrations/open-data-worker.ts) that starts with the build and runs beside Astro's page
 * rendering: the bulk downloads (each kind of record's CSV and JSON, `datapackage.json`, the zip;
 * src/lib/open-data/bulk.ts) and every table's and indicator's CSV and JSON
 * (src/lib/open-data/files.ts). When the build is done they are moved into it. The /data/ page,
 * which gives each kind of record's rows and the zip's size, waits for the worker's summary of the
 * bulk files (src/lib/open-data/build-summary.ts).
 *
 * Why not one Astro route per file: each cost about a millisecond (a request, the middleware, a
 * response and two asynchronous file operations), and there are about 1.5 of them per page; the
 * bulk files (52 MB at 10,000 pages) took about 5 s of the rendering thread. In the worker they
 * take the other core.
 *
 * The dev server still serves them through the routes in src/pages/data/, which call the same
 * functions. Runs before the base-path integration, which then rewrites their links like every
 * other file's.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { OpenDataJob, OpenDataMessage } from './open-data-worker.ts';
import type { BulkSummary } from '../lib/open-data/bulk.ts';
import { shareBulkSummary } from '../lib/open-data/build-summary.ts';

/** Moves a folder, or copies it when the two places are on different disks. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export default function openDataFiles(): AstroIntegration {
  let job: OpenDataJob | undefined;
  let cacheDir = '';
  let written: Promise<{ count: number; seconds: number }> | undefined;
  return {
    name: 'open-scrutiny:open-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        job = { contentDir: fileURLToPath(new URL('./src/content/', config.root)), i18nDir: fileURLToPath(new URL('./src/i18n/', config.root)), stagingDir: '' };
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (!job) throw new Error('open-data-files: astro:config:done did not run');
        // A folder of this build's own: builds of other projects (or tests) may share the cache folder and run at once.
        mkdirSync(cacheDir, { recursive: true });
        job.stagingDir = mkdtempSync(join(cacheDir, 'open-data-files-'));
        const started = performance.now();
        const worker = new Worker(new URL('./open-data-worker.ts', import.meta.url), { workerData: job });
        let summarised: (summary: BulkSummary) => void = () => undefined;
        const summary = new Promise<BulkSummary>((resolve) => (summarised = resolve));
        written = new Promise((resolve, reject) => {
          worker.on('message', (message: OpenDataMessage) => {
            if ('summary' in message) summarised(message.summary);
            else resolve({ count: message.count, seconds: (performance.now() - started) / 1000 });
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`open-data-files: the worker stopped with exit code ${code}`));
          });
        });
        // The /data/ page waits for the summary; if the worker fails first, the page fails with the worker's error.
        const shared = Promise.race([summary, written.then(() => summary)]);
        shareBulkSummary(shared);
        // Reported when the build is done; an unawaited rejection must not end the process first.
        written.catch(() => undefined);
        shared.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job || !written) return;
        shareBulkSummary(undefined);
        const { count, seconds } = await written;
        const root = fileURLToPath(dir);
        const staged = join(job.stagingDir, 'data');
        mkdirSync(join(root, 'data'), { recursive: true });
        // No tables at all (a publisher whose papers have none): nothing was written.
        for (const folder of existsSync(staged) ? readdirSync(staged) : []) {
          const target = join(root, 'data', folder);
          // A route or a file in public/ there would be lost without a word: refuse instead.
          if (existsSync(target)) throw new Error(`${target}: already in the build (from public/ or a route); the open-data step writes this folder`);
          move(join(staged, folder), target);
        }
        rmSync(job.stagingDir, { recursive: true, force: true });
        logger.info(`wrote ${count} open data files (in a worker thread, ${seconds.toFixed(1)} s)`);
      },
    },
  };
}
