/**
 * Updates of actions raised at an earlier meeting, given in minutes that quote the action instead of
 * numbering it (the Police Accountability Forum's minutes number no actions; paf.ts marks such a row
 * `_quotes`). The row becomes an update of the one action, raised at another meeting of the same
 * body, whose words are the same (ignoring case, spacing, the kind of quote marks and dashes, and a
 * final full stop). No such action, or more than one, is a refusal naming the paper's line: the
 * update would otherwise be attached to an action by a guess.
 */
import { renameIds } from './aliases.ts';
import { pushTo } from '../src/lib/content/group.ts';
import { collapse, HintedImportError, throwProblems } from './meetings-util.ts';
import { statusSentencesText } from './profile.ts';
import { draftsOf, withIdAndData, type EntryDraft, type EntryDraftOf, type ImportError } from './source.ts';

/** The words of an action, for finding it again: case, spacing, quote marks, dashes and a final full stop ignored. */
export function actionWords(text: string): string {
  return collapse(text)
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\.$/, '');
}

export function resolveQuotedActions(drafts: EntryDraft[], fileOf: (doc: string) => string): EntryDraft[] {
  const bodyOf = new Map<string, string>();
  for (const e of draftsOf(drafts, 'meetings')) bodyOf.set(e.id, e.data.body);
  const actions = draftsOf(drafts, 'actions');
  const known = actions.filter((e) => e.data._quotes !== true);
  const problems: ImportError[] = [];
  for (const e of actions) {
    if (e.data._quotes !== true) continue;
    const here = e.data.raisedAt;
    const body = bodyOf.get(here);
    const words = actionWords(e.data.text);
    const src = e.data.sources[0]!;
    const matches = [
      ...new Map(
        known
          .filter((k) => k.data.raisedAt !== here && bodyOf.get(k.data.raisedAt) === body && actionWords(k.data.text) === words)
          .map((k) => [k.id, k]),
      ).values(),
    ];
    if (matches.length !== 1) {
      problems.push(
        new HintedImportError(
          fileOf(src.doc),
          src.line,
          matches.length === 0
            ? `an action raised at an earlier meeting of this body whose words are those of this row's first cell (the update of an unnumbered action is attached to the action it quotes)`
            : `one action with these words; actions ${matches.map((k) => k.id).join(', ')} all read so`,
          e.data.text.slice(0, 100),
          matches.length === 0
            ? `quote the action exactly as the minutes that raised it print it (its page on the portal shows the words); if the action is raised at this meeting, end its update with the status sentence of an action raised at this meeting (the last of ${statusSentencesText()})`
            : 'the update cannot be given to one of them by a guess: record which action it is by quoting more of its words, or ask the publisher',
        ),
      );
      continue;
    }
    const k = matches[0]!;
    e.id = k.id;
    e.data.series = k.data.series;
    if (k.data.number === undefined) delete e.data.number;
    else e.data.number = k.data.number;
    e.data.raisedAt = k.data.raisedAt;
    e.data.owner = k.data.owner;
    delete e.data._quotes;
  }
  throwProblems(problems);
  return drafts;
}

/**
 * A paper's actions list that begins partway through a series ("Action 12 …" to "Action 17 …") names its
 * series from the meeting that raised its first action (minutes.ts), which is not where the series began
 * when an earlier paper already holds it. When the papers hold that series' action 1 and this list's own
 * series has none, and an action of the list is that series' action of the same number raised at the same
 * meeting, the whole list (new actions too) continues that series: ids, and the links to them, are renamed.
 * Lists matching more than one such series are refused: the actions would be attached by a guess.
 */
