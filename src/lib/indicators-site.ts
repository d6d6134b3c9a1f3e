/**
 * Indexes for the report, performance, plan and data pages, built once per
 * build on top of `loadSite()` (memoised): indicators, charts per table, and
 * reports/questions/indicators per plan entry.
 */
import { loadSite, type ReportEntry, type TableEntry } from './data.ts';
import { buildIndicators, type Indicator } from './indicators.ts';
import { chartsFor, type ChartSpec } from './charts.ts';
import { summaryFormat } from './charts-i18n.ts';
import { planEntryIndex } from './plan.ts';
import { meetingDate } from './meetings.ts';
import { shorten } from './inline.ts';
import { siteConfig } from '../site.config.ts';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

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
  const reportInfo = new Map(site.reports.map((r) => [r.id, { date: reportDate(r), planEntries: r.data.planEntries }]));

  /** Tables in reading order: report (oldest first), then order within the report. */
  const tables: TableEntry[] = [...site.tables].sort((a, b) => {
    const ra = reportInfo.get(a.data.report)?.date ?? '';
    const rb = reportInfo.get(b.data.report)?.date ?? '';
    return ra.localeCompare(rb) || a.data.report.localeCompare(b.data.report) || a.data.order - b.data.order;
  });

  const format = summaryFormat();
  const chartsByTable = new Map<string, ChartSpec[]>();
  for (const t of tables) {
    const charts = chartsFor(t.data, format);
    if (charts.length > 0) chartsByTable.set(t.id, charts);
  }

  const indicators = buildIndicators({ tables, reports: reportInfo });
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const indicatorsByTable = new Map<string, Indicator[]>();
  const indicatorsByPlanEntry = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    for (const id of new Set(ind.appearances.map((a) => a.tableId))) push(indicatorsByTable, id, ind);
    if (ind.planEntry) push(indicatorsByPlanEntry, ind.planEntry, ind);
  }

  const entries = planEntryIndex(site.plans);
  const reportsByPlanEntry = new Map<string, ReportEntry[]>();
  for (const r of reports) for (const e of r.data.planEntries) push(reportsByPlanEntry, e, r);
  const questionsByPlanEntry = new Map<string, (typeof site.questions)[number][]>();
  for (const q of site.questions) if (q.data.planEntry) push(questionsByPlanEntry, q.data.planEntry, q);
  const gridByReport = new Map<string, (typeof site.grid)[number][]>();
  for (const g of site.grid) push(gridByReport, g.data.report, g);

  return {
    site,
    reports,
    tables,
    reportDate,
    dateOfMeeting,
    chartsByTable,
    indicators,
    indicatorById,
    indicatorsByTable,
    indicatorsByPlanEntry,
    planEntries: entries,
    reportsByPlanEntry,
    questionsByPlanEntry,
    gridByReport,
  };
}

export type ReportSite = Awaited<ReturnType<typeof build>>;
let cache: Promise<ReportSite> | undefined;

/** The report/performance/plan indexes, built once per build. */
export function reportSite(): Promise<ReportSite> {
  cache ??= build();
  return cache;
}

/** URL helpers (stable URL scheme). */
export const indicatorUrl = (id: string): string => `/performance/${id}/`;
export const indicatorDownloads = (id: string): { csv: string; json: string } => ({
  csv: `/data/indicators/${id}.csv`,
  json: `/data/indicators/${id}.json`,
});
export const planUrl = (id: string): string => `/plan/${id}/`;

/** Longest page title that keeps "<title> – <site name>" within 70 characters (html-validate long-title). */
export const TITLE_MAX = 70 - ' – '.length - siteConfig.name.length;
/** Length of the text as written in HTML (html-validate measures "&amp;" as five characters). */
const htmlLength = (s: string): number => s.replace(/&/g, '&amp;').replace(/['"]/g, '&#39;').replace(/[<>]/g, '&lt;').length;
/** A page title from a long heading: cut at a word with "…" when it would make the <title> too long. */
export function pageTitle(text: string): string {
  let max = TITLE_MAX;
  let out = shorten(text, max);
  while (htmlLength(out) > TITLE_MAX && max > 12) out = shorten(text, --max);
  return out;
}
