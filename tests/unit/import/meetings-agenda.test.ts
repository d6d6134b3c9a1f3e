import { describe, expect, it } from 'vitest';
import { parseCover, parseEnquiries, parseListings, parseNotice } from '../../../importer/agenda.ts';
import { ImportError } from '../../../importer/source.ts';
import { fixture, meetingOf, seed, thrownBy } from './meetings-helpers.ts';

const coverOf = (name: string, to?: number) => {
  const doc = fixture(name);
  const end = to ?? doc.lines.findIndex((l) => /Enquiries to/i.test(l));
  return { doc, cover: parseCover(doc, 1, end > 0 ? end : doc.lines.length) };
};

describe('agenda cover (PCC Accountability Meeting)', () => {
  const { cover } = coverOf('agenda-cover.txt');
  const m = cover.meeting.data;
  const items = m.agenda as Array<Record<string, unknown>>;

  it('reads purpose, date, time and the bold venue split over two lines', () => {
    expect(cover.meeting.id).toBe('2025-04-16-pcc-accountability-meeting');
    expect(m.purpose).toBe('To hold the Chief Constable to account and to enable issues to be discussed and decisions made in public');
    expect(m.startTime).toBe('10:00');
    expect(m.timeText).toBe('10:00am');
    expect(m.venue).toBe('Conference Room, Office of the Police and Crime Commissioner, Building 7, Jubilee House, Falconers Chase, Wymondham');
    expect(m.venueClaims?.[0]?.source).toEqual({ doc: 'agenda-cover', line: 11, endLine: 12 });
    expect(m.status).toBe('scheduled');
    expect(cover.heading).toBe('A G E N D A');
  });

  it('keeps every row: trailing empty cells, the unnumbered break, Verbal Update, pages', () => {
    expect(items.map((i) => i['number'] ?? null)).toEqual(['1.', '2.', '3.', '4.', null, '5.', '6.']);
    expect(items[0]).toMatchObject({ time: '10:00am', title: 'Attendance and Apologies for Absence', verbalUpdate: false });
    expect(items[0]).not.toHaveProperty('page');
    expect(items[3]).toMatchObject({ title: 'Public Questions', verbalUpdate: true });
    expect(items[4]).toMatchObject({ time: '11:15am', title: 'Refreshment break (if required)' });
    expect(items[5]).toMatchObject({ title: 'HMICFRS Update – Joint Targeted Area Inspection of Norfolk', page: 'Page 21' });
  });

  it('links the "previous meeting held on" item to that meeting, which is held', () => {
    expect(items[2]!['lists']).toEqual(['2025-01-29-pcc-accountability-meeting']);
    const prev = meetingOf(cover.others.find((o) => o.id === '2025-01-29-pcc-accountability-meeting'));
    expect(prev.status).toBe('held');
  });

  it('turns the <p><u> next-meetings cell into a title, details and listed meetings, keeping the 2024 date as printed and flagging it', () => {
    expect(items[6]).toMatchObject({
      title: 'Date of Next Scrutiny Meetings',
      details: [
        'Strategic Deep Dive on Data Infrastructure: Wednesday 21 May 2024 from 10:00am – 12:00pm',
        'PCC Accountability Meeting: Tuesday 8 July 2025 from 10:00am – 1:00pm',
      ],
      lists: ['2024-05-21-strategic-deep-dive', '2025-07-08-pcc-accountability-meeting'],
    });
    const sdd = meetingOf(cover.others.find((o) => o.id === '2024-05-21-strategic-deep-dive'));
    expect(sdd.topic).toBe('Data Infrastructure');
    expect(sdd.date).toEqual({ kind: 'exact', date: '2024-05-21' });
    expect(sdd.dateClaims?.[0]?.text).toBe('Wednesday 21 May 2024');
    expect(sdd.dateClaims?.[0]?.note).toMatch(/was a Tuesday/);
    expect(sdd.dateClaims?.[0]?.note).toMatch(/before that date/);
    expect(sdd).toMatchObject({ startTime: '10:00', endTime: '12:00', status: 'scheduled' });
  });

  it('passes number and title of every row to the report parsers', () => {
    expect(cover.agenda[5]).toEqual({ number: '5.', title: 'HMICFRS Update – Joint Targeted Area Inspection of Norfolk' });
  });
});

describe('next scrutiny meetings run together in one cell (001:31), title shifted into the time column', () => {
  it('splits them at each time range, with hyphen or en dash', () => {
    const { cover } = coverOf('agenda-run-together.txt');
    const last = (cover.meeting.data['agenda'] as Array<Record<string, unknown>>)[1]!;
    expect(last['number']).toBe('13.');
    expect(last['time']).toBeUndefined();
    expect(last['details']).toEqual([
      'Police and Crime Panel: Tuesday 4 February 2025 from 10:00am – 1:00pm',
      'Strategic Deep Dive: Cyber Security: Wednesday 26 February 2025 from 10:00am – 12:00pm',
      'PCC Accountability Meeting: Wednesday 16 April 2025 from 10:00am - 1:00pm',
    ]);
    const sdd = meetingOf(cover.others.find((o) => o.id === '2025-02-26-strategic-deep-dive'));
    expect(sdd.topic).toBe('Cyber Security');
    expect(sdd.dateClaims?.[0]?.note).toBeUndefined();
  });
});

