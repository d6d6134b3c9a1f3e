/** /data/open-scrutiny-data.zip: every CSV of /data/ plus datapackage.json, built once per build, byte-for-byte reproducible. */
import type { APIRoute } from 'astro';
import { openData } from '../../lib/open-data/site.ts';

export const GET: APIRoute = async () => {
  const { zip } = await openData();
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
