import { describe, expect, it } from 'vitest';
import { parsePaf, splitProseQuestion, type DocIdentity } from '../../../importer/paf.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftsOf, toSourceDoc } from '../../../importer/source.ts';
import { ROOT, fixture, meetingOf, projectAliases, seed } from './meetings-helpers.ts';

const identity: DocIdentity = {
  doc: 'paf',
  meeting: '2017-police-accountability-forum',
  body: 'police-accountability-forum',
  date: { kind: 'not-stated', notBefore: '2017-11-01', notAfter: '2018-02-04', evidence: 'Test evidence.' },
  previousMeeting: { id: '2017-police-accountability-forum-previous-meeting', date: { kind: 'not-stated', evidence: 'the previous meeting' } },
  planPeriod: '2016-17',
  notes: ['A fragment.'],
  reason: 'test',
};

describe('2017 Forum minutes (fixture)', () => {
  const r = parsePaf(fixture('paf.txt'), identity);
  const m = meetingOf(r.entries[0]);
  const qs = r.entries.filter((e) => e.collection === 'questions');
  const acts = r.entries.filter((e) => e.collection === 'actions');

  it('stores the date as not stated, with the recorded bounds: never a guess', () => {
    expect(r.entries[0]!.id).toBe('2017-police-accountability-forum');
    expect(m.date).toEqual(identity.date);
    expect(m.status).toBe('held');
  });
  it('makes a section for the item whose heading is missing, numbered from the next heading', () => {
    expect(m.minutes?.map((s) => [s['id'], s['number'] ?? null])).toEqual([
      ['item-3', '3'],
      ['item-4', '4'],
      ['item-6', '6'],
      ['item-10', '10'],
    ]);
    expect(m.minutes?.[0]?.['title']).toMatch(/Heading not in the papers/);
  });
  it('reads presenters and the plan priority named in the presenter sentence', () => {
    expect(m.minutes?.[1]).toMatchObject({ presenter: 'T/Chief Inspector Alice Scott', title: 'South Norfolk District Performance Overview' });
    expect(m.minutes?.[2]).toMatchObject({ presenter: 'Chief Constable Simon Bailey', planEntry: '2016-17-priority-7' });
  });
  it('keeps nested bullets, re-nests the bullet that lost its indent, and joins a sentence split by a page break', () => {
    const ul = (m.minutes?.[1]?.['blocks'] as Array<{ type: string; items?: Array<{ text: string; children?: unknown[] }> }>).find((b) => b.type === 'ul')!;
    expect(ul.items![0]!.children).toHaveLength(3);
    expect(ul.items![1]!.text).toBe('Partner agencies enable quicker sharing of information and effective problem solving as a result of direct access.');
    expect(r.warnings[0]).toMatch(/lost its indent/);
  });
  it('splits each prose question from its answer without changing a character', () => {
    expect(qs.map((q) => [q.data['question'], q.data['answer'], q.data['answeredBy']])).toEqual([
      [['The PCC asked if there was an increase in hare coursing from previous years.'], ['The Chief Constable (CC) stated that it was steady.'], ['The Chief Constable (CC)']],
      [['The PCC asked if more Specials are being recruited,'], ['to which the CC replied that more are being recruited.'], ['the CC']],
      [
        ['The PCC asked the Chief Constable if the 2020 review was established as a result of budget cuts.'],
        ['The Chief Constable agreed that this was the case.', 'The reduction of PCSOs will save £4m.'],
        ['The Chief Constable'],
      ],
    ]);
    expect(qs[2]!.data).toMatchObject({ kind: 'pcc', minuteSection: 'item-6', section: "6. Police and Crime Plan Theme: 'Good Stewardship of Taxpayers' Money'", planEntry: '2016-17-priority-7' });
  });
  it('keeps "The PCC asked for updates … following actions …:" as narrative, not a question', () => {
    expect(qs.some((q) => String(q.data['question']).includes('asked for updates'))).toBe(false);
  });
  it('makes the unnumbered actions: closed ones raised at the previous meeting, and the bold new request', () => {
    expect(acts.map((a) => [a.id, a.data['status'], a.data['raisedAt'], a.data['owner']])).toEqual([
      ['paf-2017-action-1', 'closed', '2017-police-accountability-forum-previous-meeting', 'Not stated in the papers'],
      ['paf-2017-action-2', 'closed', '2017-police-accountability-forum-previous-meeting', 'The Chief Constable'],
      ['paf-2017-action-3', 'new', '2017-police-accountability-forum', 'Not stated in the papers'],
    ]);
    expect((acts[0]!.data['updates'] as Array<Record<string, unknown>>)[0]).toMatchObject({
      meeting: '2017-police-accountability-forum',
      text: ['The PCC has received all this information and the actions can now be closed.'],
      status: 'closed',
    });
    expect(acts[2]!.data['text']).toBe('The PCC requested for an evaluation report on the pilots to be provided to the next meeting.');
  });
  it('reads the next meeting with its time and venue, and the signatures', () => {
    expect(m.nextMeeting?.meeting).toBe('2018-02-05-police-accountability-forum');
    const next = meetingOf(r.entries.find((e) => e.id === '2018-02-05-police-accountability-forum'));
    expect(next).toMatchObject({ startTime: '14:30', endTime: '16:30', status: 'scheduled' });
    expect(next.venue).toMatch(/^Filby room, Building 1, Norfolk Constabulary/);
    expect(m.signatories?.map(({ name, role }) => ({ name, role }))).toEqual([{ name: 'Lorne Green', role: 'Police and Crime Commissioner' }]);
  });
  it('claims every line of the paper', () => {
    expect(r.claimed).toEqual([[3, fixture('paf.txt').lines.length]]);
  });
});

