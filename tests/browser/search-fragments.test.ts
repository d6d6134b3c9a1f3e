/**
 * Search at scale (issue 12): the search page loads only the fragments of the results it shows, ten at
 * a time, and pages the rest behind a real "Show more results" button that says politely how many are
 * now shown; filter counts come from the search response, not from loading every result.
 *
 * Counts requests to Pagefind's /pagefind/fragment/ files (one per result whose data is loaded) on the
 * built site for a word on hundreds of pages.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertClean, closePage, openPage, searchSettled } from './helpers.ts';

const PAGE_SIZE = 10;
/** A word on far more than ten pages of any portal built from the papers. */
const COMMON = 'police';

let open: Page | undefined;
afterEach(async () => {
  if (open) await closePage(open);
  open = undefined;
});

/** Count requests for result fragments from now on (the page's and Pagefind's worker's). */
function countFragments(page: Page): { count: () => number } {
  let n = 0;
  page.context().on('request', (r) => {
    if (new URL(r.url()).pathname.includes('/pagefind/fragment/')) n += 1;
  });
  return { count: () => n };
}

/** The search has settled and its fragment requests are done (so they can be counted). */
async function settled(page: Page): Promise<string> {
  const status = await searchSettled(page);
  await page.waitForLoadState('networkidle');
  return status;
}

describe('search loads only the fragments of the results shown', () => {
  test(`"${COMMON}": ${PAGE_SIZE} fragments for the first ${PAGE_SIZE} results, ${PAGE_SIZE} more per "Show more results"`, async () => {
    const page = (open = await openPage('/search/', { width: 1280 }));
    await expect.poll(() => page.locator('[data-app]').isVisible()).toBe(true);
    const fragments = countFragments(page);
    const input = page.getByLabel('Search for a word or phrase');
    await input.fill(COMMON);
    await input.press('Enter');
    const status = await settled(page);
    const total = Number(/^(\d+) results? for/.exec(status)?.[1]);
    expect(total, status).toBeGreaterThan(2 * PAGE_SIZE);
    expect(await page.locator('os-search ol[data-results] > li').count()).toBe(PAGE_SIZE);
    expect(fragments.count()).toBeLessThanOrEqual(PAGE_SIZE);
    // Filter counts are Pagefind's for the whole result set (from the search response), not the ten loaded.
    const counts = await page.locator('input[type="checkbox"][name="type"] + label').allTextContents();
    const sum = counts.map((c) => Number(/\((\d+)\)$/.exec(c)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(PAGE_SIZE);

    // A real button, named, which loads ten more and says so in the one polite status region.
    const more = page.getByRole('button', { name: 'Show more results' });
    expect(await more.evaluate((b) => b.tagName)).toBe('BUTTON');
    await more.click();
    await expect.poll(() => page.locator('os-search ol[data-results] > li').count()).toBe(2 * PAGE_SIZE);
    await page.waitForLoadState('networkidle');
    expect(fragments.count()).toBeLessThanOrEqual(2 * PAGE_SIZE);
    const region = page.locator('os-search').getByRole('status');
    expect(await region.count()).toBe(1);
    await expect.poll(() => region.textContent()).toBe(`Showing ${2 * PAGE_SIZE} of ${total}.`);
    // Focus moved to the first new result, so keyboard users carry on from there.
    const index = await page.evaluate(() => {
      const li = document.activeElement?.closest('os-search ol[data-results] > li');
      return li ? [...li.parentElement!.children].indexOf(li) : -1;
    });
    expect(index).toBe(PAGE_SIZE);
    await assertClean(page);
  });

  test('on a phone the folded filters fetch nothing until opened, then count the results on screen', async () => {
    const page = (open = await openPage('/search/', { width: 375 }));
    let filterFiles = 0;
    page.context().on('request', (r) => {
      if (new URL(r.url()).pathname.includes('/pagefind/filter/')) filterFiles += 1;
    });
    await expect.poll(() => page.locator('[data-app]').isVisible()).toBe(true);
    const input = page.getByLabel('Search for a word or phrase');
    await input.fill(COMMON);
    await input.press('Enter');
    const status = await settled(page);
    const total = Number(/^(\d+) results? for/.exec(status)?.[1]);
    expect(filterFiles).toBe(0);
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    await page.locator('[data-filter-panel] summary').click();
    await expect.poll(() => page.locator('input[type="checkbox"][name="type"]').count()).toBeGreaterThan(1);
    expect(filterFiles).toBeGreaterThan(0);
    // The counts are this search's, not the whole index's: together no more than the results.
    await expect
      .poll(async () => (await page.locator('input[type="checkbox"][name="type"] + label').allTextContents()).map((c) => Number(/\((\d+)\)$/.exec(c)?.[1] ?? 0)).reduce((x, y) => x + y, 0))
      .toBeGreaterThan(0);
    const sum = (await page.locator('input[type="checkbox"][name="type"] + label').allTextContents()).map((c) => Number(/\((\d+)\)$/.exec(c)?.[1] ?? 0)).reduce((x, y) => x + y, 0);
    expect(sum).toBeLessThanOrEqual(total);
    expect(await page.locator('os-search ol[data-results] > li').count()).toBe(PAGE_SIZE);
    await assertClean(page);
  });

  test('ticking a filter shows counts without loading every result', async () => {
    const page = (open = await openPage(`/search/?q=${COMMON}`, { width: 1280 }));
    await settled(page);
    const fragments = countFragments(page);
    const box = page.locator('input[type="checkbox"][name="type"]').first();
    await box.check();
    await settled(page);
    expect(fragments.count()).toBeLessThanOrEqual(PAGE_SIZE);
    await assertClean(page);
  });
});
