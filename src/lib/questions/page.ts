/**
 * What a question's page (/questions/<id>/) shows: its view from the find-and-follow model (label,
 * titles, answer, meeting, theme, actions, sources; see actions/view.ts), its description and the
 * provenance its conflicts cite. The .astro file only renders it.
 */
import { searchAttributes } from '../search/search.ts';
import { findFollowModel, type QuestionView } from '../actions/view.ts';
import { meetingQuestionsUrl, QUESTIONS_PAGE_BUDGET, questionCost } from '../meetings/at-a-glance.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { shorten } from '../text/inline.ts';
import { t } from '../i18n/i18n.ts';
import { planEntryOrder } from '../plan/plan.ts';
import { costPages, groupPages, listPagePosition, listPages, listPageTitle, type ListPage, type ListPagePosition } from '../site/list-pages.ts';
import { groupByMeeting, groupByTheme, questionSummary, themePageSlug, themePageUrl, type ThemeGroup } from './questions.ts';
import type { Question } from '../../schemas/questions.ts';

export interface QuestionPage {
  question: QuestionView;
  description: string;
  src: Provenance;
}

/** The ids of every question's page. */
export async function questionIds(): Promise<string[]> {
  return (await findFollowModel()).questions.map((q) => q.id);
}

export async function questionPage(id: string): Promise<QuestionPage> {
  const model = await findFollowModel();
  const question = model.questionById.get(id);
  if (!question) throw new Error(`/questions/${id}/: no such question`);
  return { question, description: shorten(`${question.kindLabel}: ${question.summary}`, 155), src: provenance(model.site) };
}

/** One meeting's entry on /questions/: its questions page, counts and one line per question. */
export interface QuestionsIndexMeeting {
  id: string;
  name: string;
  /** The meeting's questions page, every answer in full. */
  href: string;
  count: number;
  public: number;
  pcc: number;
  lines: { href: string; label: string; summary: string }[];
}

/** The list pages of /questions/ (page n at /questions/<n>/). */
export const QUESTIONS_INDEX_URL = '/questions/';

export interface QuestionsIndexPage extends ListPagePosition {
  /** The page's title: "Questions and answers", with "(page n of m)" after page 1. */
  title: string;
  /** How many questions in the whole list, and of each kind. */
  count: number;
  public: number;
  pcc: number;
  /** This page's meetings (whole meetings, never split), newest first, each with its questions page, counts and one line per question. */
  meetings: QuestionsIndexMeeting[];
}

/** The whole list of /questions/: its counts and its meetings cut into pages of whole meetings. */
export interface QuestionsIndex {
  total: number;
  public: number;
  pcc: number;
  pages: ListPage<QuestionsIndexMeeting['lines'] & { meeting: QuestionsIndexMeeting }>[];
}

/** The meetings cut into pages of whole meetings, each page at most LIST_PAGE_SIZE lines (a bigger meeting alone on its page). */
export function questionsIndexOf(meetings: readonly QuestionsIndexMeeting[], counts: { total: number; public: number; pcc: number }): QuestionsIndex {
  return { ...counts, pages: groupPages(meetings.map((m) => Object.assign([...m.lines], { meeting: m }))) };
}

/** Page `number` of the list: its meetings, title, navigation and the whole list's counts. */
export function questionsIndexPageOf(index: QuestionsIndex, number: number): QuestionsIndexPage {
  const page = index.pages[number - 1];
  if (!page) throw new Error(`${QUESTIONS_INDEX_URL}: no page ${number} (the list has ${index.pages.length})`);
  return {
    title: listPageTitle(t('questions.title'), number, page.total),
    ...listPagePosition(QUESTIONS_INDEX_URL, number, page.total),
    count: index.total,
    public: index.public,
    pcc: index.pcc,
    meetings: page.items.map((g) => g.meeting),
  };
}

/** Every question's line by meeting, cut into pages of whole meetings; worked out once per build. */
let indexOnce: Promise<QuestionsIndex> | undefined;
const questionsIndex = (): Promise<QuestionsIndex> => (indexOnce ??= buildQuestionsIndex());
async function buildQuestionsIndex(): Promise<QuestionsIndex> {
  const model = await findFollowModel();
  const kindCount = (qs: { data: { kind: string } }[], kind: string) => qs.filter((q) => q.data.kind === kind).length;
  const all = model.questions.map((q) => q.entry);
  const meetings: QuestionsIndexMeeting[] = groupByMeeting(all, model.site.meetingById).map((g) => ({
    id: g.meeting.id,
    name: model.meetingName(g.meeting.id),
    href: meetingQuestionsUrl(g.meeting.id),
    count: g.questions.length,
    public: kindCount(g.questions, 'public'),
    pcc: kindCount(g.questions, 'pcc'),
    lines: g.questions.map((q) => {
      const v = model.questionById.get(q.id)!;
      return { href: v.url, label: v.label, summary: questionSummary(q.data, 100) };
    }),
  }));
  return questionsIndexOf(meetings, { total: model.questions.length, public: kindCount(all, 'public'), pcc: kindCount(all, 'pcc') });
}

/** The page numbers of /questions/ (1 is /questions/ itself). */
export async function questionsIndexPageNumbers(): Promise<number[]> {
  return (await questionsIndex()).pages.map((p) => p.number);
}

/** What /questions/ (page `number`) shows: the questions by meeting, as an index, whole meetings per page of at most LIST_PAGE_SIZE lines. */
export async function questionsIndexPage(number = 1): Promise<QuestionsIndexPage> {
  return questionsIndexPageOf(await questionsIndex(), number);
}

