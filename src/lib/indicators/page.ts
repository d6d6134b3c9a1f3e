/**
 * What an indicator's page (/performance/<id>/) shows, worked out here so the .astro file only
 * renders it: its name, plan entry, the tables that printed it (with a link to the table, its
 * report, its date, its notes, the source line and the whole table's CSV), its charts, downloads,
 * description and search attributes.
 *
 * An indicator printed in more than APPEARANCES_PAGE_SIZE tables has pages: the first
 * (/performance/<id>/) shows the newest of them and the chart of its latest figures, page n
 * (/performance/<id>/<n>/) the ones before, so the page does not grow with the years of papers.
 * Every table keeps its anchor `appearance-<i>`, its position oldest first, whichever page it is on.
 */
import type { TableEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { formatDate, planEntryUrl, reportUrl } from '../meetings/meetings.ts';
import { provenance } from '../papers/provenance.ts';
import { indicatorName, reportSite } from '../reports/site.ts';
import { indicatorDownloads } from './indicators.ts';
import { planEntryLabels, searchAttributes } from '../search/search.ts';
import { clampDescription } from '../site/seo.ts';
import { listPagePart, listPagePosition, listPageTitle, type ListPagePosition } from '../site/list-pages.ts';
import { captionText, tableAnchor, tableDownloads } from '../tables/tables.ts';
import type { ChartSpec } from '../charts/charts.ts';
import type { Appearance, Indicator } from './indicators.ts';

type ReportEntry = Awaited<ReturnType<typeof reportSite>>['site']['reports'][number];

export interface AppearanceView {
  a: Appearance;
  /** Its position, oldest first: the anchor `appearance-<i>`. */
  i: number;
  table: TableEntry | undefined;
  report: ReportEntry | undefined;
  /** The table's caption ("Table 5: …"), or its id when the table is unknown. */
  caption: string;
  /** The table on its report's page. */
  href: string;
  /** The date it was printed, as words. */
  dateLabel: string | undefined;
  /** The line of the paper that prints it, named by the paper. */
  source: { href: string; paper: string } | undefined;
  /** The whole table as CSV. */
  tableCsv: string;
  /** The table's short name in the "over time" table: "Table 5", or its id. */
  groupLabel: string;
}

/** How many printed tables one page of an indicator shows at most: three years of quarterly papers. */
export const APPEARANCES_PAGE_SIZE = 12;

export interface IndicatorPage extends ListPagePosition {
  ind: Indicator;
  name: string;
  /** The page's title: the indicator's name, with "(page n of m)" from page 2 on. */
  title: string;
  /** "(page n of m)" for the heading, from page 2 on; empty on page 1. */
  pagePart: string;
  /** How many tables printed it, on all its pages. */
  count: number;
  description: string;
  search: Record<string, string>;
  downloads: { csv: string; json: string };
  /** Its plan entry, as a link, when the plan is known. */
  planEntry: { href: string; label: string } | undefined;
  /** This page's tables, oldest first. */
  appearances: AppearanceView[];
  /** The newest table (on page 1 only: the chart's figures). */
  latest: AppearanceView | undefined;
  /** The chart of the latest figures (page 1 only). */
  charts: ChartSpec[];
}

/** How many pages an indicator printed in `count` tables has (at least one). */
export const appearancePageCount = (count: number): number => Math.max(1, Math.ceil(count / APPEARANCES_PAGE_SIZE));

/**
 * The positions (oldest first) of the tables on page `number` of `total`: page 1 the newest
 * APPEARANCES_PAGE_SIZE, page 2 the ones before, … Oldest first within the page.
 */
export function appearanceSlice(count: number, number: number): { from: number; to: number } {
  const to = count - (number - 1) * APPEARANCES_PAGE_SIZE;
  return { from: Math.max(0, to - APPEARANCES_PAGE_SIZE), to: Math.max(0, to) };
}

/** Every page of every indicator: /performance/<id>/ and, for the much-printed ones, /performance/<id>/<n>/. */
export async function indicatorPaths(): Promise<{ id: string; number: number }[]> {
  return (await reportSite()).indicators.flatMap((i) =>
    Array.from({ length: appearancePageCount(i.appearances.length) }, (_, n) => ({ id: i.id, number: n + 1 })),
  );
}


export async function indicatorPage(id: string, number = 1): Promise<IndicatorPage> {
  const rs = await reportSite();
  const { site } = rs;
  const ind = rs.indicatorById.get(id);
  const base = `/performance/${id}/`;
  if (!ind) throw new Error(`${base}: no such indicator`);
  const total = appearancePageCount(ind.appearances.length);
  if (!Number.isInteger(number) || number < 1 || number > total) throw new Error(`${base}: no page ${number} (it has ${total})`);
  const labels = planEntryLabels(site.plans);
  const src = provenance(site);
  const name = indicatorName(ind);
  const { from, to } = appearanceSlice(ind.appearances.length, number);
  const appearances = ind.appearances.slice(from, to).map((a, k): AppearanceView => {
    const i = from + k;
    const table = site.tableById.get(a.tableId);
    const caption = table ? captionText(table.data, t('tables.number'), table.id) : a.tableId;
    return {
      a,
      i,
      table,
      report: site.reportById.get(a.reportId),
      caption,
      href: `${reportUrl(a.reportId)}#${tableAnchor(a.tableId)}`,
      dateLabel: a.date ? formatDate(a.date, { weekday: false }) : undefined,
      source: table ? { href: src.link({ doc: table.data.source.doc, line: a.line }).href, paper: src.name(table.data.source.doc) ?? '' } : undefined,
      tableCsv: tableDownloads(a.tableId).csv,
      groupLabel: table?.data.number !== undefined ? `${t('tables.number')} ${table.data.number}` : a.tableId,
    };
  });
  // Page 1 holds the newest table: the latest figures, charted there and described for search engines.
  const newest = ind.appearances.at(-1);
  const latest = number === 1 ? appearances.at(-1) : undefined;
  const entry = ind.planEntry ? rs.planEntries.get(ind.planEntry) : undefined;
  return {
    ind,
    name,
    title: listPageTitle(name, number, total),
    pagePart: listPagePart(number, total),
    count: ind.appearances.length,
    ...listPagePosition(base, number, total),
    description: clampDescription(
      t('performance.indicatorDescription', {
        name,
        figures: newest ? newest.observations.map((o) => `${o.period}: ${o.raw}`).join('; ') : '',
      }),
    ),
    search: searchAttributes({
      type: 'indicator',
      title: name,
      date: newest?.date ? formatDate(newest.date, { weekday: false }) : undefined,
      year: newest?.date?.slice(0, 4),
      pillars: ind.planEntry ? [labels.get(ind.planEntry) ?? ind.planEntry] : [],
    }),
    downloads: indicatorDownloads(ind.id),
    planEntry: entry && ind.planEntry ? { href: planEntryUrl(entry.plan.id, ind.planEntry), label: labels.get(ind.planEntry) ?? ind.planEntry } : undefined,
    appearances,
    latest,
    charts: number === 1 ? (rs.chartsByIndicator.get(ind.id) ?? []) : [],
  };
}
