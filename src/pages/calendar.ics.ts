import type { APIRoute } from 'astro';
import { CALENDAR_HEADERS } from '../lib/meetings/ical.ts';
import { meetingIndex } from '../lib/meetings/index.ts';
import { calendarFor, calendarNames } from '../lib/meetings/calendar.ts';
import { siteConfig } from '../site.config.ts';

/** Every meeting with a stated date, as one iCalendar file. */
export const GET: APIRoute = async ({ site }) => {
  const index = await meetingIndex();
  return new Response(calendarFor(index, index.ordered, calendarNames.all(), site ?? siteConfig.url), { headers: CALENDAR_HEADERS });
};
