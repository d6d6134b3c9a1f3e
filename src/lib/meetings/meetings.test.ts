import { describe, expect, it } from 'vitest';
import {
  actionAnchor,
  actionsAtMeeting,
  actionsByMeeting,
  adjacentMeetings,
  distinctClaimedDates,
  formatClock,
  formatDate,
  hasDateConflict,
  latestScheduled,
  latestPapersByBody,
  latestWithPapers,
  listMeetings,
  londonDateTime,
  londonOffsetMinutes,
  londonToUtc,
  meetingSortKey,
  minuteSectionRole,
  meetingState,
  meetingYear,
  nextUpcoming,
  papersHeld,
  parsePrintedTime,
  questionsBySection,
  venueWordings,
  weekdayOf,
} from './meetings.ts';
import { action, meeting, question } from '../../../tests/fixtures/lib/meetings.ts';

const PAF = 'police-accountability-forum';
const PCP = 'police-and-crime-panel';

const paf2017 = meeting('2017-police-accountability-forum', {
  body: PAF,
  status: 'held',
  date: { kind: 'not-stated', notBefore: '2017-10-19', notAfter: '2018-02-05', evidence: 'Norfolk 2020 review launched 19 October 2017' },
  minutes: [{ id: 'item-4', title: 'South Norfolk District Performance Overview', blocks: [], sources: [] }],
});
const pafKings = meeting('2017-01-30-police-accountability-forum', {
  body: PAF,
  status: 'held',
  mentions: [{ source: { doc: '002_d59e3f7d13789de4', line: 185 }, text: 'PAF in Kings Lynn on 30 January 2017' }],
});
const paf2018 = meeting('2018-02-05-police-accountability-forum', { body: PAF, startTime: '14:30', endTime: '16:30' });
const pam2024 = meeting('2024-10-08-pcc-accountability-meeting', {
  status: 'held',
  papers: { minutes: ['001_1defd7e170de073f', '003_b68bda4d25e51753'] },
  minutes: [{ id: 'item-4', title: 'Public Questions', blocks: [], sources: [] }],
});
const pam2025jan = meeting('2025-01-29-pcc-accountability-meeting', {
  status: 'held',
  startTime: '10:00',
  papers: { agenda: ['001_1defd7e170de073f'], minutes: ['004_d32a210fd6fbcf1e'], reports: ['001_1defd7e170de073f'] },
  dateClaims: [
    { date: '2025-01-29', text: 'Wednesday 29 January 2025', source: { doc: '001_1defd7e170de073f', line: 7 } },
    { date: '2025-01-21', text: 'Tuesday 21 January 2025', source: { doc: '001_1defd7e170de073f', line: 188 } },
  ],
  minutes: [{ id: 'item-1', title: 'In attendance', blocks: [], sources: [] }],
});
const pam2025apr = meeting('2025-04-16-pcc-accountability-meeting', {
  startTime: '10:00',
  endTime: '13:00',
  papers: { agenda: ['004_d32a210fd6fbcf1e'], reports: ['004_d32a210fd6fbcf1e'] },
});
const pam2025jul = meeting('2025-07-08-pcc-accountability-meeting', { startTime: '10:00', endTime: '13:00' });
const pcp2025 = meeting('2025-07-31-police-and-crime-panel', { body: PCP, startTime: '10:00' });

const all = [paf2017, pafKings, paf2018, pam2024, pam2025jan, pam2025apr, pam2025jul, pcp2025];

