/**
 * The action tracker, the questions archive, the glossary and first-use <abbr>
 * markup as built: checked in the browser against the content they come from.
 * The RSS feed of action updates is parsed with the browser's XML parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { glossaryId } from '../../src/lib/glossary/glossary.ts';
import { readCollection } from '../site/content.ts';
import { closePage, openPage, siteDir } from './helpers.ts';

interface ActionJson {
  number?: number;
  series: string;
  status: string;
  updates: { meeting: string; status: string }[];
}
const actions = new Map(readCollection<ActionJson>('actions').map((a) => [a.id, a.data]));
const actionIds = [...actions.keys()];
const action4 = actionIds.find((id) => actions.get(id)!.series === 'pam-2024' && actions.get(id)!.number === 4)!;

let open: Page | undefined;
afterEach(async () => {
  if (open) await closePage(open);
  open = undefined;
});

/**
 * The action links of the list on screen and of each later page of it, reached by its "Next page"
 * link as a resident would (a list longer than a page is cut into pages). Each card is one article.
 */
async function actionLinksOfList(page: Page): Promise<string[]> {
  const links: string[] = [];
  for (;;) {
    const here = await page.locator('main article h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(await page.locator('main article').count()).toBe(here.length);
    links.push(...here);
    const next = page.getByRole('link', { name: 'Next page', exact: true });
    if ((await next.count()) === 0) return links;
    const before = page.url();
    await Promise.all([page.waitForURL((u) => u.href !== before), next.first().click()]);
  }
}

describe('action tracker', () => {
  test('/actions/ lists every action once, over its pages, with a status and a history heading', async () => {
    const page = (open = await openPage('/actions/'));
    const links = await actionLinksOfList(page);
    expect(new Set(links)).toEqual(new Set(actionIds.map((id) => `/actions/${id}/`)));
    expect(links).toHaveLength(actionIds.length);
  });

  test('the status views are plain links and list exactly the actions with that status', async () => {
    const expected: Record<string, string[]> = {
      open: actionIds.filter((id) => actions.get(id)!.status !== 'closed'),
      new: actionIds.filter((id) => actions.get(id)!.status === 'new'),
      closed: actionIds.filter((id) => actions.get(id)!.status === 'closed'),
    };
    const page = (open = await openPage('/actions/', { javaScript: false }));
    const statusNav = page.getByRole('navigation', { name: 'Show actions by status' });
    for (const view of ['open', 'new', 'closed']) {
      await statusNav.locator(`a[href="/actions/status/${view}/"]`).click();
      await page.waitForURL(`**/actions/status/${view}/`);
      expect(await statusNav.locator('a[aria-current="page"]').getAttribute('href')).toBe(`/actions/status/${view}/`);
      const links = await actionLinksOfList(page);
      expect(links.sort(), view).toEqual(expected[view]!.map((id) => `/actions/${id}/`).sort());
    }
  });

  test('action 4: ongoing at 8 October 2024, closed at 29 January 2025, 191 days old, each update linked to its meeting', async () => {
    const page = (open = await openPage(`/actions/${action4}/`, { width: 375 }));
    const updates = page.locator('main ol.history > li');
    expect(await updates.count()).toBe(2);
    expect(await updates.nth(0).textContent()).toMatch(/8 October 2024[\s\S]*Status after this update:\s*Ongoing/);
    expect(await updates.nth(1).textContent()).toMatch(/29 January 2025[\s\S]*Status after this update:\s*Closed/);
    expect(await updates.nth(0).locator('a').first().getAttribute('href')).toBe('/meetings/2024-10-08-pcc-accountability-meeting/#action-4');
    expect(await updates.nth(1).locator('a').first().getAttribute('href')).toBe('/meetings/2025-01-29-pcc-accountability-meeting/#action-4');
    const summary = (await page.locator('main dl.summary').textContent()) ?? '';
    expect(summary).toMatch(/Status as of \d{1,2} [A-Z][a-z]+ \d{4}\s*Closed/);
    expect(summary).toMatch(/191 days, from 22 July 2024 to 29 January 2025/);
    expect(await page.locator('main').getAttribute('data-pagefind-filter')).toContain('type[data-pf-type]');
    expect(await page.locator('main').getAttribute('data-pf-type')).toBe('action');
  });

  test('an action that came from a question links back to it, and the question links to the action', async () => {
    const questions = readCollection<{ actions?: string[] }>('questions');
    const asked = questions.find((q) => (q.data.actions ?? []).length > 0);
    expect(asked, 'some question in the papers led to an action').toBeTruthy();
    const actionId = asked!.data.actions![0]!;
    const page = (open = await openPage(`/actions/${actionId}/`));
    expect(await page.locator(`main a[href="/questions/${asked!.id}/"]`).count()).toBeGreaterThan(0);
    await page.goto(new URL(`/questions/${asked!.id}/`, page.url()).href);
    expect(await page.locator(`main a[href="/actions/${actionId}/"]`).count()).toBeGreaterThan(0);
  });

  test('/actions.xml is RSS with one item per update, newest first, each linking to its update on the action page', async () => {
    const page = (open = await openPage('/actions/'));
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/actions.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        title: doc.querySelector('channel > title')?.textContent,
        items: [...doc.querySelectorAll('item')].map((i) => ({
          title: i.querySelector('title')?.textContent ?? '',
          link: i.querySelector('link')?.textContent ?? '',
          pubDate: i.querySelector('pubDate')?.textContent ?? null,
        })),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    const updates = [...actions.values()].reduce((n, a) => n + a.updates.length, 0);
    expect(feed.items).toHaveLength(updates);
    expect(new Set(feed.items.map((i) => i.link)).size).toBe(updates);
    for (const item of feed.items) expect(item.link).toMatch(/\/actions\/[a-z0-9-]+\/#update-\d+$/);
    const dated = feed.items.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate!));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    const closing4 = feed.items.find((i) => i.link.endsWith(`/actions/${action4}/#update-2`));
    expect(closing4?.title).toMatch(/^Action 4: Closed/);
  });
});

