/**
 * Thousands of tables and indicators (the seed papers' copied under new ids): /data/ lists neither
 * and links both lists' own pages, which are of bounded size, hold every download exactly once and
 * link each other.
 */
import { describe, expect, it, vi } from 'vitest';
import { LIST_PAGE_SIZE, listPageUrl } from '../site/list-pages.ts';

const N = { tables: 3_456, indicators: 12_345 };

vi.mock('../reports/site.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../reports/site.ts')>();
  let synthetic: ReturnType<typeof real.reportSite> | undefined;
  const build = async () => {
    const rs = await real.reportSite();
    const tables = Array.from({ length: N.tables }, (_, i) => ({ ...rs.tables[i % rs.tables.length]!, id: `syn-table-${i}` }));
    const indicators = Array.from({ length: N.indicators }, (_, i) => ({ ...rs.indicators[i % rs.indicators.length]!, id: `syn-indicator-${i}` }));
    return { ...rs, tables, indicators } as Awaited<ReturnType<typeof real.reportSite>>;
  };
  return { ...real, reportSite: () => (synthetic ??= build()) };
});

const { dataPage, downloadsPage, downloadsPaths, downloadsUrl } = await import('./page.ts');

describe('/data/ with thousands of tables and indicators', () => {
  it('lists neither on /data/, and links both lists with their whole counts', async () => {
    const page = await dataPage();
    expect([page.tableCount, page.indicatorCount]).toEqual([N.tables, N.indicators]);
    expect([page.tables, page.indicators]).toEqual([[], []]);
    expect(page.tablesAll).toEqual({ href: '/data/downloads/tables/', label: `All ${N.tables} tables and their files` });
    expect(page.indicatorsAll).toEqual({ href: '/data/downloads/indicators/', label: `All ${N.indicators} indicators and their files` });
  });

  it.each(['tables', 'indicators'] as const)('/data/downloads/%s/: pages of at most a list page, every download exactly once in order, working navigation', async (kind) => {
    const paths = (await downloadsPaths()).filter((p) => p.kind === kind);
    const total = Math.ceil(N[kind] / LIST_PAGE_SIZE);
    expect(paths.map((p) => p.number)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const base = downloadsUrl(kind);
    const urls = new Set(paths.map((p) => listPageUrl(base, p.number)));
    const seen: string[] = [];
    for (const { number } of paths) {
      const page = await downloadsPage(kind, number);
      const items = kind === 'tables' ? page.tables : page.indicators;
      expect(items.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      expect([page.count, page.number, page.total]).toEqual([N[kind], number, total]);
      expect(page.nav.length).toBeLessThanOrEqual(9);
      for (const link of page.nav) expect(urls.has(link.href), link.href).toBe(true);
      expect(page.nav.filter((l) => l.current).map((l) => l.href)).toEqual([listPageUrl(base, number)]);
      if (number > 1) expect(page.title).toContain(`(page ${number} of ${total})`);
      seen.push(...items.map((d) => d.csv));
    }
    const prefix = kind === 'tables' ? 'syn-table-' : 'syn-indicator-';
    expect(seen).toEqual(Array.from({ length: N[kind] }, (_, i) => `/data/${kind}/${prefix}${i}.csv`));
    await expect(downloadsPage(kind, total + 1)).rejects.toThrow(`no page ${total + 1} (it has ${total})`);
  });
});
