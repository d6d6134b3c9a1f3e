/**
 * What a meeting's questions pages (/meetings/<id>/questions/, …/questions/2/, …) show, worked out
 * here so the .astro file only renders them: the questions cut into pages by length (questionPages,
 * a question never split), the navigation between those pages, and on each page its questions by
 * kind, each with links to the actions it led to.
 */
import { searchAttributes } from '../search/search.ts';
import type { QuestionEntry } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { meetingQuestionsPageUrl, questionPages } from './at-a-glance.ts';
import { meetingIndex } from './index.ts';
import { actionUrl, meetingUrl } from './meetings.ts';

export interface Link {
  href: string;
  label: string;
}

export interface MeetingQuestionsPage {
  title: string;
  description: string;
  /** Back to the meeting's page. */
  back: Link;
  /** Links to every page of the meeting's questions, when there are several; else empty. */
  nav: (Link & { current: boolean })[];
  groups: { kind: 'public' | 'pcc'; questions: { question: QuestionEntry; actions: Link[] }[] }[];
  /** What site search knows of the page (Base's mainAttributes): questions, of the meeting's body, date and year. */
  search: Record<string, string>;
}

/** Every questions page: the meeting and the page number (1 is /meetings/<id>/questions/). */
export async function meetingQuestionsPaths(): Promise<{ id: string; number: number }[]> {
  const index = await meetingIndex();
  return index.ordered.flatMap((view) => questionPages(view.questions).map((p) => ({ id: view.id, number: p.number })));
}

export async function meetingQuestionsPage(id: string, number: number): Promise<MeetingQuestionsPage> {
  const index = await meetingIndex();
  const view = index.view(id);
  const { site } = index;
  const pages = questionPages(view.questions);
  const page = pages.find((p) => p.number === number);
  if (!page) throw new Error(`/meetings/${id}/questions/: no page ${number}`);
  const range = (p: (typeof pages)[number]) => ({ first: p.questions[0]!.data.order, last: p.questions.at(-1)!.data.order });
  const actionLinks = (ids: string[]): Link[] =>
    ids.map((aid) => {
      const action = site.actionById.get(aid);
      const label = action?.data.number !== undefined ? t('meetings.actions.numbered', { number: action.data.number }) : t('meetings.actions.historyUnnumbered');
      return { href: actionUrl(aid), label };
    });
  const onPage = new Set(page.questions.map((q) => q.id));
  const here = view.questions.filter((q) => onPage.has(q.id));
  return {
    title:
      pages.length > 1
        ? t('meetings.questionList.titlePart', { meeting: view.title, ...range(page) })
        : t('meetings.questionList.title', { meeting: view.title }),
    description: t('meetings.questionList.description', { count: view.questions.length, meeting: view.title }),
    back: { href: meetingUrl(id), label: t('meetings.questionList.back', { meeting: view.title }) },
    nav:
      pages.length > 1
        ? pages.map((p) => ({ href: meetingQuestionsPageUrl(id, p.number), label: t('meetings.questionList.pageLink', range(p)), current: p.number === number }))
        : [],
    groups: (['public', 'pcc'] as const)
      .map((kind) => ({ kind, questions: here.filter((q) => q.data.kind === kind).map((q) => ({ question: q, actions: actionLinks(q.data.actions) })) }))
      .filter((g) => g.questions.length > 0),
    search: searchAttributes({ type: 'question', date: view.dateLabel, body: view.bodyName, year: view.year }),
  };
}
