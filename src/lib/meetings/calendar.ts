/**
 * Calendar files and the RSS feed of meetings, built from the meeting index
 * (used by /calendar.ics, /bodies/<id>/calendar.ics, /meetings/<id>/event.ics
 * and /meetings.xml).
 */
import { buildCalendar, calendarStamp, meetingEvent, type CalendarEvent } from './ical.ts';
import { t } from '../i18n/i18n.ts';
import { meetingUrl } from './meetings.ts';
import { stateLabel } from './labels.ts';
import type { MeetingIndex, MeetingView } from './index.ts';
import { siteConfig } from '../../site.config.ts';

/** The calendar event of a meeting view, or undefined when its date is not stated. */
export function viewEvent(view: MeetingView, site: string | URL): CalendarEvent | undefined {
  const url = new URL(meetingUrl(view.id), site).href;
  const m = view.entry.data;
  const parts = [t('calendar.eventDescription', { title: view.title, url })];
  if (m.timeText) parts.push(t('calendar.timeNote', { text: m.timeText }));
  parts.push(t('calendar.statusNote', { status: stateLabel(view.state) }));
  return meetingEvent(view.entry, { summary: view.title, url, description: parts.join('\n') });
}

/** An iCalendar file of the given meetings (those without a stated date are left out). */
export function calendarFor(index: MeetingIndex, views: readonly MeetingView[], name: string, site: string | URL): string {
  const events = views.map((v) => viewEvent(v, site)).filter((e): e is CalendarEvent => e !== undefined);
  return buildCalendar(events, { name, siteUrl: new URL(site).href, stamp: calendarStamp(index.today) });
}

/** Calendar names. */
export const calendarNames = {
  all: () => t('calendar.allName', { site: siteConfig.name }),
  body: (body: string) => t('calendar.bodyName', { site: siteConfig.name, body }),
};
