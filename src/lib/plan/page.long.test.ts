/**
 * A plan entry with thousands of reports, questions and indicators (the real ones copied under new
 * ids): its page shows the newest few of each and links all of them; its reports list is cut into
 * pages of bounded size holding every report exactly once, with working navigation.
 */
import { describe, expect, it, vi } from 'vitest';
import { LIST_PAGE_SIZE, listPageUrl } from '../site/list-pages.ts';
import { meetingDate } from '../meetings/meetings.ts';

const ENTRY = { plan: '2022-24', entry: '2022-24-pillar-1' };
const N = { reports: 2_345, questions: 3_210, indicators: 4_567 };

vi.mock('../reports/site.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../reports/site.ts')>();
  let synthetic: ReturnType<typeof real.reportSite> | undefined;
  const build = async () => {
    const rs = await real.reportSite();
    const meetings = [...rs.site.meetingById.values()];
    const report = rs.reports[0]!;
    const question = rs.site.questions[0]!;
    const indicator = rs.indicators[0]!;
    // Copies spread over the real meetings, so "newest" has something to sort.
    const reports = Array.from({ length: N.reports }, (_, i) => ({ ...report, id: `syn-report-${i}`, data: { ...report.data, meeting: meetings[i % meetings.length]!.id } }));
    const byDate = (m: string): string => meetingDate(rs.site.meetingById.get(m)!) ?? '';
    reports.sort((a, b) => byDate(b.data.meeting).localeCompare(byDate(a.data.meeting)));
    const questions = Array.from({ length: N.questions }, (_, i) => ({ ...question, id: `syn-question-${i}`, data: { ...question.data, meeting: meetings[i % meetings.length]!.id, order: i } }));
    const indicators = Array.from({ length: N.indicators }, (_, i) => ({ ...indicator, id: `syn-indicator-${i}` }));
    return {
      ...rs,
      reportsByPlanEntry: new Map([...rs.reportsByPlanEntry, [ENTRY.entry, reports]]),
      questionsByPlanEntry: new Map([...rs.questionsByPlanEntry, [ENTRY.entry, questions]]),
      indicatorsByPlanEntry: new Map([...rs.indicatorsByPlanEntry, [ENTRY.entry, indicators]]),
    } as Awaited<ReturnType<typeof real.reportSite>>;
  };
  return { ...real, reportSite: () => (synthetic ??= build()) };
});

const { planEntryPage, planEntryReportsPage, planEntryReportsPaths, PLAN_ENTRY_NEWEST } = await import('./page.ts');
const { reportSite } = await import('../reports/site.ts');

describe('a plan entry with thousands of reports, questions and indicators', () => {
  it('its page shows the newest few of each list, the whole counts, and links to all of each', async () => {
    const rs = await reportSite();
    const page = await planEntryPage(ENTRY.plan, ENTRY.entry);
    expect([page.reports.count, page.questions.count, page.indicators.count]).toEqual([N.reports, N.questions, N.indicators]);
    expect(page.reports.items.map((r) => r.id)).toEqual(rs.reportsByPlanEntry.get(ENTRY.entry)!.slice(0, PLAN_ENTRY_NEWEST).map((r) => r.id));
    expect(page.questions.items).toHaveLength(PLAN_ENTRY_NEWEST);
    expect(page.indicators.items).toEqual([]);
    expect(page.reports.all).toEqual({ href: `/plan/${ENTRY.plan}/${ENTRY.entry}/reports/`, label: `All ${N.reports} reports on this part of the plan` });
    expect(page.questions.all?.href).toBe(`/questions/by-theme/${ENTRY.entry}/`);
    expect(page.indicators.all?.href).toBe(`/performance/by-plan/${ENTRY.entry}/`);
  });

  it('the newest questions are those of the latest meetings', async () => {
    const rs = await reportSite();
    const page = await planEntryPage(ENTRY.plan, ENTRY.entry);
    const dateOf = (href: string): string => meetingDate(rs.site.meetingById.get(href.split('/')[2]!)!) ?? '';
    const all = rs.questionsByPlanEntry.get(ENTRY.entry)!.map((q) => meetingDate(rs.site.meetingById.get(q.data.meeting)!) ?? '').sort().reverse();
    expect(page.questions.items.map((q) => dateOf(q.meeting!.href))).toEqual(all.slice(0, PLAN_ENTRY_NEWEST));
  });

  it('its reports list: pages of at most a list page, every report exactly once in order, working navigation', async () => {
    const rs = await reportSite();
    const paths = (await planEntryReportsPaths()).filter((p) => p.entry === ENTRY.entry);
    const total = Math.ceil(N.reports / LIST_PAGE_SIZE);
    expect(paths.map((p) => p.number)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const base = `/plan/${ENTRY.plan}/${ENTRY.entry}/reports/`;
    const urls = new Set(paths.map((p) => listPageUrl(base, p.number)));
    const seen: string[] = [];
    for (const { number } of paths) {
      const page = await planEntryReportsPage(ENTRY.plan, ENTRY.entry, number);
      expect(page.reports.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      expect([page.count, page.number, page.total]).toEqual([N.reports, number, total]);
      expect(page.title.endsWith(number === 1 ? 'Sustain Norfolk Constabulary' : `(page ${number} of ${total})`)).toBe(true);
      expect(page.nav.length).toBeLessThanOrEqual(9);
      for (const link of page.nav) expect(urls.has(link.href), link.href).toBe(true);
      expect(page.nav.filter((l) => l.current).map((l) => l.href)).toEqual([listPageUrl(base, number)]);
      seen.push(...page.reports.map((r) => r.href));
    }
    expect(seen).toEqual(rs.reportsByPlanEntry.get(ENTRY.entry)!.map((r) => `/reports/${r.id}/`));
    await expect(planEntryReportsPage(ENTRY.plan, ENTRY.entry, total + 1)).rejects.toThrow(`no page ${total + 1} (it has ${total})`);
  });
});
