/**
 * The build's page writer: a worker thread (page-writer-worker.ts) marks the first uses of the
 * glossary's acronyms on each rendered HTML page and writes the page's file, while Astro's only
 * rendering thread goes on with the next pages.
 *
 * It sits in the build through Astro's prerenderer API (`setPrerenderer` in `astro:build:start`,
 * src/integrations/abbr.ts): `writingPrerenderer` wraps Astro's own prerenderer, hands each HTML
 * page it can place to the worker, and gives Astro the page's response without a body, so Astro
 * does not write the file again (its log notes "file not created, response body was empty" for those
 * pages). Pages it cannot place (the 404 page, other routes' files, another build format) are marked
 * in this thread and written by Astro as before. The dev server marks its pages in the middleware
 * (src/middleware.ts), which leaves them alone while a build's page writer runs: both give the bytes
 * of markPageBytes.
 *
 * Why: in a 10,000-page build, Astro's thread spent about 3 s handing pages to the marking worker and
 * back and writing the files (two copies of each page, four asynchronous file operations).
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { markPageBytes, type AbbrTerm } from '../glossary/abbr.ts';
import type { PageJob, PageWriterData, PageWriterMessage, PageWriterRequest } from './page-writer-worker.ts';
import { buildShared } from './build-shared.ts';

export interface PageWriter {
  /**
   * Hands a page over to be marked and written to `file` (an absolute path); the bytes are handed over:
   * the caller must not use them again. Resolves at once, or, while MAX_QUEUED pages wait to be
   * written, once fewer do (so a slow disk holds the rendering back instead of filling the memory).
   */
  write: (bytes: Uint8Array<ArrayBuffer>, file: string) => Promise<void>;
  /** Resolves with how many pages were written once every page handed over is; rejects naming every page that could not be. */
  finish: () => Promise<number>;
  /** Stops the worker. */
  stop: () => Promise<void>;
}

/** The most pages handed over and not yet written (about 4 MB of pages of 15 KB). */
export const MAX_QUEUED = 256;
/** The most pages posted to the worker in one message. */
const BATCH = 16;

/** Set while a build's page writer runs: the middleware then leaves pages to it. Shared as build-shared.ts says. */
const running = buildShared<true>('page-writer');

/** Whether a build's page writer marks and writes the pages (so the middleware must not mark them). */
export const pageWriterRunning = (): boolean => running.get() === true;

/**
 * Starts the worker with the glossary's terms. The worker answers only for a page it could not write
 * and when asked to finish: it counts the pages it is done with in shared memory instead, which is
 * all `write` needs to know (a message back for every page cost this thread about 40 µs a page).
 */
