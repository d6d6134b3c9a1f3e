/**
 * A minutes fragment without heading (tests/fixtures/parsers/minutes-fragment/): a paper that begins
 * partway through the minutes, naming neither body nor date. It is refused until a decision in
 * imports/aliases.json says which meeting it records; then it is read as the Forum's minutes.
 */
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../../../importer/aliases.ts';
import { draftsOf, ImportError } from '../../../../importer/source.ts';
import { draftOf, meetingOf, thrownBy } from '../meetings-helpers.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

const DOC = 'paf-2017-fragment';
const decided = () =>
  parseAliases({
    documents: [
      {
        doc: DOC,
        meeting: '2017-12-police-accountability-forum',
        body: 'police-accountability-forum',
        date: { kind: 'not-stated', notBefore: '2017-12-01', notAfter: '2018-03-11', evidence: 'The next meeting is given as Monday 12th March 2018 (line 22).' },
        previousMeeting: { id: '2017-12-police-accountability-forum-previous-meeting', date: { kind: 'not-stated', evidence: 'Only "the previous meeting" (line 3).' } },
        reason: 'The fragment names neither its body nor its date.',
        evidence: [{ doc: DOC, line: 22, quote: 'Monday 12th March 2018' }],
      },
    ],
  });

describe('minutes fragment without heading: paf-2017-fragment.txt', () => {
  const doc = kindDoc('minutes-fragment', `${DOC}.txt`);

  it('without a recorded decision it is refused at its first line: nothing says what it is', () => {
    const e = thrownBy(() => read(doc));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/^paf-2017-fragment\.txt:3: expected an agenda cover naming a known body, minutes opening with the body's name .* or an identity decision for this paper in imports\/aliases\.json/);
  });

  const r = read(doc, decided());
  const m = meetingOf(r.entries.find((e) => e.id === '2017-12-police-accountability-forum'));
  it('with the decision it is minutes of the meeting decided, its date "not stated" with the bounds given', () => {
    expect(paperKind(r)).toBe('minutes');
    expect(claimedBy(r)).toEqual(['paf']);
    expect([m.status, m.date]).toEqual(['held', { kind: 'not-stated', notBefore: '2017-12-01', notAfter: '2018-03-11', evidence: 'The next meeting is given as Monday 12th March 2018 (line 22).' }]);
  });
  it('the text before the first heading is a section whose heading the papers do not give', () => {
    expect(m.minutes?.map((s) => [s.number ?? null, s.title])).toEqual([
      ['4', 'Heading not in the papers: the minutes begin partway through this item'],
      ['5', 'Neighbourhood Policing in Breckland'],
      ['7', 'Date of Next Meeting'],
    ]);
  });
  it('"the actions can now be closed" closes the previous meeting\'s actions, raised at "the previous meeting"', () => {
    const a = draftOf(r.entries, 'actions', 'paf-2017-action-1').data;
    expect([a.raisedAt, a.status, a.text]).toEqual([
      '2017-12-police-accountability-forum-previous-meeting',
      'closed',
      'For the PCC to be provided with the cost of the new custody suite before the next meeting.',
    ]);
    expect(meetingOf(r.entries.find((e) => e.id === '2017-12-police-accountability-forum-previous-meeting')).status).toBe('held');
  });
  it('a prose question is read with its answer; the next meeting is scheduled', () => {
    expect(draftsOf(r.entries, 'questions').map((q) => q.data.answer)).toEqual([['to which the CC replied that two more will start in March.']]);
    expect(m.nextMeeting?.meeting).toBe('2018-03-12-police-accountability-forum');
  });
});
