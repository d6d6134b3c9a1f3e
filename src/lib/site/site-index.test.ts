import { describe, expect, it } from 'vitest';
import { shorten } from '../text/inline.ts';
import { buildSiteIndex, FIXED_PAGES, meetingLabel, type SiteIndexInput } from './site-index.ts';
import { t } from '../i18n/i18n.ts';
import type { Meeting } from '../../schemas/meetings.ts';

const meeting = (id: string, date: Meeting['date'], body = 'pcc-accountability-meeting'): { id: string; data: Meeting } => ({
  id,
  data: { body, date, status: 'held', agenda: [], minutes: [], papers: { agenda: [], minutes: [], reports: [] } } as unknown as Meeting,
});

describe('shorten', () => {
  it('keeps text that fits and cuts long text at a word, marking the cut', () => {
    expect(shorten('How many officers carry Naloxone?')).toBe('How many officers carry Naloxone?');
    const long = 'In relation to the changes in the counting rules which has affected the Domestic Abuse and Rape figures, what next?';
    const cut = shorten(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).toBe('In relation to the changes in the counting rules which has…');
  });
});

describe('meetingLabel', () => {
  it('names a meeting by body and date, and tells undated meetings apart by what the papers support', () => {
    expect(meetingLabel(meeting('a', { kind: 'exact', date: '2025-01-29' }), 'PCC Accountability Meeting', t)).toBe('PCC Accountability Meeting, 29 January 2025');
    expect(meetingLabel(meeting('2017-x', { kind: 'not-stated', notBefore: '2017-11-01', notAfter: '2018-02-04', evidence: 'e' }), 'Police Accountability Forum', t)).toBe(
      'Police Accountability Forum, date not stated (between 1 November 2017 and 4 February 2018)',
    );
    expect(meetingLabel(meeting('2017-y', { kind: 'not-stated', notAfter: '2018-02-04', evidence: 'e' }), 'Police Accountability Forum', t)).toBe(
      'Police Accountability Forum, date not stated (before 4 February 2018)',
    );
    expect(meetingLabel(meeting('2017-z', { kind: 'not-stated', evidence: 'e' }), 'Police Accountability Forum', t)).toBe('Police Accountability Forum, 2017 (date not stated)');
    expect(meetingLabel(meeting('zzz', { kind: 'not-stated', evidence: 'e' }), 'Forum', t)).toBe('Forum (date not stated)');
  });
});

describe('buildSiteIndex', () => {
  const site = {
    bodies: [{ id: 'pcc-accountability-meeting', data: { name: 'PCC Accountability Meeting', order: 1 } }],
    meetings: [meeting('2025-01-29-pam', { kind: 'exact', date: '2025-01-29' }), meeting('2024-10-08-pam', { kind: 'exact', date: '2024-10-08' })],
    reports: [{ id: 'r1', data: { title: 'Pillar *1*', meeting: '2025-01-29-pam', order: 0 } }],
    actions: [
      { id: 'a2', data: { number: 2, text: 'Second', raisedAt: '2025-01-29-pam' } },
      { id: 'a1', data: { number: 1, text: 'First', raisedAt: '2024-10-08-pam' } },
      { id: 'paf-1', data: { text: 'Unnumbered', raisedAt: '2024-10-08-pam' } },
    ],
    questions: [{ id: 'q1', data: { meeting: '2024-10-08-pam', order: 1, question: ['How many **officers** carry Naloxone?'] } }],
    plans: [{ id: '2022-24', data: { title: 'Police, Crime & Community Safety Plan 2022-24', order: 1 } }],
    glossary: [{ id: 'pcc', data: { term: 'PCC' } }, { id: 'acc', data: { term: 'ACC' } }],
    documents: [{ id: '004_b', data: { title: 'Agenda pack, 16 April 2025' } }, { id: '001_a', data: { title: 'Agenda pack, 29 January 2025' } }],
    people: [
      { id: 'sarah-taylor', data: { name: 'Sarah Taylor', alsoKnownAs: [], roles: [{ title: 'Police and Crime Commissioner', organisation: 'OPCCN', asOf: '2024-10-08', source: { doc: 'd', line: 1 } }] } },
      { id: 'nick-davison', data: { name: 'Nick Davison', alsoKnownAs: [], roles: [{ title: 'Assistant Chief Constable', source: { doc: 'd', line: 2 } }] } },
    ],
  } as unknown as SiteIndexInput;
  const sections = buildSiteIndex(site, t);
  const section = (key: string) => sections.find((s) => s.key === key)!;

  it('lists the fixed pages first, then every entry of every section at its stable URL', () => {
    expect(sections.map((s) => s.key)).toEqual(['pages', 'meetings', 'bodies', 'reports', 'actions', 'questions', 'people', 'plans', 'glossary', 'papers']);
    expect(section('pages').links.map((l) => l.href)).toEqual(FIXED_PAGES.map(([, href]) => href));
    expect(section('meetings').links.map((l) => l.href)).toEqual(['/meetings/2024-10-08-pam/', '/meetings/2025-01-29-pam/']);
    expect(section('bodies').links).toEqual([{ href: '/bodies/pcc-accountability-meeting/', label: 'PCC Accountability Meeting' }]);
    expect(section('plans').links).toEqual([{ href: '/plan/2022-24/', label: 'Police, Crime & Community Safety Plan 2022-24' }]);
    expect(section('glossary').links.map((l) => l.href)).toEqual(['/glossary/#acc', '/glossary/#pcc']);
    expect(section('papers')).toEqual({
      key: 'papers',
      listing: '/papers/',
      links: [
        { href: '/papers/001_a/', label: 'Agenda pack, 29 January 2025' },
        { href: '/papers/004_b/', label: 'Agenda pack, 16 April 2025' },
      ],
    });
    expect(section('people').links).toEqual([
      { href: '/people/nick-davison/', label: 'Nick Davison', detail: 'Assistant Chief Constable' },
      { href: '/people/sarah-taylor/', label: 'Sarah Taylor', detail: 'Police and Crime Commissioner, OPCCN' },
    ]);
  });

  it('labels entries in plain text with their meeting, ordering actions by meeting then number', () => {
    expect(section('reports').links).toEqual([{ href: '/reports/r1/', label: 'Pillar 1', detail: 'PCC Accountability Meeting, 29 January 2025' }]);
    expect(section('actions').links.map((l) => l.label)).toEqual(['Unnumbered', 'Action 1: First', 'Action 2: Second']);
    expect(section('questions').links).toEqual([{ href: '/questions/q1/', label: 'How many officers carry Naloxone?', detail: 'PCC Accountability Meeting, 8 October 2024' }]);
  });
});
