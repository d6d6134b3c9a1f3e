/**
 * The action tracker's logic: status views, dates raised and closed, age in
 * days, links back to questions, ordering and the feed of updates.
 * Pure functions over schema-shaped data; pages pass in a lookup of meeting dates.
 */
import { groupBy } from '../content/group.ts';
import type { Action, ActionUpdate } from '../../schemas/actions.ts';
import type { StatedDate } from '../../schemas/common.ts';

export type ActionStatus = Action['status'];

/** The pre-rendered status views: /actions/status/<view>/. "open" is every action not closed (new or ongoing). */
export const STATUS_VIEWS = ['open', 'new', 'closed'] as const;
export type StatusView = (typeof STATUS_VIEWS)[number];

/** Whether an action with this status belongs in a view. */
export function inView(status: ActionStatus, view: StatusView): boolean {
  return view === 'open' ? status !== 'closed' : status === view;
}

/** A meeting's date by meeting id (undefined when the meeting is unknown). */
export type MeetingDateOf = (meetingId: string) => StatedDate | undefined;

const DAY_MS = 86_400_000;
const isoToUtc = (iso: string): number => {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`expected a date written YYYY-MM-DD, got "${iso}"`);
  return ms;
};

/** Whole days from one ISO date to another (to minus from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoToUtc(to) - isoToUtc(from)) / DAY_MS);
}

const exactDate = (d: StatedDate | undefined): string | undefined => (d?.kind === 'exact' ? d.date : undefined);

/** The date the action was raised: the date of the meeting it was raised at, when the papers state it. */
export function raisedOn(action: Pick<Action, 'raisedAt'>, dateOf: MeetingDateOf): string | undefined {
  return exactDate(dateOf(action.raisedAt));
}

/** The date an update was given: its own date, else the date of the meeting that recorded it. */
export function updateDate(update: Pick<ActionUpdate, 'date' | 'meeting'>, dateOf: MeetingDateOf): string | undefined {
  return update.date ?? exactDate(dateOf(update.meeting));
}

/**
 * The update that closed the action: the first of the closing run of "closed"
 * updates (an action reopened and closed again counts from its last closing).
 */
export function closingUpdate(action: Pick<Action, 'status' | 'updates'>): ActionUpdate | undefined {
  if (action.status !== 'closed') return undefined;
  let i = action.updates.length - 1;
  if (i < 0 || action.updates[i]!.status !== 'closed') return undefined;
  while (i > 0 && action.updates[i - 1]!.status === 'closed') i--;
  return action.updates[i];
}

/** The date the action was closed, when it is closed and the papers date the closing. */
export function closedOn(action: Pick<Action, 'status' | 'updates'>, dateOf: MeetingDateOf): string | undefined {
  const closing = closingUpdate(action);
  return closing ? updateDate(closing, dateOf) : undefined;
}

/** How long an action has been (or was) open. */
export type ActionAge =
  /**
   * Days from the date raised to the date closed or, while the papers still show it open, to the
   * date of the latest papers of its body (`until: 'papers'`): never to the build date, so the
   * page does not count days the papers cannot speak for.
   */
  | { kind: 'days'; days: number; from: string; to: string; until: 'closed' | 'papers' }
  /** The papers do not state when the action was raised. */
  | { kind: 'raised-not-stated' }
  /** The action is closed but the papers do not date the closing. */
  | { kind: 'closed-not-stated'; from: string };

/**
 * The action's age. `papersAsOf` is the date of the latest papers of the body that raised it
 * (see `latestPapersByBody` in meetings.ts): an open action is counted to that date, the last day the papers
 * can speak for. Throws, naming the action, when its dates run backwards.
 */
