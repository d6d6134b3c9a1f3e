/**
 * The search box of a list's section (questions, actions, performance figures): a plain GET form, so the
 * list page loads no JavaScript. Typing a word from the list's first item and pressing Enter, keyboard only,
 * opens the site search for that word with only that type of page ticked, and the item's own page is among
 * the results. The word is the first item's rarest in the built list, so the test follows the content it is given.
 */
import { describe, expect, test } from 'vitest';
import { allPages, assertClean, closePage, openPage, searchSettled } from './helpers.ts';

const LISTS: { path: string; type: string; item: string }[] = [
  { path: '/questions/', type: 'question', item: 'main section li a' },
  { path: '/actions/', type: 'action', item: 'main .action-card .action-title a' },
];

describe.each(LISTS.filter((l) => allPages().includes(l.path)))('$path', ({ path, type, item }) => {
  test('without JavaScript: a labelled search box for the section, and no script on the page', async () => {
    const tab = await openPage(path, { width: 375, javaScript: false });
    try {
      const form = tab.locator(`main form[role=search][action="/search/"]`);
      expect(await form.count()).toBe(1);
      expect(await form.locator(`input[type=hidden][name=type]`).getAttribute('value')).toBe(type);
      await expect.poll(() => tab.getByRole('search', { name: /search every/i }).getByRole('searchbox').count()).toBe(1);
      expect(await tab.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    } finally {
      await closePage(tab);
    }
  });

  test('keyboard only: a word from the first item finds that item among the section-only results', async () => {
    const tab = await openPage(path, { width: 375 });
    try {
      const first = tab.locator(item).first();
      const href = await first.getAttribute('href');
      // The first item's word (7 letters or more) that the fewest items of the list contain: it finds few pages.
      const texts = (await tab.locator(item).allInnerTexts()).map((x) => x.toLowerCase());
      const rarity = (w: string): number => texts.filter((x) => x.includes(w.toLowerCase())).length;
      const words = texts[0]!.split(/[^a-z]+/).filter((w) => w.length >= 7);
      const word = words.sort((a, b) => rarity(a) - rarity(b) || b.length - a.length)[0];
      expect(href, `${path}: no item link`).toBeTruthy();
      expect(word, `${path}: no word of 7 letters in the first item`).toBeTruthy();
      const box = tab.locator('main form[role=search] input[type=search]');
      await box.focus();
      await tab.keyboard.type(word!);
      await tab.keyboard.press('Enter');
      await tab.waitForURL(/\/search\/\?/);
      const url = new URL(tab.url());
      expect(url.searchParams.get('q')).toBe(word);
      expect(url.searchParams.getAll('type')).toEqual([type]);
      await searchSettled(tab);
      const results = tab.locator('os-search ol[data-results] > li a[href]');
      await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(new URL(href!, url).pathname);
      await assertClean(tab);
    } finally {
      await closePage(tab);
    }
  });
});
