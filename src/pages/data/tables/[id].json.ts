/** /data/tables/<id>.json: a table as JSON (its content entry, with its title and links). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportSite } from '../../../lib/reports/site.ts';
import { tableJson } from '../../../lib/open-data/csv.ts';
import { tableAnchor, tableDownloads } from '../../../lib/tables/tables.ts';
import { reportUrl } from '../../../lib/meetings/meetings.ts';

export const getStaticPaths = (async () => (await reportSite()).tables.map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = (await reportSite()).site.tableById.get(params.id ?? '');
  if (!table) throw new Error(`/data/tables/${params.id}.json: no such table`);
  const urls = { report: `${reportUrl(table.data.report)}#${tableAnchor(table.id)}`, csv: tableDownloads(table.id).csv };
  return new Response(tableJson(table.id, table.data, urls), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
