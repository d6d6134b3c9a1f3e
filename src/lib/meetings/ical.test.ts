import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarStamp, meetingEvent, meetingUid, type CalendarEvent } from './ical.ts';
import { assertValidIcs } from '../../../tests/unit/calendar-check.ts';
import { meeting } from '../../../tests/fixtures/lib/meetings.ts';

const SITE = 'https://scrutiny.example.org';
const stamp = calendarStamp('2026-11-24');

const bst: CalendarEvent = {
  id: '2025-04-16-pcc-accountability-meeting',
  summary: 'PCC Accountability Meeting',
  date: '2025-04-16',
  startTime: '10:00',
  endTime: '13:00',
  location: 'Conference Room, Office of the Police and Crime Commissioner, Building 7; Jubilee House, Falconers Chase, Wymondham',
  description: 'Line one\nЕсли Вы желаете получить копию данного документа на русском, пожалуйста, свяжитесь; ഈ ഡോക്യുമെന്റിന്റെ മലയാളത്തിലുള്ള ഒരു പകർപ്പ് നിങ്ങൾക്ക് \\ إذا كنت ترغب في الحصول على نسخة',
  url: `${SITE}/meetings/2025-04-16-pcc-accountability-meeting/`,
  status: 'scheduled',
};
const gmt: CalendarEvent = { ...bst, id: '2025-01-29-pcc-accountability-meeting', date: '2025-01-29', endTime: undefined, status: 'held', description: undefined };
const allDay: CalendarEvent = { id: '2024-07-22-pcc-accountability-meeting', summary: 'PCC Accountability Meeting', date: '2024-07-22', url: `${SITE}/x/`, status: 'held' };
const cancelled: CalendarEvent = { ...allDay, id: '2025-12-01-x', date: '2025-12-01', status: 'cancelled' };

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return { comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('buildCalendar', () => {
  const text = buildCalendar([bst, gmt, allDay, cancelled], { name: 'All meetings', siteUrl: SITE, stamp });

  it('is well-formed RFC 5545: CRLF only, folded at 75 octets without splitting UTF-8, ends with CRLF', () => {
    assertValidIcs(text);
    // The long multilingual description really was folded.
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
  });

  it('parses in ical.js with one event per meeting, in date order, with stable UIDs and a DTSTAMP', () => {
    const { comp, events } = parse(text);
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(events.map((e) => e.uid)).toEqual([
      '2024-07-22-pcc-accountability-meeting@scrutiny.example.org',
      '2025-01-29-pcc-accountability-meeting@scrutiny.example.org',
      '2025-04-16-pcc-accountability-meeting@scrutiny.example.org',
      '2025-12-01-x@scrutiny.example.org',
    ]);
    for (const v of comp.getAllSubcomponents('vevent')) {
      expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-24T00:00:00Z');
    }
    expect(meetingUid('a-b', 'https://other.example:8080/x/')).toBe('a-b@other.example:8080');
  });

  it('converts London times to UTC correctly in summer (BST) and winter (GMT)', () => {
    const { events } = parse(text);
    const apr = events.find((e) => e.uid.startsWith('2025-04-16'))!;
    expect(apr.startDate.toString()).toBe('2025-04-16T09:00:00Z');
    expect(apr.endDate.toString()).toBe('2025-04-16T12:00:00Z');
    const jan = events.find((e) => e.uid.startsWith('2025-01-29'))!;
    expect(jan.startDate.toString()).toBe('2025-01-29T10:00:00Z');
  });

  it('makes a meeting with no stated time an all-day event', () => {
    const { events } = parse(text);
    const jul = events.find((e) => e.uid.startsWith('2024-07-22'))!;
    expect(jul.startDate.isDate).toBe(true);
    expect(jul.startDate.toString()).toBe('2024-07-22');
    expect(jul.endDate.toString()).toBe('2024-07-23');
    expect(text).toContain('DTSTART;VALUE=DATE:20240722\r\n');
  });

  it('escapes TEXT values so commas, semicolons, backslashes and newlines survive', () => {
    const { events } = parse(text);
    const apr = events.find((e) => e.uid.startsWith('2025-04-16'))!;
    expect(apr.location).toBe(bst.location);
    expect(apr.description).toBe(bst.description);
    expect(apr.summary).toBe('PCC Accountability Meeting');
  });

  it('marks cancelled meetings CANCELLED and others CONFIRMED', () => {
    const { comp } = parse(text);
    const statuses = comp.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'));
    expect(statuses).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED']);
  });
});

describe('meetingEvent', () => {
  it('leaves out a meeting whose date is not stated', () => {
    const paf = meeting('2017-police-accountability-forum', {
      body: 'police-accountability-forum',
      status: 'held',
      date: { kind: 'not-stated', evidence: 'x' },
      minutes: [{ id: 'item-4', title: 'x', blocks: [], sources: [] }],
    });
    expect(meetingEvent(paf, { summary: 'PAF', url: SITE })).toBeUndefined();
  });
  it('carries date, times and venue (joined onto one line) from the meeting', () => {
    const m = meeting('2025-01-29-pcc-accountability-meeting', {
      status: 'held',
      startTime: '10:00',
      venue: 'Conference Room, Office of the Police and Crime Commissioner,\nBuilding 7',
      minutes: [{ id: 'item-1', title: 'x', blocks: [], sources: [] }],
    });
    expect(meetingEvent(m, { summary: 'PAM', url: SITE })).toMatchObject({
      date: '2025-01-29',
      startTime: '10:00',
      endTime: undefined,
      location: 'Conference Room, Office of the Police and Crime Commissioner, Building 7',
      status: 'held',
    });
  });
});

describe('the RFC 5545 checker itself', () => {
  const ok = buildCalendar([allDay], { name: 'x', siteUrl: SITE, stamp });
  it('rejects LF line endings, a missing final CRLF, long lines and a fold inside a UTF-8 character', () => {
    expect(() => assertValidIcs(ok.replace(/\r\n/g, '\n'))).toThrow();
    expect(() => assertValidIcs(ok.slice(0, -2))).toThrow();
    expect(() => assertValidIcs(ok.replace('SUMMARY:', `SUMMARY:${'x'.repeat(80)}`))).toThrow(/octets/);
    // Fold "ж" (two octets, d0 b6) between its bytes.
    const bytes = new TextEncoder().encode(ok.replace('SUMMARY:', 'SUMMARY:ж'));
    const at = bytes.indexOf(0xd0);
    const broken = new Uint8Array([...bytes.subarray(0, at + 1), 0x0d, 0x0a, 0x20, ...bytes.subarray(at + 1)]);
    expect(() => assertValidIcs(broken)).toThrow();
  });
});
