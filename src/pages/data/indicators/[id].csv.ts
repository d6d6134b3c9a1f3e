/** /data/indicators/<id>.csv: every printed figure of one indicator. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportSite } from '../../../lib/indicators-site.ts';
import { indicatorCsv } from '../../../lib/csv.ts';

export const getStaticPaths = (async () => (await reportSite()).indicators.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const ind = (await reportSite()).indicatorById.get(params.id ?? '');
  if (!ind) throw new Error(`/data/indicators/${params.id}.csv: no such indicator`);
  return new Response(indicatorCsv(ind), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
