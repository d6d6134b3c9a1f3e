/** /data/indicators/<id>.json: one indicator, its appearances and figures. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportSite, indicatorDownloads, indicatorUrl } from '../../../lib/reports/site.ts';
import { indicatorJson } from '../../../lib/open-data/csv.ts';

export const getStaticPaths = (async () => (await reportSite()).indicators.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const ind = (await reportSite()).indicatorById.get(params.id ?? '');
  if (!ind) throw new Error(`/data/indicators/${params.id}.json: no such indicator`);
  return new Response(indicatorJson(ind, { page: indicatorUrl(ind.id), csv: indicatorDownloads(ind.id).csv }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
