import { describe, expect, it } from 'vitest';
import { indicatorIds, indicatorPage } from './page.ts';

describe('indicatorPage (on the portal content)', () => {
  it('every indicator: each printing links to its table on its report, oldest first, the latest last', async () => {
    const ids = await indicatorIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const page = await indicatorPage(id);
      expect(page.appearances.length).toBeGreaterThan(0);
      page.appearances.forEach((a, i) => {
        expect(a.i).toBe(i);
        expect(a.href).toMatch(/^\/reports\/[^/#]+\/#.+/);
        expect(a.tableCsv).toMatch(/^\/data\/tables\/.+\.csv$/);
        if (a.table) expect(a.source?.href).toMatch(/^\/papers\/[^/]+\/\d+\/#L\d+$/);
      });
      expect(page.latest).toBe(page.appearances.at(-1));
      expect(page.downloads.csv).toBe(`/data/indicators/${id}.csv`);
      if (page.planEntry) expect(page.planEntry.href).toMatch(/^\/plan\//);
      expect(page.search['data-pf-type']).toBe('indicator');
    }
  });

  it('an unknown indicator fails, naming it', async () => {
    await expect(indicatorPage('no-such-indicator')).rejects.toThrow(/no-such-indicator/);
  });
});
