/**
 * Writes the per-table and per-indicator downloads (`/data/tables/<id>.csv|json`,
 * `/data/indicators/<id>.csv|json`) straight from `src/content` (src/lib/open-data/files.ts), in a
 * worker thread that starts with the build and runs beside Astro's page rendering; when the build
 * is done their two folders are moved into it.
 *
 * Why not one Astro route per file: each cost about a millisecond (a request, the middleware, a
 * response and two asynchronous file operations), and there are about 1.5 of them per page, so they
 * were the largest part of the difference between this build and Astro's own (npm run bench:scale).
 * Written one after another in a worker, 16,000 of them take about a second of the other core.
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
import type { OpenDataJob } from './open-data-worker.ts';

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
        job = { contentDir: fileURLToPath(new URL('./src/content/', config.root)), stagingDir: '' };
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (!job) throw new Error('open-data-files: astro:config:done did not run');
        // A folder of this build's own: builds of other projects (or tests) may share the cache folder and run at once.
        mkdirSync(cacheDir, { recursive: true });
        job.stagingDir = mkdtempSync(join(cacheDir, 'open-data-files-'));
        const started = performance.now();
        const worker = new Worker(new URL('./open-data-worker.ts', import.meta.url), { workerData: job });
        written = new Promise((resolve, reject) => {
          worker.once('message', (count: number) => resolve({ count, seconds: (performance.now() - started) / 1000 }));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`open-data-files: the worker stopped with exit code ${code}`));
          });
        });
        // Reported when the build is done; an unawaited rejection must not end the process first.
        written.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job || !written) return;
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
        logger.info(`wrote ${count} table and indicator downloads (in a worker thread, ${seconds.toFixed(1)} s)`);
      },
    },
  };
}
