/**
 * Site search in a real browser: type real words into the search box, follow the
 * first result and check the page it lands on contains the words. Also the
 * keyboard-only path through the search and its filters, the polite status
 * message, the query kept in the URL, and the page without JavaScript.
 *
 * Words: "Naloxone", "hare coursing", "Operation Focus" (from the issue), plus one
 * word taken from an action update and one from a table caption in the content,
 * chosen as the longest word there, so the test follows the content it is given.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readCollection } from '../site/content.ts';
import { assertClean, closePage, formatAxe, openPage, runAxe, searchSettled } from './helpers.ts';

/** The longest plain word (letters only, 7+ characters) in some texts: distinctive, so the first result is meaningful. */
function longestWord(texts: string[]): string | undefined {
  const words = texts
    .join(' ')
    .replace(/\*\*|\[|\]\([^)]*\)/g, ' ')
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length >= 7);
  return words.sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

const actions = readCollection<{ updates?: { text: string[] }[] }>('actions').map((a) => a.data);
const tables = readCollection<{ caption?: string; title?: string }>('tables').map((t) => t.data);
const updateWord = longestWord(actions.flatMap((a) => (a.updates ?? []).flatMap((u) => u.text)));
const captionWord = longestWord(tables.map((t) => t.caption ?? t.title ?? ''));

const QUERIES: { query: string; why: string }[] = [
  { query: 'Naloxone', why: 'from the issue' },
  { query: 'hare coursing', why: 'from the issue' },
  { query: 'Operation Focus', why: 'from the issue' },
  ...(updateWord ? [{ query: updateWord, why: 'longest word in an action update' }] : []),
  ...(captionWord ? [{ query: captionWord, why: 'longest word in a table caption' }] : []),
];

const flat = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();

async function statusText(page: Page): Promise<string> {
  return (await page.locator('os-search [role="status"]').textContent()) ?? '';
}

/** Waits until the status region reports a finished search (a count or "No results"). */
async function waitForCount(page: Page, previous = ''): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const text = document.querySelector('os-search [role="status"]')?.textContent ?? '';
      return text !== '' && text !== prev && !/…$/.test(text);
    },
    previous,
    { timeout: 45_000 }, // generous: a busy 2-core CI machine loads the index slowly
  );
  return statusText(page);
}

/** Waits until the search the last action started has finished (the results list is no longer busy). */
const waitIdle = searchSettled;

let open: Page | undefined;
afterEach(async () => {
  if (open) await closePage(open);
  open = undefined;
});

describe('search finds the words and the first result contains them', () => {
  test('the content gives a word from an action update and from a table caption', () => {
    expect(updateWord, 'no action update text in src/content/actions').toBeTruthy();
    expect(captionWord, 'no table caption in src/content/tables').toBeTruthy();
  });

  test.for(QUERIES)('"$query" ($why)', async ({ query }) => {
    const page = (open = await openPage('/search/', { width: 1280 }));
    const input = page.getByLabel('Search for a word or phrase');
    await input.fill(query);
    await input.press('Enter');
    const status = await waitForCount(page);
    expect(status).toMatch(/^\d+ results? for “/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);

    const first = page.locator('os-search ol[data-results] > li h3 a').first();
    const href = await first.getAttribute('href');
    expect(href, 'first result has a link').toBeTruthy();
    await Promise.all([page.waitForURL((url) => url.pathname === new URL(href!, page.url()).pathname), first.click()]);
    const main = flat((await page.locator('main').textContent()) ?? '');
    expect(main.includes(flat(query)), `${page.url()} should contain "${query}"`).toBe(true);
    await assertClean(page);
  });
});