describe('malformed covers fail with file, line and what was expected', () => {
  it('a time that is not a time', () => {
    const doc = fixture('agenda-bad-time.txt');
    expect(() => parseCover(doc, 1, doc.lines.length)).toThrowError(/agenda-bad-time\.txt:8: expected a time such as "10:15am"; found "10:7am"/);
  });
  it('a listed meeting of a body the importer does not know', () => {
    const doc = fixture('agenda-unknown-body.txt');
    expect(() => parseCover(doc, 1, doc.lines.length)).toThrowError(/agenda-unknown-body\.txt:8: expected a known body name/);
  });
  it('a line the cover does not expect, among the agenda rows', () => {
    const doc = fixture('agenda-bad-time.txt');
    const bad = { ...doc, lines: ['PCC ACCOUNTABILITY MEETING', '', 'Date: Wednesday 29 January 2025', '', 'A G E N D A', '', 'Item\tTime\tAgenda Item\tPage Number', '1.\t10:00am\tAttendance\t', 'Something unexpected'] };
    const e = thrownBy(() => parseCover(bad, 1, 9));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).line).toBe(9);
  });
  it('a block the cover does not know, before the agenda, is kept in the notes and reported, never refused', () => {
    const doc = fixture('agenda-bad-time.txt');
    const lines = ['Norfolk Police and Crime Panel', '', 'Date: Tuesday 4 November 2025', '', 'Membership', '', 'Cllr A Person (Chair)\tA District Council', 'Mr B Person\tCo-opted Independent Member', '', 'AGENDA', '', '1. Minutes'];
    const r = parseCover({ ...doc, lines }, 1, lines.length);
    const notes = (r.meeting.data['notes'] as string[]).join(' ');
    expect(notes).toContain('"Membership": Cllr A Person (Chair), A District Council; Mr B Person, Co-opted Independent Member');
    expect(r.warnings.join('\n')).toMatch(/agenda-bad-time\.txt:5-8: the agenda cover block "Membership" is not one the importer reads/);
    expect(r.agenda.map((i) => i.title)).toEqual(['Minutes']);
  });
});

describe('Police and Crime Panel supplementary agenda (002 cover)', () => {
  const doc = fixture('pcp-cover.txt');
  const enqAt = doc.lines.findIndex((l) => /All enquiries to/.test(l)) + 1;
  const cover = parseCover(doc, 1, enqAt - 2);
  const m = cover.meeting.data;
  it('reads bold values, the heading, the numbered item with its annex and page label, and the publication date', () => {
    expect(cover.meeting.id).toBe('2017-09-26-police-and-crime-panel');
    expect(m).toMatchObject({ startTime: '10:00', timeText: '10.00am', venue: 'Cranworth Room, County Hall, Norwich' });
    expect(cover.heading).toBe('SECOND SUPPLEMENTARY AGENDA');
    expect(m.agenda).toEqual([
      {
        number: '7.',
        title: "Police and Crime Commissioner for Norfolk's 2016-17 Annual Report",
        verbalUpdate: false,
        lists: [],
        details: ['Annex 1 – Appendix A (Performance grid for 2016/17)'],
        page: 'AA3',
        line: 15,
      },
    ]);
    expect(cover.published).toBe('2017-09-22');
  });
  it('reads the enquiries block to its Email line', () => {
    const enq = parseEnquiries(doc, enqAt);
    expect(enq.lines).toEqual(['Hollie Adams', 'Norfolk County Council,', 'Democratic Services,', 'Tel. 01603 223029', 'Email committees@norfolk.gov.uk']);
    expect(enq.end).toBe(doc.lines.length);
  });
});

describe('multilingual notice', () => {
  it('recognises each language by the language name it prints, and stops at the first other paragraph', () => {
    const doc = fixture('agenda-cover.txt');
    const start = doc.lines.findIndex((l) => /^Email:/.test(l)) + 2;
    const n = parseNotice(doc, start);
    expect(n.languages.map((l) => l.code)).toEqual(['lt', 'es']);
    expect(n.languages[0]!.text).toContain('susisiekit');
  });
  it('finds all ten languages in both agenda packs', () => {
    for (const p of ['001', '004']) expect(parseNotice(seed(p), 41).languages).toHaveLength(10);
  });
});

describe('listings', () => {
  it('rejects text that is not a listed meeting rather than dropping it', () => {
    const doc = fixture('agenda-cover.txt');
    expect(() => parseListings(doc, 3, 'Police and Crime Panel: Tuesday 4 February 2025 from 10:00am – 1:00pm and lunch')).toThrowError(
      /expected each listed meeting/,
    );
  });
});
