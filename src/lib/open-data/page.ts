/**
 * What the open data page (/data/) shows, worked out here so the .astro file only renders it: the
 * bulk download and its size, every kind of record with its files and columns, and the downloads of
 * every table and every indicator. The tables' and the indicators' downloads grow with the papers:
 * a list that fits on one list page (LIST_PAGE_SIZE) is shown on /data/ as before; a longer one is
 * linked from there and listed on its own pages, /data/downloads/tables/ and
 * /data/downloads/indicators/ (not under /data/tables/ or /data/indicators/, which hold the files).
 */
import { t } from '../i18n/i18n.ts';
import { reportUrl } from '../meetings/meetings.ts';
import { indicatorName, reportSite } from '../reports/site.ts';
import { indicatorDownloads, indicatorUrl } from '../indicators/indicators.ts';
import { captionText, tableAnchor, tableDownloads } from '../tables/tables.ts';
import { describe, type DatasetText, type Field } from './dataset.ts';
import { BULK_URL, datasetCsvUrl, datasetJsonUrl, PACKAGE_URL } from './bulk.ts';
import { bulkSummary } from './site.ts';
import { LIST_PAGE_SIZE, listPagePosition, listPages, listPageTitle, type ListPagePosition } from '../site/list-pages.ts';

export interface Downloads {
  csv: string;
  json: string;
}

/** A table's downloads: its place on its report's page, its report's title (or id) and its files. */
export type TableDownloads = Downloads & { href: string; name: string; reportId: string; reportTitle: string | undefined };
/** An indicator's downloads, named with its tables where the same name is printed in several. */
export type IndicatorDownloads = Downloads & { href: string; label: string };

/** The two lists of single downloads, each on its own pages when it does not fit on /data/. */
export type DownloadKind = 'tables' | 'indicators';
export const DOWNLOAD_KINDS: readonly DownloadKind[] = ['tables', 'indicators'];
/** The pages of one list of downloads: /data/downloads/tables/, /data/downloads/indicators/. */
export const downloadsUrl = (kind: DownloadKind): string => `/data/downloads/${kind}/`;

export interface DataPage {
  tableCount: number;
  indicatorCount: number;
  bulk: { href: string; size: string };
  packageHref: string;
  /** Every kind of record (meetings, questions, …): its name, columns, rows, words and the URLs of its CSV and JSON files. */
  kinds: { name: string; fields: readonly Field[]; rows: number; text: DatasetText; csvHref: string; jsonHref: string }[];
  /** Each table's downloads when they fit on one list page; else none, and `tablesAll` links their pages. */
  tables: TableDownloads[];
  tablesAll: { href: string; label: string } | undefined;
  /** Each indicator's downloads when they fit on one list page; else none, and `indicatorsAll` links their pages. */
  indicators: IndicatorDownloads[];
  indicatorsAll: { href: string; label: string } | undefined;
}

type Rs = Awaited<ReturnType<typeof reportSite>>;
const tableRow = (rs: Rs, tb: Rs['tables'][number]): TableDownloads => ({
  ...tableDownloads(tb.id),
  href: `${reportUrl(tb.data.report)}#${tableAnchor(tb.id)}`,
  name: captionText(tb.data, t('tables.number'), tb.id),
  reportId: tb.data.report,
  reportTitle: rs.site.reportById.get(tb.data.report)?.data.title,
});
const indicatorRow = (ind: Rs['indicators'][number]): IndicatorDownloads => {
  // Indicators of the same name in different tables ("Total", a district) are told apart by their tables.
  const tables = [...new Set(ind.appearances.map((a) => a.tableNumber).filter((n) => n !== undefined))];
  const label = tables.length > 0 ? `${indicatorName(ind)}, ${t('tables.number')} ${tables.join(', ')}` : indicatorName(ind);
  return { ...indicatorDownloads(ind.id), href: indicatorUrl(ind.id), label };
};
/** Whether a list of downloads is too long for /data/ and has pages of its own. */
const paged = (count: number): boolean => count > LIST_PAGE_SIZE;

/** "2.1 MB", "14 kB" (at least 1 kB). */
export const fileSize = (bytes: number): string => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

export async function dataPage(): Promise<DataPage> {
  const [rs, bulk] = await Promise.all([reportSite(), bulkSummary()]);
  return {
    tableCount: rs.tables.length,
    indicatorCount: rs.indicators.length,
    bulk: { href: BULK_URL, size: fileSize(bulk.zipBytes) },
    packageHref: PACKAGE_URL,
    kinds: bulk.datasets.map((d) => ({ ...d, text: describe(d, (key) => t(key)), csvHref: datasetCsvUrl(d.name), jsonHref: datasetJsonUrl(d.name) })),
    tables: paged(rs.tables.length) ? [] : rs.tables.map((tb) => tableRow(rs, tb)),
    tablesAll: paged(rs.tables.length) ? { href: downloadsUrl('tables'), label: t('data.allTables', { count: rs.tables.length }) } : undefined,
    indicators: paged(rs.indicators.length) ? [] : rs.indicators.map(indicatorRow),
    indicatorsAll: paged(rs.indicators.length) ? { href: downloadsUrl('indicators'), label: t('data.allIndicators', { count: rs.indicators.length }) } : undefined,
  };
}

export interface DownloadsPage extends ListPagePosition {
  kind: DownloadKind;
  /** "Each table's files", with "(page n of m)" from page 2 on. */
  title: string;
  description: string;
  /** How many tables or indicators the whole list has. */
  count: number;
  /** This page's tables (kind "tables") or indicators (kind "indicators"); the other is empty. */
  tables: TableDownloads[];
  indicators: IndicatorDownloads[];
}

/** Every page of the lists of downloads too long for /data/ (none when both fit there). */
export async function downloadsPaths(): Promise<{ kind: DownloadKind; number: number }[]> {
  const rs = await reportSite();
  const counts = { tables: rs.tables.length, indicators: rs.indicators.length };
  return DOWNLOAD_KINDS.filter((kind) => paged(counts[kind])).flatMap((kind) =>
    Array.from({ length: Math.ceil(counts[kind] / LIST_PAGE_SIZE) }, (_, i) => ({ kind, number: i + 1 })),
  );
}

/** What page `number` of /data/downloads/<kind>/ shows: a slice of the tables' or indicators' downloads. */
export async function downloadsPage(kind: DownloadKind, number = 1): Promise<DownloadsPage> {
  const rs = await reportSite();
  const base = downloadsUrl(kind);
  if (!DOWNLOAD_KINDS.includes(kind)) throw new Error(`${base}: no such list`);
  const count = kind === 'tables' ? rs.tables.length : rs.indicators.length;
  if (!paged(count)) throw new Error(`${base}: no such list (it fits on /data/)`);
  const total = Math.ceil(count / LIST_PAGE_SIZE);
  if (!Number.isInteger(number) || number < 1 || number > total) throw new Error(`${base}: no page ${number} (it has ${total})`);
  const slice = <T>(items: readonly T[]): T[] => listPages(items)[number - 1]!.items;
  return {
    kind,
    title: listPageTitle(t(`data.${kind}PageTitle`), number, total),
    description: t(`data.${kind}PageDescription`, { count }),
    count,
    ...listPagePosition(base, number, total),
    tables: kind === 'tables' ? slice(rs.tables).map((tb) => tableRow(rs, tb)) : [],
    indicators: kind === 'indicators' ? slice(rs.indicators).map(indicatorRow) : [],
  };
}
