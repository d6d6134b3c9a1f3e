/** /data/<name>.json: one kind of record as a JSON array of objects, the same rows as its CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFileText, openData } from '../../lib/open-data/site.ts';

export const getStaticPaths = (async () => (await openData()).files.map((f) => ({ params: { name: f.dataset.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetFileText(params.name ?? '', 'json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
