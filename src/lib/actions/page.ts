/**
 * What the action tracker's pages show, worked out here so the .astro files only render it: an
 * action's page (/actions/<id>/: its view from the find-and-follow model, see view.ts, its
 * description, feed and the provenance its conflicts cite), and the ways in by meeting
 * (/actions/by-meeting/…) and by owner (/actions/by-owner/…). The lists (the tracker and its status
 * views, an owner's actions, the meetings with actions) are cut into pages of LIST_PAGE_SIZE
 * (src/lib/site/list-pages.ts): page 1 keeps the list's URL, page n is <list>/<n>/; counts are the
 * whole list's.
 */
import { searchAttributes } from '../search/search.ts';
import type { QuestionEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { listPagePosition, listPageTitle, listPageUrl, listPages, type ListPagePosition } from '../site/list-pages.ts';
import { meetingIndex, type MeetingView } from '../meetings/index.ts';
import { actionFeedUrl, meetingUrl } from '../meetings/meetings.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { plainText, shorten } from '../text/inline.ts';
import { STATUS_VIEWS, inView, type StatusView } from './actions.ts';
import { findFollowModel, type ActionView, type SeriesView } from './view.ts';
import { actionsByMeetingUrl, actionsByOwner, actionsByOwnerUrl } from './views.ts';

export interface ActionPage {
  action: ActionView;
  description: string;
  /** The action's own RSS feed of updates. */
  feedUrl: string;
  src: Provenance;
}

/** The ids of every action's page. */
export async function actionIds(): Promise<string[]> {
  return (await findFollowModel()).actions.map((a) => a.id);
}

export async function actionPage(id: string): Promise<ActionPage> {
  const model = await findFollowModel();
  const action = model.actionById.get(id);
  if (!action) throw new Error(`/actions/${id}/: no such action`);
  return {
    action,
    description: shorten(`${action.label}: ${plainText(action.text)} ${action.statusLabel}.`, 155),
    feedUrl: actionFeedUrl(action.id),
    src: provenance(model.site),
  };
}

export interface ActionsByMeetingIndexPage extends ListPagePosition {
  /** "Actions by meeting", with "(page n of m)" after page 1. */
  title: string;
  /** The meetings on this page that raised or followed up actions, newest first, with how many of each. */
  meetings: { href: string; title: string; raised: number; followed: number }[];
}

/** The list of /actions/by-meeting/: its URL. */
export const ACTIONS_BY_MEETING_LIST = '/actions/by-meeting/';

async function actionsByMeetingList(): Promise<ActionsByMeetingIndexPage['meetings']> {
  const index = await meetingIndex();
  return [...index.ordered]
    .reverse()
    .filter((v) => v.actions.length > 0)
    .map((v) => ({
      href: actionsByMeetingUrl(v.id),
      title: v.title,
      raised: v.actions.filter((a) => a.raisedHere).length,
      followed: v.actions.filter((a) => !a.raisedHere).length,
    }));
}

/** The page numbers of /actions/by-meeting/ (1, 2, …). */
export async function actionsByMeetingIndexPaths(): Promise<number[]> {
  return listPages(await actionsByMeetingList()).map((p) => p.number);
}

/** What /actions/by-meeting/ (page `number`, at /actions/by-meeting/<n>/ after the first) shows. */
export async function actionsByMeetingIndexPage(number = 1): Promise<ActionsByMeetingIndexPage> {
  const pages = listPages(await actionsByMeetingList());
  const page = pages[number - 1];
  if (!page) throw new Error(`${listPageUrl(ACTIONS_BY_MEETING_LIST, number)}: no such page (the list has ${pages.length})`);
  return {
    title: listPageTitle(t('actions.byMeeting.title'), number, page.total),
    meetings: page.items,
    ...listPagePosition(ACTIONS_BY_MEETING_LIST, number, page.total),
  };
}

/** The meetings with a page under /actions/by-meeting/: those that raised or followed up actions. */
export async function actionsByMeetingIds(): Promise<string[]> {
  return (await meetingIndex()).ordered.filter((v) => v.actions.length > 0).map((v) => v.id);
}

export interface ActionsByMeetingPage {
  title: string;
  description: string;
  /** The meeting's own page. */
  back: { href: string; label: string };
  /** The actions raised or followed up there, with the update given there. */
  items: MeetingView['actions'];
  meetingTitles: Map<string, string>;
  questions: Map<string, QuestionEntry>;
  src: Provenance;
  /** What site search knows of the page (Base's mainAttributes): actions, of the meeting's body, date and year. */
  search: Record<string, string>;
}

/** What /actions/by-meeting/<id>/ shows. */
export async function actionsByMeetingPage(id: string): Promise<ActionsByMeetingPage> {
  const index = await meetingIndex();
  const view = index.view(id);
  return {
    title: t('actions.byMeeting.pageTitle', { meeting: view.title }),
    description: t('actions.byMeeting.pageDescription', { meeting: view.title, count: view.actions.length }),
    back: { href: meetingUrl(id), label: t('meetings.questionList.back', { meeting: view.title }) },
    items: view.actions,
    meetingTitles: index.meetingTitles,
    questions: index.site.questionById,
    src: provenance(index.site),
    search: searchAttributes({ type: 'action', date: view.dateLabel, body: view.bodyName, year: view.year }),
  };
}

export interface ActionOwnersPage {
  /** Every owner as the papers print them, alphabetically, with their page and counts. */
  owners: { href: string; owner: string; count: number; open: number }[];
}

/** What /actions/by-owner/ shows. */
export async function actionOwnersPage(): Promise<ActionOwnersPage> {
  const model = await findFollowModel();
  return {
    owners: actionsByOwner(model.actions).map((o) => ({ href: actionsByOwnerUrl(o.slug), owner: o.owner, count: o.actions.length, open: o.open })),
  };
}

/** The slug of every owner's page (/actions/by-owner/<slug>/). */
export async function actionOwnerSlugs(): Promise<string[]> {
  return actionsByOwner((await findFollowModel()).actions).map((o) => o.slug);
}

/** Every page of every owner's list: /actions/by-owner/<slug>/ and, when long, …/<slug>/<n>/. */
export async function actionOwnerPaths(): Promise<{ owner: string; number: number }[]> {
  return actionsByOwner((await findFollowModel()).actions).flatMap((o) => listPages(o.actions, ACTION_PAGE_SIZE).map((p) => ({ owner: o.slug, number: p.number })));
}

export interface ActionOwnerPage extends ListPagePosition {
  owner: string;
  /** "Actions owned by …", with "(page n of m)" after page 1. */
  title: string;
  description: string;
  /** How many actions the owner has in all (every page). */
  count: number;
  /** How many of the owner's actions are open (not closed), in all. */
  open: number;
  /** The actions on this page. */
  actions: ActionView[];
}

/** What /actions/by-owner/<slug>/ (page `number`, at …/<slug>/<n>/ after the first) shows: the actions of one owner. */
export async function actionOwnerPage(slug: string, number = 1): Promise<ActionOwnerPage> {
  const group = actionsByOwner((await findFollowModel()).actions).find((o) => o.slug === slug);
  if (!group) throw new Error(`/actions/by-owner/${slug}/: no such owner`);
  const base = actionsByOwnerUrl(slug);
  const pages = listPages(group.actions, ACTION_PAGE_SIZE);
  const page = pages[number - 1];
  if (!page) throw new Error(`${listPageUrl(base, number)}: no such page (the list has ${pages.length})`);
  return {
    owner: group.owner,
    title: listPageTitle(t('actions.byOwner.pageTitle', { owner: group.owner }), number, page.total),
    description: t('actions.byOwner.pageDescription', { owner: group.owner, count: group.actions.length }),
    count: group.actions.length,
    open: group.open,
    actions: page.items,
    ...listPagePosition(base, number, page.total),
  };
}

/** One series' actions on one page of the tracker (a series longer than a page continues on the next). */
export interface SeriesSlice {
  series: SeriesView;
  actions: ActionView[];
  /** The series began on an earlier page (its heading says it continues). */
  continued: boolean;
}

/**
 * How many action cards a list page shows (the tracker, its status views, an owner's actions): a card
 * is about 600 px tall at 375 px, so a page of LIST_PAGE_SIZE would be far beyond the 15,000 px of
 * tests/browser/tallest-pages.test.ts (27 actions on one page were 16,300 px).
 */
export const ACTION_PAGE_SIZE = 20;

/**
 * The series cut into pages of at most `size` actions, in order: a long series is split between pages
 * (a page never grows with the site), each page regrouping its actions under their series.
 */
export function seriesPages(series: readonly SeriesView[], size?: number): SeriesSlice[][] {
  const flat = series.flatMap((s) => s.actions.map((action) => ({ series: s, action })));
  const seen = new Set<string>();
  return listPages(flat, size).map((page) => {
    const slices: SeriesSlice[] = [];
    for (const { series: s, action } of page.items) {
      const last = slices[slices.length - 1];
      if (last?.series === s) last.actions.push(action);
      else slices.push({ series: s, actions: [action], continued: seen.has(s.id) });
      seen.add(s.id);
    }
    return slices;
  });
}

/** The URL of the tracker (all actions) or of one status view. */
export const actionTrackerUrl = (view?: StatusView): string => (view ? `/actions/status/${view}/` : '/actions/');

export interface ActionTrackerPage extends ListPagePosition {
  /** The h1 and <title>: "Action tracker" or "Open actions", with "(page n of m)" after page 1. */
  title: string;
  description: string;
  /** Every action, open, new, closed: the whole tracker's counts, whatever the view and page. */
  counts: { total: number; open: number; new: number; closed: number };
  /** The links to all actions and to each status view, with their counts. */
  views: { href: string; label: string; current: boolean }[];
  /** This page's actions, under their series. */
  series: SeriesSlice[];
}

const trackerCache = new Map<string, Promise<SeriesSlice[][]>>();

/** The tracker's (or one view's) pages, worked out once per build. */
function trackerPages(view: StatusView | undefined): Promise<SeriesSlice[][]> {
  const key = view ?? 'all';
  let pages = trackerCache.get(key);
  if (!pages) {
    pages = findFollowModel().then((model) =>
      seriesPages(model.series.map((s) => ({ ...s, actions: view ? s.actions.filter((a) => inView(a.status, view)) : s.actions })), ACTION_PAGE_SIZE),
    );
    trackerCache.set(key, pages);
  }
  return pages;
}

/** The page numbers of /actions/ (no view) or /actions/status/<view>/. */
export async function actionTrackerPaths(view?: StatusView): Promise<number[]> {
  return (await trackerPages(view)).map((_, i) => i + 1);
}

/** What /actions/ or /actions/status/<view>/ (page `number`, at <list>/<n>/ after the first) shows. */
export async function actionTrackerPage(view: StatusView | undefined, number = 1): Promise<ActionTrackerPage> {
  const model = await findFollowModel();
  const pages = await trackerPages(view);
  const base = actionTrackerUrl(view);
  const series = pages[number - 1];
  if (!series) throw new Error(`${listPageUrl(base, number)}: no such page (the list has ${pages.length})`);
  const { counts } = model;
  const total = model.actions.length;
  return {
    title: listPageTitle(view ? t(`actions.viewTitles.${view}`) : t('actions.title'), number, pages.length),
    description: view ? t(`actions.viewDescriptions.${view}`) : t('actions.description'),
    counts: { total, open: counts.open, new: counts.new, closed: counts.closed },
    views: [
      { href: actionTrackerUrl(), label: t('actions.views.all', { count: total }), current: view === undefined },
      ...STATUS_VIEWS.map((v) => ({ href: actionTrackerUrl(v), label: t(`actions.views.${v}`, { count: counts[v] }), current: view === v })),
    ],
    series,
    ...listPagePosition(base, number, pages.length),
  };
}