export function continueSeries(drafts: EntryDraft[], fileOf: (doc: string) => string, idOf: (series: string, n: number) => string): EntryDraft[] {
  const numbered = draftsOf(drafts, 'actions').filter((e) => typeof e.data.number === 'number');
  const series = (e: EntryDraftOf<'actions'>) => e.data.series;
  const docOf = (e: EntryDraftOf<'actions'>) => e.data.sources[0]?.doc ?? '';
  const withOne = new Set(numbered.filter((e) => e.data.number === 1).map(series));
  const lists = new Map<string, Array<EntryDraftOf<'actions'>>>();
  for (const e of numbered) {
    const k = `${docOf(e)}|${series(e)}`;
    lists.set(k, [...(lists.get(k) ?? []), e]);
  }
  const rename = new Map<string, string>();
  const problems: ImportError[] = [];
  for (const list of lists.values()) {
    const own = series(list[0]!);
    if (withOne.has(own)) continue;
    const targets = new Set(
      list.flatMap((d) =>
        numbered.filter((e) => series(e) !== own && withOne.has(series(e)) && e.data.number === d.data.number && e.data.raisedAt === d.data.raisedAt).map(series),
      ),
    );
    if (targets.size === 0) continue;
    if (targets.size > 1) {
      const src = list[0]!.data.sources[0]!;
      problems.push(
        new HintedImportError(
          fileOf(src.doc),
          src.line,
          `one series of actions that this list continues; its actions match actions of the series ${[...targets].join(' and ')}`,
          list[0]!.data.text.slice(0, 80),
          'check the numbers and the dates in brackets after them against the papers where the actions were raised',
        ),
      );
      continue;
    }
    const target = [...targets][0]!;
    for (const d of list) {
      if (d.data.number === undefined) continue;
      const id = idOf(target, d.data.number);
      if (id !== d.id) rename.set(d.id, id);
      d.data.series = target;
    }
  }
  throwProblems(problems);
  if (rename.size === 0) return drafts;
  return drafts.map((e) => withIdAndData(e, rename.get(e.id) ?? e.id, renameIds(e.data, rename)));
}

/**
 * Actions the papers do not number (a request printed in bold in prose minutes, a new row of an actions table
 * without numbers) are numbered by their parser in its paper's order: 1, 2, … in each paper. Two papers of one
 * series (two meetings of a forum in the same year) would then give two different actions one id. They are
 * numbered on across the series instead: the papers in the order of the meetings they record (the latest
 * meeting their actions name, by date; then by paper), and each paper's actions in its own order. With one
 * paper in a series nothing changes. A paper of an earlier meeting added after a later one moves the later
 * numbers on.
 */
export function numberAcrossPapers(drafts: EntryDraft[], idOf: (series: string, n: number) => string): EntryDraft[] {
  const dateOf = new Map<string, string>();
  for (const m of draftsOf(drafts, 'meetings')) {
    const d = m.data.date;
    dateOf.set(m.id, d.kind === 'exact' ? d.date : (d.notAfter ?? d.notBefore ?? ''));
  }
  /** The number a parser gave an action in its id ("paf-2018-action-2" → 2). */
  const numberIn = (id: string): number => Number(/-action-(\d+)$/.exec(id)?.[1] ?? NaN);
  const unnumbered = draftsOf(drafts, 'actions').filter((e) => e.data.number === undefined && !e.data._quotes && e.id === idOf(e.data.series, numberIn(e.id)));
  // series → paper → its actions, in the paper's order.
  const bySeries = new Map<string, Map<string, Array<EntryDraftOf<'actions'>>>>();
  for (const e of unnumbered) {
    let papers = bySeries.get(e.data.series);
    if (!papers) bySeries.set(e.data.series, (papers = new Map()));
    pushTo(papers, e.data.sources[0]?.doc ?? '', e);
  }
  const renamed = new Map<EntryDraft, string>();
  for (const [series, papers] of bySeries) {
    if (papers.size < 2) continue;
    const when = (list: Array<EntryDraftOf<'actions'>>): string =>
      list.map((e) => dateOf.get(e.data._recordedAt ?? e.data.raisedAt) ?? '').reduce((a, b) => (b > a ? b : a), '');
    const ordered = [...papers].sort(([docA, a], [docB, b]) => when(a).localeCompare(when(b)) || docA.localeCompare(docB));
    let n = 0;
    for (const [, list] of ordered) {
      for (const e of [...list].sort((a, b) => numberIn(a.id) - numberIn(b.id))) {
        const id = idOf(series, ++n);
        if (id !== e.id) renamed.set(e, id);
      }
    }
  }
  if (renamed.size === 0) return drafts;
  return drafts.map((e) => {
    const id = renamed.get(e);
    return id === undefined ? e : withIdAndData(e, id, e.data);
  });
}