describe('dates in en-GB style', () => {
  it('formats ISO dates with and without the weekday', () => {
    expect(formatDate('2025-01-29')).toBe('Wednesday 29 January 2025');
    expect(formatDate('2024-10-08')).toBe('Tuesday 8 October 2024');
    expect(formatDate('2018-02-05', { weekday: false })).toBe('5 February 2018');
    expect(weekdayOf('2024-05-21')).toBe('Tuesday'); // the papers print "Wednesday 21 May 2024"
  });
  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => formatDate('2025-02-30')).toThrow(/not a real calendar date/);
    expect(() => formatDate('29/01/2025')).toThrow(/YYYY-MM-DD/);
  });
  it('formats clock times as the papers do', () => {
    expect(formatClock('10:00')).toBe('10am');
    expect(formatClock('12:20')).toBe('12:20pm');
    expect(formatClock('00:05')).toBe('12:05am');
    expect(formatClock('14:30')).toBe('2:30pm');
  });
  it('reads printed times', () => {
    expect(parsePrintedTime('10:00am')).toBe('10:00');
    expect(parsePrintedTime('12:20pm')).toBe('12:20');
    expect(parsePrintedTime('12:00pm')).toBe('12:00');
    expect(parsePrintedTime('12am')).toBe('00:00');
    expect(parsePrintedTime('10.00am')).toBe('10:00');
    expect(parsePrintedTime('14:30')).toBe('14:30');
    expect(parsePrintedTime('1pm')).toBe('13:00');
    expect(parsePrintedTime('Verbal Update')).toBeUndefined();
    expect(parsePrintedTime('13pm')).toBeUndefined();
    expect(parsePrintedTime('10')).toBeUndefined();
    expect(parsePrintedTime(undefined)).toBeUndefined();
  });
});

describe('Europe/London offsets', () => {
  it('switches exactly at 01:00 UTC on the last Sundays of March and October', () => {
    expect(londonOffsetMinutes(new Date('2025-03-30T00:59:59Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2025-03-30T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2025-10-26T00:59:59Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2025-10-26T01:00:00Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2017-03-26T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2017-10-29T00:30:00Z'))).toBe(60);
  });

  it('agrees with the IANA time-zone data every 30 minutes around each change, 2016-2027', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });
    const intlOffset = (d: Date) => {
      const name = fmt.formatToParts(d).find((p) => p.type === 'timeZoneName')!.value; // "GMT" or "GMT+01:00"
      return name === 'GMT' ? 0 : Number(name.slice(4, 6)) * 60;
    };
    let checked = 0;
    for (let y = 2016; y <= 2027; y++) {
      for (const month of [2, 9]) {
        for (let day = 20; day <= 31; day++) {
          for (let half = 0; half < 48; half++) {
            const d = new Date(Date.UTC(y, month, day, 0, half * 30));
            expect(londonOffsetMinutes(d), d.toISOString()).toBe(intlOffset(d));
            checked++;
          }
        }
      }
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(y, m, 15, 12));
        expect(londonOffsetMinutes(d)).toBe(intlOffset(d));
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('gives meeting start times with the right offset (BST in summer, GMT in winter)', () => {
    expect(londonDateTime('2025-01-29', '10:00')).toBe('2025-01-29T10:00:00+00:00');
    expect(londonDateTime('2025-04-16', '10:00')).toBe('2025-04-16T10:00:00+01:00');
    expect(londonDateTime('2024-10-08', '10:00')).toBe('2024-10-08T10:00:00+01:00');
    expect(londonDateTime('2018-02-05', '14:30')).toBe('2018-02-05T14:30:00+00:00');
    expect(londonDateTime('2025-03-30', '10:00')).toBe('2025-03-30T10:00:00+01:00'); // the day clocks go forward
    expect(londonDateTime('2025-10-26', '10:00')).toBe('2025-10-26T10:00:00+00:00'); // the day clocks go back
  });

  it('converts London wall-clock times to UTC, including the changeover nights', () => {
    expect(londonToUtc('2025-07-08', '10:00').toISOString()).toBe('2025-07-08T09:00:00.000Z');
    expect(londonToUtc('2025-01-29', '10:00').toISOString()).toBe('2025-01-29T10:00:00.000Z');
    expect(londonToUtc('2025-10-26', '01:30').toISOString()).toBe('2025-10-26T00:30:00.000Z'); // first of the two 01:30s
    expect(londonToUtc('2025-03-30', '02:30').toISOString()).toBe('2025-03-30T01:30:00.000Z'); // does not exist: read as GMT
  });
});

