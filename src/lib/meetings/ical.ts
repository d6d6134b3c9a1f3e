/**
 * iCalendar (RFC 5545) files for meetings: all meetings, one body, or one
 * meeting. Generated with ical-generator (CRLF line endings, folding at 75
 * octets without splitting a UTF-8 character, TEXT escaping), and checked in
 * tests with ical.js.
 *
 * Times: the papers give London wall-clock times. They are written as UTC
 * (DTSTART:…Z), converted with the Europe/London rules in meetings.ts, so every
 * client shows the right local time without needing a VTIMEZONE. A meeting
 * whose time is not stated is an all-day event (VALUE=DATE). A meeting whose
 * date is not stated is left out (its page says so).
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { londonToUtc, type MeetingLike } from './meetings.ts';

/** One calendar event, built from a meeting. */
export interface CalendarEvent {
  /** The meeting id; the UID is `<id>@<site host>`. */
  id: string;
  /** SUMMARY, e.g. "PCC Accountability Meeting". */
  summary: string;
  /** ISO date. */
  date: string;
  /** London start time HH:MM, when stated. */
  startTime?: string | undefined;
  /** London end time HH:MM, when stated. */
  endTime?: string | undefined;
  /** LOCATION, when the papers give a venue. */
  location?: string | undefined;
  /** DESCRIPTION. */
  description?: string | undefined;
  /** Absolute URL of the meeting page. */
  url: string;
  /** The meeting's status in the papers. */
  status: 'scheduled' | 'held' | 'cancelled';
}

export interface CalendarOptions {
  /** Calendar name (X-WR-CALNAME / NAME). */
  name: string;
  /** Calendar description. */
  description?: string | undefined;
  /** Absolute site URL; its host makes UIDs unique and stable. */
  siteUrl: string;
  /** DTSTAMP for every event: when this file was generated (the build date). */
  stamp: Date;
}

/** A stable UID for a meeting: its id at the site's host. */
export function meetingUid(id: string, siteUrl: string): string {
  return `${id}@${new URL(siteUrl).host}`;
}

function utcMidnight(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The calendar event for a meeting, or undefined when the papers give no date
 * (such a meeting cannot be put in a calendar).
 */
export function meetingEvent(
  m: MeetingLike,
  info: { summary: string; url: string; description?: string | undefined },
): CalendarEvent | undefined {
  if (m.data.date.kind !== 'exact') return undefined;
  return {
    id: m.id,
    summary: info.summary,
    date: m.data.date.date,
    startTime: m.data.startTime,
    endTime: m.data.startTime ? m.data.endTime : undefined,
    location: m.data.venue?.replace(/\s*\n\s*/g, ' '),
    description: info.description,
    url: info.url,
    status: m.data.status,
  };
}

/** Render events as one iCalendar file (a string with CRLF line endings). */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const cal = ical({
    name: options.name,
    prodId: { company: new URL(options.siteUrl).host, product: 'Open Scrutiny', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ...(options.description ? { description: options.description } : {}),
  });
  const key = (e: CalendarEvent) => `${e.date}T${e.startTime ?? '00:00'} ${e.id}`;
  const sorted = [...events].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const e of sorted) {
    const allDay = e.startTime === undefined;
    const start = allDay ? utcMidnight(e.date) : londonToUtc(e.date, e.startTime!);
    let end: Date | undefined;
    if (allDay) end = new Date(start.getTime() + 86_400_000);
    else if (e.endTime) end = londonToUtc(e.date, e.endTime);
    cal.createEvent({
      id: meetingUid(e.id, options.siteUrl),
      start,
      ...(end ? { end } : {}),
      allDay,
      stamp: options.stamp,
      summary: e.summary,
      ...(e.location ? { location: e.location } : {}),
      ...(e.description ? { description: e.description } : {}),
      url: e.url,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const text = cal.toString();
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** The DTSTAMP used for a build: midnight UTC of the build date. */
export function calendarStamp(buildDate: string): Date {
  return utcMidnight(buildDate);
}

/** HTTP headers for a calendar file. */
export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