/** The questions grouped by theme (plan entry, or section where they have none), from the find-and-follow model; worked out once per build. */
let themesOnce: ReturnType<typeof groupThemes> | undefined;
const themes = (): ReturnType<typeof groupThemes> => (themesOnce ??= groupThemes());
async function groupThemes() {
  const model = await findFollowModel();
  return {
    model,
    groups: groupByTheme(model.questions.map((q) => q.entry), model.planLabels, planEntryOrder(model.site.plans), model.site.meetingById),
  };
}

/** The list pages of /questions/by-theme/ (page n at /questions/by-theme/<n>/). */
export const QUESTION_THEMES_URL = '/questions/by-theme/';

export interface QuestionThemesPage extends ListPagePosition {
  title: string;
  /** How many themes in the whole list. */
  count: number;
  /** This page's themes, each with its anchor (kept from the old single page), its page and how many questions it has. */
  themes: { id: string; href: string; label: string; count: number }[];
}

/** The themes cut into pages (plan pillars and priorities first): section headings grow with the meetings. */
const themesPages = async () => listPages((await themes()).groups);

/** The page numbers of /questions/by-theme/. */
export async function questionThemesPageNumbers(): Promise<number[]> {
  return (await themesPages()).map((p) => p.number);
}

/** What /questions/by-theme/ (page `number`) shows: the themes with their pages, at most LIST_PAGE_SIZE per page. */
export async function questionThemesPage(number = 1): Promise<QuestionThemesPage> {
  const pages = await themesPages();
  const page = pages[number - 1];
  if (!page) throw new Error(`${QUESTION_THEMES_URL}: no page ${number} (the list has ${pages.length})`);
  return {
    title: listPageTitle(t('questions.byThemeTitle'), number, page.total),
    ...listPagePosition(QUESTION_THEMES_URL, number, page.total),
    count: (await themes()).groups.length,
    themes: page.items.map((g) => ({ id: g.id, href: themePageUrl(g.id), label: g.label, count: g.questions.length })),
  };
}

/** The slug of every theme's page (/questions/by-theme/<slug>/). */
export async function questionThemeSlugs(): Promise<string[]> {
  return (await themes()).groups.map((g) => themePageSlug(g.id));
}

/**
 * The most questions a theme's page shows: each comes with its answer in full (about 2 KB of HTML),
 * so fewer than a list of one-line links (LIST_PAGE_SIZE). Long answers make a page end sooner
 * (themeQuestionPages): 15 long ones were 15,500 px at 375 px, over the 15,000 px of
 * tests/browser/tallest-pages.test.ts.
 */
export const THEME_PAGE_SIZE = 15;

/** A theme's questions cut into pages of at most THEME_PAGE_SIZE and within the height budget of a meeting's questions pages. */
export function themeQuestionPages<Q extends { data: Pick<Question, 'question' | 'answer'> }>(questions: readonly Q[]): ListPage<Q>[] {
  return costPages(questions, (q) => Math.max(questionCost(q), QUESTIONS_PAGE_BUDGET / THEME_PAGE_SIZE), QUESTIONS_PAGE_BUDGET);
}

export interface QuestionThemePage extends ListPagePosition {
  label: string;
  /** The theme's title, with "(page n of m)" after page 1. */
  title: string;
  description: string;
  /** How many questions the theme has (all its pages). */
  count: number;
  /** This page's questions, newest meeting first. */
  questions: QuestionView[];
  /** What site search knows of the page: questions, of the year of the newest on it, so that a theme's page falls in the search period of its latest question. */
  search: Record<string, string>;
}

/** Every theme page: the theme's slug and the page number (1 is /questions/by-theme/<slug>/). */
export async function questionThemePaths(): Promise<{ theme: string; number: number }[]> {
  const { groups } = await themes();
  return groups.flatMap((g) => themeQuestionPages(g.questions).map((p) => ({ theme: themePageSlug(g.id), number: p.number })));
}

/** Page `number` of one theme's questions (THEME_PAGE_SIZE per page), from its group; pure. */
export function questionThemePageOf<Q extends { id: string; data: Pick<Question, 'question' | 'answer'> }>(group: ThemeGroup<Q>, number: number): Omit<QuestionThemePage, 'questions' | 'search'> & { questions: Q[] } {
  const pages = themeQuestionPages(group.questions);
  const page = pages[number - 1];
  if (!page) throw new Error(`${themePageUrl(group.id)}: no page ${number} (the theme has ${pages.length})`);
  return {
    label: group.label,
    title: listPageTitle(t('questions.themeTitle', { theme: group.label }), number, page.total),
    description: t('questions.themeDescription', { count: group.questions.length, theme: group.label }),
    ...listPagePosition(themePageUrl(group.id), number, page.total),
    count: group.questions.length,
    questions: page.items,
  };
}

/** What /questions/by-theme/<slug>/ (page `number`) shows: the questions on one theme, THEME_PAGE_SIZE per page. */
export async function questionThemePage(slug: string, number = 1): Promise<QuestionThemePage> {
  const { model, groups } = await themes();
  const group = groups.find((g) => themePageSlug(g.id) === slug);
  if (!group) throw new Error(`/questions/by-theme/${slug}/: no such theme`);
  const page = questionThemePageOf(group, number);
  const questions = page.questions.map((q) => model.questionById.get(q.id)!);
  return { ...page, questions, search: searchAttributes({ type: 'question', year: questions[0]?.search['data-pf-year'] }) };
}
