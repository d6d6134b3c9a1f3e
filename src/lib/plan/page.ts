/**
 * What a plan entry's page (/plan/<id>/<entry>/) shows, worked out here so the .astro file only
 * renders it: the pillar or priority with its elements, the reports, questions and indicators about
 * it, and for the 2016/17 plan its part of the performance grid.
 */
import type { ReportEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { meetingDateLabel } from '../meetings/labels.ts';
import { meetingUrl, planEntryUrl, planUrl, questionUrl, reportUrl } from '../meetings/meetings.ts';
import { provenance } from '../papers/provenance.ts';
import type { Segment } from '../papers/prose.ts';
import { questionSummary } from '../questions/questions.ts';
import { reportSite } from '../reports/site.ts';
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
  reports: ReportEntry[];
  questions: { href: string; summary: string; meeting: { href: string; dateLabel: string } | undefined }[];
  indicators: { href: string; name: string; qualifier: string | undefined; caption: string | undefined }[];
  /** The report holding the plan's performance grid, and how many of its objectives are this entry's. */
  gridReportId: string | undefined;
  gridCount: number;
}

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
  return {
    planHref: planUrl(plan.id),
    planTitle,
    p,
    e,
    heading,
    description: t('plan.entryDescription', { entry: heading, plan: planTitle, ...counts }),
    inGrid: new Set(gridObjectives.map((o) => o.data.code)),
    reports,
    questions: questions.map((q) => {
      const m = site.meetingById.get(q.data.meeting);
      return { href: questionUrl(q.id), summary: questionSummary(q.data), meeting: m ? { href: meetingUrl(m.id), dateLabel: meetingDateLabel(m) } : undefined };
    }),
    indicators: indicators.map((i) => {
      const table = i.appearances.at(-1)?.tableId;
      return { href: indicatorUrl(i.id), name: i.name, qualifier: i.qualifier, caption: table ? site.tableById.get(table)?.data.caption : undefined };
    }),
    gridReportId,
    gridCount: gridObjectives.length,
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
