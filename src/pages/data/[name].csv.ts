/** /data/<name>.csv: one kind of record (meetings, questions, actions, …), one row per record (src/lib/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../lib/open-data/site.ts';

export const getStaticPaths = (async () => (await openData()).files.map((f) => ({ params: { name: f.dataset.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await openData()).fileByName.get(params.name ?? '');
  if (!file) throw new Error(`/data/${params.name}.csv: no such dataset`);
  return new Response(file.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
