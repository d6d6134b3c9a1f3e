/**
 * /data/indicators/<id>.csv: every printed figure of one indicator, with its period's dates where the table's notes give them.
 * The dev server's route; a build writes these files all at once (src/integrations/open-data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse, openDataRoutes } from '../../../lib/open-data/routes.ts';

export const getStaticPaths = (() => openDataRoutes('indicators')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataResponse('indicators', params.id, 'csv');
