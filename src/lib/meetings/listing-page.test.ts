import { beforeAll, describe, expect, it } from 'vitest';
import { meetingIndex } from './index.ts';
import { listingSlices, meetingsListingPage, meetingsListingPageCount, type YearGroup } from './listing-page.ts';
import { LIST_PAGE_SIZE, listPageUrl } from '../site/list-pages.ts';

beforeAll(() => {
  process.env['BUILD_DATE'] = '2026-11-24';
});

describe('meetingsListingPage (on the portal content, built on 24 November 2026)', () => {
  it('every meeting once: none to come, the rest by year newest first, each year with its anchor', async () => {
    const index = await meetingIndex();
    const page = await meetingsListingPage();
    expect(page.upcoming).toEqual([]);
    const listed = page.years.flatMap((y) => y.views.map((v) => v.id));
    expect(listed.sort()).toEqual(index.ordered.map((v) => v.id).sort());
    const years = page.years.map((y) => y.label).filter((l) => /^\d{4}$/.test(l)).map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    for (const y of page.years) expect(y.id).toMatch(/^year-(\d{4}|unknown)$/);
  });

  it('every body, with its number of meetings', async () => {
    const index = await meetingIndex();
    const page = await meetingsListingPage();
    expect(page.bodies).toHaveLength(index.site.bodies.length);
    expect(page.bodies.reduce((n, b) => n + b.count, 0)).toBe(index.ordered.length);
    for (const b of page.bodies) expect(b.href).toMatch(/^\/bodies\/[^/]+\/$/);
  });
});

describe('listingSlices (a very long listing, synthetic)', () => {
  // 7 upcoming meetings, then 12 years of 35 to 800 meetings each, and 3 undated ones: 4,100 in all.
  const upcoming = Array.from({ length: 7 }, (_, i) => `up-${i}`);
  const years: YearGroup<string>[] = Array.from({ length: 12 }, (_, y) => ({ year: 2025 - y, views: Array.from({ length: y === 3 ? 800 : 35 + y * 50 }, (_, i) => `${2025 - y}-${i}`) }));
  years.push({ year: undefined, views: ['u-0', 'u-1', 'u-2'] });
  const all = [...upcoming, ...years.flatMap((g) => g.views)];
  const slices = listingSlices(upcoming, years);

  it('pages of at most 100 meetings, every meeting exactly once and in order', () => {
    expect(slices.length).toBe(Math.ceil(all.length / LIST_PAGE_SIZE));
    for (const s of slices) {
      const n = (s.upcoming?.length ?? 0) + s.years.reduce((k, y) => k + y.views.length, 0);
      expect(n).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      expect(n).toBeGreaterThan(0);
    }
    expect(slices.flatMap((s) => [...(s.upcoming ?? []), ...s.years.flatMap((y) => y.views)])).toEqual(all);
  });

  it('upcoming on page 1 only (here), each year headed on every page it reaches, continued after its first, with the whole year\'s count', () => {
    expect(slices[0]!.upcoming).toEqual(upcoming);
    for (const s of slices.slice(1)) expect(s.upcoming).toBeUndefined();
    for (const g of years) {
      const id = g.year === undefined ? 'year-unknown' : `year-${g.year}`;
      const on = slices.filter((s) => s.years.some((y) => y.id === id));
      expect(on.length).toBeGreaterThan(0);
      on.forEach((s, i) => {
        const y = s.years.find((x) => x.id === id)!;
        expect(y.continued).toBe(i > 0);
        expect(y.count).toBe(g.views.length);
      });
      // Every page links the year where it starts: its anchor there, or that page's URL and the anchor.
      for (const s of slices) {
        const link = s.yearLinks.find((l) => l.href.endsWith(`#${id}`))!;
        expect(link.href).toBe(on[0]!.number === s.number ? `#${id}` : `${listPageUrl('/meetings/', on[0]!.number)}#${id}`);
      }
    }
    // 2022 (800 meetings) spans at least eight pages.
    expect(slices.filter((s) => s.years.some((y) => y.id === 'year-2022')).length).toBeGreaterThanOrEqual(8);
  });

  it('navigation of bounded size whose links lead to existing pages, the current one marked', () => {
    const urls = new Set(slices.map((s) => listPageUrl('/meetings/', s.number)));
    for (const s of slices) {
      expect(s.nav.length).toBeLessThanOrEqual(9);
      for (const l of s.nav) expect(urls.has(l.href)).toBe(true);
      expect(s.nav.filter((l) => l.current).map((l) => l.href)).toEqual([listPageUrl('/meetings/', s.number)]);
    }
  });

  it('a listing that fits on one page has no navigation, upcoming shown even when none', () => {
    const one = listingSlices([], [{ year: 2024, views: ['a', 'b'] }]);
    expect(one).toHaveLength(1);
    expect(one[0]!.nav).toEqual([]);
    expect(one[0]!.upcoming).toEqual([]);
    expect(one[0]!.yearLinks).toEqual([{ href: '#year-2024', label: '2024' }]);
  });
});

describe('meetingsListingPage pages (on the portal content)', () => {
  it('fits on one page: /meetings/ titled "Meetings" with no navigation', async () => {
    expect(await meetingsListingPageCount()).toBe(1);
    const page = await meetingsListingPage(1);
    expect(page.title).toBe('Meetings');
    expect(page.nav).toEqual([]);
    await expect(meetingsListingPage(2)).rejects.toThrow(/no page 2/);
  });
});
