/**
 * Acronym marking beside the rendering, for a build: one worker thread (abbr-worker.ts) marks each
 * page while the rendering thread goes on with the next ones. src/integrations/abbr.ts starts it
 * when the build starts and shares its `mark` here; the middleware (src/middleware.ts) uses it when
 * it is shared, and marks in its own thread when it is not (the dev server, tests). Both give the
 * same bytes (markPageBytes). Shared as src/lib/site/build-shared.ts says.
 */
import { Worker } from 'node:worker_threads';
import type { AbbrTerm } from './abbr.ts';
import type { MarkRequest } from './abbr-worker.ts';
import { buildShared } from '../site/build-shared.ts';

/** Marks one page's bytes (they are handed over: the caller must not use them again). */
export type Mark = (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;

const shared = buildShared<Mark>('abbr-marker');

/** The marker shared by this build, if any. */
export const sharedMarker = shared.get;

/** Starts the worker with these terms and shares its `mark`; the returned function stops it and stops sharing. */
export function startMarker(terms: AbbrTerm[]): () => Promise<void> {
  const worker = new Worker(new URL('./abbr-worker.ts', import.meta.url), { workerData: { terms } });
  // Never what keeps a finished build's process alive.
  worker.unref();
  const waiting = new Map<number, { resolve: (bytes: Uint8Array<ArrayBuffer>) => void; reject: (error: unknown) => void }>();
  let failed: unknown;
  const failAll = (error: unknown): void => {
    failed ??= error;
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
  };
  worker.on('message', ({ id, bytes }: MarkRequest) => {
    waiting.get(id)?.resolve(bytes);
    waiting.delete(id);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`abbr: the marking worker stopped (exit code ${code})`)));
  let next = 0;
  const mark: Mark = (bytes) =>
    new Promise((resolve, reject) => {
      if (failed !== undefined) return reject(failed);
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, bytes } satisfies MarkRequest, [bytes.buffer]);
    });
  shared.set(mark);
  return async () => {
    shared.set(undefined);
    await worker.terminate();
  };
}
