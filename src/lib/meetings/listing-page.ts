/**
 * What the meetings listing (/meetings/, /meetings/2/, …) shows, worked out here so the .astro file
 * only renders it: the bodies with how many meetings each has, the meetings still to come (as of the
 * build date), then the earlier ones by year, newest first, each year with its anchor.
 *
 * The list is cut into pages of LIST_PAGE_SIZE meetings (src/lib/site/list-pages.ts), so that no page
 * grows with the whole site: the meetings are cut one by one (a year of an area with thousands of
 * meetings would not fit on one page), and each page regroups its own meetings under the year
 * headings; a year that carries on from the page before says so. Counts are the whole list's.
 */
import { t } from '../i18n/i18n.ts';
import { listPagePosition, listPages, listPageTitle, listPageUrl, type ListPagePosition } from '../site/list-pages.ts';
import { meetingIndex, type MeetingView } from './index.ts';
import { bodyUrl } from './meetings.ts';

/** The list's own URL (page 1). */
export const MEETINGS_URL = '/meetings/';

/** One year's meetings on one page. */
export interface YearOnPage<V> {
  /** The heading's anchor: "year-2024", or "year-unknown" for the meetings nothing dates. */
  id: string;
  label: string;
  /** The year's meetings on this page. */
  views: V[];
  /** How many meetings the year has in all (on every page). */
  count: number;
  /** The year began on an earlier page. */
  continued: boolean;
}

/** One page of the listing, whatever a meeting is (MeetingView on the site, anything in the tests). */
export interface ListingSlice<V> extends ListPagePosition {
  /** The meetings still to come on this page; undefined when the page holds none and is not page 1 (no section). */
  upcoming: V[] | undefined;
  /** Upcoming meetings began on an earlier page. */
  upcomingContinued: boolean;
  /** The earlier meetings on this page, by year. */
  years: YearOnPage<V>[];
  /** Every year of the list, linked where it starts (an anchor on this page, or on the page that holds its start). */
  yearLinks: { href: string; label: string }[];
}

/** A group of earlier meetings, as the site's index gives them. */
export interface YearGroup<V> {
  year: number | undefined;
  views: V[];
}

const yearId = (year: number | undefined): string => (year === undefined ? 'year-unknown' : `year-${year}`);
const yearLabel = (year: number | undefined): string => (year === undefined ? t('meetings.yearUnknown') : String(year));

/**
 * The listing cut into pages: upcoming meetings first, then the earlier ones by year, LIST_PAGE_SIZE
 * (or `size`) meetings a page. Pure, so that it can be tested on a list of any length.
 */
export function listingSlices<V>(upcoming: readonly V[], years: readonly YearGroup<V>[], size?: number): ListingSlice<V>[] {
  type Item = { view: V; year: YearGroup<V> | undefined };
  const items: Item[] = [
    ...upcoming.map((view) => ({ view, year: undefined })),
    ...years.flatMap((year) => year.views.map((view) => ({ view, year }))),
  ];
  const pages = listPages(items, size);
  /** The page on which each year starts. */
  const startOf = new Map<YearGroup<V>, number>();
  for (const p of pages) for (const it of p.items) if (it.year && !startOf.has(it.year)) startOf.set(it.year, p.number);
  return pages.map((p) => {
    const here = p.items.filter((it) => it.year === undefined).map((it) => it.view);
    const byYear = new Map<YearGroup<V>, V[]>();
    for (const it of p.items) {
      if (!it.year) continue;
      const views = byYear.get(it.year);
      if (views) views.push(it.view);
      else byYear.set(it.year, [it.view]);
    }
    return {
      ...listPagePosition(MEETINGS_URL, p.number, p.total),
      upcoming: p.number === 1 || here.length > 0 ? here : undefined,
      upcomingContinued: p.number > 1 && here.length > 0,
      years: [...byYear].map(([g, views]) => ({
        id: yearId(g.year),
        label: yearLabel(g.year),
        views,
        count: g.views.length,
        continued: startOf.get(g) !== p.number,
      })),
      yearLinks: years
        .filter((g) => startOf.has(g))
        .map((g) => {
          const start = startOf.get(g)!;
          return { href: `${start === p.number ? '' : listPageUrl(MEETINGS_URL, start)}#${yearId(g.year)}`, label: yearLabel(g.year) };
        }),
    };
  });
}

export interface MeetingsListingPage extends ListingSlice<MeetingView> {
  /** The page's title: "Meetings", then "Meetings (page 2 of 5)". */
  title: string;
  /** The build date, which decides what is still to come. */
  today: string;
  /** Each body's page, with its name and how many meetings it has, in the bodies' order. */
  bodies: { href: string; name: string; count: number }[];
}

/** How many pages the listing has (page 1 is /meetings/). */
export async function meetingsListingPageCount(): Promise<number> {
  const { listing } = await meetingIndex();
  return listingSlices(listing.upcoming, listing.past.map((g) => ({ year: g.year, views: g.meetings }))).length;
}

/** Page `number` of the listing (1, the default, is /meetings/). */
export async function meetingsListingPage(number = 1): Promise<MeetingsListingPage> {
  const index = await meetingIndex();
  const { listing, site } = index;
  const view = (id: string): MeetingView => index.view(id);
  const slices = listingSlices(
    listing.upcoming.map((m) => view(m.id)),
    listing.past.map((g) => ({ year: g.year, views: g.meetings.map((m) => view(m.id)) })),
  );
  const slice = slices[number - 1];
  if (!slice) throw new Error(`${MEETINGS_URL}: no page ${number} (the listing has ${slices.length})`);
  return {
    ...slice,
    title: listPageTitle(t('meetings.title'), slice.number, slice.total),
    today: index.today,
    bodies: [...site.bodies]
      .sort((a, b) => a.data.order - b.data.order)
      .map((b) => ({ href: bodyUrl(b.id), name: b.data.name, count: index.byBody.get(b.id)?.length ?? 0 })),
  };
}
