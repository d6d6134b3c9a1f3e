import { describe, expect, it } from 'vitest';
import { tableAnchor } from '../tables/tables.ts';
import { reportSite } from './site.ts';
import { REPORTS_URL, reportIndexPages, reportPage, reportsIndexPage, reportsIndexPageCount } from './page.ts';
import { LIST_PAGE_SIZE, listPageUrl, pageLinks } from '../site/list-pages.ts';

const ORIGIN = 'https://scrutiny.example.org';

describe('reportPage (on the portal content)', () => {
  it('a pillar report: presented at its meeting, its tables in the contents and downloads, JSON-LD on the origin', async () => {
    const page = await reportPage('2025-01-29-pillar-1', ORIGIN);
    expect(page.meetingName).toMatch(/29 January 2025/);
    expect(page.agendaHref).toMatch(/^\/meetings\/2025-01-29-pcc-accountability-meeting\/#/);
    expect(page.tables.length).toBeGreaterThan(0);
    expect(page.downloads).toHaveLength(page.tables.length);
    for (const d of page.downloads) {
      expect(d.csv).toMatch(/^\/data\/tables\/.+\.csv$/);
      expect(d.json).toMatch(/^\/data\/tables\/.+\.json$/);
    }
    for (const tb of page.tables) expect(page.contents.map((c) => c.href)).toContain(`#${tableAnchor(tb.id)}`);
    expect(page.jsonLd[0]?.['isPartOf']).toMatchObject({ url: `${ORIGIN}/meetings/2025-01-29-pcc-accountability-meeting/` });
    expect(page.fields.map((f) => f.key)).toEqual(['originator', 'reason', 'submittedTo', 'subject', 'summary', 'recommendation']);
    expect(page.search['data-pf-type']).toBe('report');
    expect(page.source.href).toMatch(/^\/papers\//);
  });

  it('every report: the tables not placed by the narrative are among its tables, questions link to their meeting page', async () => {
    const rs = await reportSite();
    for (const report of rs.reports) {
      const page = await reportPage(report.id, ORIGIN);
      const ids = new Set(page.tables.map((tb) => tb.id));
      for (const tb of page.tablesNotInBody) expect(ids.has(tb.id)).toBe(true);
      for (const q of page.questions) expect(q.meetingHref).toMatch(/^\/meetings\/[^/]+\/#q-\d+$/);
      if (page.sameHow) for (const q of page.questions) expect(q.how).toEqual(page.sameHow);
      for (const e of page.planEntries) if (e.href) expect(e.href).toMatch(/^\/plan\//);
    }
  });

  it('an unknown report fails the build, naming it', async () => {
    await expect(reportPage('no-such-report', ORIGIN)).rejects.toThrow(/no-such-report/);
  });
});

describe('reportsIndexPage (on the portal content)', () => {
  it('every report once, under its meeting, each meeting once', async () => {
    const rs = await reportSite();
    const page = await reportsIndexPage();
    expect(page.reportCount).toBe(rs.reports.length);
    expect(page.groups.flatMap((g) => g.reports.map((r) => r.id))).toEqual(rs.reports.map((r) => r.id));
    expect(new Set(page.groups.map((g) => g.meetingId)).size).toBe(page.groups.length);
    for (const g of page.groups) {
      expect(g.meeting.href).toBe(`/meetings/${g.meetingId}/`);
      for (const r of g.reports) expect(r.href).toBe(`/reports/${r.id}/`);
    }
    const pillar1 = page.groups.flatMap((g) => g.reports).find((r) => r.id === '2025-01-29-pillar-1');
    expect(pillar1?.parts.length).toBeGreaterThan(0);
  });
});

describe('reportIndexPages (a very long report index, synthetic)', () => {
  // 2,000 meetings of 1 to 9 reports each, and one of 140 (alone on its page): about 10,000 reports.
  const reports = Array.from({ length: 2000 }, (_, m) => Array.from({ length: m === 700 ? 140 : (m % 9) + 1 }, (_, i) => ({ id: `r-${m}-${i}`, meeting: `m-${m}` }))).flat();
  const pages = reportIndexPages(reports, (r) => r.meeting);

  it('pages of at most 100 reports (a bigger meeting alone), every report exactly once and in order, no meeting split', () => {
    for (const p of pages) {
      const n = p.items.reduce((k, g) => k + g.reports.length, 0);
      if (n > LIST_PAGE_SIZE) expect(p.items).toHaveLength(1);
      else expect(n).toBeGreaterThan(0);
    }
    expect(pages.flatMap((p) => p.items.flatMap((g) => g.reports))).toEqual(reports);
    const meetings = pages.flatMap((p) => p.items.map((g) => g.meetingId));
    expect(new Set(meetings).size).toBe(meetings.length);
    expect(meetings).toHaveLength(2000);
    for (const p of pages) for (const g of p.items) for (const r of g.reports) expect(r.meeting).toBe(g.meetingId);
    expect(pages.length).toBeGreaterThan(reports.length / LIST_PAGE_SIZE);
    expect(pages.length).toBeLessThan((reports.length / LIST_PAGE_SIZE) * 1.2);
  });

  it('navigation of bounded size leading to existing pages', () => {
    const urls = new Set(pages.map((p) => listPageUrl(REPORTS_URL, p.number)));
    for (const p of pages) {
      const nav = pageLinks(REPORTS_URL, p.number, p.total);
      expect(nav.length).toBeLessThanOrEqual(9);
      for (const l of nav) expect(urls.has(l.href)).toBe(true);
    }
  });
});

describe('reportsIndexPage pages (on the portal content)', () => {
  it('fits on one page: /reports/ titled "Reports" with no navigation', async () => {
    expect(await reportsIndexPageCount()).toBe(1);
    const page = await reportsIndexPage(1);
    expect(page.title).toBe('Reports');
    expect(page.nav).toEqual([]);
    expect(page.total).toBe(1);
    await expect(reportsIndexPage(2)).rejects.toThrow(/no page 2/);
  });
});
