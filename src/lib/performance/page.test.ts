import { describe, expect, it } from 'vitest';
import { reportSite } from '../reports/site.ts';
import { LIST_PAGE_SIZE, listPageUrl, pageLinks } from '../site/list-pages.ts';
import { OTHER_GROUP, planGroupUrl } from './groups.ts';
import { performanceGroupPage, performanceGroupPaths, performanceGroupSlugs, performanceIndexPage, tablePages } from './page.ts';

describe('performanceGroupPage (on the portal content)', () => {
  it('the pages together list every indicator once, each under the table of its latest printing', async () => {
    const rs = await reportSite();
    const seen: string[] = [];
    const paths = await performanceGroupPaths();
    expect([...new Set(paths.map((p) => p.entry))]).toEqual(await performanceGroupSlugs());
    for (const { entry: slug, number } of paths) {
      const page = await performanceGroupPage(slug, number);
      // The real papers' lists each fit on one page, exactly as before pages existed.
      expect([page.number, page.total, page.nav]).toEqual([1, 1, []]);
      expect(page.count).toBe(page.tables.reduce((n, tb) => n + tb.indicators.length, 0));
      if (slug === OTHER_GROUP) expect(page.planLink).toBeUndefined();
      else expect(page.planLink?.href).toMatch(new RegExp(`^/plan/[^/]+/${slug}/$`));
      for (const tb of page.tables) {
        if (tb.href) expect(tb.href).toMatch(/^\/reports\/[^/]+\/#/);
        for (const { ind, href, latest } of tb.indicators) {
          expect(ind.appearances.at(-1)?.tableId).toBe(tb.tableId);
          expect(href).toBe(`/performance/${ind.id}/`);
          expect(latest).toBe(ind.appearances.at(-1)?.observations);
          seen.push(ind.id);
        }
      }
    }
    expect(seen.sort()).toEqual(rs.indicators.map((i) => i.id).sort());
  });

  it('an unknown part of the plan or page fails, naming it', async () => {
    await expect(performanceGroupPage('no-such-part')).rejects.toThrow(/no-such-part/);
    const [slug] = await performanceGroupSlugs();
    await expect(performanceGroupPage(slug!, 2)).rejects.toThrow('no page 2 (it has 1)');
  });
});

describe('tablePages (a synthetic part of the plan with thousands of indicators)', () => {
  // 6,000 indicators in 700 tables of 1 to 17 rows, plus one table longer than a page.
  const indicators = Array.from({ length: 6_000 }, (_, i) => ({ id: `i${i}`, appearances: [{ tableId: `t${Math.floor((i * 7) / 60)}` }] }))
    .concat(Array.from({ length: 150 }, (_, i) => ({ id: `big${i}`, appearances: [{ tableId: 'big' }] })));
  const pages = tablePages(indicators);

  it('pages of at most a page of indicators, a table never split, every indicator exactly once', () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const n = page.reduce((k, tb) => k + tb.indicators.length, 0);
      if (page.length > 1) expect(n).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      else expect(page[0]!.tableId === 'big' || n <= LIST_PAGE_SIZE).toBe(true);
    }
    const tableIds = pages.flat().map((tb) => tb.tableId);
    expect(new Set(tableIds).size).toBe(tableIds.length);
    const ids = pages.flat().flatMap((tb) => tb.indicators.map((i) => i.id));
    expect(ids).toHaveLength(indicators.length);
    expect(new Set(ids)).toEqual(new Set(indicators.map((i) => i.id)));
    for (const tb of pages.flat()) for (const i of tb.indicators) expect(i.appearances.at(-1)?.tableId).toBe(tb.tableId);
  });

  it('its navigation links only pages that exist, the current one marked, of bounded size', () => {
    const base = planGroupUrl('p-1');
    const urls = new Set(pages.map((_, i) => listPageUrl(base, i + 1)));
    for (let n = 1; n <= pages.length; n++) {
      const nav = pageLinks(base, n, pages.length);
      expect(nav.length).toBeLessThanOrEqual(9);
      for (const link of nav) expect(urls.has(link.href), link.href).toBe(true);
      expect(nav.filter((l) => l.current).map((l) => l.href)).toEqual([listPageUrl(base, n)]);
    }
  });
});

describe('performanceIndexPage (on the portal content)', () => {
  it('links every group page, with the counts of the group pages', async () => {
    const page = await performanceIndexPage();
    expect(page.groups.map((g) => g.slug)).toEqual(await performanceGroupSlugs());
    expect(page.groups.reduce((n, g) => n + g.count, 0)).toBe(page.count);
    for (const g of page.groups) {
      expect(g.href).toBe(`/performance/by-plan/${g.slug}/`);
      expect(g.count).toBe((await performanceGroupPage(g.slug)).count);
    }
    expect(page.series).toBeLessThanOrEqual(page.count);
  });
});