describe('the 2017 seed (000)', () => {
  const ident = projectAliases().documents.find((d) => d.doc === '000_5a15d9d80c2edaab')!;
  const r = parsePaf(seed('000'), ident);
  it('has items 3-10, 12 PCC questions (5, 1, 1, 1, 4 by item) and 6 actions (5 closed, 1 new)', () => {
    const m = meetingOf(r.entries[0]);
    expect(m.minutes?.map((s) => s['number'])).toEqual(['3', '4', '5', '6', '7', '8', '9', '10']);
    const qs = r.entries.filter((e) => e.collection === 'questions');
    const per: Record<string, number> = {};
    for (const q of qs) per[String(q.data['minuteSection'])] = (per[String(q.data['minuteSection'])] ?? 0) + 1;
    expect(per).toEqual({ 'item-4': 5, 'item-5': 1, 'item-6': 1, 'item-8': 1, 'item-9': 4 });
    const acts = r.entries.filter((e) => e.collection === 'actions');
    expect(acts.map((a) => a.data['status'])).toEqual(['closed', 'closed', 'closed', 'closed', 'closed', 'new']);
  });
  it('keeps the typos as written', () => {
    const text = JSON.stringify(r.entries);
    expect(text).toContain('They key points discussed were:');
    expect(text).toContain('than even before');
    expect(text).toContain('sexual offenses');
  });
});

describe('splitProseQuestion', () => {
  it('returns the whole text as the question when no answer follows', () => {
    expect(splitProseQuestion('The PCC asked a question.')).toEqual({ question: 'The PCC asked a question.' });
  });
});

describe('a request printed in bold after an answer (fixture, varied)', () => {
  // The fixture with a bold paragraph of its own after the last answer's second paragraph.
  const text = readFileSync(join(ROOT, 'tests/fixtures/import/meetings/paf.txt'), 'utf8').replace(
    'The reduction of PCSOs will save £4m.\n',
    'The reduction of PCSOs will save £4m.\n\n**The PCC requested a briefing on the savings to be brought to the next meeting.**\n',
  );
  const r = parsePaf(toSourceDoc('paf-bold.txt', text), identity);
  const qs = r.entries.filter((e) => e.collection === 'questions');
  const acts = r.entries.filter((e) => e.collection === 'actions');

  it('the fixture has the paragraph where the test puts it', () => {
    expect(text).toContain('£4m.\n\n**The PCC requested a briefing');
  });
  it('ends the answer: the bold paragraph is not part of it', () => {
    expect(qs.at(-1)!.data['answer']).toEqual(['The Chief Constable agreed that this was the case.', 'The reduction of PCSOs will save £4m.']);
  });
  it('makes it a new action raised at this meeting, without its asterisks', () => {
    const made = acts.find((a) => a.data['text'] === 'The PCC requested a briefing on the savings to be brought to the next meeting.');
    expect(made?.data).toMatchObject({ status: 'new', raisedAt: '2017-police-accountability-forum' });
  });
});

describe('a question answered by someone the profile does not list (fixture, varied)', () => {
  // A sergeant answers: the profile's answerers do not include the rank, so the answer cannot be told from the question.
  const text = readFileSync(join(ROOT, 'tests/fixtures/import/meetings/paf.txt'), 'utf8').replace(
    'The Chief Constable (CC) stated that it was steady.',
    'Sergeant Mills stated that it was steady.',
  );
  const r = parsePaf(toSourceDoc('paf-sergeant.txt', text), identity);
  const q = draftsOf(r.entries, 'questions').find((e) => e.data.question.join(' ').includes('hare coursing'));

  it('the fixture has the sentence where the test puts it', () => {
    expect(text).toContain('previous years. Sergeant Mills stated');
  });
  it('keeps the text as printed, as the question', () => {
    expect(q?.data.question).toEqual(['The PCC asked if there was an increase in hare coursing from previous years. Sergeant Mills stated that it was steady.']);
  });
  it('tells the clerk the question runs on with no answer recognised, where, and what to add to the profile', () => {
    const note = r.warnings.find((w) => w.includes('hare coursing'));
    expect(note).toMatch(/^paf-sergeant\.txt:\d+: the question "The PCC asked if there was an increase in hare coursing/);
    expect(note).toMatch(/no answer was recognised in it; if the rest is the answer, add who gives it.*proseMinutes\.answerers in .*profile\.json/);
  });
});
