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
import { groupPages, listPagePosition, listPageTitle, type ListPagePosition } from '../site/list-pages.ts';
import { byLatestTable, planGroups, planGroupUrl, type PlanGroup } from './groups.ts';

export interface PerformanceGroupPage extends ListPagePosition {
  /** The title, with "(page n of m)" from page 2 on. */
  title: string;
  description: string;
  /** How many indicators the whole list has (on all its pages). */
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

/**
 * One part's indicators by the table of their latest printing, cut into pages of whole tables (a
 * table's indicators are never split; a table longer than a page has a page of its own).
 */
export function tablePages<I extends Parameters<typeof byLatestTable>[0][number]>(indicators: readonly I[]): { tableId: string; indicators: I[] }[][] {
  const tables = byLatestTable(indicators);
  const byList = new Map(tables.map((tb) => [tb.indicators, tb]));
  return groupPages(tables.map((tb) => tb.indicators)).map((p) => p.items.map((list) => byList.get(list)!));
}

/**
 * Each part of the plan with its indicators by table, cut into pages of whole tables (a table's
 * indicators are never split): worked out once per build, not once per page.
 */
let groupsOnce: Promise<Map<string, { group: PlanGroup<Indicator>; pages: { tableId: string; indicators: Indicator[] }[][] }>> | undefined;
const pagedGroups = () =>
  (groupsOnce ??= reportSite().then(
    (rs) => new Map(planGroups(rs.indicators, planEntryOrder(rs.site.plans)).map((group) => [group.slug, { group, pages: tablePages(group.indicators) }])),
  ));

/** The slug of every part of the plan's list (a plan entry id, or "other"). */
export async function performanceGroupSlugs(): Promise<string[]> {
  return [...(await pagedGroups()).keys()];
}

/** Every page of every part's list: its slug and page number (1 for the list's own URL). */
export async function performanceGroupPaths(): Promise<{ entry: string; number: number }[]> {
  return [...(await pagedGroups())].flatMap(([entry, { pages }]) => pages.map((_, i) => ({ entry, number: i + 1 })));
}

/** Page `number` of the indicators on one part of the plan (/performance/by-plan/<slug>/, …/<slug>/<n>/). */
export async function performanceGroupPage(slug: string, number = 1): Promise<PerformanceGroupPage> {
  const rs = await reportSite();
  const { site } = rs;
  const paged = (await pagedGroups()).get(slug);
  if (!paged) throw new Error(`/performance/by-plan/${slug}/: no such part of the plan`);
  const { group: { key, indicators }, pages } = paged;
  const tables = pages[number - 1];
  if (!tables) throw new Error(`/performance/by-plan/${slug}/: no page ${number} (it has ${pages.length})`);
  const label = key ? (planEntryLabels(site.plans).get(key) ?? key) : t('performance.noPlanEntry');
  const planEntry = key ? rs.planEntries.get(key) : undefined;
  return {
    title: listPageTitle(t('performance.groupTitle', { part: label }), number, pages.length),
    description: t('performance.groupDescription', { count: indicators.length, part: label }),
    count: indicators.length,
    ...listPagePosition(planGroupUrl(slug), number, pages.length),
    planLink: key && planEntry ? { href: planEntryUrl(planEntry.plan.id, key), label: t('performance.inPlanNamed', { part: label }) } : undefined,
    tables: tables.map(({ tableId, indicators: list }) => {
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
