/**
 * The rules that let next quarter's papers in without an edit, and the refusals that keep meaning
 * safe, on the three next-quarter fixtures (tests/fixtures/next-quarter/) and small changes to them:
 * formal minutes recognised by their content, with their meeting from the paper; a cover block the
 * parser does not know kept and reported; a table split by a page break joined, one of another shape
 * refused; a dated repeat of an update kept once; an unnumbered action updated by quoting it, or
 * refused; an actions list continuing a series; --remove and a corrected paper under a new name.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Aliases } from '../../../importer/aliases.ts';
import { run } from '../../../importer/cli.ts';
import { dispatch, PARSERS } from '../../../importer/meetings-dispatch.ts';
import type { Extract } from '../../../importer/meetings-types.ts';
import { merge } from '../../../importer/merge.ts';
import { draftsOf, ImportError, toSourceDoc, type CollectionName, type EntryDraft, type SourceDoc } from '../../../importer/source.ts';
import { scratchProject } from '../../seed-content.ts';
import { SEEDS_DIR } from '../../seeds.ts';
import { draftOf, meetingOf, noAliases, projectAliases, ROOT, thrownBy } from './meetings-helpers.ts';

const NEXT = join(ROOT, 'tests/fixtures/next-quarter');
/** A whole import of eight papers: seconds on an idle machine, much longer on a busy one. */
const IMPORT_TIMEOUT = 600_000;
const PAM = join(NEXT, 'pcc-accountability-meeting/pam-2025-07-08-agenda-pack.txt');
const PAF = join(NEXT, 'police-accountability-forum/paf-2018-02-05-minutes.txt');
const PCP = join(NEXT, 'police-and-crime-panel/pcp-2025-11-04-agenda.txt');
const text = (f: string) => readFileSync(f, 'utf8');
const docOf = (f: string, t = text(f)) => toSourceDoc(f.split('/').pop()!, t);
const seedFiles = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(SEEDS_DIR, f));

/** Dispatch papers and merge them with the seed papers, as an import would. */
function mergeWith(docs: SourceDoc[], aliases: Aliases = projectAliases()) {
  const all = [...seedFiles.map((f) => docOf(f)), ...docs];
  const extracts: Extract[] = all.map((doc) => {
    const r = dispatch(doc, aliases, PARSERS);
    return { version: 1, doc: doc.id, file: doc.file, sha256: '', lines: doc.lines, entries: r.entries, claims: r.claims, warnings: r.warnings };
  });
  return merge(extracts, aliases);
}
const find = <C extends CollectionName>(entries: EntryDraft[], collection: C, id: string) => draftsOf(entries, collection).find((e) => e.id === id);

describe('formal minutes: recognised by their content, their meeting read from the paper', () => {
  const r = dispatch(docOf(PAF), noAliases(), PARSERS);
  const m = meetingOf(find(r.entries, 'meetings', '2018-02-05-police-accountability-forum'));

  it('a first line naming the body, then "Minutes of the meeting held on <date>", is minutes, with no identity decision', () => {
    expect(m.status).toBe('held');
    expect(m.date).toEqual({ kind: 'exact', date: '2018-02-05' });
    expect([m.startTime, m.endTime, m.venue]).toEqual(['14:30', '16:30', 'Filby room, Building 1, Norfolk Constabulary, Jubilee House, Falconers Chase, Wymondham']);
    expect(draftOf(r.entries, 'documents').data.kind).toBe('minutes');
  });
  it('"Present:" and "Apologies:" are the attendance and the apologies', () => {
    expect(m.attendance?.map((a) => a['name'])).toContain('Gareth Lyle-Penrose');
    expect(m.apologies?.map((a) => [a['role'], a['name']])).toEqual([['Chief Executive', 'Mark Stokes']]);
  });
  it('numbered items, questions in prose and a bold request are read as in the Forum minutes', () => {
    expect(m.minutes?.map((s) => s['number'])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(r.entries.filter((e) => e.collection === 'questions')).toHaveLength(4);
    expect(find(r.entries, 'actions', 'paf-2018-action-1')?.data['text']).toMatch(/^The PCC requested for a report on the use of Special Constables/);
  });
  it('minutes whose "held on" line names another body than their title are refused', () => {
    const changed = text(PAF).replace('Minutes of the meeting held on', 'Minutes of the Police and Crime Panel meeting held on');
    const e = thrownBy(() => dispatch(docOf(PAF, changed), noAliases(), PARSERS));
    expect((e as ImportError).message).toMatch(/paf-2018-02-05-minutes\.txt:5: .*Hint: the title line names Police Accountability Forum/);
  });
  it('an identity decision naming another meeting for the paper is refused: the paper says which meeting it is', () => {
    const aliases = noAliases();
    aliases.documents.push({ doc: 'paf-2018-02-05-minutes', meeting: '2018-05-14-police-accountability-forum', body: 'police-accountability-forum', date: { kind: 'exact', date: '2018-05-14' }, reason: 'test', evidence: [] });
    const e = thrownBy(() => dispatch(docOf(PAF), aliases, PARSERS));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/paf-2018-02-05-minutes\.txt:5: .*expected the meeting imports\/aliases\.json records for this paper \(2018-05-14-police-accountability-forum\).*Hint: the paper states which meeting it records/);
  });
});

