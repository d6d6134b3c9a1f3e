/**
 * Meetings month by month: which months have meetings, the meetings of each, and the months
 * before and after it that have any. Pure; the pages under /meetings/month/ render it.
 * Meetings whose date the papers do not state have no month and are counted apart, so the
 * pages can say so instead of dropping them.
 */
import { compareMeetings, meetingDate, type MeetingLike } from './meetings.ts';
import { getOrMake } from '../content/group.ts';

export interface MonthGroup<T> {
  /** "2025-01". */
  key: string;
  year: number;
  /** 1–12. */
  month: number;
  meetings: T[];
  previous: string | undefined;
  next: string | undefined;
}

export interface MonthIndex<T> {
  /** Months with at least one meeting, oldest first. */
  months: MonthGroup<T>[];
  byKey: Map<string, MonthGroup<T>>;
  /** Meetings without a stated date. */
  undated: T[];
}

export const monthUrl = (key: string): string => `/meetings/month/${key}/`;

/** One pass over the meetings: grouped by the month of their stated date, in date order. */
export function meetingsByMonth<T extends MeetingLike>(meetings: readonly T[]): MonthIndex<T> {
  const byKey = new Map<string, MonthGroup<T>>();
  const undated: T[] = [];
  for (const m of [...meetings].sort(compareMeetings)) {
    const date = meetingDate(m);
    if (date === undefined) {
      undated.push(m);
      continue;
    }
    const key = date.slice(0, 7);
    let group = byKey.get(key);
    if (!group) {
      group = { key, year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), meetings: [], previous: undefined, next: undefined };
      byKey.set(key, group);
    }
    group.meetings.push(m);
  }
  const months = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  months.forEach((g, i) => {
    g.previous = months[i - 1]?.key;
    g.next = months[i + 1]?.key;
  });
  return { months, byKey, undated };
}

/** One month-and-year format per locale (the site has one or two), made once. */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "January 2025", in the site's language. */
export function monthLabel(key: string, locale = 'en-GB'): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const format = getOrMake(monthFormats, locale, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(y, m - 1, 1)));
}
