/**
 * /data/<name>.json: one kind of record as JSON, and /data/datapackage.json, what every CSV holds (src/lib/open-data/), in the dev server. A build lists no paths here: the open data worker writes
 * the same bytes (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bulkResponse, bulkRoutes } from '../../lib/open-data/site.ts';

export const getStaticPaths = (() => bulkRoutes('json')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => bulkResponse(`${params.name ?? ''}.json`);
