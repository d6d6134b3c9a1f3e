import { describe, expect, it } from 'vitest';
import { actionSchema, type Action } from '../../schemas/actions.ts';
import type { StatedDate } from '../../schemas/common.ts';
import {
  actionAge,
  closedOn,
  daysBetween,
  feedUpdates,
  groupBySeries,
  inView,
  questionsByAction,
  raisedOn,
  viewCounts,
  type MeetingDateOf,
} from './actions.ts';

const src = (line: number) => ({ doc: '001_1defd7e170de073f', line });
const M_JUL = '2024-07-22-pcc-accountability-meeting';
const M_OCT = '2024-10-08-pcc-accountability-meeting';
const M_JAN = '2025-01-29-pcc-accountability-meeting';
const M_PAF = '2017-police-accountability-forum';
const DATES: Record<string, StatedDate> = {
  [M_JUL]: { kind: 'exact', date: '2024-07-22' },
  [M_OCT]: { kind: 'exact', date: '2024-10-08' },
  [M_JAN]: { kind: 'exact', date: '2025-01-29' },
  [M_PAF]: { kind: 'not-stated', notBefore: '2017-10-19', notAfter: '2018-02-05', evidence: 'Norfolk 2020 review launched 19 October 2017' },
};
const dateOf: MeetingDateOf = (id) => DATES[id];

/** Validated through the real schema, so the fixtures keep its shape. */
const action = (id: string, data: unknown): { id: string; data: Action } => ({ id, data: actionSchema.parse(data) });

const a4 = action('pam-2024-4', {
  series: 'pam-2024',
  number: 4,
  raisedAt: M_JUL,
  owner: 'The CC',
  text: 'The CC is to establish specific costs which could demonstrate the financial impact the court backlog...',
  updates: [
    { date: '2024-10-08', meeting: M_OCT, text: ['8 October 2024 - £349,340. Action ongoing.'], status: 'ongoing', sources: [src(174)] },
    { date: '2025-01-29', meeting: M_JAN, text: ['29 January 2025 – ACC Dean provide the OPCCN with examples. Action closed.'], status: 'closed', sources: [{ doc: '004_d32a210fd6fbcf1e', line: 188 }] },
  ],
  status: 'closed',
  sources: [src(174)],
});
const a12 = action('pam-2024-12', {
  series: 'pam-2024',
  number: 12,
  raisedAt: M_JAN,
  owner: 'The PCC',
  text: "The PCC is to visit Norfolk Constabulary's Contact and Control Room (CCR).",
  updates: [{ meeting: M_JAN, dateText: 'New Action.', text: ['New Action.'], status: 'new', sources: [{ doc: '004_d32a210fd6fbcf1e', line: 196 }] }],
  status: 'new',
  sources: [{ doc: '004_d32a210fd6fbcf1e', line: 196 }],
});
const a6 = action('pam-2024-6', {
  series: 'pam-2024',
  number: 6,
  raisedAt: M_OCT,
  owner: 'The PCC',
  text: 'The PCC is to speak with the OPCCN ICV Scheme Manger',
  updates: [
    { date: '2024-10-08', dateText: 'New Action (8 October 2024)', meeting: M_OCT, text: ['New Action (8 October 2024).'], status: 'new', sources: [src(179)] },
    { date: '2025-01-29', meeting: M_JAN, text: ['Action closed.'], status: 'closed', sources: [{ doc: '004_d32a210fd6fbcf1e', line: 189 }] },
  ],
  status: 'closed',
  question: 'q-x',
  sources: [src(179)],
});
const paf = action('paf-2017-bodyguard', {
  series: 'paf-2017',
  raisedAt: M_PAF,
  owner: 'The PCC',
  text: 'Evaluation report on the pilots in Kings Lynn and West Norfolk',
  updates: [],
  status: 'new',
  sources: [{ doc: '000_5a15d9d80c2edaab', line: 12 }],
});
const pafClosed = action('paf-2017-nhw', {
  series: 'paf-2017',
  raisedAt: M_PAF,
  owner: 'The PCC',
  text: 'NHW scheme funding update',
  updates: [{ meeting: M_PAF, text: ['The actions can now be closed.'], status: 'closed', sources: [{ doc: '000_5a15d9d80c2edaab', line: 10 }] }],
  status: 'closed',
  sources: [{ doc: '000_5a15d9d80c2edaab', line: 4 }],
});

describe('dates', () => {
  it('counts whole days across month and year ends', () => {
    expect(daysBetween('2024-07-22', '2025-01-29')).toBe(191);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-29', '2025-01-29')).toBe(0);
    expect(() => daysBetween('2024-7-22', '2025-01-29')).toThrow(/YYYY-MM-DD/);
  });
});

