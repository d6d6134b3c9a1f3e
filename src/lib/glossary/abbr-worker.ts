/**
 * Worker thread that marks acronyms' first uses in built pages (markPageBytes), for the build's
 * middleware: the rendering thread hands each page's bytes over (transferred, not copied) and
 * goes on rendering the next pages while this one reads and marks it. Started by
 * src/integrations/abbr.ts with the glossary's terms; see src/lib/glossary/marker.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { markPageBytes, type AbbrTerm } from './abbr.ts';

/** A page to mark, and the answer: the same id, the page's bytes (marked, or as they came). */
export interface MarkRequest {
  id: number;
  bytes: Uint8Array<ArrayBuffer>;
}

if (parentPort) {
  const port = parentPort;
  const terms = (workerData as { terms: AbbrTerm[] }).terms;
  port.on('message', ({ id, bytes }: MarkRequest) => {
    const out = markPageBytes(bytes, terms).bytes;
    port.postMessage({ id, bytes: out } satisfies MarkRequest, [out.buffer]);
  });
}
