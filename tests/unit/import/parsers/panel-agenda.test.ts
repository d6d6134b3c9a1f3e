/**
 * A Panel agenda (tests/fixtures/parsers/panel-agenda/): the Panel's own layout — bold date, time and
 * venue, a "Membership" block, numbered items with page numbers ("A9") on their own lines, "Date
 * Published:" and "All enquiries to:".
 */
import { describe, expect, it } from 'vitest';
import { draftOf, meetingOf } from '../meetings-helpers.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

describe('Panel agenda: pcp-2026-02-03-agenda.txt', () => {
  const r = read(kindDoc('panel-agenda', 'pcp-2026-02-03-agenda.txt'));
  const m = meetingOf(r.entries.find((e) => e.id === '2026-02-03-police-and-crime-panel'));
  const paper = draftOf(r.entries, 'documents').data;

  it('is recognised as the Panel\'s agenda pack by its first line, published by the Panel\'s publisher', () => {
    expect(paperKind(r)).toBe('agenda-pack');
    expect(claimedBy(r)).toEqual(['agenda', 'enquiries']);
    expect(paper.title).toBe('Police and Crime Panel, Tuesday 3 February 2026: agenda pack');
    expect(paper.publisher).not.toBe(draftOf(read(kindDoc('agenda-cover', 'pam-2026-03-11-agenda.txt')).entries, 'documents').data.publisher);
  });
  it('reads the bold date, the time written "11.00am" and the venue', () => {
    expect([m.date, m.startTime, m.venue]).toEqual([{ kind: 'exact', date: '2026-02-03' }, '11:00', 'Council Chamber, County Hall, Norwich']);
  });
  it('takes a page number on its own line ("A9") as the page of the item above it', () => {
    expect(m.agenda?.map((i) => [i.number, i.title, i.page ?? null])).toEqual([
      ['1.', 'To receive apologies and details of any substitute members attending', null],
      ['2.', 'Minutes', 'A3'],
      ['3.', 'Members to Declare any Interests', null],
      ['4.', "Police and Crime Commissioner for Norfolk's Proposed Precept for 2026-27", 'A9'],
    ]);
  });
  it('"To confirm the minutes of the meeting of the Panel held on <date>" lists that meeting as held', () => {
    expect(m.agenda?.[1]?.lists).toEqual(['2025-11-04-police-and-crime-panel']);
    expect(meetingOf(r.entries.find((e) => e.id === '2025-11-04-police-and-crime-panel')).status).toBe('held');
  });
  it('"Membership" is kept in the notes as printed, rows joined, with a note naming its lines', () => {
    expect(m.notes).toEqual([
      "The agenda cover also prints \"Membership\": Cllr Ruth Delacourt (Chair), King's Lynn and West Norfolk Borough Council; Cllr Samir Haddad, Norwich City Council; Mr Gerald Outhwaite, Co-opted Independent Member.",
    ]);
    expect(r.warnings).toEqual([expect.stringMatching(/^pcp-2026-02-03-agenda\.txt:13-17: the agenda cover block "Membership"/)]);
  });
  it('"Date Published:" is the publication date and "All enquiries to:" the contact, line by line', () => {
    expect(paper.published).toBe('2026-01-26');
    expect(paper.enquiries?.[0]).toBe('Maeve Dunstan');
    expect(paper.enquiries?.at(-1)).toBe('Email committees@norfolk.gov.uk');
  });
});
