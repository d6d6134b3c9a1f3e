import type { APIRoute } from 'astro';
import { CALENDAR_HEADERS } from '../../../lib/meetings/ical.ts';
import { meetingIndex } from '../../../lib/meetings/index.ts';
import { calendarFor } from '../../../lib/meetings/calendar.ts';
import { siteConfig } from '../../../site.config.ts';

/** One meeting's iCalendar file. Meetings whose date is not stated have none (their page says so). */
export async function getStaticPaths() {
  const index = await meetingIndex();
  return index.ordered.filter((v) => v.entry.data.date.kind === 'exact').map((v) => ({ params: { id: v.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const index = await meetingIndex();
  const view = index.view(String(params['id']));
  return new Response(calendarFor(index, [view], view.title, site ?? siteConfig.url), { headers: CALENDAR_HEADERS });
};
