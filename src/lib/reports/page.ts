/**
 * What a report's page (/reports/<id>/) shows, worked out here so the .astro file only renders it:
 * the meeting and agenda item it was presented at, its header fields, its plan entries, the
 * contents (tables, figures and grades in reading order), the tables and figures its narrative does
 * not place, the questions asked about it and on the same plan entries, its downloads, its source,
 * its description, search attributes and JSON-LD.
 */
import type { TableEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { meetingDateLabel, meetingTitle } from '../meetings/labels.ts';
import { meetingUrl, meetingYear, planEntryUrl, questionAnchor, questionUrl, reportUrl } from '../meetings/meetings.ts';
import { provenance } from '../papers/provenance.ts';
import { questionsForReport, questionsOnSamePlanEntries } from '../plan/plan.ts';
import { questionSummary, themePageUrl } from '../questions/questions.ts';
import { planEntryLabels, searchAttributes } from '../search/search.ts';
import { clampDescription } from '../site/seo.ts';
import { captionText, figureAnchor, tableAnchor, tableDownloads } from '../tables/tables.ts';
import { plainText } from '../text/inline.ts';
import { placedAt } from './body.ts';
import { reportSite } from './site.ts';
import { groupPages, LIST_PAGE_SIZE, listPagePosition, listPageTitle, type ListPage, type ListPagePosition } from '../site/list-pages.ts';

/** How many of the questions on a report's plan entries it shows when they are more than a list page. */
export const RELATED_NEWEST = 10;

type SiteData = Awaited<ReturnType<typeof reportSite>>['site'];
type ReportEntry = SiteData['reports'][number];
type FigureEntry = SiteData['figures'][number];

export interface Link {
  href: string;
  label: string;
}

export interface ReportPage {
  report: ReportEntry;
  r: ReportEntry['data'];
  /** The report's title as plain text. */
  title: string;
  description: string;
  search: Record<string, string>;
  jsonLd: Record<string, unknown>[];
  /** The meeting it was presented to, by its title (or its id when the meeting is unknown). */
  meetingName: string;
  /** The agenda item's number as printed, and where the meeting's page shows it. */
  agendaNumber: string | undefined;
  agendaHref: string;
  /** The header fields, in the papers' order; undefined where the papers leave it out. */
  fields: { key: string; value: string | string[] | undefined }[];
  /** Its plan entries, each a link where the plan is known. */
  planEntries: { label: string; href: string | undefined }[];
  /** Tables, figures and grades in reading order. */
  contents: Link[];
  tables: TableEntry[];
  tablesNotInBody: TableEntry[];
  figuresNotInBody: FigureEntry[];
  /** Questions asked about it, with how each was matched. */
  questions: { href: string; summary: string; meetingHref: string; order: number; how: string[] }[];
  /** How many questions at other meetings are on this report's plan entries (`related` shows the newest RELATED_NEWEST when more than a list page). */
  relatedCount: number;
  /** When `related` is cut: a link to each plan entry's own list of questions. */
  relatedAll: { href: string; label: string }[];
  /** When every question matched the same way, that way (said once above the list). */
  sameHow: string[] | undefined;
  /** Questions on the same plan entries at other meetings. */
  related: { href: string; summary: string; dateLabel: string | undefined }[];
  /** Each table's downloads. */
  downloads: { label: string; name: string; csv: string; json: string }[];
  indicatorCount: number;
  source: Link;
  /** The title of the paper it is printed in. */
  documentTitle: string | undefined;
}

/** The first `n` items that pass, read no further than needed. */
function firstWhere<T>(items: readonly T[], keep: (item: T) => boolean, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    if (keep(item)) out.push(item);
  }
  return out;
}

