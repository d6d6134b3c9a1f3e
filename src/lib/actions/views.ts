/**
 * The action tracker's other ways in: by meeting (the actions raised or followed up at each meeting,
 * with the update given there) and by owner (who is to do it, as the papers name them). Pure functions,
 * unit-tested in tests/unit/action-views.test.ts.
 */
import type { ActionStatus } from './actions.ts';

/** /actions/by-meeting/<meeting>/: the actions raised or followed up at one meeting. */
export const actionsByMeetingUrl = (meetingId: string): string => `/actions/by-meeting/${meetingId}/`;

/** /actions/by-owner/<owner>/: the actions of one owner. */
export const actionsByOwnerUrl = (slug: string): string => `/actions/by-owner/${slug}/`;

/** A URL-safe slug of an owner as printed ("Chief Constable" → "chief-constable"). */
export function ownerSlug(owner: string): string {
  const s = owner
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'owner' : s;
}

export interface OwnerGroup<A> {
  /** The owner as printed (the first spelling met when two differ only in case or spacing). */
  owner: string;
  slug: string;
  actions: A[];
  /** Open (not closed) actions. */
  open: number;
}

/**
 * Actions grouped by owner, owners in alphabetical order, actions in the order given. Owners that differ
 * only in case, accents, spacing or punctuation have one slug, so they are one owner (named as first printed).
 */
export function actionsByOwner<A extends { owner: string; status: ActionStatus }>(actions: readonly A[]): OwnerGroup<A>[] {
  const byKey = new Map<string, OwnerGroup<A>>();
  for (const a of actions) {
    const owner = a.owner.replace(/\s+/g, ' ').trim();
    const key = ownerSlug(owner);
    const group = byKey.get(key) ?? { owner, slug: key, actions: [], open: 0 };
    group.actions.push(a);
    if (a.status !== 'closed') group.open += 1;
    byKey.set(key, group);
  }
  return [...byKey.values()].sort((a, b) => a.owner.localeCompare(b.owner, 'en-GB'));
}
