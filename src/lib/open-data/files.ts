/**
 * The per-table and per-indicator downloads under /data/ (`tables/<id>.csv|json`,
 * `indicators/<id>.csv|json`), as files: one CSV and one JSON for every table and
 * every indicator. A build writes them all at once (src/integrations/open-data-files.ts),
 * which costs a small fraction of rendering each through its own route; the dev server
 * serves the same bytes through the routes in src/pages/data/, which call the same functions.
 *
 * Pure: it takes the three collections it needs, so it runs inside and outside Astro.
 */
import type { Indicator } from '../indicators/indicators.ts';
import { buildIndicators, indicatorDownloads, indicatorUrl } from '../indicators/indicators.ts';
import { meetingDate, reportUrl, type MeetingLike } from '../meetings/meetings.ts';
import { tableAnchor, tableDownloads, type TableData } from '../tables/tables.ts';
import { indicatorCsv, indicatorJson, tableCsv, tableJson } from './csv.ts';

/** The entries the downloads are made from: tables, and the reports and meetings that date them. */
export interface OpenDataContent {
  tables: readonly { id: string; data: TableData }[];
  reports: readonly { id: string; data: { meeting: string; planEntries: string[] } }[];
  meetings: readonly { id: string; data: Pick<MeetingLike['data'], 'date'> }[];
}

/** One written download: its path under the site's root ("data/tables/<id>.csv") and its text. */
export interface OpenDataFile {
  path: string;
  text: string;
}

/** Each report's meeting date (undefined when the date is not stated) and plan entries, by report id. */
export function reportInfo(content: Pick<OpenDataContent, 'reports' | 'meetings'>): Map<string, { date: string | undefined; planEntries: string[] }> {
  const meetings = new Map(content.meetings.map((m) => [m.id, m]));
  return new Map(
    content.reports.map((r) => {
      const m = meetings.get(r.data.meeting);
      return [r.id, { date: m ? meetingDate(m) : undefined, planEntries: r.data.planEntries }];
    }),
  );
}

/** Tables in reading order: by their report's meeting date (oldest first), then report id, then order within the report. */
export function readingOrder<T extends { id: string; data: { report: string; order: number } }>(tables: readonly T[], reports: ReturnType<typeof reportInfo>): T[] {
  return [...tables].sort((a, b) => {
    const ra = reports.get(a.data.report)?.date ?? '';
    const rb = reports.get(b.data.report)?.date ?? '';
    return ra.localeCompare(rb) || a.data.report.localeCompare(b.data.report) || a.data.order - b.data.order;
  });
}

/** Every indicator of the tables, in the order and with the ids of the performance pages (`reportSite().indicators`). */
export const indicatorsOf = (content: OpenDataContent): Indicator[] => {
  const reports = reportInfo(content);
  return buildIndicators({ tables: readingOrder(content.tables, reports), reports });
};

/** A root-relative URL ("/data/tables/x.csv") as a path under the site's root. */
const fileOf = (url: string): string => url.replace(/^\//, '');

/** A table's CSV and JSON. */
export function tableFiles(table: { id: string; data: TableData }): { csv: OpenDataFile; json: OpenDataFile } {
  const urls = tableDownloads(table.id);
  return {
    csv: { path: fileOf(urls.csv), text: tableCsv(table.data) },
    json: { path: fileOf(urls.json), text: tableJson(table.id, table.data, { report: `${reportUrl(table.data.report)}#${tableAnchor(table.id)}`, csv: urls.csv }) },
  };
}

/** An indicator's CSV (with its periods' dates from the tables it appears in) and JSON. */
export function indicatorFiles(ind: Indicator, tableOf: (id: string) => TableData | undefined): { csv: OpenDataFile; json: OpenDataFile } {
  const urls = indicatorDownloads(ind.id);
  return {
    csv: { path: fileOf(urls.csv), text: indicatorCsv(ind, tableOf) },
    json: { path: fileOf(urls.json), text: indicatorJson(ind, { page: indicatorUrl(ind.id), csv: urls.csv }) },
  };
}

/** Every table's and indicator's downloads, one at a time (so a caller can write each and let it go); give the indicators when they are at hand. */
export function* openDataFiles(content: OpenDataContent, indicators: readonly Indicator[] = indicatorsOf(content)): Generator<OpenDataFile> {
  const tableById = new Map(content.tables.map((t) => [t.id, t.data]));
  for (const t of content.tables) {
    const { csv, json } = tableFiles(t);
    yield csv;
    yield json;
  }
  const tableOf = (id: string) => tableById.get(id);
  for (const ind of indicators) {
    const { csv, json } = indicatorFiles(ind, tableOf);
    yield csv;
    yield json;
  }
}
