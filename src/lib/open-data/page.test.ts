import { describe, expect, it } from 'vitest';
import { reportSite } from '../reports/site.ts';
import { dataPage, fileSize } from './page.ts';

describe('fileSize', () => {
  it('kB under a million bytes (at least 1), MB with one decimal above', () => {
    expect(fileSize(10)).toBe('1 kB');
    expect(fileSize(14_400)).toBe('14 kB');
    expect(fileSize(2_130_000)).toBe('2.1 MB');
  });
});

describe('dataPage (on the portal content)', () => {
  it('every table and indicator with its files; every kind of record with its CSV and JSON', async () => {
    const rs = await reportSite();
    const page = await dataPage();
    expect(page.tables).toHaveLength(rs.tables.length);
    expect(page.indicators).toHaveLength(rs.indicators.length);
    for (const tb of page.tables) {
      expect(tb.href).toMatch(/^\/reports\/[^/]+\/#/);
      expect(tb.csv).toMatch(/^\/data\/tables\/.+\.csv$/);
    }
    for (const ind of page.indicators) expect(ind.csv).toMatch(/^\/data\/indicators\/.+\.csv$/);
    expect(page.kinds.length).toBeGreaterThan(0);
    for (const k of page.kinds) {
      expect(k.csvHref).toBe(`/data/${k.dataset.name}.csv`);
      expect(k.jsonHref).toBe(`/data/${k.dataset.name}.json`);
    }
    expect(page.bulk.href).toBe('/data/open-scrutiny-data.zip');
    expect(page.bulk.size).toMatch(/^\d+(\.\d)? (kB|MB)$/);
  });
});