describe('search page behaviour', () => {
  test('words typed while the search is still loading are kept and searched, not wiped', async () => {
    const page = (open = await openPage('/', { width: 1280 }));
    // Hold Pagefind's bundle until the words are typed: the element starts only after it loads.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(new URL('/search/', page.url()).href, { waitUntil: 'domcontentloaded' });
    const input = page.getByLabel('Search for a word or phrase');
    await input.fill('Naloxone');
    release();
    const status = await waitForCount(page);
    expect(status).toMatch(/^\d+ results? for “Naloxone/);
    expect(await input.inputValue()).toBe('Naloxone');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Naloxone');
  });

  test('a linked query runs on load, filters come from the URL and narrow the results', async () => {
    const page = (open = await openPage('/search/?q=Naloxone', { width: 1280 }));
    const all = await waitForCount(page);
    const total = Number(/^(\d+)/.exec(all)?.[1]);
    expect(total).toBeGreaterThan(1);
    await expect.poll(() => page.locator('input[type="checkbox"][name="type"]').count()).toBeGreaterThan(1);

    await page.goto(new URL('/search/?q=Naloxone&type=action', page.url()).href);
    const narrowed = await waitIdle(page);
    const n = Number(/^(\d+)/.exec(narrowed)?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    expect(await page.locator('input[name="type"][value="action"]').isChecked()).toBe(true);
    const types = await page.locator('os-search .result-type').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Action']));
    await assertClean(page);
  });

  test('a word in no paper says so and suggests where to look, whether Pagefind finds nothing or only words that begin the same way', async () => {
    // "xq…" begins like no word; "x…" begins like "X" in a table caption, which Pagefind falls back to.
    for (const query of ['qqqqzzzz', 'xyzzyqq']) {
      const page = (open = await openPage(`/search/?q=${query}`, { width: 375 }));
      const status = await waitForCount(page);
      expect(status, query).toMatch(new RegExp(`^No (results for|page contains) “${query}”`));
      const suggest = page.locator('os-search [data-suggest]');
      expect(await suggest.isVisible(), query).toBe(true);
      expect(await suggest.locator('a[href="/glossary/"]').count()).toBe(1);
      await closePage(page);
      open = undefined;
    }
    const page = (open = await openPage('/search/?q=Naloxone', { width: 375 }));
    await waitForCount(page);
    expect(await page.locator('os-search [data-suggest]').isVisible()).toBe(false);
  });

  test('results are text and <mark> only: the excerpt holds no other elements', async () => {
    const page = (open = await openPage('/search/?q=Naloxone', { width: 1280 }));
    await waitForCount(page);
    const tags = await page.$$eval('os-search .result-excerpt *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
    expect(tags).toEqual(['mark']);
    const meta = await page.locator('os-search .result-meta').first().textContent();
    expect(meta).toMatch(/Type:\s*\S/);
  });

  for (const width of [1280, 375]) {
    test(`with results on screen the page passes axe at ${width}px`, async () => {
      const page = (open = await openPage('/search/?q=hare+coursing', { width }));
      await waitForCount(page);
      expect(formatAxe(await runAxe(page), `/search/?q=hare+coursing at ${width}px`)).toEqual([]);
      await assertClean(page);
    });
  }

  test('without JavaScript the page says search needs it and links to the meetings and the site index', async () => {
    const page = (open = await openPage('/search/', { width: 375, javaScript: false }));
    const notice = page.locator('[data-nojs]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/needs JavaScript/);
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/meetings/', '/site-index/']);
    // The form still works as a plain GET form that keeps the words in the address.
    expect(await page.locator('form[role="search"]').getAttribute('method')).toBe('get');
    expect(await page.locator('#search-q').getAttribute('name')).toBe('q');
  });

  test('with JavaScript the no-JavaScript notice is gone', async () => {
    const page = (open = await openPage('/search/', { width: 375 }));
    await expect.poll(() => page.locator('[data-nojs]').isHidden()).toBe(true);
    expect(await page.locator('[data-app]').isVisible()).toBe(true);
  });
});

describe('keyboard only', () => {
  test('Tab to the box, search, tick a filter with Space, reach a result and follow it with Enter', async () => {
    const page = (open = await openPage('/search/', { width: 1280 }));
    await expect.poll(() => page.locator('[data-app]').isVisible()).toBe(true);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 40 && (await focusedId()) !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('search-q');
    // One polite live region (role="status", aria-live polite unless set otherwise), there and empty before the search,
    // so that the count written into it is announced.
    const status = page.locator('os-search').getByRole('status');
    expect(await status.count()).toBe(1);
    expect(await status.evaluate((el) => ({ live: el.getAttribute('aria-live') ?? 'polite', text: el.textContent ?? '' }))).toEqual({ live: 'polite', text: '' });

    await page.keyboard.type('Naloxone');
    await page.keyboard.press('Enter');
    const before = await waitForCount(page);
    expect(before).toMatch(/results? for “Naloxone”/);
    expect(await status.textContent()).toBe(before);
    expect(await status.isVisible()).toBe(true);

    // Tab on to the first type filter and tick it with the space bar.
    const active = () => page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', name: a?.getAttribute('name') ?? '', value: a?.value ?? '', type: a?.type ?? '' };
    });
    for (let i = 0; i < 10 && (await active()).name !== 'type'; i++) await page.keyboard.press('Tab');
    const box = await active();
    expect(box).toMatchObject({ tag: 'input', type: 'checkbox', name: 'type' });
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('type')).toEqual([box.value]);
    const after = await waitIdle(page);
    expect(after).toMatch(/results? for “Naloxone”|No results/);
    expect(await page.locator(`input[name="type"][value="${box.value}"]`).isChecked()).toBe(true);

    // Untick it again so there are results whatever the first type was, then Tab to the first result.
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('type')).toEqual([]);
    expect(await waitIdle(page)).toBe(before);
    const firstHref = await page.locator('os-search ol[data-results] > li h3 a').first().getAttribute('href');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
      if (href === firstHref) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))).toBe(firstHref);
    // Focus is visible on the result link.
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.boxShadow} ${s.backgroundColor}`;
    });
    expect(outline).not.toBe('none none rgba(0, 0, 0, 0)');
    await Promise.all([page.waitForURL((url) => url.pathname === firstHref), page.keyboard.press('Enter')]);
    expect(flat((await page.locator('main').textContent()) ?? '').includes('naloxone'), `${page.url()} should contain "Naloxone"`).toBe(true);
    await assertClean(page);
  });
});
