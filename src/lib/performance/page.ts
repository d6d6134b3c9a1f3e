/**
 * What a page of /performance/ by plan (/performance/by-plan/<slug>/) shows, worked out here so the
 * .astro file only renders it: the part of the plan (or "other"), a link to it in the plan, and its
 * indicators by the table of their latest printing, each with its latest printed figures.
 */
import { t } from '../i18n/i18n.ts';
import { latestAppearance, type Indicator, type Observation } from '../indicators/indicators.ts';
import { planEntryUrl, reportUrl } from '../meetings/meetings.ts';
import { planEntryOrder } from '../plan/plan.ts';
import { reportSite } from '../reports/site.ts';
import { indicatorUrl } from '../indicators/indicators.ts';
import { planEntryLabels } from '../search/search.ts';
import { captionText, tableAnchor } from '../tables/tables.ts';
import { byLatestTable, planGroups, planGroupUrl } from './groups.ts';

export interface PerformanceGroupPage {
  title: string;
  description: string;
  /** How many indicators the page lists. */
  count: number;
  /** The part of the plan in the plan's own pages, when the page is about one. */
  planLink: { href: string; label: string } | undefined;
  tables: {
    tableId: string;
    caption: string;
    /** The table on its report's page, when the table is known. */
    href: string | undefined;
    indicators: { ind: Indicator; href: string; latest: Observation[] | undefined }[];
  }[];
}

/** The slug of every page (a plan entry id, or "other"). */
export async function performanceGroupSlugs(): Promise<string[]> {
  const rs = await reportSite();
  return planGroups(rs.indicators, planEntryOrder(rs.site.plans)).map((g) => g.slug);
}

export async function performanceGroupPage(slug: string): Promise<PerformanceGroupPage> {
  const rs = await reportSite();
  const { site } = rs;
  const group = planGroups(rs.indicators, planEntryOrder(site.plans)).find((g) => g.slug === slug);
  if (!group) throw new Error(`/performance/by-plan/${slug}/: no such part of the plan`);
  const { key, indicators } = group;
  const label = key ? (planEntryLabels(site.plans).get(key) ?? key) : t('performance.noPlanEntry');
  const planEntry = key ? rs.planEntries.get(key) : undefined;
  return {
    title: t('performance.groupTitle', { part: label }),
    description: t('performance.groupDescription', { count: indicators.length, part: label }),
    count: indicators.length,
    planLink: key && planEntry ? { href: planEntryUrl(planEntry.plan.id, key), label: t('performance.inPlanNamed', { part: label }) } : undefined,
    tables: byLatestTable(indicators).map(({ tableId, indicators: list }) => {
      const table = site.tableById.get(tableId);
      return {
        tableId,
        caption: table ? captionText(table.data, t('tables.number'), tableId) : tableId,
        href: table ? `${reportUrl(table.data.report)}#${tableAnchor(tableId)}` : undefined,
        indicators: list.map((ind) => ({ ind, href: indicatorUrl(ind.id), latest: latestAppearance(ind)?.observations })),
      };
    }),
  };
}

export interface PerformanceIndexPage {
  /** How many indicators, tables that print them, and indicators printed more than once. */
  count: number;
  tables: number;
  series: number;
  /** Each part of the plan (then "other"), with its page and how many indicators it has. */
  groups: { slug: string; href: string; label: string; count: number }[];
}

/** What /performance/ shows: the counts and the parts of the plan, each with its page. */
export async function performanceIndexPage(): Promise<PerformanceIndexPage> {
  const rs = await reportSite();
  const labels = planEntryLabels(rs.site.plans);
  return {
    count: rs.indicators.length,
    tables: rs.indicatorsByTable.size,
    series: rs.indicators.filter((i) => i.appearances.length > 1).length,
    groups: planGroups(rs.indicators, planEntryOrder(rs.site.plans)).map((g) => ({
      slug: g.slug,
      href: planGroupUrl(g.slug),
      label: g.key ? (labels.get(g.key) ?? g.key) : t('performance.noPlanEntry'),
      count: g.indicators.length,
    })),
  };
}