describe('one meeting', () => {
  it('places a meeting whose date is not stated in its year', () => {
    expect(meetingYear(paf2017)).toBe(2017);
    expect(meetingSortKey(paf2017)).toBe('2017-10-19T00:00');
    const noBounds = meeting('2017-police-accountability-forum-b', { body: PAF, status: 'held', minutes: paf2017.data.minutes });
    expect(meetingYear(noBounds)).toBe(2017);
    const nothing = meeting('mystery-meeting', { status: 'held', minutes: paf2017.data.minutes });
    expect(meetingYear(nothing)).toBeUndefined();
  });

  it('labels status honestly as of the build date', () => {
    const today = '2026-11-24';
    expect(meetingState(pam2025jan, today)).toBe('held');
    expect(meetingState(pam2025jul, today)).toBe('passed-no-papers');
    expect(meetingState(pam2025apr, today)).toBe('passed-no-minutes');
    expect(meetingState(pam2025jul, '2025-07-08')).toBe('upcoming'); // on the day it is still upcoming
    expect(meetingState(pam2025jul, '2025-07-09')).toBe('passed-no-papers');
    expect(meetingState(meeting('2025-12-01-pcc-accountability-meeting', { status: 'cancelled' }), '2025-01-01')).toBe('cancelled');
    expect(meetingState(meeting('undated-pam', {}), today)).toBe('undated');
    expect(() => meetingState(pam2025jul, '24/11/2026')).toThrow();
  });

  it('reports which papers exist', () => {
    expect(papersHeld(pam2025apr)).toEqual({ agenda: true, minutes: false, reports: true });
    expect(papersHeld(pam2024)).toEqual({ agenda: false, minutes: true, reports: false });
    expect(papersHeld(pam2025jul)).toEqual({ agenda: false, minutes: false, reports: false });
    expect(papersHeld(pam2025jul, 2).reports).toBe(true);
  });

  it('finds date conflicts between papers', () => {
    expect(distinctClaimedDates(pam2025jan)).toEqual(['2025-01-29', '2025-01-21']);
    expect(hasDateConflict(pam2025jan)).toBe(true);
    expect(hasDateConflict(pam2025apr)).toBe(false);
  });

  it('keeps every distinct venue wording with its source', () => {
    const m = meeting('2025-01-29-x', {
      venue: 'Conference Room, Office of the Police and Crime Commissioner, Building 7',
      venueClaims: [
        { text: 'Conference Room, Office of the Police and Crime Commissioner,\nBuilding 7', source: { doc: '001', line: 11, endLine: 12 } },
        { text: 'Hybrid meeting held on Microsoft Teams', source: { doc: '004', line: 65 } },
      ],
    });
    const v = venueWordings(m);
    expect(v.map((x) => x.text)).toEqual([
      'Conference Room, Office of the Police and Crime Commissioner, Building 7',
      'Hybrid meeting held on Microsoft Teams',
    ]);
    expect(v[0]!.sources).toEqual([{ doc: '001', line: 11, endLine: 12 }]);
  });
});

