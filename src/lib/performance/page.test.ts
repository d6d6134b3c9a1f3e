import { describe, expect, it } from 'vitest';
import { reportSite } from '../reports/site.ts';
import { OTHER_GROUP } from './groups.ts';
import { performanceGroupPage, performanceGroupSlugs, performanceIndexPage } from './page.ts';

describe('performanceGroupPage (on the portal content)', () => {
  it('the pages together list every indicator once, each under the table of its latest printing', async () => {
    const rs = await reportSite();
    const seen: string[] = [];
    for (const slug of await performanceGroupSlugs()) {
      const page = await performanceGroupPage(slug);
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

  it('an unknown part of the plan fails, naming it', async () => {
    await expect(performanceGroupPage('no-such-part')).rejects.toThrow(/no-such-part/);
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
