/**
 * Search-engine metadata for meeting pages: schema.org Event JSON-LD and
 * one-sentence page descriptions. Pure functions; pages pass the result to
 * the Base layout's `jsonLd` and `description` props.
 */
import { shorten } from '../text/inline.ts';
import { siteConfig } from '../../site.config.ts';
import { londonDateTime } from '../meetings/meetings.ts';

/** The one preview image every page names (public/og-image.png, made by scripts/og-image.ts), as an absolute URL. */
export const OG_IMAGE = new URL('/og-image.png', siteConfig.url).href;

export interface EventInput {
  /** Event name, e.g. "PCC Accountability Meeting, 29 January 2025". */
  name: string;
  /** Absolute URL of the meeting page. */
  url: string;
  /** One-sentence description. */
  description: string;
  /** ISO date, when the papers state it. */
  date?: string | undefined;
  /** London start time HH:MM, when stated. */
  startTime?: string | undefined;
  /** London end time HH:MM, when stated. */
  endTime?: string | undefined;
  /** Venue as printed, when stated. */
  venue?: string | undefined;
  /** The meeting's status in the papers. */
  status: 'scheduled' | 'held' | 'cancelled';
  /** Who organises it (the body's organiser), when known. */
  organizer?: string | undefined;
  /** The body's name, as the event's super-event series. */
  bodyName?: string | undefined;
  /** Absolute URL of the body's page. */
  bodyUrl?: string | undefined;
}

/**
 * schema.org Event for a meeting. startDate carries the Europe/London offset
 * when a time is stated, else it is a plain date. Held meetings keep
 * EventScheduled (schema.org has no "held" status; EventScheduled is correct
 * for an event that took place as planned). Returns undefined when the papers
 * give no date: an Event without a startDate would be invalid, and no date is
 * guessed.
 */
export function meetingEventJsonLd(e: EventInput): Record<string, unknown> | undefined {
  if (!e.date) return undefined;
  const venue = e.venue?.replace(/\s*\n\s*/g, ' ');
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    description: e.description,
    url: e.url,
    startDate: e.startTime ? londonDateTime(e.date, e.startTime) : e.date,
    ...(e.startTime && e.endTime ? { endDate: londonDateTime(e.date, e.endTime) } : {}),
    eventStatus: e.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    ...(venue ? { location: { '@type': 'Place', name: venue, address: venue } } : {}),
    ...(e.organizer ? { organizer: { '@type': 'Organization', name: e.organizer } } : {}),
    ...(e.bodyName && e.bodyUrl ? { superEvent: { '@type': 'EventSeries', name: e.bodyName, url: e.bodyUrl } } : {}),
    inLanguage: 'en-GB',
  };
}

/** Trim a description to a search-friendly length on a word boundary (never mid-word). */
export function clampDescription(text: string, max = 160): string {
  return shorten(text, max);
}

/** Longest page title that keeps "<title> – <site name>" within 70 characters (html-validate long-title). */
export const TITLE_MAX = 70 - ' – '.length - siteConfig.name.length;
/** Length of the text as written in HTML (html-validate measures "&amp;" as five characters). */
const htmlLength = (s: string): number => s.replace(/&/g, '&amp;').replace(/['"]/g, '&#39;').replace(/[<>]/g, '&lt;').length;
/** A page title from a long heading: cut at a word with "…" when it would make the <title> too long. */
export function pageTitle(text: string): string {
  let max = TITLE_MAX;
  let out = shorten(text, max);
  while (htmlLength(out) > TITLE_MAX && max > 12) out = shorten(text, --max);
  return out;
}
