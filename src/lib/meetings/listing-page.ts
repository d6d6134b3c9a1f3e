/**
 * What the meetings listing (/meetings/) shows, worked out here so the .astro file only renders it:
 * the bodies with how many meetings each has, the meetings still to come (as of the build date), then
 * the earlier ones by year, newest first, each year with its anchor.
 */
import { t } from '../i18n/i18n.ts';
import { meetingIndex, type MeetingView } from './index.ts';
import { bodyUrl } from './meetings.ts';

export interface MeetingsListingPage {
  /** The build date, which decides what is still to come. */
  today: string;
  /** Each body's page, with its name and how many meetings it has, in the bodies' order. */
  bodies: { href: string; name: string; count: number }[];
  /** Meetings still to come, soonest first. */
  upcoming: MeetingView[];
  /** Every other meeting by year, newest year first; a year nothing supports is "year-unknown". */
  years: { id: string; label: string; views: MeetingView[] }[];
}

export async function meetingsListingPage(): Promise<MeetingsListingPage> {
  const index = await meetingIndex();
  const { listing, site } = index;
  const view = (id: string): MeetingView => index.view(id);
  return {
    today: index.today,
    bodies: [...site.bodies]
      .sort((a, b) => a.data.order - b.data.order)
      .map((b) => ({ href: bodyUrl(b.id), name: b.data.name, count: index.byBody.get(b.id)?.length ?? 0 })),
    upcoming: listing.upcoming.map((m) => view(m.id)),
    years: listing.past.map((g) => ({
      id: g.year === undefined ? 'year-unknown' : `year-${g.year}`,
      label: g.year === undefined ? t('meetings.yearUnknown') : String(g.year),
      views: g.meetings.map((m) => view(m.id)),
    })),
  };
}
