/** /data/<name>.json: one kind of record as a JSON array of objects, the same rows as its CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../lib/open-data/site.ts';

export const getStaticPaths = (async () => (await openData()).files.map((f) => ({ params: { name: f.dataset.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await openData()).fileByName.get(params.name ?? '');
  if (!file) throw new Error(`/data/${params.name}.json: no such dataset`);
  return new Response(file.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
