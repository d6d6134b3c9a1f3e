/**
 * Worker thread of the build's page writer (page-writer.ts): takes each rendered page's bytes
 * (transferred, not copied) and the file it belongs in, marks the first uses of the glossary's
 * acronyms (markPageBytes) and writes the file, while Astro's thread goes on rendering.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { markPageBytes, type AbbrTerm } from '../glossary/abbr.ts';

/** A page to write: its bytes as rendered and the absolute path of its file. */
export interface PageJob {
  id: number;
  bytes: Uint8Array<ArrayBuffer>;
  file: string;
}

/** The answer for a page: written, or why not. */
export interface PageDone {
  id: number;
  error?: string;
}

if (parentPort) {
  const port = parentPort;
  const terms = (workerData as { terms: AbbrTerm[] }).terms;
  port.on('message', ({ id, bytes, file }: PageJob) => {
    try {
      const page = terms.length === 0 ? bytes : markPageBytes(bytes, terms).bytes;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, page);
      port.postMessage({ id } satisfies PageDone);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PageDone);
    }
  });
}
