/**
 * Search split by period (issue 12): the built site's search indexes are rebuilt in a copy with one
 * period per year (`scripts/search-index.ts --max-pages 1`), and the search page is checked there:
 * the newest years are searched by default without fetching any older index; the choice of years
 * lists every period and all of them; choosing one searches only its index, says which years were
 * searched and keeps the choice in the address; all years together find exactly what the periods
 * find one by one; an address naming a period or a year opens that period.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ALL_PERIODS, PERIODS_FILE, parsePeriods, type SearchPeriod } from '../../src/lib/search/periods.ts';
import { assertClean, closePage, openPage, runAxe, formatAxe, searchSettled, siteDir } from './helpers.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** A word on many pages of any portal built from police papers. */
const COMMON = 'police';
const ROOT = resolve(import.meta.dirname, '../..');

let dir = '';
let server: StaticServer | undefined;
let periods: SearchPeriod[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'os-search-periods-'));
  cpSync(siteDir(), dir, { recursive: true, filter: (src) => !src.startsWith(join(siteDir(), 'pagefind')) });
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), dir, '--max-pages', '1'], { encoding: 'utf8', timeout: 300_000 });
  if (built.status !== 0) throw new Error(`search-index failed:\n${built.stdout}\n${built.stderr}`);
  periods = parsePeriods(JSON.parse(readFileSync(join(dir, PERIODS_FILE), 'utf8'))) ?? [];
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, width = 1280): Promise<Page> {
  server ??= await startStaticServer(dir);
  return openPage(path, { base: server.url, width });
}

/** Paths of Pagefind files requested from now on. */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.context().on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pagefind/')) seen.push(path);
  });
  return seen;
}

const countOf = (status: string): number => Number(/^(\d+) results? for/.exec(status)?.[1] ?? 0);
const yearsText = (p: SearchPeriod): string => (p.from === p.to ? String(p.from) : `${p.from} to ${p.to}`);

describe('search split by period', () => {
  test('the periods hold every searchable page once, newest first, in their own bundles', () => {
    expect(periods.length).toBeGreaterThan(0);
    const years = periods.flatMap((p) => (p.from === null ? [] : [p.from, p.to]));
    expect([...years].sort((a, b) => (b ?? 0) - (a ?? 0))).toEqual(years);
    expect(periods[0]!.bundle).toBe('pagefind/');
    expect(new Set(periods.map((p) => p.bundle)).size).toBe(periods.length);
  });

  test('by default the newest years are searched, and no older index is fetched', async () => {
    const page = await open('/search/');
    const requests = pagefindRequests(page);
    const input = page.getByLabel('Search for a word or phrase');
    await input.fill(COMMON);
    await input.press('Enter');
    const status = await searchSettled(page);
    const choice = page.getByLabel('Years to search');
    if (periods.length === 1) {
      // A site of one year (or one index) offers no choice and says nothing about years.
      expect(await choice.isVisible()).toBe(false);
      expect(status).not.toContain('Years searched');
    } else {
      expect(await choice.isVisible()).toBe(true);
      const options = await choice.locator('option').allTextContents();
      expect(options).toHaveLength(periods.length + 1);
      expect(options[0]).toBe(`${yearsText(periods[0]!)} (newest)`);
      expect(options.at(-1)).toMatch(/^All years/);
      expect(await choice.inputValue()).toBe(periods[0]!.id);
      expect(status).toContain(`Years searched: ${yearsText(periods[0]!)}.`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.includes('/pagefind/older/'))).toEqual([]);
      expect(formatAxe(await runAxe(page), '/search/')).toEqual([]);
    }
    await assertClean(page);
    await closePage(page);
  });

  test('choosing years searches only their index, says so, and keeps it in the address; all years find what the periods find', async () => {
    if (periods.length === 1) return;
    const page = await open(`/search/?q=${COMMON}`, 375);
    await searchSettled(page);
    const choice = page.getByLabel('Years to search');
    let sum = 0;
    for (const period of periods) {
      const requests = pagefindRequests(page);
      await choice.selectOption(period.id);
      await expect.poll(async () => (await searchSettled(page)).includes(`Years searched: ${yearsText(period)}.`)).toBe(true);
      const status = await searchSettled(page);
      sum += countOf(status);
      const url = new URL(page.url());
      expect(url.searchParams.get('years')).toBe(period === periods[0] ? null : period.id);
      await page.waitForLoadState('networkidle');
      if (period !== periods[0]) {
        // Only this period's bundle: nothing of the others.
        expect(requests.some((p) => p.includes(`/pagefind/older/${period.id}/`)), status).toBe(true);
        const others = requests.filter((p) => !p.includes(`/pagefind/older/${period.id}/`));
        expect(others, status).toEqual([]);
      }
    }
    await choice.selectOption(ALL_PERIODS);
    await expect.poll(async () => new URL(page.url()).searchParams.get('years')).toBe(ALL_PERIODS);
    const all = await searchSettled(page);
    expect(countOf(all)).toBe(sum);
    expect(all).toContain(`Years searched: ${periods.at(-1)!.from} to ${periods[0]!.to}.`);
    await assertClean(page);
    await closePage(page);
  });

  test('an address naming a period, or only a year in the year filter, opens that period', async () => {
    if (periods.length === 1) return;
    const oldest = periods.at(-1)!;
    for (const query of [`?q=${COMMON}&years=${oldest.id}`, `?q=${COMMON}&year=${oldest.to}`]) {
      const page = await open(`/search/${query}`);
      const status = await searchSettled(page);
      expect(await page.getByLabel('Years to search').inputValue(), query).toBe(oldest.id);
      expect(status).toContain(`Years searched: ${yearsText(oldest)}.`);
      await assertClean(page);
      await closePage(page);
    }
  });
});
