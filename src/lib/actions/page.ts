/**
 * What the action tracker's pages show, worked out here so the .astro files only render it: an
 * action's page (/actions/<id>/: its view from the find-and-follow model, see view.ts, its
 * description, feed and the provenance its conflicts cite), and the ways in by meeting
 * (/actions/by-meeting/…) and by owner (/actions/by-owner/…).
 */
import type { QuestionEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { meetingIndex, type MeetingView } from '../meetings/index.ts';
import { actionFeedUrl, meetingUrl } from '../meetings/meetings.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { plainText, shorten } from '../text/inline.ts';
import { findFollowModel, type ActionView } from './view.ts';
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

export interface ActionsByMeetingIndexPage {
  /** The meetings that raised or followed up actions, newest first, with how many of each. */
  meetings: { href: string; title: string; raised: number; followed: number }[];
}

/** What /actions/by-meeting/ shows. */
export async function actionsByMeetingIndexPage(): Promise<ActionsByMeetingIndexPage> {
  const index = await meetingIndex();
  return {
    meetings: [...index.ordered]
      .reverse()
      .filter((v) => v.actions.length > 0)
      .map((v) => ({
        href: actionsByMeetingUrl(v.id),
        title: v.title,
        raised: v.actions.filter((a) => a.raisedHere).length,
        followed: v.actions.filter((a) => !a.raisedHere).length,
      })),
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

export interface ActionOwnerPage {
  owner: string;
  title: string;
  description: string;
  /** How many of the owner's actions are open (not closed). */
  open: number;
  actions: ActionView[];
}

/** What /actions/by-owner/<slug>/ shows: the actions of one owner. */
export async function actionOwnerPage(slug: string): Promise<ActionOwnerPage> {
  const group = actionsByOwner((await findFollowModel()).actions).find((o) => o.slug === slug);
  if (!group) throw new Error(`/actions/by-owner/${slug}/: no such owner`);
  return {
    owner: group.owner,
    title: t('actions.byOwner.pageTitle', { owner: group.owner }),
    description: t('actions.byOwner.pageDescription', { owner: group.owner, count: group.actions.length }),
    open: group.open,
    actions: group.actions,
  };
}
