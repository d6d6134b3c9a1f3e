/** /data/<name>.csv: one kind of record (meetings, questions, actions, …), one row per record (src/lib/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFileText, openData } from '../../lib/open-data/site.ts';

export const getStaticPaths = (async () => (await openData()).files.map((f) => ({ params: { name: f.dataset.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetFileText(params.name ?? '', 'csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