export function startPageWriter(terms: AbbrTerm[]): PageWriter {
  const progress = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./page-writer-worker.ts', import.meta.url), { workerData: { terms, progress } satisfies PageWriterData });
  // Never what keeps a finished build's process alive.
  worker.unref();
  const failures: string[] = [];
  let stopped: Error | undefined;
  let finished: ((written: number) => void) | undefined;
  let failFinish: ((error: Error) => void) | undefined;
  const fail = (error: Error): void => {
    stopped ??= error;
    failFinish?.(stopped);
    // Wakes a `write` waiting for room, which then sees the failure.
    Atomics.notify(progress, 0);
  };
  worker.on('message', (message: PageWriterMessage) => {
    if ('file' in message) failures.push(`${message.file}: ${message.error}`);
    else if (failures.length > 0) failFinish?.(new Error(`page writer: could not write ${failures.length} page(s):\n${failures.join('\n')}`));
    else finished?.(message.written);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`page writer: the worker stopped (exit code ${code})`)));
  let sent = 0;
  /** Pages not yet posted: one message carries up to BATCH of them (each message cost this thread about 30 µs). */
  let batch: PageJob[] = [];
  const send = (): void => {
    if (batch.length === 0) return;
    worker.postMessage(batch satisfies PageWriterRequest, batch.map((job) => job.bytes.buffer));
    batch = [];
  };
  return {
    async write(bytes, file) {
      if (stopped) throw stopped;
      batch.push({ bytes, file });
      if (batch.length >= BATCH) send();
      else if (batch.length === 1) setImmediate(send);
      sent += 1;
      for (;;) {
        const done = Atomics.load(progress, 0);
        if (sent - done < MAX_QUEUED) return;
        const wait = Atomics.waitAsync(progress, 0, done);
        if (wait.async) await wait.value;
        if (stopped) throw stopped;
      }
    },
    finish: () =>
      new Promise<number>((resolve, reject) => {
        if (stopped) return reject(stopped);
        finished = resolve;
        failFinish = reject;
        send();
        worker.postMessage({ finish: true } satisfies PageWriterRequest);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Astro's two status-code pages, which a directory build writes as `404.html` and `500.html`. */
const STATUS_CODE_PAGES = new Set(['/404', '/500']);

/**
 * Where a `build.format: 'directory'` build writes a page rendered for `url` (`<outDir>/<path>/index.html`,
 * as Astro's build does), or undefined for what this writer leaves to Astro: routes that are not pages
 * (endpoints, redirects), the status-code pages and a URL outside `base` or without a trailing slash.
 */
export function pageFile(url: URL, route: { type: string; route: string }, outDir: URL, base: string): string | undefined {
  if (route.type !== 'page' || STATUS_CODE_PAGES.has(route.route)) return undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = url.pathname;
  if (!path.startsWith(prefix) || !path.endsWith('/')) return undefined;
  return fileURLToPath(new URL(`./${path.slice(prefix.length)}index.html`, outDir));
}

export interface WritingOptions {
  /** The glossary's acronyms to mark. */
  terms: AbbrTerm[];
  /** Astro's `outDir` (a file URL ending in "/"). */
  outDir: URL;
  /** Astro's `base` ("/" or "/norfolk/"). */
  base: string;
  /** Told how many pages the writer wrote, when it stops. */
  done?: (written: number) => void;
}

/** Whether a response is an HTML page (the only kind marked). */
export const isHtml = (response: Response): boolean => (response.headers.get('content-type') ?? '').startsWith('text/html');

/**
 * Astro's prerenderer with the page writer around it: the writer starts with the prerendering and
 * stops after it, once every page handed to it is written; pages it could not write fail the build at
 * that point, each named with its file and the reason. Call only for a `build.format: 'directory'` build.
 */
export function writingPrerenderer(inner: AstroPrerenderer, options: WritingOptions): AstroPrerenderer {
  let writer: PageWriter | undefined;
  return {
    ...inner,
    name: `open-scrutiny:page-writer(${inner.name})`,
    async setup() {
      await inner.setup?.();
      writer = startPageWriter(options.terms);
      running.set(true);
    },
    getStaticPaths: () => inner.getStaticPaths(),
    async render(request, renderOptions) {
      const rendered = await inner.render(request, renderOptions);
      const result: PrerenderResult = rendered instanceof Response ? { response: rendered } : rendered;
      const { response } = result;
      if (!isHtml(response) || response.body === null) return result;
      const file = response.status === 200 ? pageFile(new URL(request.url), renderOptions.routeData, options.outDir, options.base) : undefined;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const init = { status: response.status, statusText: response.statusText, headers: response.headers };
      if (file === undefined || writer === undefined) {
        return { ...result, response: new Response(options.terms.length === 0 ? bytes : markPageBytes(bytes, options.terms).bytes, init) };
      }
      await writer.write(bytes, file);
      return { ...result, response: new Response(null, init) };
    },
    async teardown() {
      try {
        if (writer) {
          const written = await writer.finish();
          options.done?.(written);
        }
      } finally {
        running.set(undefined);
        await writer?.stop();
        writer = undefined;
        await inner.teardown?.();
      }
    },
  };
}