describe('lists of meetings', () => {
  it('puts upcoming meetings first, soonest first, then the rest by year, newest first', () => {
    const listing = listMeetings(all, '2025-05-01');
    expect(listing.upcoming.map((m) => m.id)).toEqual(['2025-07-08-pcc-accountability-meeting', '2025-07-31-police-and-crime-panel']);
    expect(listing.past.map((g) => g.year)).toEqual([2025, 2024, 2018, 2017]);
    expect(listing.past[0]!.meetings.map((m) => m.id)).toEqual([
      '2025-04-16-pcc-accountability-meeting',
      '2025-01-29-pcc-accountability-meeting',
    ]);
    expect(listing.past[3]!.meetings.map((m) => m.id)).toEqual([
      '2017-police-accountability-forum',
      '2017-01-30-police-accountability-forum',
    ]);
  });

  it('never drops or repeats a meeting', () => {
    for (const today of ['2016-01-01', '2025-01-29', '2025-05-01', '2026-11-24']) {
      const listing = listMeetings(all, today);
      const ids = [...listing.upcoming, ...listing.past.flatMap((g) => g.meetings)].map((m) => m.id);
      expect(ids.sort()).toEqual(all.map((m) => m.id).sort());
    }
  });

  it('puts meetings with no supported year last', () => {
    const nothing = meeting('mystery-meeting', { status: 'held', minutes: paf2017.data.minutes });
    const listing = listMeetings([nothing, pam2024], '2026-11-24');
    expect(listing.past.map((g) => g.year)).toEqual([2024, undefined]);
  });

  it('links each meeting to the previous and next of the same body', () => {
    expect(adjacentMeetings(paf2017, all)).toEqual({ previous: pafKings, next: paf2018 });
    expect(adjacentMeetings(pam2025jan, all)).toEqual({ previous: pam2024, next: pam2025apr });
    expect(adjacentMeetings(pcp2025, all)).toEqual({ previous: undefined, next: undefined });
  });

  it('finds the next meeting, or the latest scheduled one when none is upcoming', () => {
    expect(nextUpcoming(all, '2025-05-01')?.id).toBe('2025-07-08-pcc-accountability-meeting');
    expect(nextUpcoming(all, '2025-07-09')?.id).toBe('2025-07-31-police-and-crime-panel');
    expect(nextUpcoming(all, '2026-11-24')).toBeUndefined();
    expect(latestScheduled(all, '2026-11-24')?.id).toBe('2025-07-31-police-and-crime-panel');
    expect(latestScheduled(all, '2025-05-01')?.id).toBe('2025-04-16-pcc-accountability-meeting');
  });

  it('finds the latest meeting with papers', () => {
    expect(latestWithPapers(all)?.id).toBe('2025-04-16-pcc-accountability-meeting');
    expect(latestWithPapers([pam2025jul, pcp2025])).toBeUndefined();
    expect(latestWithPapers([pam2025jul, pcp2025], (m) => (m.id === pam2025jul.id ? 1 : 0))?.id).toBe(pam2025jul.id);
  });

  it('dates each body\'s latest papers from the papers alone: undated meetings and meetings without papers do not count', () => {
    const latest = latestPapersByBody(all);
    expect(latest.get('pcc-accountability-meeting')).toBe('2025-04-16');
    // The 2017 Forum minutes carry no date, and the scheduled 2018 Forum and 2025 Panel have no papers.
    expect(latest.has(PAF)).toBe(false);
    expect(latest.has(PCP)).toBe(false);
    expect(latestPapersByBody([...all].reverse())).toEqual(latest);
  });
});

