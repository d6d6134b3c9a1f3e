/**
 * Helpers for browser tests (tests/browser/**, tests/site/**), run by `npm test` through
 * vitest.browser.config.ts. The globalSetup serves the built site on 127.0.0.1 and launches
 * one Chromium; these helpers connect to it.
 *
 *   const page = await openPage('/meetings/', { width: 375 });
 *   expect(await runAxe(page)).toEqual([]);
 *   await assertClean(page);   // no console error, CSP violation or request leaving 127.0.0.1
 *   await closePage(page);
 *
 * The API (baseURL, siteDir, allPages, openPage, closePage, pageRecord, assertClean, problems,
 * runAxe, formatAxe) is stable: other tests depend on it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { urlPathForFile } from '../../src/lib/links/check.ts';
import { htmlFiles } from '../site/checks.ts';

/** Origin the built site is served on, e.g. http://127.0.0.1:43121 (no trailing slash). */
export function baseURL(): string {
  return inject('baseURL');
}

/** Absolute path of the built site under test (dist/ unless $SITE_DIR). */
export function siteDir(): string {
  return inject('siteDir');
}

/** Every built *.html page of the site under test as URL paths (a/b/index.html → /a/b/), sorted. Pagefind's files are skipped. */
export function allPages(): string[] {
  return htmlFiles(siteDir()).map(urlPathForFile).sort();
}

let browserPromise: Promise<Browser> | undefined;

/** The shared Chromium (one connection per test worker). */
export function browser(): Promise<Browser> {
  browserPromise ??= chromium.connect(inject('wsEndpoint'));
  return browserPromise;
}

/** What happened while a page was open. */
export interface PageRecord {
  /** The URL path that was opened. */
  path: string;
  /** HTTP status of the main document. */
  status: number | undefined;
  /** console.error messages and uncaught exceptions (CSP messages are listed under cspViolations instead). */
  consoleErrors: string[];
  /** Content-Security-Policy violations (securitypolicyviolation events and console CSP reports). */
  cspViolations: string[];
  /** Requests to any origin other than the test server (they are blocked as well as recorded). */
  foreignRequests: string[];
}

const records = new WeakMap<Page, PageRecord>();

export interface OpenOptions {
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** Viewport height (default 900). */
  height?: number;
  /** Serve from another origin, e.g. a fixture server (default: baseURL()). */
  base?: string;
  /** Run the page with JavaScript disabled (default: enabled). */
  javaScript?: boolean;
  /** When to consider navigation finished (default 'load'). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

const isCsp = (text: string): boolean => /Content Security Policy|Content-Security-Policy/i.test(text);

/**
 * Opens `path` (a URL path such as "/meetings/") in a fresh browser context and records console errors,
 * CSP violations and requests leaving the test server. Close it with closePage(page).
 */
export async function openPage(path: string, options: OpenOptions = {}): Promise<Page> {
  const { width = 1280, height = 900, base = baseURL(), javaScript = true, waitUntil = 'load' } = options;
  const origin = new URL(base).origin;
  const context = await (await browser()).newContext({
    viewport: { width, height },
    javaScriptEnabled: javaScript,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const record: PageRecord = { path, status: undefined, consoleErrors: [], cspViolations: [], foreignRequests: [] };

  const isForeign = (url: string): boolean => {
    if (/^(data|blob|about):/.test(url)) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  };
  await context.route(
    (url) => isForeign(url.href),
    async (route) => {
      record.foreignRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await context.exposeBinding('__osReportCsp', (_source, text: string) => {
    record.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __osReportCsp: (t: string) => void }).__osReportCsp;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });

  const page = await context.newPage();
  records.set(page, record);
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (isCsp(text)) record.cspViolations.push(text);
    else if (/net::ERR_BLOCKED_BY_CLIENT/.test(text) && record.foreignRequests.length > 0) return; // already recorded
    else record.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => record.consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));

  const response = await page.goto(new URL(path, base).href, { waitUntil });
  record.status = response?.status();
  return page;
}

/** The record of what happened on a page opened with openPage. */
export function pageRecord(page: Page): PageRecord {
  const record = records.get(page);
  if (!record) throw new Error('pageRecord: this page was not opened with openPage()');
  return record;
}

/** Lets pending CSP reports and console messages arrive. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => setTimeout(ok, 0))).catch(() => undefined);
}

/** Every console error, CSP violation and foreign request on the page, one line each. */
export async function problems(page: Page): Promise<string[]> {
  await settle(page);
  const r = pageRecord(page);
  return [
    ...r.consoleErrors.map((m) => `console error: ${m}`),
    ...r.cspViolations.map((m) => `CSP violation: ${m}`),
    ...r.foreignRequests.map((u) => `request leaving 127.0.0.1: ${u}`),
  ];
}

/** Throws, listing them, if the page logged a console error, violated its CSP or requested another origin. */
export async function assertClean(page: Page): Promise<void> {
  const found = await problems(page);
  if (found.length > 0) throw new Error(`${pageRecord(page).path}:\n  ${found.join('\n  ')}`);
}

/** Closes the page and its browser context. */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** The axe-core rule tags we test against: WCAG 2.0/2.1/2.2 A and AA, plus best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core on the page with AXE_TAGS and returns the violations (empty when none).
 * axe is evaluated through the DevTools protocol, so the page's CSP does not block it and it adds no <script>.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeScript());
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
    }));
  }, AXE_TAGS);
}

/** One line per failing element: "rule-id (impact) on <page>: <target> — help". */
export function formatAxe(violations: AxeViolation[], path: string): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `axe ${v.id} (${v.impact ?? 'n/a'}) on ${path}: ${n.target.join(' ')} — ${v.help}\n      ${n.html.slice(0, 200)}`),
  );
}

/**
 * Waits until the site search (<os-search>) has finished the search the last action started: its
 * results list is no longer busy and its status region says something. Returns the status text.
 * Generous timeout: a busy 2-core CI machine loads the index slowly.
 */
export async function searchSettled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const list = document.querySelector('os-search ol[data-results]');
      const text = document.querySelector('os-search [role="status"]')?.textContent ?? '';
      return list !== null && !list.hasAttribute('aria-busy') && text !== '';
    },
    null,
    { timeout: 60_000 },
  );
  return (await page.locator('os-search [role="status"]').textContent()) ?? '';
}
