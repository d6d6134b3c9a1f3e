/**
 * What a meeting page shows first: how many questions the public and the PCC put, how many actions
 * were raised and followed up, how many reports were presented, each with the place on the page (or
 * the meeting's questions page) that lists them; and the one-line list of its questions. Pure
 * functions over schema-shaped entries, unit-tested in tests/unit/meeting-glance.test.ts.
 */
import { questionSummary } from '../questions/questions.ts';
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

/** Roughly how tall a question is on a phone, in CSS pixels: its frame plus its words (about 40 characters a line). */
export const questionCost = (q: { data: Pick<Question, 'question' | 'answer'> }): number =>
  260 + 0.65 * [...q.data.question, ...q.data.answer].reduce((n, p) => n + p.length, 0);

/** The most a page of questions should hold, in the units of questionCost (well under the 15,000px the tallest-pages test allows). */
export const QUESTIONS_PAGE_BUDGET = 11_000;

export interface QuestionPage<Q> {
  /** 1-based page number; page 1 is /meetings/<id>/questions/, page n is …/questions/<n>/. */
  number: number;
  questions: Q[];
}

/** The address of one page of a meeting's questions. */
export const meetingQuestionsPageUrl = (meetingId: string, page: number): string =>
  page <= 1 ? meetingQuestionsUrl(meetingId) : `${meetingQuestionsUrl(meetingId)}${page}/`;

/**
 * A meeting's questions (in the order put) cut into pages that each stay within `budget`: a question never
 * splits, and a page holds at least one. Depends only on the questions, so a question's page is stable
 * while its meeting's papers do not change.
 */
export function questionPages<Q extends { data: Pick<Question, 'order' | 'question' | 'answer'> }>(
  questions: readonly Q[],
  budget: number = QUESTIONS_PAGE_BUDGET,
): QuestionPage<Q>[] {
  const pages: QuestionPage<Q>[] = [];
  let used = 0;
  for (const q of [...questions].sort((a, b) => a.data.order - b.data.order)) {
    const cost = questionCost(q);
    const last = pages.at(-1);
    if (last && used + cost <= budget) {
      last.questions.push(q);
      used += cost;
    } else {
      pages.push({ number: pages.length + 1, questions: [q] });
      used = cost;
    }
  }
  return pages;
}
