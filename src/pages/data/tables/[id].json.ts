/**
 * /data/tables/<id>.json: a table as JSON (its content entry, with its title and links).
 * The dev server's route; a build writes these files all at once (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse, openDataRoutes } from '../../../lib/open-data/routes.ts';

export const getStaticPaths = (() => openDataRoutes('tables')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataResponse('tables', params.id, 'json');