/** The report page of `id`; `origin` is the site's origin, for the URL in its JSON-LD. */
export async function reportPage(id: string, origin: string | URL): Promise<ReportPage> {
  const rs = await reportSite();
  const { site } = rs;
  const report = site.reportById.get(id);
  if (!report) throw new Error(`/reports/${id}/: no such report`);
  const r = report.data;
  const meeting = site.meetingById.get(r.meeting);
  const body = meeting ? site.bodyById.get(meeting.data.body) : undefined;
  const meetingName = meeting ? meetingTitle(meeting, body?.data.name ?? '') : r.meeting;
  const agendaItem = meeting?.data.agenda.find((a) => a.report === report.id);
  const agendaNumber = r.agendaItem ?? agendaItem?.number;
  const agendaHref = agendaItem?.minuteSection ? `${meetingUrl(r.meeting)}#${agendaItem.minuteSection}` : `${meetingUrl(r.meeting)}#agenda`;

  // Copies: the site-wide index lists are shared by every page and must not be re-ordered in place.
  const tables = [...(site.tablesByReport.get(report.id) ?? [])].sort((a, b) => a.data.order - b.data.order);
  const figures = [...(site.figuresByReport.get(report.id) ?? [])].sort((a, b) => a.data.order - b.data.order);
  // Tables, figures and grades in reading order: where the narrative places them, then any it does not place.
  const position = (kind: 'table' | 'figure' | 'inspection', itemId: string, fallback: number): number => {
    const at = placedAt(r.body, kind, itemId);
    return at >= 0 ? at : Number.MAX_SAFE_INTEGER - 1000 + fallback;
  };
  const inspections = site.inspectionsByReport.get(report.id) ?? [];
  const contents = [
    ...tables.map((tb) => ({ pos: position('table', tb.id, tb.data.order), href: `#${tableAnchor(tb.id)}`, label: captionText(tb.data, t('tables.number'), tb.id) })),
    ...figures.map((f) => ({
      pos: position('figure', f.id, f.data.order),
      href: `#${figureAnchor(f.id)}`,
      label: f.data.number !== undefined ? `${t('tables.figure')} ${f.data.number}: ${plainText(f.data.caption)}` : plainText(f.data.caption),
    })),
    ...inspections.map((i) => ({ pos: position('inspection', i.id, 0), href: `#inspection-${i.id}`, label: `${plainText(i.data.title)}: ${t('tables.grades.captionSuffix')}` })),
  ]
    .sort((x, y) => x.pos - y.pos)
    .map(({ href, label }) => ({ href, label }));

  const questions = questionsForReport(report, site.questionsByMeeting.get(r.meeting) ?? [], meeting?.data.agenda ?? []);
  // Only the questions on this report's plan entries are candidates, so no page scans every question.
  const labels = planEntryLabels(site.plans);
  // A question is on one plan entry at most: the count is the entries' counts less this meeting's own questions on them.
  const entrySet = new Set(r.planEntries);
  const atThisMeeting = (site.questionsByMeeting.get(r.meeting) ?? []).filter((q) => q.data.planEntry !== undefined && entrySet.has(q.data.planEntry)).length;
  const relatedCount = rs.questionCountOnPlanEntries(r.planEntries) - atThisMeeting;
  // A plan entry gathers questions from every meeting: past one list page, only the newest few are shown here,
  // with a link to each entry's own paginated list of questions, so the report page does not grow with the site.
  const relatedShown =
    relatedCount <= LIST_PAGE_SIZE
      ? questionsOnSamePlanEntries(report, rs.questionsOnPlanEntries(r.planEntries))
      : firstWhere(rs.questionsNewestOnPlanEntries(r.planEntries), (q) => q.data.meeting !== r.meeting, RELATED_NEWEST);
  const relatedAll =
    relatedCount <= LIST_PAGE_SIZE
      ? []
      : r.planEntries.map((e) => ({ href: themePageUrl(`theme-${e}`), label: t('reports.allRelatedQuestions', { entry: labels.get(e) ?? e }) }));
  const indicators = new Set(tables.flatMap((tb) => rs.indicatorsByTable.get(tb.id) ?? []));
  const title = plainText(r.title);
  const source = provenance(site).link(r.source);

  return {
    report,
    r,
    title,
    description: clampDescription(
      r.summary.length > 0 ? plainText(r.summary.join(' ')) : t('reports.descriptionFallback', { title, meeting: meetingName }),
    ),
    search: searchAttributes({
      type: 'report',
      title,
      date: meeting ? meetingDateLabel(meeting) : undefined,
      body: body?.data.name,
      year: meeting ? meetingYear(meeting)?.toString() : undefined,
      pillars: r.planEntries.map((e) => labels.get(e) ?? e),
    }),
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Report',
        name: title,
        ...(r.originator ? { author: { '@type': 'Person', name: r.originator } } : {}),
        ...(meeting?.data.date.kind === 'exact' ? { datePublished: meeting.data.date.date } : {}),
        isPartOf: { '@type': 'Event', name: meetingName, url: new URL(meetingUrl(r.meeting), origin).href },
      },
    ],
    meetingName,
    agendaNumber,
    agendaHref,
    fields: [
      { key: 'originator', value: r.originator },
      { key: 'reason', value: r.reason },
      { key: 'submittedTo', value: r.submittedTo },
      { key: 'subject', value: r.subject },
      { key: 'summary', value: r.summary.length > 0 ? r.summary : undefined },
      { key: 'recommendation', value: r.recommendation },
    ],
    planEntries: r.planEntries.map((e) => {
      const found = rs.planEntries.get(e);
      return { label: found ? (labels.get(e) ?? e) : e, href: found ? planEntryUrl(found.plan.id, e) : undefined };
    }),
    contents,
    tables,
    tablesNotInBody: tables.filter((tb) => placedAt(r.body, 'table', tb.id) < 0),
    figuresNotInBody: figures.filter((f) => placedAt(r.body, 'figure', f.id) < 0),
    questions: questions.map(({ question, how }) => ({
      href: questionUrl(question.id),
      summary: questionSummary(question.data),
      meetingHref: `${meetingUrl(question.data.meeting)}#${questionAnchor(question)}`,
      order: question.data.order,
      how,
    })),
    sameHow: questions.length > 0 && questions.every((q) => q.how.join() === questions[0]?.how.join()) ? questions[0]?.how : undefined,
    related: relatedShown.map((q) => {
      const m = site.meetingById.get(q.data.meeting);
      return { href: questionUrl(q.id), summary: questionSummary(q.data), dateLabel: m ? meetingDateLabel(m) : undefined };
    }),
    relatedCount,
    relatedAll: relatedAll,
    downloads: tables.map((tb) => {
      const d = tableDownloads(tb.id);
      const name = captionText(tb.data, t('tables.number'), tb.id);
      return { label: tb.data.number !== undefined ? `${t('tables.number')} ${tb.data.number}` : name, name, csv: d.csv, json: d.json };
    }),
    indicatorCount: indicators.size,
    source: { href: source.href, label: source.text },
    documentTitle: site.documentById.get(r.document)?.data.title,
  };
}