describe('the update of an unnumbered action, quoting it', () => {
  it('joins the one earlier action of the body with those words, and closes it', () => {
    const r = mergeWith([docOf(PAF)]);
    const a = find(r.entries, 'actions', 'paf-2017-action-6')!.data;
    expect(a['status']).toBe('closed');
    expect(a['raisedAt']).toBe('2017-police-accountability-forum');
    expect((a['updates'] ?? []).map((u) => [u['meeting'], u['status']])).toEqual([['2018-02-05-police-accountability-forum', 'closed']]);
    expect(r.entries.filter((e) => e.collection === 'actions' && /quoted/.test(e.id))).toEqual([]);
  });
  it('with words no earlier action has: refused at the row, with a hint, never attached by a guess', () => {
    const changed = text(PAF).replace('The PCC requested for an evaluation report', 'The PCC requested an evaluation report');
    const e = thrownBy(() => mergeWith([docOf(PAF, changed)]));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/paf-2018-02-05-minutes\.txt:32: expected an action raised at an earlier meeting of this body whose words are those of this row's first cell.*Hint: quote the action exactly/);
  });
});

describe('an agenda pack of the next quarter', () => {
  const r = mergeWith([docOf(PAM)]);
  const action = (n: number) => find(r.entries, 'actions', `pam-action-${n}`)!.data;
  const updates = (n: number) => (action(n)['updates'] ?? []).map((u) => [u['meeting'], u['status']]);

  it('"Action complete." closes an action', () => {
    expect(updates(12)).toEqual([
      ['2025-01-29-pcc-accountability-meeting', 'new'],
      ['2025-04-16-pcc-accountability-meeting', 'closed'],
    ]);
    expect(action(12)['status']).toBe('closed');
  });
  it('a dated repeat of an earlier update is one history entry, which takes the date', () => {
    expect(updates(13)).toEqual([
      ['2025-01-29-pcc-accountability-meeting', 'new'],
      ['2025-04-16-pcc-accountability-meeting', 'ongoing'],
    ]);
    const first = (action(13)['updates'] ?? [])[0]!;
    expect([first['date'], first['sources'].length]).toEqual(['2025-01-29', 2]);
  });
  it('a list beginning at Action 12 continues the series the papers hold; its new actions too', () => {
    for (const n of [12, 16, 17]) expect(action(n)['series'], `action ${n}`).toBe('pam-2024');
    expect(find(r.entries, 'questions', '2025-04-16-pcc-accountability-meeting-q-2')!.data['actions']).toEqual(['pam-action-16']);
  });
  it('a table split by a page break, without its header repeated, is one table', () => {
    const t = draftsOf(r.entries, 'tables').find((e) => e.data['report'] === '2025-07-08-priority-1-preventing-crime-police-crime-plan-2025-29')!;
    expect(t.data['rows'].map((x) => x['label'])).toEqual([
      'Outboard engine thefts',
      'Farm machinery thefts',
      'Heritage metal thefts',
      'Hare coursing incidents',
      'Livestock worrying incidents',
      'Fuel thefts from farms',
      'Rural crime arrests',
      'Vehicles seized under the Hare Coursing Act',
    ]);
  });
  it('rows of another shape after the page break are refused at the row, with a hint', () => {
    const changed = text(PAM).replace('Fuel thefts from farms\t47\t39\t44.0\t20.5%\t6.8%', 'Fuel thefts from farms\t47\t39\t44.0\t20.5%');
    const e = thrownBy(() => dispatch(docOf(PAM, changed), projectAliases(), PARSERS));
    expect((e as ImportError).message).toMatch(/pam-2025-07-08-agenda-pack\.txt:201: expected a table row with 6 cells, like line 199 above the page break.*found "5 cells: Fuel thefts.*Hint: if the rows continue the table above/);
  });
});

describe('a Panel agenda with a "Membership" block', () => {
  const d = dispatch(docOf(PCP), projectAliases(), PARSERS);
  it('keeps the block in the meeting notes and reports it; nothing is refused or dropped', () => {
    const m = meetingOf(find(d.entries, 'meetings', '2025-11-04-police-and-crime-panel'));
    expect(m.notes?.[0]).toMatch(/^The agenda cover also prints "Membership": Cllr Hannah Whitlock \(Chair\), Broadland District Council; .*Mr Tobias Wrenfield, Co-opted Independent Member\.$/);
    expect(d.warnings.join('\n')).toMatch(/pcp-2025-11-04-agenda\.txt:13-20: the agenda cover block "Membership"/);
    expect(m.agenda?.map((i) => i['number'])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });
  it('"To confirm the minutes of the meeting of the Panel held on <date>" lists that held meeting', () => {
    const prev = meetingOf(find(d.entries, 'meetings', '2025-07-31-police-and-crime-panel'));
    expect(prev.status).toBe('held');
  });
});

describe('removing a paper, and a corrected paper under a new name', () => {
  const root = scratchProject([...seedFiles, PAF, PCP], 'next-quarter-cli-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const content = (p: string) => join(root, 'src/content', p);

  it('--remove takes the paper, its extract and its content out', async () => {
    const first = await run(['--all'], root);
    expect(first.ok, first.log.join('\n')).toBe(true);
    expect(existsSync(content('meetings/2025-11-04-police-and-crime-panel.json'))).toBe(true);
    const r = await run(['--remove', 'papers/pcp-2025-11-04-agenda.txt'], root);
    expect(r.ok, r.log.join('\n')).toBe(true);
    expect(r.log).toContain('removing imports/extracts/pcp-2025-11-04-agenda.json');
    expect(existsSync(join(root, 'papers/pcp-2025-11-04-agenda.txt'))).toBe(false);
    expect(existsSync(content('meetings/2025-11-04-police-and-crime-panel.json'))).toBe(false);
    expect(existsSync(content('documents/pcp-2025-11-04-agenda.json'))).toBe(false);
  }, IMPORT_TIMEOUT);
  it('--remove of a paper never imported is refused', async () => {
    const r = await run(['--remove', 'papers/no-such-paper.txt'], root);
    expect(r.ok).toBe(false);
    expect(r.log.join('\n')).toMatch(/papers\/no-such-paper\.txt: a paper that was never imported — expected the file name of an imported paper/);
  }, IMPORT_TIMEOUT);
  it('a corrected paper under a new file name replaces the same document', async () => {
    const fixed = join(root, 'papers/paf-2018-02-05-minutes-v2.txt');
    writeFileSync(fixed, text(PAF).replace('fallen by a third', 'fallen by one third'));
    const r = await run([fixed], root);
    expect(r.ok, r.log.join('\n')).toBe(true);
    expect(r.log.join('\n')).toMatch(/note: papers\/paf-2018-02-05-minutes-v2\.txt replaces papers\/paf-2018-02-05-minutes\.txt: the same document \(the minutes of 2018-02-05-police-accountability-forum\)/);
    expect(existsSync(join(root, 'papers/paf-2018-02-05-minutes.txt'))).toBe(false);
    expect(existsSync(content('documents/paf-2018-02-05-minutes.json'))).toBe(false);
    expect(readFileSync(content('actions/paf-2017-action-6.json'), 'utf8')).toContain('fallen by one third');
  }, IMPORT_TIMEOUT);
});