export function actionAge(
  action: Pick<Action, 'raisedAt' | 'status' | 'updates'> & { id?: string },
  dateOf: MeetingDateOf,
  papersAsOf: string | undefined,
): ActionAge {
  const from = raisedOn(action, dateOf);
  if (!from) return { kind: 'raised-not-stated' };
  const closed = action.status === 'closed';
  // The raising meeting's own papers are papers of its body, so "as of" is never before `from`
  // unless the caller passed nothing; then the age is counted to the raising date itself.
  const to = closed ? closedOn(action, dateOf) : (papersAsOf ?? from);
  if (!to) return { kind: 'closed-not-stated', from };
  const days = daysBetween(from, to);
  if (days < 0) {
    const what = closed ? `was closed on ${to}` : `is open in the papers of ${to}`;
    throw new Error(`action ${action.id ?? action.raisedAt}: it ${what}, before it was raised on ${from}; check raisedAt and updates[].date`);
  }
  return { kind: 'days', days, from, to, until: closed ? 'closed' : 'papers' };
}


/** Ids of the questions that led to each action: the action's own `question` and every question listing it in `actions`. */
export function questionsByAction(
  actions: { id: string; data: Pick<Action, 'question'> }[],
  questions: { id: string; data: { actions: string[] } }[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (actionId: string, questionId: string): void => {
    const list = map.get(actionId) ?? [];
    if (!list.includes(questionId)) list.push(questionId);
    map.set(actionId, list);
  };
  for (const a of actions) if (a.data.question) add(a.id, a.data.question);
  for (const q of questions) for (const actionId of q.data.actions) add(actionId, q.id);
  return map;
}

/** One numbered or unnumbered series of actions (e.g. the PAM actions numbered from July 2024). */
export interface ActionSeries<T> {
  series: string;
  /** Earliest and latest dates raised in the series, when stated. */
  firstRaised: string | undefined;
  lastRaised: string | undefined;
  actions: T[];
}

/**
 * Actions grouped by series, newest series first (by latest date raised; series
 * with no stated dates last); inside a series by number, then by where the
 * papers first describe them.
 */
export function groupBySeries<T extends { id: string; data: Action }>(actions: T[], dateOf: MeetingDateOf): ActionSeries<T>[] {
  const groups = groupBy(actions, (a) => a.data.series);
  const firstSource = (a: T): string => {
    const s = a.data.sources[0];
    return s ? `${s.doc}:${String(s.line).padStart(6, '0')}` : a.id;
  };
  const out = [...groups].map(([series, list]) => {
    const dates = list.map((a) => raisedOn(a.data, dateOf)).filter((d): d is string => d !== undefined).sort();
    const sorted = [...list].sort(
      (a, b) =>
        (a.data.number ?? Number.MAX_SAFE_INTEGER) - (b.data.number ?? Number.MAX_SAFE_INTEGER) ||
        firstSource(a).localeCompare(firstSource(b)),
    );
    return { series, firstRaised: dates[0], lastRaised: dates[dates.length - 1], actions: sorted };
  });
  return out.sort((a, b) => (b.lastRaised ?? '').localeCompare(a.lastRaised ?? '') || a.series.localeCompare(b.series));
}

/** Counts of actions in each status view. */
export function viewCounts(actions: { data: Pick<Action, 'status'> }[]): Record<StatusView, number> {
  const counts = { open: 0, new: 0, closed: 0 };
  for (const a of actions) for (const view of STATUS_VIEWS) if (inView(a.data.status, view)) counts[view] += 1;
  return counts;
}

/** One entry of the action-updates feed. */
export interface FeedUpdate {
  actionId: string;
  /** 1-based position of the update in the action's history (anchor #update-<n>). */
  index: number;
  update: ActionUpdate;
  /** The update's date, when known. */
  date: string | undefined;
}

/** Every update of every action, newest first; undated updates last, in a stable order. */
export function feedUpdates(actions: { id: string; data: Action }[], dateOf: MeetingDateOf): FeedUpdate[] {
  const items = actions.flatMap((a) =>
    a.data.updates.map((update, i) => ({ actionId: a.id, index: i + 1, update, date: updateDate(update, dateOf) })),
  );
  return items.sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') || a.actionId.localeCompare(b.actionId, 'en', { numeric: true }) || b.index - a.index,
  );
}
