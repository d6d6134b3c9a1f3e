/**
 * Worker thread of the build's page writer (page-writer.ts): takes each rendered page's bytes
 * (transferred, not copied) and the file it belongs in, marks the first uses of the glossary's
 * acronyms (markPageBytes) and writes the file, while Astro's thread goes on rendering. It counts the
 * pages it is done with in `progress` (shared memory), answers only for a page it could not write,
 * and, asked to finish, answers once every page before is done.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { markPageBytes, type AbbrTerm } from '../glossary/abbr.ts';

export interface PageWriterData {
  terms: AbbrTerm[];
  /** [0]: how many pages the worker is done with (written or failed). */
  progress: Int32Array<SharedArrayBuffer>;
}

/** A page to write: its bytes as rendered and the absolute path of its file. */
export interface PageJob {
  bytes: Uint8Array<ArrayBuffer>;
  file: string;
}

/** What the worker is asked: pages to write, or to answer once every page before is written. */
export type PageWriterRequest = PageJob[] | { finish: true };

/** What it answers: a page it could not write and why, or (asked to finish) how many it wrote. */
export type PageWriterMessage = { file: string; error: string } | { written: number };

if (parentPort) {
  const port = parentPort;
  const { terms, progress } = workerData as PageWriterData;
  let written = 0;
  port.on('message', (request: PageWriterRequest) => {
    if (!Array.isArray(request)) {
      port.postMessage({ written } satisfies PageWriterMessage);
      return;
    }
    for (const { bytes, file } of request) {
      try {
        const page = terms.length === 0 ? bytes : markPageBytes(bytes, terms).bytes;
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, page);
        written += 1;
      } catch (error) {
        port.postMessage({ file, error: error instanceof Error ? error.message : String(error) } satisfies PageWriterMessage);
      }
      Atomics.add(progress, 0, 1);
      Atomics.notify(progress, 0);
    }
  });
}
