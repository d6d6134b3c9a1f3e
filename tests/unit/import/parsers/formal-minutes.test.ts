/**
 * Formal minutes (tests/fixtures/parsers/formal-minutes/): recognised by the body's name on the first
 * line and "Minutes of the meeting held on <date>" under it, with "Present:" and "Apologies:" lists.
 */
import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../../../importer/source.ts';
import { draftOf, meetingOf } from '../meetings-helpers.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

describe('formal minutes: paf-2019-05-13-minutes.txt', () => {
  const r = read(kindDoc('formal-minutes', 'paf-2019-05-13-minutes.txt'));
  const m = meetingOf(r.entries.find((e) => e.id === '2019-05-13-police-accountability-forum'));

  it('is recognised as minutes by its title and "Minutes of the meeting held on …", with no decision recorded', () => {
    expect(paperKind(r)).toBe('minutes');
    expect(claimedBy(r)).toEqual(['minutes']);
    expect(draftOf(r.entries, 'documents').data.title).toBe('Police Accountability Forum minutes, Monday 13 May 2019');
  });
  it('takes date, time and venue from the "held on" line', () => {
    expect([m.status, m.date, m.startTime, m.endTime]).toEqual(['held', { kind: 'exact', date: '2019-05-13' }, '10:00', '12:00']);
    expect(m.venue).toBe('Walsingham room, Building 3, Norfolk Constabulary, Jubilee House, Falconers Chase, Wymondham');
  });
  it('"Present:" is the attendance and "Apologies:" the apologies', () => {
    expect(m.attendance?.map((a) => [a.role, a.name])).toEqual([
      ['Police and Crime Commissioner', 'Harriet Quayle'],
      ['Deputy Chief Constable', 'Tomasz Reddy'],
    ]);
    expect(m.apologies?.map((a) => [a.role, a.name, a.organisation])).toEqual([['Chief Executive', 'Leonie Marsh', 'OPCCN']]);
  });
  it('numbered bold headings are the minuted items, in order', () => {
    expect(m.minutes?.map((s) => [s.number, s.title])).toEqual([
      ['1', 'Declarations of Interest'],
      ['2', 'Minutes of the Previous Meeting'],
      ['3', 'Road Safety Update'],
      ['4', 'Date of Next Meeting'],
    ]);
  });
  it('a question in prose is split at "to which", and a bold request is a new action', () => {
    const q = draftsOf(r.entries, 'questions');
    expect(q.map((x) => [x.data.question, x.data.answer, x.data.answeredBy])).toEqual([
      [['The PCC asked how many speed checks volunteers had carried out,'], ['to which the DCC replied that 412 checks were carried out in April.'], ['the DCC']],
    ]);
    const a = draftOf(r.entries, 'actions', 'paf-2019-action-1').data;
    expect([a.text, a.status, a.raisedAt]).toEqual(['The PCC requested for a briefing on average speed cameras to be provided to the next meeting.', 'new', '2019-05-13-police-accountability-forum']);
  });
  it('the next meeting, with its own time and venue, is scheduled', () => {
    expect(m.nextMeeting?.meeting).toBe('2019-08-05-police-accountability-forum');
    const next = meetingOf(r.entries.find((e) => e.id === '2019-08-05-police-accountability-forum'));
    expect([next.status, next.startTime, next.endTime]).toEqual(['scheduled', '10:00', '12:00']);
  });
});
