/**
 * /data/<name>.csv, /data/<name>.json (one kind of record: meetings, questions, actions, …),
 * /data/datapackage.json and /data/open-scrutiny-data.zip, in the dev server. A build lists no
 * paths here: the open data worker writes the same bytes (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bulkFile, bulkFileNames } from '../../lib/open-data/site.ts';

export const getStaticPaths = (async () => (import.meta.env.OS_BUILD ? [] : (await bulkFileNames()).map((file) => ({ params: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await bulkFile(params.file ?? '');
  return new Response(body, { headers: { 'Content-Type': type } });
};
