import type { APIRoute } from 'astro';
import { CALENDAR_HEADERS } from '../../../lib/meetings/ical.ts';
import { meetingIndex } from '../../../lib/meetings/index.ts';
import { calendarFor, calendarNames } from '../../../lib/meetings/calendar.ts';
import { siteConfig } from '../../../site.config.ts';

/** One body's meetings with a stated date, as an iCalendar file. */
export async function getStaticPaths() {
  const index = await meetingIndex();
  return index.site.bodies.map((b) => ({ params: { id: b.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const index = await meetingIndex();
  const id = String(params['id']);
  const body = index.site.bodyById.get(id);
  if (!body) throw new Error(`bodies: no body "${id}" in src/content/bodies/`);
  const views = index.byBody.get(id) ?? [];
  return new Response(calendarFor(index, views, calendarNames.body(body.data.name), site ?? siteConfig.url), { headers: CALENDAR_HEADERS });
};
