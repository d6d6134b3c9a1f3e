/**
 * What the first search costs a resident, measured in headless Chromium on a built site:
 *
 *   node scripts/search-metrics.ts <site-dir> [--width 375] [--typed] [word …]
 *
 * For each word (default: police, crime, meeting, Naloxone) it opens /search/ in a fresh browser context
 * (empty cache), waits until search is ready, then submits the word and times from the submit to the
 * first result on screen (no debounce: Enter searches at once). With --typed it puts the word in the box
 * as typing does (an input event: Pagefind's preload starts, the search waits SEARCH_DEBOUNCE_MS) and
 * times from the end of that wait to the first result on screen. It counts the bytes of every file
 * under /pagefind/ the browser fetched (the page's and Pagefind's worker's requests) while the page
 * loads and for the search, as a CDN would send them: Pagefind's index, fragment, filter, metadata and
 * WebAssembly files are already gzipped by Pagefind and count as they are; its scripts and JSON count
 * gzipped (-9), as any CDN compresses them. It also counts the fragment files the search fetched.
 * At --width 375 (a phone; default 1280) the filter panel starts folded and its files are not fetched.
 * Figures on a shared, busy machine are indicative only.
 *
 * A site of a given size: `npm run bench:scale -- --pages 2500 --keep /tmp/site-2500`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';
import { CHROMIUM_ARGS } from '../tests/browser/chromium.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search/search.ts';

export interface SearchCost {
  word: string;
  results: number;
  /** Bytes under /pagefind/ before any word is typed (Pagefind's script, WebAssembly, entry, metadata and filters). */
  loadBytes: number;
  /** Bytes under /pagefind/ for the search itself (index chunks and the fragments of the results shown). */
  searchBytes: number;
  fragments: number;
  /** Milliseconds from submitting the word to the first result on screen. */
  ms: number;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Bytes a CDN sends for a built file: text compressed with gzip, Pagefind's own (already gzipped) files as they are. */
function sentBytes(file: string): number {
  const body = readFileSync(file);
  return /\.(?:js|json|css|html)$/.test(file) ? gzipSync(body, { level: 9 }).length : body.length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const typedAt = args.indexOf('--typed');
  const typed = typedAt >= 0;
  if (typed) args.splice(typedAt, 1);
  const w = args.indexOf('--width');
  const width = w >= 0 ? Number(args.splice(w, 2)[1]) : 1280;
  const [dir, ...rest] = args;
  if (!dir || !Number.isInteger(width)) throw new Error('usage: node scripts/search-metrics.ts <site-dir> [--width 375] [--typed] [word …]');
  const words = rest.length > 0 ? rest : ['police', 'crime', 'meeting', 'Naloxone'];
  const server = await startStaticServer(resolve(dir));
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  const out: SearchCost[] = [];
  try {
    for (const word of words) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      let phase: 'load' | 'search' = 'load';
      const bytes = { load: 0, search: 0 };
      let fragments = 0;
      const seen: string[] = [];
      context.on('response', (r: Response) => {
        const path = new URL(r.url()).pathname;
        if (!path.includes('/pagefind/')) return;
        const at = phase;
        if (at === 'search' && path.includes('/pagefind/fragment/')) fragments += 1;
        if (r.status() !== 200) return;
        const size = sentBytes(join(resolve(dir), decodeURIComponent(path)));
        bytes[at] += size;
        if (process.env['VERBOSE']) seen.push(`${at} ${path} ${size}`);
      });
      await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !document.querySelector('os-search [data-app]')?.hasAttribute('hidden'), null, { timeout: 60_000 });
      phase = 'search';
      const ms = await page.evaluate(
        ({ w, typed, delay }) =>
          new Promise<number>((done) => {
            const list = document.querySelector('os-search ol[data-results]')!;
            const input = document.querySelector<HTMLInputElement>('os-search input[type="search"]')!;
            const form = document.querySelector<HTMLFormElement>('os-search form')!;
            let t0 = 0;
            new MutationObserver((_m, obs) => {
              if (list.querySelector('li')) {
                obs.disconnect();
                done(performance.now() - t0);
              }
            }).observe(list, { childList: true });
            input.value = w;
            if (typed) {
              input.dispatchEvent(new Event('input', { bubbles: true }));
              t0 = performance.now() + delay;
            } else {
              t0 = performance.now();
              form.requestSubmit();
            }
          }),
        { w: word, typed, delay: SEARCH_DEBOUNCE_MS },
      );
      await page.waitForFunction(() => !document.querySelector('os-search ol[data-results]')?.hasAttribute('aria-busy'), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const status = (await page.locator('os-search [role="status"]').textContent()) ?? '';
      out.push({ word, results: Number(/^(\d+)/.exec(status)?.[1] ?? 0), loadBytes: bytes.load, searchBytes: bytes.search, fragments, ms });
      if (process.env['VERBOSE']) console.log(seen.join('\n'));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const r of out) {
    console.log(
      `search-metrics: ${width}px "${r.word}": ${r.results} results; first result ${Math.round(r.ms)} ms after ${typed ? `the ${SEARCH_DEBOUNCE_MS} ms input delay (typed)` : 'submitting'}; ` +
        `pagefind bytes: ${kb(r.loadBytes)} on load + ${kb(r.searchBytes)} for the search = ${kb(r.loadBytes + r.searchBytes)}; ${r.fragments} fragments`,
    );
  }
}

if (import.meta.main) await main();
