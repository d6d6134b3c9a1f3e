/**
 * Build the site search: one Pagefind index per period of years (src/lib/search/periods.ts).
 *
 *   node scripts/search-index.ts [site-dir = dist] [--max-pages N]
 *
 * 1. Reads the opening tag of every built page's <main> (htmlparser2, stopping there) for
 *    `data-pagefind-body` (the page is searchable) and `data-pf-year` (its year).
 * 2. Plans the periods: whole years, newest first, at most N pages each (default MAX_PERIOD_PAGES).
 * 3. For each period: hard-links its pages into a staging folder beside the site (copies them when
 *    the file system cannot link), and runs the `pagefind` command on that folder (index chunks of
 *    INDEX_CHUNK_SIZE word positions), writing the bundle into the site; one run at a time, so
 *    Pagefind's memory is that of one period, never of the whole site.
 * 4. Writes `pagefind/periods.json` for the search page, last, so a failed run leaves no manifest
 *    pointing at a missing bundle.
 *
 * Prints one line per period and a total. Exits non-zero, naming the page, on anything unexpected.
 */
import { closeSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, openSync, readSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { MAX_PERIOD_PAGES, PERIODS_FILE, periodOfYear, planPeriods, yearOf, type SearchPeriod, type SearchPeriods } from '../src/lib/search/periods.ts';

/** The `pagefind` command, as the package installs it. */
export const PAGEFIND = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Word positions per index chunk, Pagefind's own setting (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`;
 * its default is 20,000). A search fetches the chunks holding its words, so smaller chunks mean
 * fewer bytes per word: on the 40,000-page synthetic site, "police crime" fetched 61 KB of index
 * with the default and 19 KB with 5,000, for the same results. A word found more often than this
 * is a chunk of its own. The setting is marked unstable by Pagefind, so the version is pinned in
 * package.json and tests/unit/search-index.test.ts checks that it takes effect.
 */
export const INDEX_CHUNK_SIZE = 5000;

/** What search needs to know of a built page. */
export interface PageFacts {
  /** Whether Pagefind indexes it (an element with data-pagefind-body). */
  searchable: boolean;
  /** The year it gives search, or null. */
  year: number | null;
}

/** Bytes read at a time: a page's <main> opens about 4 KB in. */
const CHUNK = 4 * 1024;

/**
 * Read a built page only as far as the opening tag of its <main> (when that tag carries
 * data-pagefind-body, as every searchable page's does), else to its end looking for any element
 * that does.
 */
export function readPageFacts(file: string): PageFacts {
  const facts: PageFacts = { searchable: false, year: null };
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if ('data-pagefind-body' in attrs) facts.searchable = true;
        if (name === 'main') {
          facts.year = yearOf(attrs['data-pf-year']);
          if (facts.searchable) done = true;
        }
      },
    },
    { decodeEntities: true },
  );
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let read: number;
    const text = new StringDecoder('utf8');
    while (!done && (read = readSync(fd, buffer, 0, CHUNK, null)) > 0) parser.write(text.write(buffer.subarray(0, read)));
  } finally {
    closeSync(fd);
  }
  return facts;
}

/** Built pages under `site`, relative paths, the search bundles left out. */
export function builtPages(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind/`) && !f.startsWith('pagefind\\'))
    .sort();
}

function stage(site: string, into: string, files: readonly string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const to = join(into, file);
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(join(site, file), to);
    } catch {
      copyFileSync(join(site, file), to);
    }
  }
}

/** Run the `pagefind` command on one staged period, writing its bundle into the site. Resolves with Pagefind's output. */
function indexPeriod(staged: string, out: string, period: SearchPeriod): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [PAGEFIND, '--site', staged, '--output-path', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(log) : fail(new Error(`search index ${period.id}: pagefind exited with ${String(code)}:\n${log}`))));
  });
}

/** Pages Pagefind says it indexed ("Indexed 1653 pages"). */
export function indexedCount(log: string): number | null {
  const m = /Indexed (\d+) pages?/.exec(log);
  return m ? Number(m[1]) : null;
}

export async function buildSearchIndexes(siteDir: string, maxPages: number = MAX_PERIOD_PAGES): Promise<SearchPeriod[]> {
  const site = resolve(siteDir);
  const started = performance.now();
  const byPeriodYear = new Map<number | null, string[]>();
  for (const file of builtPages(site)) {
    const facts = readPageFacts(join(site, file));
    if (!facts.searchable) continue;
    const list = byPeriodYear.get(facts.year) ?? [];
    list.push(file);
    byPeriodYear.set(facts.year, list);
  }
  const counts = new Map([...byPeriodYear].map(([year, files]) => [year, files.length]));
  const periods = planPeriods(counts, maxPages);
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const staging = mkdtempSync(join(dirname(site), `.${basename(site)}-search-`));
  try {
    // One after another: Pagefind uses both cores of a small machine for one run, and memory stays that of one period.
    for (const period of periods) {
      const t0 = performance.now();
      const files = [...byPeriodYear].filter(([year]) => periodOfYear(periods, year) === period).flatMap(([, f]) => f);
      const staged = join(staging, period.id);
      stage(site, staged, files);
      const indexed = indexedCount(await indexPeriod(staged, join(site, period.bundle), period));
      rmSync(staged, { recursive: true, force: true });
      if (indexed !== period.pages) throw new Error(`search index ${period.id}: Pagefind indexed ${indexed} pages of the ${period.pages} given`);
      const years = period.from === null ? 'pages without a year' : period.from === period.to ? String(period.from) : `${period.from} to ${period.to}`;
      console.log(`search index ${period.bundle}: ${period.pages} pages (${years}${period === periods[0] && counts.has(null) ? ', and those without a year' : ''}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const manifest: SearchPeriods = { periods };
  writeFileSync(join(site, PERIODS_FILE), `${JSON.stringify(manifest)}\n`);
  const total = periods.reduce((n, p) => n + p.pages, 0);
  console.log(`search: ${total} pages in ${periods.length} ${periods.length === 1 ? 'index' : 'indexes'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return periods;
}

function parseArgs(argv: readonly string[]): { site: string; maxPages: number } {
  let site = 'dist';
  let maxPages = MAX_PERIOD_PAGES;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--max-pages') {
      maxPages = Number(argv[++i]);
      if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`--max-pages: expected a whole number of at least 1, got "${argv[i] ?? ''}"`);
    } else if (arg.startsWith('--')) throw new Error(`search-index: unknown option ${arg}; usage: node scripts/search-index.ts [site-dir] [--max-pages N]`);
    else site = arg;
  }
  return { site, maxPages };
}

if (import.meta.main) {
  const { site, maxPages } = parseArgs(process.argv.slice(2));
  await buildSearchIndexes(site, maxPages);
}
