/**
 * The RSS feed of meetings (/meetings.xml): one item per meeting, newest first.
 * Pure; src/pages/meetings.xml.ts hands the items to @astrojs/rss.
 */
import type { RSSOptions } from '@astrojs/rss';
import { compareMeetings, londonToUtc, meetingDate, type MeetingLike } from './meetings.ts';

export interface MeetingFeedItem {
  title: string;
  /** Absolute or site-relative link to the meeting page. */
  link: string;
  /** Stable identifier (the meeting page URL). */
  guid: string;
  description: string;
  /** When the meeting starts (London time converted to an instant); absent when the papers give no date. */
  pubDate?: Date | undefined;
  /** The body's name, as an RSS category. */
  categories: string[];
}

/** The instant a meeting starts: its London start time, or London midnight when no time is stated. */
export function meetingInstant(m: MeetingLike): Date | undefined {
  const date = meetingDate(m);
  if (!date) return undefined;
  return londonToUtc(date, m.data.startTime ?? '00:00');
}

/** Feed items for meetings, newest first; meetings without a date keep their place by year. */
export function meetingFeedItems<T extends MeetingLike>(
  meetings: readonly T[],
  describe: (m: T) => { title: string; link: string; description: string; category: string },
): MeetingFeedItem[] {
  return [...meetings]
    .sort((a, b) => compareMeetings(b, a))
    .map((m) => {
      const d = describe(m);
      return {
        title: d.title,
        link: d.link,
        guid: d.link,
        description: d.description,
        pubDate: meetingInstant(m),
        categories: [d.category],
      };
    });
}

/** Options for @astrojs/rss: the channel and its items (guid = link, pubDate only when dated). */
export function meetingsRssOptions(
  items: readonly MeetingFeedItem[],
  channel: { title: string; description: string; site: string | URL },
): RSSOptions {
  return {
    title: channel.title,
    description: channel.description,
    site: channel.site,
    trailingSlash: true,
    customData: '<language>en-GB</language>',
    items: items.map((i) => ({
      title: i.title,
      link: i.link,
      description: i.description,
      categories: i.categories,
      ...(i.pubDate ? { pubDate: i.pubDate } : {}),
    })),
  };
}
