/**
 * What a plan entry's page (/plan/<id>/<entry>/) shows, worked out here so the .astro file only
 * renders it: the pillar or priority with its elements, the reports, questions and indicators about
 * it, and for the 2016/17 plan its part of the performance grid.
 *
 * The three lists grow with the papers, so the page does not show them whole once one is longer than a
 * list page (LIST_PAGE_SIZE): it then shows the newest few (PLAN_ENTRY_NEWEST) and links "All N …" to
 * the whole list, paginated: the questions on this theme (/questions/by-theme/<entry>/), the
 * indicators on this part of the plan (/performance/by-plan/<entry>/), and the reports on it
 * (/plan/<id>/<entry>/reports/, made only for such entries). A list that fits is shown as before.
 */
import type { ReportEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { meetingDateLabel } from '../meetings/labels.ts';
import { meetingUrl, planEntryUrl, planUrl, questionUrl, reportUrl } from '../meetings/meetings.ts';
import { provenance } from '../papers/provenance.ts';
import type { Segment } from '../papers/prose.ts';
import { questionSummary, themePageUrl } from '../questions/questions.ts';
import { planGroupUrl } from '../performance/groups.ts';
import { LIST_PAGE_SIZE, listPagePosition, listPages, listPageTitle, type ListPagePosition } from '../site/list-pages.ts';
import { newestQuestionsFirst, reportSite } from '../reports/site.ts';
import { indicatorUrl } from '../indicators/indicators.ts';
import { plainText } from '../text/inline.ts';
import { gridCounts, gridReportOf, showsPeriod } from './plan.ts';

type Plan = Awaited<ReturnType<typeof reportSite>>['site']['plans'][number]['data'];

export interface PlanEntryPage {
  /** The plan's page and title ("Police and Crime Plan 2022–24 (2022–2024)" where the period tells plans apart). */
  planHref: string;
  planTitle: string;
  p: Plan;
  e: Plan['entries'][number];
  /** "Pillar 1: Sustain Norfolk Constabulary". */
  heading: string;
  description: string;
  /** Codes of the elements that have a row in the performance grid below. */
  inGrid: Set<string>;
  /** Reports newest first. */
  reports: Shortlist<ReportEntry>;
  questions: Shortlist<{ href: string; summary: string; meeting: { href: string; dateLabel: string } | undefined }>;
  /** Shown whole, or (when they are many) only the link to them with their latest figures. */
  indicators: Shortlist<{ href: string; name: string; qualifier: string | undefined; caption: string | undefined }>;
  /** The report holding the plan's performance grid, and how many of its objectives are this entry's. */
  gridReportId: string | undefined;
  gridCount: number;
}

/** How many of the newest a plan entry's page shows of a list too long to show whole. */
export const PLAN_ENTRY_NEWEST = 10;

/**
 * One of a plan entry's lists: the whole list when it fits on a list page (`all` undefined), else its
 * newest few and a link to the whole list. `count` is always the whole list's.
 */
export interface Shortlist<T> {
  items: T[];
  count: number;
  all: { href: string; label: string } | undefined;
}

/** The whole list if it fits on one list page; else `newest` of it and the link to all of it. */
function shortlist<T>(list: readonly T[], newest: () => T[], all: (count: number) => { href: string; label: string }): Shortlist<T> {
  return list.length <= LIST_PAGE_SIZE ? { items: [...list], count: list.length, all: undefined } : { items: newest(), count: list.length, all: all(list.length) };
}

/** The reports on one plan entry, their own list: /plan/<id>/<entry>/reports/. */
export const planEntryReportsUrl = (planId: string, entryId: string): string => `${planEntryUrl(planId, entryId)}reports/`;

/** Every plan entry's page: [plan id, entry id]. */
export async function planEntryIds(): Promise<{ id: string; entry: string }[]> {
  return (await reportSite()).site.plans.flatMap((p) => p.data.entries.map((e) => ({ id: p.id, entry: e.id })));
}

export async function planEntryPage(planId: string, entryId: string): Promise<PlanEntryPage> {
  const rs = await reportSite();
  const { site } = rs;
  const plan = site.plans.find((x) => x.id === planId);
  if (!plan) throw new Error(`/plan/${planId}/: no such plan`);
  const p = plan.data;
  const e = p.entries.find((x) => x.id === entryId);
  if (!e) throw new Error(`/plan/${planId}/${entryId}/: no such entry`);
  const planTitle = showsPeriod(p) ? `${p.title} (${p.period})` : p.title;
  const gridReportId = gridReportOf(p, rs.gridByReport);
  const heading = `${t(`plan.unit.${p.unit}`, { number: e.number })}: ${e.title}`;
  const reports = rs.reportsByPlanEntry.get(e.id) ?? [];
  const questions = rs.questionsByPlanEntry.get(e.id) ?? [];
  const indicators = rs.indicatorsByPlanEntry.get(e.id) ?? [];
  const gridObjectives = gridReportId ? (rs.gridByReport.get(gridReportId) ?? []).filter((o) => o.data.priority === e.number) : [];
  const counts = { reports: reports.length, questions: questions.length, indicators: indicators.length };
  const questionItem = (q: (typeof questions)[number]) => {
    const m = site.meetingById.get(q.data.meeting);
    return { href: questionUrl(q.id), summary: questionSummary(q.data), meeting: m ? { href: meetingUrl(m.id), dateLabel: meetingDateLabel(m) } : undefined };
  };
  const newestQuestions = () => [...questions].sort(newestQuestionsFirst(site.meetingById)).slice(0, PLAN_ENTRY_NEWEST);
  const shortQuestions = shortlist(questions, newestQuestions, (count) => ({ href: themePageUrl(`theme-${e.id}`), label: t('plan.allQuestions', { count }) }));
  return {
    planHref: planUrl(plan.id),
    planTitle,
    p,
    e,
    heading,
    description: t('plan.entryDescription', { entry: heading, plan: planTitle, ...counts }),
    inGrid: new Set(gridObjectives.map((o) => o.data.code)),
    reports: shortlist(reports, () => reports.slice(0, PLAN_ENTRY_NEWEST), (count) => ({ href: planEntryReportsUrl(plan.id, e.id), label: t('plan.allReports', { count }) })),
    questions: { ...shortQuestions, items: shortQuestions.items.map(questionItem) },
    indicators: shortlist(
      indicators.map((i) => {
        const table = i.appearances.at(-1)?.tableId;
        return { href: indicatorUrl(i.id), name: i.name, qualifier: i.qualifier, caption: table ? site.tableById.get(table)?.data.caption : undefined };
      }),
      () => [],
      (count) => ({ href: planGroupUrl(e.id), label: t('plan.allIndicators', { count }) }),
    ),
    gridReportId,
    gridCount: gridObjectives.length,
  };
}

export interface PlanEntryReportsPage extends ListPagePosition {
  /** "Reports on Pillar 1: …", with "(page n of m)" from page 2 on. */
  title: string;
  description: string;
  /** The plan entry's page. */
  back: { href: string; label: string };
  /** How many reports the whole list has. */
  count: number;
  /** This page's reports, newest first. */
  reports: { href: string; title: string; meeting: { href: string; dateLabel: string } | undefined }[];
}

/** The reports of one plan entry, cut into list pages (an entry whose reports fit on its own page has none). */
async function entryReportPages(planId: string, entryId: string) {
  const rs = await reportSite();
  const reports = rs.reportsByPlanEntry.get(entryId) ?? [];
  if (!rs.site.plans.some((p) => p.id === planId && p.data.entries.some((e) => e.id === entryId)) || reports.length <= LIST_PAGE_SIZE) return undefined;
  return { rs, reports, pages: listPages(reports) };
}

/** Every page of the plan entries' report lists: only entries with more reports than their own page shows whole. */
export async function planEntryReportsPaths(): Promise<{ id: string; entry: string; number: number }[]> {
  const paths: { id: string; entry: string; number: number }[] = [];
  for (const { id, entry } of await planEntryIds()) {
    const paged = await entryReportPages(id, entry);
    if (paged) for (const p of paged.pages) paths.push({ id, entry, number: p.number });
  }
  return paths;
}

/** What /plan/<id>/<entry>/reports/ (page `number`) shows: the reports on one plan entry, newest first. */
export async function planEntryReportsPage(planId: string, entryId: string, number = 1): Promise<PlanEntryReportsPage> {
  const base = planEntryReportsUrl(planId, entryId);
  const paged = await entryReportPages(planId, entryId);
  if (!paged) throw new Error(`${base}: no such list (no such plan entry, or its reports fit on its own page)`);
  const { rs, reports, pages } = paged;
  const page = pages[number - 1];
  if (!page) throw new Error(`${base}: no page ${number} (it has ${pages.length})`);
  const entry = await planEntryPage(planId, entryId);
  return {
    title: listPageTitle(t('plan.reportsTitle', { entry: entry.heading }), number, pages.length),
    description: t('plan.reportsDescription', { count: reports.length, entry: entry.heading, plan: entry.planTitle }),
    back: { href: planEntryUrl(planId, entryId), label: entry.heading },
    count: reports.length,
    ...listPagePosition(base, number, pages.length),
    reports: page.items.map((r) => {
      const m = rs.site.meetingById.get(r.data.meeting);
      return { href: reportUrl(r.id), title: r.data.title, meeting: m ? { href: meetingUrl(m.id), dateLabel: meetingDateLabel(m) } : undefined };
    }),
  };
}

export interface PlanPage {
  p: Plan;
  /** The title, with the period where it tells plans apart. */
  title: string;
  /** Whether the period is shown beside the title. */
  showsPeriod: boolean;
  description: string;
  /** The plan's notes, their citations as links. */
  notes: Segment[][];
  /** For the 2016/17 plan: its performance grid's report and counts. */
  grid: { href: string; title: string; objectives: number; actions: number } | undefined;
  /** Each pillar or priority, with its page and what the portal holds about it. */
  entries: { id: string; href: string; label: string; reports: number; questions: number; indicators: number }[];
}

/** The ids of every plan's page (/plan/<id>/). */
export async function planIds(): Promise<string[]> {
  return (await reportSite()).site.plans.map((p) => p.id);
}

/** What /plan/<id>/ shows: one plan, its notes, its grid and its entries. */
export async function planPage(planId: string): Promise<PlanPage> {
  const rs = await reportSite();
  const { site } = rs;
  const plan = site.plans.find((x) => x.id === planId);
  if (!plan) throw new Error(`/plan/${planId}/: no such plan`);
  const p = plan.data;
  const title = showsPeriod(p) ? `${p.title} (${p.period})` : p.title;
  // The performance grid report(s) whose objectives belong to this plan's entries.
  const gridReportId = gridReportOf(p, rs.gridByReport);
  const counts = gridReportId ? gridCounts(rs.gridByReport.get(gridReportId) ?? []) : undefined;
  const src = provenance(site);
  return {
    p,
    title,
    showsPeriod: showsPeriod(p),
    description: t('plan.pageDescription', { title, count: p.entries.length, unit: t(`plan.unitPlural.${p.unit}`) }),
    notes: p.notes.map((n) => src.prose(n)),
    grid:
      gridReportId && counts
        ? {
            href: reportUrl(gridReportId),
            title: plainText(site.reportById.get(gridReportId)?.data.title ?? gridReportId),
            objectives: counts.objectives,
            actions: counts.actions,
          }
        : undefined,
    entries: p.entries.map((e) => ({
      id: e.id,
      href: planEntryUrl(plan.id, e.id),
      label: `${t(`plan.unit.${p.unit}`, { number: e.number })}: ${e.title}`,
      reports: (rs.reportsByPlanEntry.get(e.id) ?? []).length,
      questions: (rs.questionsByPlanEntry.get(e.id) ?? []).length,
      indicators: (rs.indicatorsByPlanEntry.get(e.id) ?? []).length,
    })),
  };
}
