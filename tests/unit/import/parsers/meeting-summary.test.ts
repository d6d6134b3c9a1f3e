/** A meeting summary (tests/fixtures/parsers/meeting-summary/): recognised by "Summary of the …", read into the meeting, its questions and its actions. */
import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../../../importer/source.ts';
import { draftOf, meetingOf } from '../meetings-helpers.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

describe('meeting summary: pam-2026-06-10-summary.txt', () => {
  const r = read(kindDoc('meeting-summary', 'pam-2026-06-10-summary.txt'));
  const m = meetingOf(r.entries.find((e) => e.id === '2026-06-10-pcc-accountability-meeting'));

  it('is recognised as a meeting summary by its "Summary of the …" heading, with no decision recorded', () => {
    expect(paperKind(r)).toBe('meeting-summary');
    expect(claimedBy(r)).toEqual(['minutes']);
    expect(draftOf(r.entries, 'documents').data.title).toBe('Summary of the PCC Accountability Meeting, Wednesday 10 June 2026');
  });
  it('reads the attendance and apologies bullets: role, abbreviation, name and organisation', () => {
    expect(m.status).toBe('held');
    expect(m.attendance?.map((a) => [a.role, a.roleAbbreviation ?? null, a.name, a.organisation])).toEqual([
      ['Police and Crime Commissioner', 'PCC', 'Marcus Ellery', 'OPCCN'],
      ['Chief Constable', 'CC', 'Priya Okonjo', 'Norfolk Constabulary'],
    ]);
    expect(m.apologies?.map((a) => a.name)).toEqual(['Dominic Farrow']);
    expect(m.declarations).toEqual(['There were none declared.']);
  });
  it('joins an answer that a page break splits (blank line, header repeated, empty first cell) into one answer', () => {
    const qs = draftsOf(r.entries, 'questions');
    expect(qs.map((q) => q.id)).toEqual(['2026-06-10-pcc-accountability-meeting-q-1', '2026-06-10-pcc-accountability-meeting-q-2']);
    expect(qs[0]?.data.answer).toEqual(['The CC confirmed that six officers patrol the Broads between May and September, with boat support at weekends.']);
    expect(qs[0]?.data.sources).toEqual([{ doc: 'pam-2026-06-10-summary', line: 29, endLine: 32 }]);
    expect(qs[1]?.data.question).toEqual(['Will the farm watch scheme reach the west of the county?']);
  });
  it('"Action complete." closes an action as "Action closed." does; "New Action (<date>)." raises one', () => {
    const a1 = draftOf(r.entries, 'actions', 'pam-2026-action-1').data;
    expect([a1.raisedAt, a1.owner, a1.status]).toEqual(['2026-03-11-pcc-accountability-meeting', 'The CC', 'closed']);
    expect(a1.updates?.map((u) => [u.dateText, u.status, u.meeting])).toEqual([['10 June 2026', 'closed', '2026-06-10-pcc-accountability-meeting']]);
    const a2 = draftOf(r.entries, 'actions', 'pam-2026-action-2').data;
    expect([a2.raisedAt, a2.status, a2.updates?.[0]?.dateText]).toEqual(['2026-06-10-pcc-accountability-meeting', 'new', 'New Action (10 June 2026)']);
  });
  it('the next meeting is scheduled on the date printed under "Date of next meeting"', () => {
    expect(m.nextMeeting).toEqual({ text: 'Wednesday 16 September 2026', meeting: '2026-09-16-pcc-accountability-meeting' });
    expect(meetingOf(r.entries.find((e) => e.id === '2026-09-16-pcc-accountability-meeting')).status).toBe('scheduled');
    expect(m.signatories).toEqual([expect.objectContaining({ name: 'Marcus Ellery', role: 'Police and Crime Commissioner' })]);
  });
});
