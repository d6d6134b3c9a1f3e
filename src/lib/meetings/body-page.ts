/**
 * What a scrutiny body's page (/bodies/<id>/) shows, worked out here so the .astro file only renders
 * it: the body as the papers describe it, its sources, and its meetings, the ones still to come (as of
 * the build date) first and the earlier ones newest first, with its calendar and feed.
 */
import { t } from '../i18n/i18n.ts';
import type { SourceLinkView } from '../papers/names.ts';
import { provenance } from '../papers/provenance.ts';
import { meetingIndex, type BodyEntry, type MeetingView } from './index.ts';
import { bodyFeedUrl, bodyIcsUrl, isUpcoming } from './meetings.ts';

export interface BodyPage {
  id: string;
  b: BodyEntry['data'];
  description: string;
  /** The build date, which decides what is still to come. */
  today: string;
  /** How many meetings of the body the portal holds. */
  count: number;
  /** Meetings still to come, soonest first. */
  upcoming: MeetingView[];
  /** Earlier meetings, newest first. */
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

export async function bodyPage(id: string): Promise<BodyPage> {
  const index = await meetingIndex();
  const body = index.site.bodyById.get(id);
  if (!body) throw new Error(`bodies: no body "${id}" in src/content/bodies/`);
  const b = body.data;
  const views = index.byBody.get(id) ?? [];
  return {
    id,
    b,
    description: t('bodies.pageDescription', { name: b.name, count: views.length }),
    today: index.today,
    count: views.length,
    upcoming: views.filter((v) => isUpcoming(v.entry, index.today)),
    earlier: views.filter((v) => !isUpcoming(v.entry, index.today)).reverse(),
    sources: provenance(index.site).links(b.sources),
    feedUrl: bodyFeedUrl(id),
    icsUrl: bodyIcsUrl(id),
  };
}
