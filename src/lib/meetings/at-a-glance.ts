/**
 * What a meeting page shows first: how many questions the public and the PCC put, how many actions
 * were raised and followed up, how many reports were presented, each with the place on the page (or
 * the meeting's questions page) that lists them; and the one-line list of its questions. Pure
 * functions over schema-shaped entries, unit-tested in tests/unit/meeting-glance.test.ts.
 */
import { questionSummary } from '../questions.ts';
import type { Question } from '../../schemas/questions.ts';

/** The meeting's questions page: every question with its full answer. */
export const meetingQuestionsUrl = (meetingId: string): string => `/meetings/${meetingId}/questions/`;

export type GlanceKey = 'public' | 'pcc' | 'actionsRaised' | 'actionsUpdated' | 'reports';

export interface GlanceItem {
  key: GlanceKey;
  count: number;
  /** Where the items are listed: an anchor on the page, or another page. */
  href: string;
}

export interface GlanceInput {
  questions: { data: Pick<Question, 'kind'> }[];
  actions: { raisedHere: boolean }[];
  reports: unknown[];
  /** Anchors of the page's sections ("questions-public", "meeting-actions", "reports"). */
  anchors: { public: string; pcc: string; actions: string; reports: string };
}

/** The counts a meeting page opens with, in reading order; kinds the meeting has none of are left out. */
export function meetingGlance({ questions, actions, reports, anchors }: GlanceInput): GlanceItem[] {
  const items: GlanceItem[] = [
    { key: 'public', count: questions.filter((q) => q.data.kind === 'public').length, href: `#${anchors.public}` },
    { key: 'pcc', count: questions.filter((q) => q.data.kind === 'pcc').length, href: `#${anchors.pcc}` },
    { key: 'actionsRaised', count: actions.filter((a) => a.raisedHere).length, href: `#${anchors.actions}` },
    { key: 'actionsUpdated', count: actions.filter((a) => !a.raisedHere).length, href: `#${anchors.actions}` },
    { key: 'reports', count: reports.length, href: `#${anchors.reports}` },
  ];
  return items.filter((i) => i.count > 0);
}

export interface QuestionLine {
  id: string;
  order: number;
  kind: Question['kind'];
  /** The question's own page. */
  href: string;
  /** "Question 4: How many officers carry Naloxone?" (the question's words, shortened). */
  text: string;
}

/** One line per question, in the order put, for the meeting page's list. `label` words the line. */
export function questionLines(
  questions: { id: string; data: Pick<Question, 'kind' | 'order' | 'question'> }[],
  url: (id: string) => string,
  label: (order: number, summary: string) => string,
): QuestionLine[] {
  return [...questions]
    .sort((a, b) => a.data.order - b.data.order)
    .map((q) => ({ id: q.id, order: q.data.order, kind: q.data.kind, href: url(q.id), text: label(q.data.order, questionSummary(q.data, 75)) }));
}
