/**
 * How the open data worker's summary of the bulk files (how many rows each has, the zip's size)
 * reaches the /data/ page in a build: the integration (src/integrations/open-data-files.ts) shares
 * its promise when the build starts, and the page waits for it (src/lib/site/build-shared.ts).
 * Where nothing is shared, the page works the summary out itself.
 */
import { buildShared } from '../site/build-shared.ts';
import type { BulkSummary } from './bulk.ts';

const shared = buildShared<Promise<BulkSummary>>('open-data-bulk-summary');

/** Shares the build's summary (or, with undefined, stops sharing it). */
export const shareBulkSummary = shared.set;

/** The summary shared by this build, if any. */
export const sharedBulkSummary = shared.get;
