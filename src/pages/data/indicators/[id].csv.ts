/** /data/indicators/<id>.csv: every printed figure of one indicator, with its period's dates where the table's notes give them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportSite } from '../../../lib/reports/site.ts';
import { indicatorCsv } from '../../../lib/open-data/csv.ts';

export const getStaticPaths = (async () => (await reportSite()).indicators.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const rs = await reportSite();
  const ind = rs.indicatorById.get(params.id ?? '');
  if (!ind) throw new Error(`/data/indicators/${params.id}.csv: no such indicator`);
  const tableOf = (id: string) => rs.site.tableById.get(id)?.data;
  return new Response(indicatorCsv(ind, tableOf), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