describe('status views', () => {
  it('open means new or ongoing', () => {
    expect(inView('new', 'open')).toBe(true);
    expect(inView('ongoing', 'open')).toBe(true);
    expect(inView('closed', 'open')).toBe(false);
    expect(inView('new', 'new')).toBe(true);
    expect(inView('ongoing', 'new')).toBe(false);
    expect(viewCounts([a4, a12, a6, paf])).toEqual({ open: 2, new: 2, closed: 2 });
  });
});

describe('actionAge', () => {
  it('action 4: raised 22 July 2024, ongoing in October, closed 29 January 2025 = 191 days', () => {
    expect(raisedOn(a4.data, dateOf)).toBe('2024-07-22');
    expect(closedOn(a4.data, dateOf)).toBe('2025-01-29');
    expect(actionAge(a4.data, dateOf, '2026-11-24')).toEqual({ kind: 'days', days: 191, from: '2024-07-22', to: '2025-01-29', until: 'closed' });
  });
  it('an open action ages to the date of its body\'s latest papers, not to the build date', () => {
    expect(actionAge(a12.data, dateOf, '2025-04-16')).toEqual({ kind: 'days', days: 77, from: '2025-01-29', to: '2025-04-16', until: 'papers' });
  });
  it('with no papers date it counts no days past the raising meeting', () => {
    expect(actionAge(a12.data, dateOf, undefined)).toEqual({ kind: 'days', days: 0, from: '2025-01-29', to: '2025-01-29', until: 'papers' });
  });
  it('says so when the raised date is not stated instead of inventing a number', () => {
    expect(actionAge(paf.data, dateOf, '2026-11-24')).toEqual({ kind: 'raised-not-stated' });
    expect(actionAge(pafClosed.data, dateOf, '2026-11-24')).toEqual({ kind: 'raised-not-stated' });
  });
  it('takes the closing date from the meeting when the update carries none', () => {
    const closedUndated = actionSchema.parse({ ...a6.data, updates: [a6.data.updates[0], { ...a6.data.updates[1], date: undefined }] });
    expect(closedOn(closedUndated, dateOf)).toBe('2025-01-29');
  });
  it('reports a closed action whose closing is undated', () => {
    const raisedJul = actionSchema.parse({ ...pafClosed.data, raisedAt: M_JUL });
    expect(actionAge(raisedJul, dateOf, '2026-11-24')).toEqual({ kind: 'closed-not-stated', from: '2024-07-22' });
  });
  it('throws, naming the action, when dates run backwards', () => {
    expect(() => actionAge({ ...a12.data, id: 'pam-2024-12' }, dateOf, '2024-01-01')).toThrow(/action pam-2024-12: .*2024-01-01.*2025-01-29/);
  });
});

describe('links, grouping and feed', () => {
  it('finds the question from either side, without duplicates', () => {
    const map = questionsByAction([a4, a6], [
      { id: 'q-x', data: { actions: ['pam-2024-6'] } },
      { id: 'q-y', data: { actions: ['pam-2024-4'] } },
      { id: 'q-z', data: { actions: [] } },
    ]);
    expect(map.get('pam-2024-6')).toEqual(['q-x']);
    expect(map.get('pam-2024-4')).toEqual(['q-y']);
  });
  it('groups by series, newest series first, numbered order inside', () => {
    const groups = groupBySeries([paf, a12, a4, pafClosed, a6], dateOf);
    expect(groups.map((g) => g.series)).toEqual(['pam-2024', 'paf-2017']);
    expect(groups[0]!.actions.map((a) => a.data.number)).toEqual([4, 6, 12]);
    expect(groups[0]!.firstRaised).toBe('2024-07-22');
    expect(groups[0]!.lastRaised).toBe('2025-01-29');
    expect(groups[1]!.actions.map((a) => a.id)).toEqual(['paf-2017-nhw', 'paf-2017-bodyguard']);
    expect(groups[1]!.lastRaised).toBeUndefined();
  });
  it('lists every update newest first with its anchor index', () => {
    const items = feedUpdates([a4, a6, pafClosed], dateOf);
    expect(items.map((i) => `${i.actionId}#${i.index}@${i.date ?? '-'}`)).toEqual([
      'pam-2024-4#2@2025-01-29',
      'pam-2024-6#2@2025-01-29',
      'pam-2024-4#1@2024-10-08',
      'pam-2024-6#1@2024-10-08',
      'paf-2017-nhw#1@-',
    ]);
  });
});
