/**
 * `npm run page-weight`: how heavy the built pages are, against the project's budgets.
 *
 *   npm run page-weight            (dist/, or $SITE_DIR)
 *   node scripts/page-weight.ts DIR
 *
 * Over every HTML page of a built site (Pagefind's own files left out):
 * - the median size of a page's HTML gzipped (node:zlib gzip at its default level), in KB of 1,024 bytes;
 * - the share of pages that load no JavaScript: a page loads JavaScript when it has a <script> that the
 *   browser runs, i.e. one with a src, a module script, or an inline classic script. Data blocks
 *   (JSON-LD `application/ld+json`, `application/json`, import maps, speculation rules) are not JavaScript.
 *
 * Prints both with the budgets, the scripts the other pages load, and exits 1 when a budget is exceeded.
 * The budgets are here, in BUDGETS, and tests/site/page-weight.test.ts checks the same ones.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { builtHtml } from './templates.ts';

/** The page-weight budgets (the project's goal: pages stay small and almost all work without JavaScript). */
export const BUDGETS = {
  /** The median page's HTML, gzipped, at most this many KB (1,024 bytes). */
  medianGzipKB: 4.6,
  /** At least this share of pages (0 to 1) loads no JavaScript. */
  withoutJsShare: 0.98,
} as const;

/** `type` values (lower case, parameters dropped) whose script the browser runs: the HTML standard's JavaScript MIME types, "module" and none. */
const JS_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** The scripts a page's HTML makes the browser run: each one's src, or "inline" / "inline module". */
export function scriptsRun(html: string): string[] {
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== 'script') return;
        const type = (attrs['type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!JS_TYPES.has(type)) return; // a data block: JSON-LD, JSON, importmap, speculationrules…
        const src = attrs['src'];
        out.push(src !== undefined && src.trim() !== '' ? src.trim() : type === 'module' ? 'inline module' : 'inline');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

export interface PageWeight {
  pages: number;
  /** Median gzipped HTML size in bytes. */
  medianGzipBytes: number;
  /** Largest gzipped HTML size in bytes, and its page. */
  largest: { file: string; bytes: number };
  /** Pages (relative paths) that load JavaScript. */
  withJs: string[];
  /** Share of pages (0 to 1) that load no JavaScript. */
  withoutJsShare: number;
  /** For each script run, how many pages run it. */
  scripts: Map<string, number>;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Measures every HTML page of the built site in `dir`. */
export function measurePageWeight(dir: string): PageWeight {
  const files = builtHtml(dir);
  const sizes: number[] = [];
  const withJs: string[] = [];
  const scripts = new Map<string, number>();
  let largest = { file: '', bytes: 0 };
  for (const file of files) {
    const html = readFileSync(join(dir, file));
    const bytes = gzipSync(html).length;
    sizes.push(bytes);
    if (bytes > largest.bytes) largest = { file, bytes };
    const run = scriptsRun(html.toString('utf8'));
    if (run.length > 0) withJs.push(file);
    // Hashed bundle names vary per build: group by the name before the hash.
    for (const src of new Set(run.map((s) => s.replace(/\.[\w-]{8}\.js$/, '.js')))) scripts.set(src, (scripts.get(src) ?? 0) + 1);
  }
  return {
    pages: files.length,
    medianGzipBytes: median(sizes),
    largest,
    withJs,
    withoutJsShare: files.length === 0 ? 0 : (files.length - withJs.length) / files.length,
    scripts,
  };
}

/** What breaks the budgets, one sentence each (empty when within them). */
export function overBudget(w: PageWeight, budgets: typeof BUDGETS = BUDGETS): string[] {
  const out: string[] = [];
  const kb = w.medianGzipBytes / 1024;
  if (kb > budgets.medianGzipKB) out.push(`the median page is ${kb.toFixed(2)} KB gzipped, over the budget of ${budgets.medianGzipKB} KB`);
  if (w.withoutJsShare < budgets.withoutJsShare) {
    out.push(
      `${percent(w.withoutJsShare)} of pages load no JavaScript (${w.withJs.length} of ${w.pages} do), under the budget of ${percent(budgets.withoutJsShare)}`,
    );
  }
  return out;
}

export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env['SITE_DIR'] ?? join(import.meta.dirname, '..', 'dist'));
  const w = measurePageWeight(dir);
  if (w.pages === 0) {
    console.error(`No HTML pages in ${dir}: run "npm run build" first, or give the built site's folder.`);
    process.exit(1);
  }
  console.log(`${w.pages} HTML pages in ${dir}`);
  console.log(`median page, gzipped:        ${(w.medianGzipBytes / 1024).toFixed(2)} KB (budget ≤ ${BUDGETS.medianGzipKB} KB); largest ${(w.largest.bytes / 1024).toFixed(1)} KB (/${w.largest.file})`);
  console.log(`pages without JavaScript:    ${percent(w.withoutJsShare)} (budget ≥ ${percent(BUDGETS.withoutJsShare)}); ${w.withJs.length} pages load JavaScript:`);
  for (const [src, count] of [...w.scripts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${src}`);
  const over = overBudget(w);
  for (const line of over) console.error(`Over budget: ${line}`);
  process.exit(over.length > 0 ? 1 : 0);
}