describe('questions and actions on a meeting page', () => {
  it('groups questions under their minute sections in order and keeps strays', () => {
    const qs = [
      question('q2', { meeting: pam2024.id, order: 2, minuteSection: 'item-4', kind: 'public' }),
      question('q1', { meeting: pam2024.id, order: 1, minuteSection: 'item-4', kind: 'public' }),
      question('q3', { meeting: pam2024.id, order: 3, minuteSection: 'item-99' }),
      question('other', { meeting: pam2025jan.id, order: 1, minuteSection: 'item-4' }),
    ];
    const { bySection, unplaced } = questionsBySection(pam2024, qs);
    expect(bySection.get('item-4')!.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(unplaced.map((q) => q.id)).toEqual(['q3']);
  });

  it('lists actions raised or updated at a meeting with the status that meeting left them in', () => {
    const src = [{ doc: '001_1defd7e170de073f', line: 171 }];
    const a6 = action('pam-6', {
      number: 6,
      raisedAt: pam2024.id,
      status: 'closed',
      updates: [
        { meeting: pam2024.id, text: ['New Action (8 October 2024).'], status: 'new', sources: src },
        { meeting: pam2025jan.id, date: '2025-01-29', text: ['Done. Action closed.'], status: 'closed', sources: src },
      ],
    });
    const a1 = action('pam-1', {
      number: 1,
      raisedAt: '2024-07-22-pcc-accountability-meeting',
      status: 'closed',
      updates: [{ meeting: pam2024.id, date: '2024-10-08', text: ['Action closed.'], status: 'closed', sources: src }],
    });
    const a12 = action('pam-12', { number: 12, raisedAt: pam2025jan.id, status: 'new' });
    const paf = action('paf-2017-evaluation', { series: 'paf-2017', raisedAt: paf2017.id, status: 'new' });
    const actions = [a12, a6, paf, a1];

    const at2024 = actionsAtMeeting(pam2024.id, actions);
    expect(at2024.map((a) => [a.action.id, a.raisedHere, a.statusHere])).toEqual([
      ['pam-1', false, 'closed'],
      ['pam-6', true, 'new'],
    ]);
    const at2025 = actionsAtMeeting(pam2025jan.id, actions);
    expect(at2025.map((a) => [a.action.id, a.raisedHere, a.statusHere])).toEqual([
      ['pam-6', false, 'closed'],
      ['pam-12', true, 'new'],
    ]);
    expect(actionsAtMeeting(paf2017.id, actions).map((a) => a.action.id)).toEqual(['paf-2017-evaluation']);
    expect(actionAnchor(a6)).toBe('action-6');
    expect(actionAnchor(paf)).toBe('action-paf-2017-evaluation');
  });
});

describe('actionsByMeeting', () => {
  it('indexes every meeting an action was raised or updated at, like actionsAtMeeting', () => {
    const src = [{ doc: '001_1defd7e170de073f', line: 171 }];
    const a4 = action('pam-4', {
      number: 4,
      raisedAt: '2024-07-22-pcc-accountability-meeting',
      status: 'closed',
      updates: [
        { meeting: '2024-10-08-pcc-accountability-meeting', text: ['Action ongoing.'], status: 'ongoing', sources: src },
        { meeting: '2025-01-29-pcc-accountability-meeting', text: ['Action closed.'], status: 'closed', sources: src },
      ],
    });
    const a2 = action('pam-2', { number: 2, raisedAt: '2024-10-08-pcc-accountability-meeting', status: 'new' });
    const map = actionsByMeeting([a4, a2]);
    expect([...map.keys()].sort()).toEqual([
      '2024-07-22-pcc-accountability-meeting',
      '2024-10-08-pcc-accountability-meeting',
      '2025-01-29-pcc-accountability-meeting',
    ]);
    for (const [id, list] of map) expect(list).toEqual(actionsAtMeeting(id, [a4, a2]));
    expect(map.get('2024-10-08-pcc-accountability-meeting')!.map((a) => [a.action.id, a.statusHere])).toEqual([
      ['pam-2', 'new'],
      ['pam-4', 'ongoing'],
    ]);
    expect(map.get('2024-07-22-pcc-accountability-meeting')![0]!.statusHere).toBe('new');
  });
});

describe('minuteSectionRole', () => {
  it('recognises the headings whose record the page shows in structured form', () => {
    expect(minuteSectionRole({ id: 'actions', title: 'Actions' })).toBe('actions');
    expect(minuteSectionRole({ id: 'date-of-next-meeting', title: 'Date of next meeting' })).toBe('next-meeting');
    expect(minuteSectionRole({ id: 'item-10', title: 'Date of Next Meeting' })).toBe('next-meeting');
    expect(minuteSectionRole({ id: 'signatures', title: 'Signatures' })).toBe('signatures');
    expect(minuteSectionRole({ id: 'item-1', title: 'In attendance' })).toBe('attendance');
    expect(minuteSectionRole({ id: 'item-1-1', title: 'Apologies for absence' })).toBe('attendance');
    expect(minuteSectionRole({ id: 'item-2', title: 'Declarations of Personal and/or Prejudicial Interests' })).toBe('attendance');
    expect(minuteSectionRole({ id: 'item-5', title: 'Pillar 1 – Sustain Norfolk Constabulary' })).toBeUndefined();
    expect(minuteSectionRole({ id: 'item-3', title: 'Confirm the Minutes of the Previous Meeting' })).toBeUndefined();
  });
});
