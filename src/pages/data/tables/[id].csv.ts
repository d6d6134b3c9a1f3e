/**
 * /data/tables/<id>.csv: a table as CSV (printed text, parsed value and unit per column).
 * The dev server's route; a build writes these files all at once (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse, openDataRoutes } from '../../../lib/open-data/routes.ts';

export const getStaticPaths = (() => openDataRoutes('tables')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataResponse('tables', params.id, 'csv');
