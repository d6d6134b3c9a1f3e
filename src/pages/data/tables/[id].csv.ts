/** /data/tables/<id>.csv: a table as CSV (printed text, parsed value and unit per column). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportSite } from '../../../lib/reports/site.ts';
import { tableCsv } from '../../../lib/open-data/csv.ts';

export const getStaticPaths = (async () => (await reportSite()).tables.map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = (await reportSite()).site.tableById.get(params.id ?? '');
  if (!table) throw new Error(`/data/tables/${params.id}.csv: no such table`);
  return new Response(tableCsv(table.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
