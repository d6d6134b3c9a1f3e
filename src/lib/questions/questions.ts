/**
 * The questions archive's logic: short titles, grouping by meeting and by
 * pillar or theme. Pure functions over schema-shaped entries.
 */
import { pushTo } from '../content/group.ts';
import type { Question } from '../../schemas/questions.ts';
import { plainText, shorten } from '../text/inline.ts';
import { compareMeetings, type MeetingLike } from '../meetings/meetings.ts';

export interface QuestionEntryLike {
  id: string;
  data: Question;
}

/** The question's opening words as plain text, cut at a word boundary with an ellipsis when longer than `max`. */
export function questionSummary(q: Pick<Question, 'question'>, max = 110): string {
  return shorten(plainText(q.question.join(' ')), max);
}

/** A section heading without its printed number: "5. Pillar 1 – Sustain" → "Pillar 1 – Sustain". */
export function sectionTitle(section: string): string {
  return section.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '').trim();
}

/** A heading's anchor-safe slug. */
export const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface MeetingGroup<Q, M> {
  meeting: M;
  questions: Q[];
}

/**
 * Questions grouped by meeting, newest meeting first, questions in the order
 * they were put. Throws, naming the question, when its meeting is unknown.
 */
export function groupByMeeting<Q extends QuestionEntryLike, M extends MeetingLike>(
  questions: readonly Q[],
  meetingById: ReadonlyMap<string, M>,
): MeetingGroup<Q, M>[] {
  const groups = new Map<string, Q[]>();
  for (const q of questions) {
    if (!meetingById.has(q.data.meeting)) throw new Error(`question ${q.id}: meeting "${q.data.meeting}" is not in src/content/meetings`);
    pushTo(groups, q.data.meeting, q);
  }
  return [...groups]
    .map(([id, list]) => ({ meeting: meetingById.get(id)!, questions: [...list].sort((a, b) => a.data.order - b.data.order) }))
    .sort((a, b) => compareMeetings(b.meeting, a.meeting));
}

export interface ThemeGroup<Q> {
  /** Anchor id of the group on the by-theme page. */
  id: string;
  /** The pillar or priority label, or the section heading the papers print. */
  label: string;
  /** True when the theme is a plan pillar or priority. */
  planned: boolean;
  questions: Q[];
}

/**
 * Questions grouped by the plan pillar or priority they concern; questions with
 * no plan entry are grouped by the section heading they were put under
 * (e.g. "Public Questions"). Plan themes come first in `planOrder`, then the
 * others alphabetically. Inside a group: newest meeting first, then order.
 */
export function groupByTheme<Q extends QuestionEntryLike>(
  questions: readonly Q[],
  planLabels: ReadonlyMap<string, string>,
  planOrder: readonly string[],
  meetingById: ReadonlyMap<string, MeetingLike>,
): ThemeGroup<Q>[] {
  const groups = new Map<string, ThemeGroup<Q>>();
  for (const q of questions) {
    const entry = q.data.planEntry;
    const label = entry !== undefined ? planLabels.get(entry) : undefined;
    if (entry !== undefined && label === undefined) {
      throw new Error(`question ${q.id}: planEntry "${entry}" is not a pillar or priority of any plan in src/content/plans`);
    }
    const key = entry ?? `section:${sectionTitle(q.data.section).toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = entry !== undefined
        ? { id: `theme-${entry}`, label: label!, planned: true, questions: [] }
        : { id: `theme-${slug(sectionTitle(q.data.section))}`, label: sectionTitle(q.data.section), planned: false, questions: [] };
      groups.set(key, group);
    }
    group.questions.push(q);
  }
  const rank = (g: ThemeGroup<Q>): number => {
    const i = planOrder.indexOf(g.id.slice('theme-'.length));
    return g.planned && i !== -1 ? i : Number.MAX_SAFE_INTEGER;
  };
  const byMeeting = (a: Q, b: Q): number => {
    const ma = meetingById.get(a.data.meeting);
    const mb = meetingById.get(b.data.meeting);
    const m = ma && mb ? compareMeetings(mb, ma) : a.data.meeting.localeCompare(b.data.meeting);
    return m || a.data.order - b.data.order;
  };
  for (const g of groups.values()) g.questions.sort(byMeeting);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label, 'en-GB'));
}

/** The last part of a theme's page address: its group id without "theme-" ("2022-24-pillar-1", "public-questions"). */
export const themePageSlug = (groupId: string): string => groupId.replace(/^theme-/, '');

/** The page of one theme's questions: /questions/by-theme/<theme>/. */
export const themePageUrl = (groupId: string): string => `/questions/by-theme/${themePageSlug(groupId)}/`;
