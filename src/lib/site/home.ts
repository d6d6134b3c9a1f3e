/**
 * What the home page (/) shows, worked out here so the .astro file only renders it: the next
 * meeting as of the build date (or, when none is to come, the last one scheduled), whether it takes
 * public questions, the bodies that do, the latest meeting with papers, the ways in, and the bodies
 * whose purpose the papers quote.
 */
import type { SiteData } from '../content/data.ts';
import { meetingIndex, type MeetingView } from '../meetings/index.ts';
import { bodyUrl, isUpcoming, latestScheduled, latestWithPapers, nextUpcoming } from '../meetings/meetings.ts';

export interface BodyLink {
  href: string;
  name: string;
}

export interface HomePage {
  /** The build date, which decides what is still to come. */
  today: string;
  /** Whether a meeting is still to come. */
  upcoming: boolean;
  /** The meeting shown as next: the next one to come, else the last one scheduled. */
  shown: MeetingView | undefined;
  /** Whether `shown` is the last scheduled meeting, none being to come. */
  fallback: boolean;
  /** Whether the papers record public questions at the shown meeting's body. */
  askable: boolean;
  /** The bodies whose meetings take public questions, in their order. */
  publicBodies: BodyLink[];
  /** The latest meeting with papers that is not still to come. */
  latest: MeetingView | undefined;
  ways: { key: 'meetings' | 'actions' | 'questions' | 'performance' | 'search'; href: string }[];
  /** The bodies whose purpose the papers quote, with it. */
  quotedBodies: (BodyLink & { purpose: string })[];
}

const WAYS: HomePage['ways'] = [
  { key: 'meetings', href: '/meetings/' },
  { key: 'actions', href: '/actions/' },
  { key: 'questions', href: '/questions/' },
  { key: 'performance', href: '/performance/' },
  { key: 'search', href: '/search/' },
];

export async function homePage(): Promise<HomePage> {
  const index = await meetingIndex();
  const { site, views, today } = index;
  const next = nextUpcoming(site.meetings, today);
  const fallback = next ? undefined : latestScheduled(site.meetings, today);
  const shown = next ?? fallback;
  // The latest meeting with papers that is not still to come (else the next meeting would show twice).
  const reportCount = (m: SiteData['meetings'][number]) => views.get(m.id)?.reports.length ?? 0;
  const latest =
    latestWithPapers(site.meetings.filter((m) => !isUpcoming(m, today)), reportCount) ?? latestWithPapers(site.meetings, reportCount);
  // Only say a meeting takes public questions where the papers record public questions at that body's meetings.
  const takesPublicQuestions = (bodyId: string) => (index.byBody.get(bodyId) ?? []).some((v) => v.questions.some((q) => q.data.kind === 'public'));
  const bodies = [...site.bodies].sort((a, b) => a.data.order - b.data.order);
  return {
    today,
    upcoming: next !== undefined,
    shown: shown ? views.get(shown.id) : undefined,
    fallback: fallback !== undefined,
    askable: shown ? takesPublicQuestions(shown.data.body) : false,
    publicBodies: bodies.filter((b) => takesPublicQuestions(b.id)).map((b) => ({ href: bodyUrl(b.id), name: b.data.name })),
    latest: latest ? views.get(latest.id) : undefined,
    ways: WAYS,
    quotedBodies: bodies.filter((b) => b.data.purposeIsQuoted).map((b) => ({ href: bodyUrl(b.id), name: b.data.name, purpose: b.data.purpose })),
  };
}
