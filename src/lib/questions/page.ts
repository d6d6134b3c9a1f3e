/**
 * What a question's page (/questions/<id>/) shows: its view from the find-and-follow model (label,
 * titles, answer, meeting, theme, actions, sources; see actions/view.ts), its description and the
 * provenance its conflicts cite. The .astro file only renders it.
 */
import { findFollowModel, type QuestionView } from '../actions/view.ts';
import { meetingQuestionsUrl } from '../meetings/at-a-glance.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { shorten } from '../text/inline.ts';
import { t } from '../i18n/i18n.ts';
import { planEntryOrder } from '../plan/plan.ts';
import { groupByMeeting, groupByTheme, questionSummary, themePageSlug, themePageUrl } from './questions.ts';

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

export interface QuestionsIndexPage {
  /** How many questions, and of each kind. */
  total: number;
  public: number;
  pcc: number;
  /** The meetings with questions, each with its questions page, counts and one line per question. */
  meetings: {
    id: string;
    name: string;
    /** The meeting's questions page, every answer in full. */
    href: string;
    count: number;
    public: number;
    pcc: number;
    lines: { href: string; label: string; summary: string }[];
  }[];
}

/** What /questions/ shows: the questions by meeting, as an index. */
export async function questionsIndexPage(): Promise<QuestionsIndexPage> {
  const model = await findFollowModel();
  const kindCount = (qs: { data: { kind: string } }[], kind: string) => qs.filter((q) => q.data.kind === kind).length;
  const all = model.questions.map((q) => q.entry);
  return {
    total: model.questions.length,
    public: kindCount(all, 'public'),
    pcc: kindCount(all, 'pcc'),
    meetings: groupByMeeting(all, model.site.meetingById).map((g) => ({
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
    })),
  };
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

export interface QuestionThemesPage {
  /** Each theme, with its anchor (kept from the old single page), its page and how many questions it has. */
  themes: { id: string; href: string; label: string; count: number }[];
}

/** What /questions/by-theme/ shows: every theme with its page. */
export async function questionThemesPage(): Promise<QuestionThemesPage> {
  const { groups } = await themes();
  return { themes: groups.map((g) => ({ id: g.id, href: themePageUrl(g.id), label: g.label, count: g.questions.length })) };
}

/** The slug of every theme's page (/questions/by-theme/<slug>/). */
export async function questionThemeSlugs(): Promise<string[]> {
  return (await themes()).groups.map((g) => themePageSlug(g.id));
}

export interface QuestionThemePage {
  label: string;
  title: string;
  description: string;
  /** Its questions, newest meeting first. */
  questions: QuestionView[];
}

/** What /questions/by-theme/<slug>/ shows: every question on one theme. */
export async function questionThemePage(slug: string): Promise<QuestionThemePage> {
  const { model, groups } = await themes();
  const group = groups.find((g) => themePageSlug(g.id) === slug);
  if (!group) throw new Error(`/questions/by-theme/${slug}/: no such theme`);
  return {
    label: group.label,
    title: t('questions.themeTitle', { theme: group.label }),
    description: t('questions.themeDescription', { count: group.questions.length, theme: group.label }),
    questions: group.questions.map((q) => model.questionById.get(q.id)!),
  };
}
