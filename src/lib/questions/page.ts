/**
 * What a question's page (/questions/<id>/) shows: its view from the find-and-follow model (label,
 * titles, answer, meeting, theme, actions, sources; see actions/view.ts), its description and the
 * provenance its conflicts cite. The .astro file only renders it.
 */
import { findFollowModel, type QuestionView } from '../actions/view.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { shorten } from '../text/inline.ts';

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
