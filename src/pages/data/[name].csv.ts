/**
 * /data/<name>.csv: one kind of record (meetings, questions, actions, …), one row per record (src/lib/open-data/), in the dev server. A build lists no paths here: the open data worker writes
 * the same bytes (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bulkResponse, bulkRoutes } from '../../lib/open-data/site.ts';

export const getStaticPaths = (() => bulkRoutes('csv')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => bulkResponse(`${params.name ?? ''}.csv`);
