/**
 * `npm run lighthouse`: Lighthouse's accessibility, best-practices and SEO audits on one page of every
 * page template, in Debian's headless Chromium, on an existing build (dist/, or $SITE_DIR) served on
 * 127.0.0.1. Build first (`npm run build`).
 *
 *   npm run lighthouse [-- --form-factor mobile|desktop|both] [--only TEXT] [--page /PATH/ …] [--port N] [--json FILE]
 *
 * The pages: one built page per `*.astro` route file in src/pages (scripts/templates.ts), found from the
 * build, not from content ids. --only keeps the templates whose route file or page contains TEXT;
 * --page (repeatable) audits the given pages instead.
 * Default form factors: mobile and desktop (Lighthouse's own settings for each).
 *
 * Prints a table of the three scores for every template and form factor, then every audit that lost
 * points with its title and the elements it names, and exits 1 if any score is below 100 (or a run
 * failed), except where every audit that lost the points is listed in EXPECTED for that template, with
 * its reason (the not-found page's noindex); those scores are marked * and the reason printed.
 * --json FILE also writes the results as JSON.
 *
 * The build's canonical links, sitemap and feeds point at SITE_URL (or the placeholder origin), not at
 * 127.0.0.1. Lighthouse 12's canonical audit accepts a canonical URL on another origin (it only fails
 * one that is invalid, relative, conflicting, or the home page of a deeper page), and is-crawlable reads
 * the robots meta tags, X-Robots-Tag headers and the served robots.txt, none of which depend on the
 * origin, so the audits judge the pages as published. The run prints the origin the build used. To audit
 * a build whose links all point at the served origin, build with SITE_URL=http://127.0.0.1:N and pass
 * --port N.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { ensureChromium } from './ensure-chromium.ts';
import { builtHtml, pageRoutes, templatePages, type TemplatePage } from './templates.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';
import { CHROMIUM_ARGS } from '../tests/browser/chromium.ts';
import { siteOriginOf } from '../tests/site/checks.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type FormFactor = 'mobile' | 'desktop';

/**
 * Audits that fail on a template on purpose, with the reason. They are printed with the results (the
 * score shows them, marked *), but do not fail the run. Anything else below 100 does.
 */
export const EXPECTED: Record<string, Record<string, string>> = {
  '404.astro': {
    'is-crawlable':
      'the not-found page asks search engines not to index it (<meta name="robots" content="noindex">, src/layouts/Base.astro ' +
      'with indexable={false}). A host serves it with status 404 at any missing address, which is never indexed anyway; ' +
      'its own address /404.html answers 200, and without noindex a search engine could list "Page not found" as a page ' +
      '(a soft 404). No other template may be blocked from indexing.',
  },
};

export interface FailedAudit {
  id: string;
  title: string;
  category: Category;
  /** Lighthouse's score of the audit (0 to 1), null when it could not run. */
  score: number | null;
  /** Why, when Lighthouse says (an error message or an explanation). */
  why?: string;
  /** The elements (or URLs) the audit names, one line each. */
  items: string[];
  /** Why this audit fails on this template on purpose (from EXPECTED), if it does. */
  expected?: string;
}

export interface TemplateResult {
  route: string;
  path: string;
  formFactor: FormFactor;
  /** 0 to 100 per category; null when Lighthouse gave no score. */
  scores: Record<Category, number | null>;
  failed: FailedAudit[];
  /** Lighthouse's run warnings (e.g. the page redirected). */
  warnings: string[];
  ms: number;
}

interface NodeValue {
  type: 'node';
  selector?: string;
  snippet?: string;
  explanation?: string;
}

