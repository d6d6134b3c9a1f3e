import { describe, expect, it } from 'vitest';
import { numberAcrossPapers } from '../../../importer/quoted-actions.ts';
import { draftsOf, type EntryDraft } from '../../../importer/source.ts';

const idOf = (series: string, n: number): string => `${series}-action-${n}`;
const meeting = (id: string, date: string): EntryDraft =>
  ({ collection: 'meetings', id, data: { body: 'forum', date: { kind: 'exact', date }, status: 'held' } }) as unknown as EntryDraft;
/** An action its paper's parser numbered itself (the paper prints no number). */
const action = (doc: string, n: number, raisedAt: string, text: string): EntryDraft =>
  ({
    collection: 'actions',
    id: idOf('paf-2018', n),
    data: { series: 'paf-2018', raisedAt, owner: 'Not stated in the papers', text, updates: [], status: 'new', sources: [{ doc, line: n }] },
  }) as unknown as EntryDraft;
const ids = (drafts: EntryDraft[]) => Object.fromEntries(draftsOf(drafts, 'actions').map((a) => [a.data.text, a.id]));

describe('actions the papers do not number, in two papers of one series', () => {
  const meetings = [meeting('2018-02-05-forum', '2018-02-05'), meeting('2018-05-14-forum', '2018-05-14')];

  it('are numbered on from the earlier meeting\'s paper, whatever order the papers come in', () => {
    const may = [action('may-minutes', 1, '2018-05-14-forum', 'May one'), action('may-minutes', 2, '2018-05-14-forum', 'May two')];
    const feb = [action('feb-minutes', 1, '2018-02-05-forum', 'February one')];
    for (const drafts of [[...meetings, ...feb, ...may], [...meetings, ...may, ...feb]]) {
      expect(ids(numberAcrossPapers(drafts, idOf))).toEqual({ 'February one': 'paf-2018-action-1', 'May one': 'paf-2018-action-2', 'May two': 'paf-2018-action-3' });
    }
  });

  it('leave a series held by one paper as its parser numbered it', () => {
    const drafts = [...meetings, action('feb-minutes', 1, '2018-02-05-forum', 'one'), action('feb-minutes', 2, '2018-02-05-forum', 'two')];
    expect(numberAcrossPapers(drafts, idOf)).toBe(drafts);
  });

  it('leave numbered actions (the paper prints "Action 3") alone', () => {
    const numbered = { ...action('may-minutes', 3, '2018-05-14-forum', 'printed three'), data: { ...action('may-minutes', 3, '2018-05-14-forum', 'printed three').data, number: 3 } } as EntryDraft;
    const drafts = [...meetings, action('feb-minutes', 1, '2018-02-05-forum', 'February one'), numbered];
    expect(ids(numberAcrossPapers(drafts, idOf))['printed three']).toBe('paf-2018-action-3');
  });
});
