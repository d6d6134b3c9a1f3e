/**
 * Indexes for the report, performance, plan and data pages, built once per
 * build on top of `loadSite()` (memoised): indicators, charts per table, and
 * reports/questions/indicators per plan entry.
 */
import { loadSite, type ReportEntry, type TableEntry } from '../content/data.ts';
import { buildIndicators, type Indicator } from '../indicators/indicators.ts';
import { chartsFor, type ChartSpec } from '../charts/charts.ts';
import { summaryFormat } from '../charts/i18n.ts';
import { planEntryIndex } from '../plan/plan.ts';
import { pushTo } from '../content/group.ts';
import { plainText } from '../text/inline.ts';
import { compareMeetings, meetingDate, type MeetingLike } from '../meetings/meetings.ts';
import type { TableData } from '../tables/tables.ts';
import { readingOrder, reportInfo as reportInfoOf } from '../open-data/files.ts';


async function build() {
  const site = await loadSite();
  const dateOfMeeting = (id: string): string | undefined => {
    const m = site.meetingById.get(id);
    return m ? meetingDate(m) : undefined;
  };
  const reportDate = (r: ReportEntry): string | undefined => dateOfMeeting(r.data.meeting);

  /** Reports newest first, then by order within the meeting. */
  const reports = [...site.reports].sort(
    (a, b) => (reportDate(b) ?? '').localeCompare(reportDate(a) ?? '') || a.data.meeting.localeCompare(b.data.meeting) || a.data.order - b.data.order,
  );
  const reportInfo = reportInfoOf(site);

  /** Tables in reading order: report (oldest first), then order within the report. */
  const tables: TableEntry[] = readingOrder(site.tables, reportInfo);

  const format = summaryFormat();
  const chartsByTable = new Map<string, ChartSpec[]>();
  for (const t of tables) {
    const charts = chartsFor(t.data, format);
    if (charts.length > 0) chartsByTable.set(t.id, charts);
  }

  const indicators = buildIndicators({ tables, reports: reportInfo });
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  /** Each indicator's latest printed figures charted like a one-row table (none when they do not compare). */
  const chartsByIndicator = new Map<string, ChartSpec[]>();
  for (const ind of indicators) {
    const charts = chartsFor(indicatorTable(ind), format);
    if (charts.length > 0) chartsByIndicator.set(ind.id, charts);
  }
  const indicatorsByTable = new Map<string, Indicator[]>();
  const indicatorsByPlanEntry = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    for (const id of new Set(ind.appearances.map((a) => a.tableId))) pushTo(indicatorsByTable, id, ind);
    if (ind.planEntry) pushTo(indicatorsByPlanEntry, ind.planEntry, ind);
  }

  const entries = planEntryIndex(site.plans);
  const reportsByPlanEntry = new Map<string, ReportEntry[]>();
  for (const r of reports) for (const e of r.data.planEntries) pushTo(reportsByPlanEntry, e, r);
  const questionsByPlanEntry = new Map<string, (typeof site.questions)[number][]>();
  for (const q of site.questions) if (q.data.planEntry) pushTo(questionsByPlanEntry, q.data.planEntry, q);
  const questionPosition = new Map(site.questions.map((q, i) => [q.id, i]));
  /** The questions on any of these plan entries, in collection order: costs what it returns, not the whole collection. */
  const questionsOnPlanEntries = (planEntries: readonly string[]) =>
    [...new Set(planEntries)]
      .flatMap((e) => questionsByPlanEntry.get(e) ?? [])
      .sort((a, b) => (questionPosition.get(a.id) ?? 0) - (questionPosition.get(b.id) ?? 0));
  /** How many questions are on any of these plan entries (a question is on one entry at most). */
  const questionCountOnPlanEntries = (planEntries: readonly string[]): number =>
    [...new Set(planEntries)].reduce((n, e) => n + (questionsByPlanEntry.get(e)?.length ?? 0), 0);
  /**
   * The questions on any of these plan entries, newest meeting first (then in order), sorted once per set
   * of entries: the reports that share a pillar share the list, so no report page sorts every question
   * on its pillar again (that grew with the site: 5,000 questions a report at 40,000 pages).
   */
  const newestOnPlanEntries = new Map<string, Question[]>();
  const questionsNewestOnPlanEntries = (planEntries: readonly string[]): readonly Question[] => {
    const key = [...new Set(planEntries)].sort().join('\u0000');
    let list = newestOnPlanEntries.get(key);
    if (!list) newestOnPlanEntries.set(key, (list = questionsOnPlanEntries(planEntries).sort(newestQuestionsFirst(site.meetingById))));
    return list;
  };

  return {
    site,
    reports,
    tables,
    chartsByTable,
    chartsByIndicator,
    indicators,
    indicatorById,
    indicatorsByTable,
    indicatorsByPlanEntry,
    planEntries: entries,
    reportsByPlanEntry,
    questionsByPlanEntry,
    questionsOnPlanEntries,
    questionCountOnPlanEntries,
    questionsNewestOnPlanEntries,
    gridByReport: site.gridByReport,
  };
}

export type ReportSite = Awaited<ReturnType<typeof build>>;
let cache: Promise<ReportSite> | undefined;

/** The report/performance/plan indexes, built once per build. */
export function reportSite(): Promise<ReportSite> {
  cache ??= build();
  return cache;
}

/** An indicator's name as plain text, with its qualifier: for titles, descriptions and link text read aloud. */
/**
 * An indicator's latest figures as a one-row table (its name, then one cell per printed period or
 * measure), so it is charted by the same rules as a report table: only when the columns compare.
 */
export function indicatorTable(ind: Pick<Indicator, 'name' | 'qualifier' | 'appearances'>): Pick<TableData, 'columns' | 'chart' | 'rows'> {
  const latest = ind.appearances.at(-1);
  const observations = latest?.observations ?? [];
  return {
    columns: observations.map((o) => o.period),
    chart: undefined,
    rows: [{ kind: 'data', label: indicatorName(ind), line: latest?.line ?? 0, cells: observations.map((o) => ({ raw: o.raw, value: o.value })) }],
  };
}

export const indicatorName = (ind: Pick<Indicator, 'name' | 'qualifier'>): string =>
  plainText(ind.name) + (ind.qualifier ? ` (${ind.qualifier})` : '');

type Question = Awaited<ReturnType<typeof loadSite>>['questions'][number];

/** Questions newest meeting first, then in their order at the meeting (by meeting id where a meeting is unknown). */
export const newestQuestionsFirst =
  (meetingById: ReadonlyMap<string, MeetingLike>) =>
  (a: { data: { meeting: string; order: number } }, b: { data: { meeting: string; order: number } }): number => {
    const ma = meetingById.get(a.data.meeting);
    const mb = meetingById.get(b.data.meeting);
    return (ma && mb ? compareMeetings(mb, ma) : b.data.meeting.localeCompare(a.data.meeting)) || a.data.order - b.data.order;
  };
