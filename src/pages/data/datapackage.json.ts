/** /data/datapackage.json: the Frictionless Data Package descriptor of the CSVs in the bulk download. */
import type { APIRoute } from 'astro';
import { openData } from '../../lib/open-data/site.ts';

export const GET: APIRoute = async () =>
  new Response((await openData()).dataPackage, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
