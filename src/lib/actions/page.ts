/**
 * What an action's page (/actions/<id>/) shows: its view from the find-and-follow model (label,
 * titles, status, history, question, sources; see view.ts), its description, its feed's URL and the
 * provenance its conflicts cite. The .astro file only renders it.
 */
import { actionFeedUrl } from '../meetings/meetings.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { plainText, shorten } from '../text/inline.ts';
import { findFollowModel, type ActionView } from './view.ts';

export interface ActionPage {
  action: ActionView;
  description: string;
  /** The action's own RSS feed of updates. */
  feedUrl: string;
  src: Provenance;
}

/** The ids of every action's page. */
export async function actionIds(): Promise<string[]> {
  return (await findFollowModel()).actions.map((a) => a.id);
}

export async function actionPage(id: string): Promise<ActionPage> {
  const model = await findFollowModel();
  const action = model.actionById.get(id);
  if (!action) throw new Error(`/actions/${id}/: no such action`);
  return {
    action,
    description: shorten(`${action.label}: ${plainText(action.text)} ${action.statusLabel}.`, 155),
    feedUrl: actionFeedUrl(action.id),
    src: provenance(model.site),
  };
}
