/**
 * Keeps the build's memory in proportion to what it holds. While rendering, `astro build` makes
 * short-lived garbage quickly, and V8 by default lets its heap grow to up to four times what is live
 * after each full collection before the next one. At 40,000 synthetic pages that was 0.5 GB live in
 * a heap of about 2 GB, and a peak of 3.1 GB for the process. With the growth capped at twice the
 * live size (`--heap-growing-percent=100`, V8's own setting, read at every collection) the peak was
 * 2.5 GB, in a time within the run-to-run noise of this machine (87 to 112 s either way). At 10,000
 * pages it is 1.3 GB against 1.6 GB, for about 2.7 s more (29 and 31 s against 26 and 29 s), the
 * price of more frequent full collections. It is a factor, not a fixed ceiling, so a larger site
 * gets a larger heap instead of running out of memory. Set only for `astro build`, from its first
 * hook, in the build's own process.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** How far, in percent, V8's heap may grow beyond what was live after the last full collection. */
export const HEAP_GROWING_PERCENT = 100;

export default function buildMemory(): AstroIntegration {
  return {
    name: 'open-scrutiny:build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      },
    },
  };
}
