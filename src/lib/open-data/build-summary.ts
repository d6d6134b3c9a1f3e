/**
 * How the open data worker's summary of the bulk files (how many rows each has, the zip's size)
 * reaches the /data/ page in a build: the integration (src/integrations/open-data-files.ts) shares
 * its promise here when the build starts, and the page waits for it. Astro renders the pages in the
 * process that runs the integrations, so both see the same global, under a registered symbol (the
 * page's code is bundled apart from the integration's). Where nothing is shared (the dev server,
 * tests, a renderer in another thread), the page works the summary out itself.
 */
import type { BulkSummary } from './bulk.ts';

const KEY = Symbol.for('open-scrutiny:open-data-bulk-summary');
type Holder = { [KEY]?: Promise<BulkSummary> | undefined };

/** Shares the build's summary (or, with undefined, stops sharing it). */
export function shareBulkSummary(summary: Promise<BulkSummary> | undefined): void {
  (globalThis as Holder)[KEY] = summary;
}

/** The summary shared by this build, if any. */
export const sharedBulkSummary = (): Promise<BulkSummary> | undefined => (globalThis as Holder)[KEY];
