/**
 * What a question's page (/questions/<id>/) shows: its view from the find-and-follow model (label,
 * titles, answer, meeting, theme, actions, sources; see actions/view.ts), its description and the
 * provenance its conflicts cite. The .astro file only renders it.
 */
import { findFollowModel, type QuestionView } from '../actions/view.ts';
import { meetingQuestionsUrl } from '../meetings/at-a-glance.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { shorten } from '../text/inline.ts';
import { groupByMeeting, questionSummary } from './questions.ts';

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
