import { describe, expect, it } from 'vitest';
import { reportSite } from '../reports/site.ts';
import { LIST_PAGE_SIZE } from '../site/list-pages.ts';
import { dataPage, downloadsPage, downloadsPaths, fileSize } from './page.ts';

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
    // The seed papers' tables fit on /data/; their indicators do not, and have pages of their own.
    expect(rs.tables.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    expect(page.tables).toHaveLength(rs.tables.length);
    expect(page.tablesAll).toBeUndefined();
    expect(rs.indicators.length).toBeGreaterThan(LIST_PAGE_SIZE);
    expect(page.indicators).toEqual([]);
    expect(page.indicatorsAll).toEqual({ href: '/data/downloads/indicators/', label: `All ${rs.indicators.length} indicators and their files` });
    for (const tb of page.tables) {
      expect(tb.href).toMatch(/^\/reports\/[^/]+\/#/);
      expect(tb.csv).toMatch(/^\/data\/tables\/.+\.csv$/);
    }
    const paths = await downloadsPaths();
    expect(paths.every((p) => p.kind === 'indicators')).toBe(true);
    const indicators = (await Promise.all(paths.map((p) => downloadsPage(p.kind, p.number)))).flatMap((p) => p.indicators);
    expect(indicators.map((i) => i.href)).toEqual(rs.indicators.map((i) => `/performance/${i.id}/`));
    for (const ind of indicators) expect(ind.csv).toMatch(/^\/data\/indicators\/.+\.csv$/);
    await expect(downloadsPage('tables')).rejects.toThrow('/data/downloads/tables/: no such list (it fits on /data/)');
    expect(page.kinds.length).toBeGreaterThan(0);
    for (const k of page.kinds) {
      expect(k.csvHref).toBe(`/data/${k.name}.csv`);
      expect(k.jsonHref).toBe(`/data/${k.name}.json`);
    }
    expect(page.bulk.href).toBe('/data/open-scrutiny-data.zip');
    expect(page.bulk.size).toMatch(/^\d+(\.\d)? (kB|MB)$/);
  });
});