/** One line per element (or URL, or other row) an audit names, from its details' table rows. */
function itemLines(details: unknown): string[] {
  const d = details as { items?: Array<Record<string, unknown>> } | undefined;
  const lines: string[] = [];
  for (const item of d?.items ?? []) {
    const values = Object.values(item);
    const node = values.find((v): v is NodeValue => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'node');
    const texts = values.flatMap((v) => {
      if (typeof v === 'string' || typeof v === 'number') return [String(v)];
      const loc = v as { type?: string; url?: string; line?: number; column?: number } | null;
      if (loc?.type === 'source-location' && loc.url) return [`${loc.url}:${(loc.line ?? 0) + 1}:${(loc.column ?? 0) + 1}`];
      if (loc?.type === 'url' && typeof (v as { value?: unknown }).value === 'string') return [String((v as { value: string }).value)];
      return [];
    });
    if (node) {
      const explanation = node.explanation ? `\n        ${node.explanation.replace(/\n/g, '\n        ')}` : '';
      lines.push(`${[node.selector, node.snippet, ...texts].filter(Boolean).join('  ')}${explanation}`);
    } else {
      lines.push(texts.length > 0 ? texts.join('  ') : JSON.stringify(item));
    }
    // Nested tables (e.g. the ARIA audits' and the browser issues' sub-items) list further elements.
    const sub = item['subItems'] as { items?: Array<Record<string, unknown>> } | undefined;
    if (sub?.items) lines.push(...itemLines(sub).map((l) => `  ${l}`));
  }
  return lines;
}

/** The audits of the three categories that lost points (or could not run), from a Lighthouse result. */
export function failedAudits(lhr: Result, route = ''): FailedAudit[] {
  const out: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const mode = audit.scoreDisplayMode;
      const scored = mode === 'binary' || mode === 'numeric' || mode === 'metricSavings';
      const broken = mode === 'error';
      if (!broken && !(scored && ref.weight > 0 && audit.score !== null && audit.score < 1)) continue;
      const why = audit.errorMessage ?? audit.explanation;
      const expected = broken ? undefined : EXPECTED[route]?.[audit.id];
      out.push({ id: audit.id, title: audit.title, category, score: audit.score, ...(why ? { why } : {}), items: itemLines(audit.details), ...(expected ? { expected } : {}) });
    }
  }
  return out;
}

/** Starts Debian's Chromium headless with a fresh profile and a DevTools port; resolves with the port and a stop function. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'open-scrutiny-lighthouse-'));
  const child: ChildProcess = spawn(ensureChromium(), [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000, undefined, { ref: false }).then(() => child.kill('SIGKILL'))]);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  // Chromium writes the port it chose to DevToolsActivePort in the profile.
  const portFile = join(profile, 'DevToolsActivePort');
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (child.exitCode !== null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (Number.isInteger(port) && port > 0) return { port, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`Chromium did not open a DevTools port within 30 s.\n${stderr}`);
}

async function audit(url: string, port: number, formFactor: FormFactor): Promise<Result> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: (process.env['LH_LOG'] as Flags['logLevel']) ?? 'error',
    onlyCategories: [...CATEGORIES],
    // No performance category, so no screenshot. Throttling stays Lighthouse's default ("simulate"): it
    // loads the page unthrottled and waits 1 s for quiet, where "provided" or "devtools" wait 5.25 s.
    disableFullPageScreenshot: true,
  };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  return result.lhr;
}

export interface RunOptions {
  siteDir: string;
  formFactors: FormFactor[];
  only?: string;
  /** Audit these URL paths instead of one page per template. */
  pages?: string[];
  /** Serve on this port (default: a free one). */
  port?: number;
  log?: (line: string) => void;
}

