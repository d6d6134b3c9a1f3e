/**
 * What an indicator's page (/performance/<id>/) shows, worked out here so the .astro file only
 * renders it: its name, plan entry, every table that printed it (with a link to the table, its
 * report, its date, its notes, the source line and the whole table's CSV), its charts, downloads,
 * description and search attributes.
 */
import type { TableEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { formatDate, planEntryUrl, reportUrl } from '../meetings/meetings.ts';
import { provenance } from '../papers/provenance.ts';
import { indicatorName, reportSite } from '../reports/site.ts';
import { indicatorDownloads } from './indicators.ts';
import { planEntryLabels, searchAttributes } from '../search/search.ts';
import { clampDescription } from '../site/seo.ts';
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

export interface IndicatorPage {
  ind: Indicator;
  name: string;
  description: string;
  search: Record<string, string>;
  downloads: { csv: string; json: string };
  /** Its plan entry, as a link, when the plan is known. */
  planEntry: { href: string; label: string } | undefined;
  appearances: AppearanceView[];
  latest: AppearanceView | undefined;
  charts: ChartSpec[];
}

/** The ids of every indicator's page. */
export async function indicatorIds(): Promise<string[]> {
  return (await reportSite()).indicators.map((i) => i.id);
}

export async function indicatorPage(id: string): Promise<IndicatorPage> {
  const rs = await reportSite();
  const { site } = rs;
  const ind = rs.indicatorById.get(id);
  if (!ind) throw new Error(`/performance/${id}/: no such indicator`);
  const labels = planEntryLabels(site.plans);
  const src = provenance(site);
  const name = indicatorName(ind);
  const appearances = ind.appearances.map((a, i): AppearanceView => {
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
  const latest = appearances.at(-1);
  const entry = ind.planEntry ? rs.planEntries.get(ind.planEntry) : undefined;
  return {
    ind,
    name,
    description: clampDescription(
      t('performance.indicatorDescription', {
        name,
        figures: latest ? latest.a.observations.map((o) => `${o.period}: ${o.raw}`).join('; ') : '',
      }),
    ),
    search: searchAttributes({
      type: 'indicator',
      title: name,
      date: latest?.a.date ? formatDate(latest.a.date, { weekday: false }) : undefined,
      year: latest?.a.date?.slice(0, 4),
      pillars: ind.planEntry ? [labels.get(ind.planEntry) ?? ind.planEntry] : [],
    }),
    downloads: indicatorDownloads(ind.id),
    planEntry: entry && ind.planEntry ? { href: planEntryUrl(entry.plan.id, ind.planEntry), label: labels.get(ind.planEntry) ?? ind.planEntry } : undefined,
    appearances,
    latest,
    charts: rs.chartsByIndicator.get(ind.id) ?? [],
  };
}
