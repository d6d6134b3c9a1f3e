/**
 * /data/indicators/<id>.json: one indicator, its appearances and figures.
 * The dev server's route; a build writes these files all at once (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse, openDataRoutes } from '../../../lib/open-data/routes.ts';

export const getStaticPaths = (() => openDataRoutes('indicators')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataResponse('indicators', params.id, 'json');