/** The list's own URL (page 1). */
export const REPORTS_URL = '/reports/';

/**
 * Reports (newest meeting first) grouped by meeting, the groups cut into pages of LIST_PAGE_SIZE (or
 * `size`) reports, a meeting's reports never split. Pure, so that it can be tested on a list of any length.
 */
export function reportIndexPages<R>(reports: readonly R[], meetingOf: (r: R) => string, size?: number): ListPage<{ meetingId: string; reports: R[] }>[] {
  const groups: R[][] = [];
  for (const r of reports) {
    const last = groups.at(-1);
    if (last && meetingOf(last[0]!) === meetingOf(r)) last.push(r);
    else groups.push([r]);
  }
  return groupPages(groups, size).map((p) => ({ ...p, items: p.items.map((g) => ({ meetingId: meetingOf(g[0]!), reports: g })) }));
}

export interface ReportsIndexPage extends ListPagePosition {
  /** The page's title: "Reports", then "Reports (page 2 of 5)". */
  title: string;
  /** How many reports and tables the portal holds (on every page). */
  reportCount: number;
  tableCount: number;
  /** This page's reports by meeting, in the order the report index gives them (newest meeting first). */
  groups: {
    meetingId: string;
    meeting: Link;
    reports: { id: string; href: string; title: string; summary: string | undefined; parts: string[] }[];
  }[];
}

type ReportIndexPages = ReturnType<typeof reportIndexPages<ReportEntry>>;
const pagesCache = new WeakMap<object, ReportIndexPages>();
/** The report index's pages, cut once per build. */
async function reportIndexPagesOfSite(): Promise<ReportIndexPages> {
  const rs = await reportSite();
  let pages = pagesCache.get(rs);
  if (!pages) {
    pages = reportIndexPages(rs.reports, (r) => r.data.meeting);
    pagesCache.set(rs, pages);
  }
  return pages;
}

/** How many pages the report index has (page 1 is /reports/). */
export async function reportsIndexPageCount(): Promise<number> {
  return (await reportIndexPagesOfSite()).length;
}

/**
 * What /reports/ (and /reports/2/, … when they are many) shows: the reports under their meetings,
 * with each one's first summary paragraph and what it holds.
 */
export async function reportsIndexPage(number = 1): Promise<ReportsIndexPage> {
  const rs = await reportSite();
  const { site } = rs;
  const pages = await reportIndexPagesOfSite();
  const page = pages[number - 1];
  if (!page) throw new Error(`${REPORTS_URL}: no page ${number} (the index has ${pages.length})`);
  const nameOf = (meetingId: string): string => {
    const m = site.meetingById.get(meetingId);
    return m ? meetingTitle(m, site.bodyById.get(m.data.body)?.data.name ?? '') : meetingId;
  };
  const parts = (reportId: string): string[] => {
    const tables = site.tablesByReport.get(reportId) ?? [];
    const c = {
      tables: tables.length,
      figures: site.figuresByReport.get(reportId)?.length ?? 0,
      charts: tables.filter((tb) => rs.chartsByTable.has(tb.id)).length,
      grid: rs.gridByReport.get(reportId)?.length ?? 0,
    };
    return [
      c.tables > 0 ? t('reports.count.tables', { count: c.tables }) : '',
      c.charts > 0 ? t('reports.count.charts', { count: c.charts }) : '',
      c.figures > 0 ? t('reports.count.figures', { count: c.figures }) : '',
      c.grid > 0 ? t('reports.count.grid', { count: c.grid }) : '',
    ].filter(Boolean);
  };
  return {
    title: listPageTitle(t('reports.indexTitle'), number, page.total),
    ...listPagePosition(REPORTS_URL, number, page.total),
    reportCount: rs.reports.length,
    tableCount: site.tables.length,
    groups: page.items.map((g) => ({
      meetingId: g.meetingId,
      meeting: { href: meetingUrl(g.meetingId), label: nameOf(g.meetingId) },
      reports: g.reports.map((r) => ({
        id: r.id,
        href: reportUrl(r.id),
        title: r.data.title,
        summary: r.data.summary[0] ? plainText(r.data.summary[0]) : undefined,
        parts: parts(r.id),
      })),
    })),
  };
}