/** Runs Lighthouse on one page per template; returns the templates (with the routes that built no page) and the results. */
export async function runLighthouse(options: RunOptions): Promise<{ templates: TemplatePage[]; unmatched: string[]; results: TemplateResult[] }> {
  const log = options.log ?? (() => {});
  const { templates: all, unmatched } = templatePages(pageRoutes(join(ROOT, 'src/pages')), builtHtml(options.siteDir));
  const only = options.only;
  const templates = options.pages
    ? options.pages.map((path) => ({ route: '(--page)', path, pages: 1 }))
    : only
      ? all.filter((t) => t.route.includes(only) || t.path?.includes(only))
      : all;
  const server = await startStaticServer(options.siteDir, options.port ?? 0);
  const chromium = await startChromium();
  const results: TemplateResult[] = [];
  try {
    for (const template of templates) {
      if (!template.path) continue;
      for (const formFactor of options.formFactors) {
        const started = Date.now();
        const lhr = await audit(server.url + template.path, chromium.port, formFactor);
        const score = (c: Category): number | null => {
          const s = lhr.categories[c]?.score;
          return s === null || s === undefined ? null : Math.round(s * 100);
        };
        const result: TemplateResult = {
          route: template.route,
          path: template.path,
          formFactor,
          scores: { accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
          failed: failedAudits(lhr, template.route),
          warnings: lhr.runWarnings.map(String),
          ms: Date.now() - started,
        };
        results.push(result);
        log(`${formFactor.padEnd(7)} ${CATEGORIES.map((c) => String(result.scores[c] ?? '-').padStart(3)).join(' ')}  ${template.path}  (${(result.ms / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    await chromium.stop();
    await server.close();
  }
  return { templates, unmatched, results };
}

function table(results: TemplateResult[]): string {
  const head = ['template (src/pages/…)', 'page', 'form', 'a11y', 'b.p.', 'seo'];
  const cell = (r: TemplateResult, c: Category): string => {
    const score = r.scores[c];
    if (score === null) return 'none';
    const lost = r.failed.filter((f) => f.category === c);
    return score < 100 && lost.length > 0 && lost.every((f) => f.expected) ? `${score}*` : String(score);
  };
  const rows = results.map((r) => [r.route, r.path, r.formFactor, ...CATEGORIES.map((c) => cell(r, c))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${name} needs a value`);
    args.splice(i, 2);
    return value;
  };
  const form = option('--form-factor') ?? 'both';
  const only = option('--only');
  const jsonFile = option('--json');
  const portOption = option('--port');
  const port = portOption === undefined ? 0 : Number(portOption);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${portOption}: not a port number`);
  const pages: string[] = [];
  for (let page = option('--page'); page !== undefined; page = option('--page')) pages.push(page.startsWith('/') ? page : `/${page}`);
  if (args.length > 0 || !['mobile', 'desktop', 'both'].includes(form)) {
    throw new Error('usage: npm run lighthouse [-- --form-factor mobile|desktop|both] [--only TEXT] [--page /PATH/ …] [--port N] [--json FILE]');
  }
  const formFactors: FormFactor[] = form === 'both' ? ['mobile', 'desktop'] : [form as FormFactor];
  const siteDir = resolve(process.env['SITE_DIR'] ?? join(ROOT, 'dist'));
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`No built site at ${siteDir} (index.html is missing). Run "npm run build" first, or set SITE_DIR.`);

  const started = Date.now();
  console.log(`Lighthouse (${CATEGORIES.join(', ')}; ${formFactors.join(' and ')}) on ${siteDir}, built for ${siteOriginOf(siteDir)}`);
  const { templates, unmatched, results } = await runLighthouse({ siteDir, formFactors, port, ...(only ? { only } : {}), ...(pages.length > 0 ? { pages } : {}), log: (l) => console.log(l) });

  console.log(`\n${table(results)}`);
  const missing = templates.filter((t) => !t.path);
  if (missing.length > 0) console.log(`\nNo built page (not audited): ${missing.map((t) => t.route).join(', ')}`);
  if (unmatched.length > 0) console.log(`\nBuilt pages no route file matches (not audited): ${unmatched.join(', ')}`);

  // A score below 100 fails the run unless every audit that lost points is expected on that template.
  const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] === null || (r.scores[c]! < 100 && r.failed.some((f) => f.category === c && !f.expected))));
  const expectedOnly = results.filter((r) => !below.includes(r) && CATEGORIES.some((c) => r.scores[c]! < 100));
  for (const r of results) {
    if (r.failed.length === 0 && r.warnings.length === 0) continue;
    console.log(`\n${r.path} (${r.route}, ${r.formFactor})`);
    for (const w of r.warnings) console.log(`  warning: ${w}`);
    for (const f of r.failed) {
      console.log(`  [${f.category}] ${f.id}: ${f.title}${f.score === null ? ' (did not run)' : ''}${f.why ? `\n    ${f.why}` : ''}`);
      if (f.expected) console.log(`    * expected on this template: ${f.expected}`);
      for (const item of f.items) console.log(`    - ${item}`);
    }
  }
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const verdict = below.length > 0 ? `${below.length} below 100` : expectedOnly.length > 0 ? 'every score is 100 but the expected ones marked *' : 'every score is 100';
  console.log(`\n${results.length} runs (${templates.filter((t) => t.path).length} pages) in ${seconds} s: ${verdict}`);
  if (below.length > 0) process.exitCode = 1;
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
