/**
 * What the open data page (/data/) shows, worked out here so the .astro file only renders it: the
 * bulk download and its size, every kind of record with its files and columns, and the downloads of
 * every table and every indicator.
 */
import { t } from '../i18n/i18n.ts';
import { reportUrl } from '../meetings/meetings.ts';
import { indicatorName, reportSite } from '../reports/site.ts';
import { indicatorDownloads, indicatorUrl } from '../indicators/indicators.ts';
import { captionText, tableAnchor, tableDownloads } from '../tables/tables.ts';
import type { OpenDataFile } from './site.ts';
import { BULK_URL, datasetCsvUrl, datasetJsonUrl, openData, PACKAGE_URL } from './site.ts';

export interface Downloads {
  csv: string;
  json: string;
}

export interface DataPage {
  tableCount: number;
  indicatorCount: number;
  bulk: { href: string; size: string };
  packageHref: string;
  /** Every kind of record (meetings, questions, …) as a dataset, with the URLs of its CSV and JSON files. */
  kinds: (Pick<OpenDataFile, 'dataset' | 'text'> & { csvHref: string; jsonHref: string })[];
  /** Each table: its place on its report's page, its report's title (or id) and its files. */
  tables: (Downloads & { href: string; name: string; reportId: string; reportTitle: string | undefined })[];
  /** Each indicator, named with its tables where the same name is printed in several. */
  indicators: (Downloads & { href: string; label: string })[];
}

/** "2.1 MB", "14 kB" (at least 1 kB). */
export const fileSize = (bytes: number): string => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

export async function dataPage(): Promise<DataPage> {
  const [rs, data] = await Promise.all([reportSite(), openData()]);
  const { site } = rs;
  return {
    tableCount: rs.tables.length,
    indicatorCount: rs.indicators.length,
    bulk: { href: BULK_URL, size: fileSize(data.zip.length) },
    packageHref: PACKAGE_URL,
    kinds: data.files.map(({ dataset, text }) => ({ dataset, text, csvHref: datasetCsvUrl(dataset.name), jsonHref: datasetJsonUrl(dataset.name) })),
    tables: rs.tables.map((tb) => ({
      ...tableDownloads(tb.id),
      href: `${reportUrl(tb.data.report)}#${tableAnchor(tb.id)}`,
      name: captionText(tb.data, t('tables.number'), tb.id),
      reportId: tb.data.report,
      reportTitle: site.reportById.get(tb.data.report)?.data.title,
    })),
    indicators: rs.indicators.map((ind) => {
      // Indicators of the same name in different tables ("Total", a district) are told apart by their tables.
      const tables = [...new Set(ind.appearances.map((a) => a.tableNumber).filter((n) => n !== undefined))];
      const label = tables.length > 0 ? `${indicatorName(ind)}, ${t('tables.number')} ${tables.join(', ')}` : indicatorName(ind);
      return { ...indicatorDownloads(ind.id), href: indicatorUrl(ind.id), label };
    }),
  };
}
