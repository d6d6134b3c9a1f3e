/**
 * <os-filter> on the glossary (the one list that filters in place; other lists have a search box for their
 * section, tests/browser/section-search.test.ts): without JavaScript there is no text box and every item shows;
 * with it, a labelled search box hides the items that do not contain the words typed, hides groups left
 * empty, says how many are shown, and logs no error or CSP violation.
 */
import { expect, test } from 'vitest';
import { allPages, assertClean, closePage, openPage } from './helpers.ts';

const page = allPages().find((p) => p === '/glossary/') ?? '/glossary/';

test('without JavaScript, the whole list and no text box', async () => {
  const tab = await openPage(page, { width: 375, javaScript: false });
  try {
    expect(await tab.locator('os-filter input[type=search]').count()).toBe(0);
    const items = tab.locator('os-filter [data-filter-item]');
    expect(await items.count()).toBeGreaterThan(1);
    expect(await tab.locator('os-filter [data-filter-item]:visible').count()).toBe(await items.count());
  } finally {
    await closePage(tab);
  }
});

test('with JavaScript, typing words shows only the items that contain them', async () => {
  const tab = await openPage(page, { width: 375 });
  try {
    const box = tab.getByRole('searchbox');
    await expect.poll(() => box.count()).toBe(1);
    const items = tab.locator('os-filter [data-filter-item]');
    const total = await items.count();
    // The word of the first item that the fewest other items contain: that item must stay, and others must go.
    const texts = (await items.allInnerTexts()).map((x) => x.toLowerCase());
    const words = texts[0]!.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
    const first = words.sort((a, b) => texts.filter((x) => x.includes(a)).length - texts.filter((x) => x.includes(b)).length)[0] ?? '';
    await box.fill(first);
    await expect.poll(() => tab.locator('os-filter [data-filter-item]:visible').count()).toBeLessThan(total);
    expect(await items.first().isVisible()).toBe(true);
    await expect.poll(() => tab.getByRole('status').innerText()).toMatch(/\d+ of \d+/);
    await box.fill('zzzz-no-such-words');
    await expect.poll(() => tab.locator('os-filter [data-filter-group]:visible').count()).toBe(0);
    await box.fill('');
    await expect.poll(() => tab.locator('os-filter [data-filter-item]:visible').count()).toBe(total);
    await assertClean(tab);
  } finally {
    await closePage(tab);
  }
});
