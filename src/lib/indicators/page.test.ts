import { describe, expect, it } from 'vitest';
import { APPEARANCES_PAGE_SIZE, appearancePageCount, appearanceSlice, indicatorPage, indicatorPaths } from './page.ts';

describe('indicatorPage (on the portal content)', () => {
  it('every indicator: each printing links to its table on its report, oldest first within a page, every printing on exactly one page, the newest on page 1', async () => {
    const paths = await indicatorPaths();
    expect(paths.length).toBeGreaterThan(0);
    const seen = new Map<string, number[]>();
    for (const { id, number } of paths) {
      const page = await indicatorPage(id, number);
      expect(page.number).toBe(number);
      expect(page.appearances.length).toBeGreaterThan(0);
      expect(page.appearances.length).toBeLessThanOrEqual(APPEARANCES_PAGE_SIZE);
      page.appearances.forEach((a, k) => {
        if (k > 0) expect(a.i).toBe(page.appearances[k - 1]!.i + 1);
        expect(a.href).toMatch(/^\/reports\/[^/#]+\/#.+/);
        expect(a.tableCsv).toMatch(/^\/data\/tables\/.+\.csv$/);
        if (a.table) expect(a.source?.href).toMatch(/^\/papers\/[^/]+\/\d+\/#L\d+$/);
      });
      seen.set(id, [...(seen.get(id) ?? []), ...page.appearances.map((a) => a.i)]);
      if (number === 1) {
        expect(page.latest).toBe(page.appearances.at(-1));
        expect(page.latest?.i).toBe(page.count - 1);
      } else {
        expect(page.latest).toBeUndefined();
        expect(page.charts).toEqual([]);
      }
      expect(page.nav.length === 0).toBe(page.total === 1);
      expect(page.downloads.csv).toBe(`/data/indicators/${id}.csv`);
      if (page.planEntry) expect(page.planEntry.href).toMatch(/^\/plan\//);
      expect(page.search['data-pf-type']).toBe('indicator');
    }
    for (const [id, positions] of seen) {
      const count = (await indicatorPage(id)).count;
      expect([...positions].sort((a, b) => a - b), id).toEqual(Array.from({ length: count }, (_, i) => i));
    }
  });

  it('an unknown indicator fails, naming it; so does a page it does not have', async () => {
    await expect(indicatorPage('no-such-indicator')).rejects.toThrow(/no-such-indicator/);
    const [first] = await indicatorPaths();
    await expect(indicatorPage(first!.id, 999)).rejects.toThrow(/no page 999/);
  });
});

describe('an indicator printed in thousands of tables', () => {
  it('has pages of at most APPEARANCES_PAGE_SIZE tables, newest first by page, each table on exactly one page, oldest first within it', () => {
    for (const count of [1, APPEARANCES_PAGE_SIZE, APPEARANCES_PAGE_SIZE + 1, 2_531]) {
      const total = appearancePageCount(count);
      expect(total).toBe(Math.ceil(count / APPEARANCES_PAGE_SIZE));
      const positions: number[] = [];
      let previousFrom = count;
      for (let number = 1; number <= total; number++) {
        const { from, to } = appearanceSlice(count, number);
        expect(to - from).toBeGreaterThan(0);
        expect(to - from).toBeLessThanOrEqual(APPEARANCES_PAGE_SIZE);
        expect(to).toBe(previousFrom);
        previousFrom = from;
        for (let i = from; i < to; i++) positions.push(i);
      }
      expect(appearanceSlice(count, 1).to).toBe(count);
      expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
    }
    expect(appearancePageCount(0)).toBe(1);
  });
});
