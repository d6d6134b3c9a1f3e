/** An agenda cover (tests/fixtures/parsers/agenda-cover/): recognised by its first line naming a body, then read into the meeting it announces. */
import { describe, expect, it } from 'vitest';
import { meetingOf } from '../meetings-helpers.ts';
import { draftsOf } from '../../../../importer/source.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

describe('agenda cover: pam-2026-03-11-agenda.txt', () => {
  const r = read(kindDoc('agenda-cover', 'pam-2026-03-11-agenda.txt'));
  const meeting = meetingOf(draftsOf(r.entries, 'meetings').find((e) => e.id === '2026-03-11-pcc-accountability-meeting'));

  it('is recognised as an agenda pack by its content: a body name, then the cover', () => {
    expect(paperKind(r)).toBe('agenda-pack');
    expect(claimedBy(r)).toEqual(['agenda', 'enquiries']);
  });
  it('reads purpose, date, time and a venue printed over two lines', () => {
    expect(meeting.status).toBe('scheduled');
    expect(meeting.date).toEqual({ kind: 'exact', date: '2026-03-11' });
    expect([meeting.startTime, meeting.timeText]).toEqual(['09:30', '9:30am']);
    expect(meeting.venue).toBe('Meeting Room 2, Office of the Police and Crime Commissioner, Building 7, Jubilee House, Falconers Chase, Wymondham');
    expect(meeting.venueClaims?.[0]?.source).toEqual({ doc: 'pam-2026-03-11-agenda', line: 11, endLine: 12 });
    expect(meeting.purpose).toMatch(/^To hold the Chief Constable to account/);
  });
  it('reads every agenda row: numbers, times, pages, "Verbal Update" and an unnumbered break', () => {
    expect(meeting.agenda?.map((i) => [i.number ?? null, i.time ?? null, i.title, i.page ?? null, i.verbalUpdate])).toEqual([
      ['1.', '9:30am', 'Attendance and Apologies for Absence', null, false],
      ['2.', null, 'Declarations of Personal and/or Prejudicial Interests', null, false],
      ['3.', null, 'To confirm the minutes and actions of the previous meeting held on Tuesday 9 December 2025', 'Page 3', false],
      ['4.', '9:45am', 'Public Questions', null, true],
      [null, '10:40am', 'Refreshment break (if required)', null, false],
      ['5.', '10:55am', 'Rural Crime Partnership Update', 'Page 17', false],
      ['6.', null, 'Date of Next Scrutiny Meetings', null, false],
    ]);
  });
  it('lists the previous meeting as held and the next one as scheduled, each with the line that names it', () => {
    expect(meeting.agenda?.[2]?.lists).toEqual(['2025-12-09-pcc-accountability-meeting']);
    expect(meeting.agenda?.[6]?.lists).toEqual(['2026-06-10-pcc-accountability-meeting']);
    const previous = meetingOf(r.entries.find((e) => e.id === '2025-12-09-pcc-accountability-meeting'));
    expect(previous.status).toBe('held');
    const next = meetingOf(r.entries.find((e) => e.id === '2026-06-10-pcc-accountability-meeting'));
    expect([next.status, next.startTime, next.endTime]).toEqual(['scheduled', '09:30', '12:30']);
  });
  it('keeps a cover block it does not know ("Webcast") as printed, in the notes, and says so', () => {
    expect(meeting.notes).toEqual(["The agenda cover also prints \"Webcast\": This meeting will be streamed live on the Commissioner's website."]);
    expect(r.warnings).toEqual([expect.stringMatching(/^pam-2026-03-11-agenda\.txt:14-16: the agenda cover block "Webcast" is not one the importer reads/)]);
  });
});
