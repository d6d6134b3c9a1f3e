import { describe, expect, it } from 'vitest';
import { tableAnchor } from '../tables/tables.ts';
import { reportSite } from './site.ts';
import { reportPage, reportsIndexPage } from './page.ts';

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
