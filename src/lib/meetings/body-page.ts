/**
 * What a scrutiny body's page (/bodies/<id>/) shows, worked out here so the .astro file only renders
 * it: the body as the papers describe it, its sources, and its meetings, the ones still to come (as of
 * the build date) first and the earlier ones newest first, with its calendar and feed.
 *
 * A body with more than LIST_PAGE_SIZE meetings has its meetings cut into pages (/bodies/<id>/2/, …,
 * src/lib/site/list-pages.ts), so that no page grows with the whole site; page 1 keeps the body's
 * description, later pages hold its meetings and link back to it. Counts are the whole list's.
 */
import { t } from '../i18n/i18n.ts';
import { listPagePosition, listPages, listPageTitle, type ListPagePosition } from '../site/list-pages.ts';
import type { SourceLinkView } from '../papers/names.ts';
import { provenance } from '../papers/provenance.ts';
import { meetingIndex, type BodyEntry, type MeetingView } from './index.ts';
import { bodyFeedUrl, bodyIcsUrl, bodyUrl, isUpcoming } from './meetings.ts';

/** Page 1 is /bodies/<id>/, with the body's description; later pages hold its meetings only. */
export interface BodyPage extends ListPagePosition {
  id: string;
  b: BodyEntry['data'];
  /** The page's title: the body's name, then "… (page 2 of 5)". */
  title: string;
  description: string;
  /** The body's own page (page 1). */
  href: string;
  /** The build date, which decides what is still to come. */
  today: string;
  /** How many meetings of the body the portal holds (on every page). */
  count: number;
  /** Meetings still to come on this page, soonest first; undefined when the page holds none and is not page 1 (no heading). */
  upcoming: MeetingView[] | undefined;
  /** Earlier meetings on this page, newest first. */
  earlier: MeetingView[];
  /** Where the papers describe the body. */
  sources: SourceLinkView[];
  feedUrl: string;
  icsUrl: string;
}

/** The ids of every body's page. */
export async function bodyIds(): Promise<string[]> {
  return (await meetingIndex()).site.bodies.map((b) => b.id);
}

/** A body's meetings, still to come then earlier, cut into pages. Pure, so that it can be tested on a list of any length. */
export function bodyMeetingPages<V>(upcoming: readonly V[], earlier: readonly V[], size?: number): { number: number; total: number; upcoming: V[]; earlier: V[] }[] {
  const items = [...upcoming.map((v) => ({ v, upcoming: true })), ...earlier.map((v) => ({ v, upcoming: false }))];
  return listPages(items, size).map((p) => ({
    number: p.number,
    total: p.total,
    upcoming: p.items.filter((i) => i.upcoming).map((i) => i.v),
    earlier: p.items.filter((i) => !i.upcoming).map((i) => i.v),
  }));
}

/** Every body page: the body and the page number (1 is /bodies/<id>/). */
export async function bodyPaths(): Promise<{ id: string; number: number }[]> {
  const index = await meetingIndex();
  return index.site.bodies.flatMap((b) => {
    const views = index.byBody.get(b.id) ?? [];
    const upcoming = views.filter((v) => isUpcoming(v.entry, index.today)).length;
    const total = bodyMeetingPages(Array.from({ length: upcoming }), Array.from({ length: views.length - upcoming })).length;
    return Array.from({ length: total }, (_, i) => ({ id: b.id, number: i + 1 }));
  });
}

/** Page `number` of a body's page (1, the default, is /bodies/<id>/). */
export async function bodyPage(id: string, number = 1): Promise<BodyPage> {
  const index = await meetingIndex();
  const body = index.site.bodyById.get(id);
  if (!body) throw new Error(`bodies: no body "${id}" in src/content/bodies/`);
  const b = body.data;
  const views = index.byBody.get(id) ?? [];
  const pages = bodyMeetingPages(
    views.filter((v) => isUpcoming(v.entry, index.today)),
    views.filter((v) => !isUpcoming(v.entry, index.today)).reverse(),
  );
  const page = pages[number - 1];
  if (!page) throw new Error(`bodies: no page ${number} of "${id}" (it has ${pages.length})`);
  const href = bodyUrl(id);
  return {
    id,
    b,
    title: listPageTitle(b.name, number, page.total),
    description: t('bodies.pageDescription', { name: b.name, count: views.length }),
    ...listPagePosition(href, number, page.total),
    href,
    today: index.today,
    count: views.length,
    upcoming: number === 1 || page.upcoming.length > 0 ? page.upcoming : undefined,
    earlier: page.earlier,
    sources: provenance(index.site).links(b.sources),
    feedUrl: bodyFeedUrl(id),
    icsUrl: bodyIcsUrl(id),
  };
}