describe('questions archive', () => {
  test('every question is one line of /questions/ and of the theme pages, public and PCC told apart in words, each linking to its page', async () => {
    const all = readCollection('questions');
    const want = all.map((q) => `/questions/${q.id}/`).sort();
    const page = (open = await openPage('/questions/'));
    // The list's lines, on /questions/ and on its further pages (/questions/2/, …) when the meetings are many.
    const pageLinks = await page.locator('main nav a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const listPages = ['/questions/', ...new Set(pageLinks.filter((h) => /^\/questions\/\d+\/$/.test(h)))];
    const hrefs: string[] = [];
    const texts: string[] = [];
    for (const path of listPages) {
      if (path !== '/questions/') await page.goto(new URL(path, page.url()).href);
      const lines = page.locator('main section li > a[href^="/questions/"]');
      hrefs.push(...(await lines.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
      texts.push(...(await lines.allTextContents()));
    }
    expect(hrefs.filter((h) => /-q-\d+\/$/.test(h)).sort()).toEqual(want);
    expect(texts.every((t) => /^(Public|PCC) question \d+: /.test(t.trim())), texts.find((t) => !/^(Public|PCC) question \d+: /.test(t.trim()))).toBe(true);
    // The theme pages, one per theme (and its further pages, /questions/by-theme/<theme>/2/, … when it has many), together list every question once.
    const themes = await page.context().request.get(new URL('/questions/by-theme/', page.url()).href);
    const themeLinks = [...(await themes.text()).matchAll(/href="(\/questions\/by-theme\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!);
    const mainOf = async (href: string): Promise<string> => {
      const html = await (await page.context().request.get(new URL(href, page.url()).href)).text();
      return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    };
    const seen: string[] = [];
    for (const href of [...new Set(themeLinks)]) {
      // Each of the theme's pages once, following the page links of every page read.
      const pages = [href];
      for (let i = 0; i < pages.length; i++) {
        const main = await mainOf(pages[i]!);
        seen.push(...new Set([...main.matchAll(/href="(\/questions\/[a-z0-9-]+-q-\d+\/)"/g)].map((m) => m[1]!)));
        for (const m of main.matchAll(/href="(\/questions\/by-theme\/[a-z0-9-]+\/(?:\d+\/)?)"/g)) if (m[1]!.startsWith(href) && !pages.includes(m[1]!)) pages.push(m[1]!);
      }
    }
    expect(seen.sort()).toEqual(want);
  });
});

describe('glossary and first-use <abbr>', () => {
  const glossary = readCollection<{ term: string; expansions: { text: string }[] }>('glossary').map((g) => g.data);

  test('every acronym has an entry whose anchor is the lower-case term', async () => {
    const page = (open = await openPage('/glossary/'));
    // One line per term, its anchor the lower-case term, its link to the term's own page.
    const items = await page.locator('main li[data-filter-item][id]').evaluateAll((els) =>
      els.map((e) => ({ id: e.id, href: e.querySelector('a')?.getAttribute('href') ?? '', text: e.textContent?.trim() ?? '' })),
    );
    expect(items).toHaveLength(glossary.length);
    const byId = new Map(items.map((d) => [d.id, d]));
    for (const g of glossary) {
      const item = byId.get(glossaryId(g.term));
      expect(item, g.term).toBeDefined();
      expect(item!.text.startsWith(g.term), g.term).toBe(true);
    }
  });

  test('on an action page the first "PCC" in main is an <abbr> with the papers\' expansion, and later ones are not', () => {
    const html = readFileSync(join(siteDir(), 'actions', action4, 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const expansion = glossary.find((g) => g.term === 'PCC')!.expansions[0]!.text;
    expect(main.match(/<abbr title="[^"]*">PCC<\/abbr>/g)).toEqual([`<abbr title="${expansion}">PCC</abbr>`]);
    expect(html.slice(0, html.indexOf('<main'))).not.toContain('<abbr');
  });
});
