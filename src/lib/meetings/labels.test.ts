import { describe, expect, it } from 'vitest';
import { meetingDateLabel, meetingDescription, meetingPageTitle, meetingTitle, uniqueMeetingLabels, papersPhrases, stateClass, stateLabel } from './labels.ts';
import { papersHeld } from './meetings.ts';
import { meeting } from '../../../tests/fixtures/lib/meetings.ts';

const dated = meeting('2025-01-29-pcc-accountability-meeting', { status: 'held', papers: { agenda: ['001'], minutes: ['004'] }, minutes: [{ id: 'item-1', title: 'x', blocks: [], sources: [] }] });
const undated = meeting('2017-police-accountability-forum', {
  body: 'police-accountability-forum',
  status: 'held',
  date: { kind: 'not-stated', evidence: 'x' },
  minutes: [{ id: 'item-4', title: 'x', blocks: [], sources: [] }],
});

describe('meeting labels', () => {
  it('titles dated and undated meetings', () => {
    expect(meetingTitle(dated, 'PCC Accountability Meeting')).toBe('PCC Accountability Meeting, 29 January 2025');
    expect(meetingTitle(undated, 'Police Accountability Forum')).toBe('Police Accountability Forum, 2017 (date not stated)');
    expect(meetingDateLabel(dated)).toBe('Wednesday 29 January 2025');
    expect(meetingDateLabel(undated)).toBe('2017, date not stated');
  });
  it('shortens the page <title> only when it would be too long', () => {
    const paf = { name: 'Police Accountability Forum', abbreviation: 'PAF' };
    expect(meetingPageTitle(dated, { name: 'PCC Accountability Meeting', abbreviation: 'PAM' }, 44)).toBe('PCC Accountability Meeting, 29 January 2025');
    expect(meetingPageTitle(undated, paf, 44)).toBe('Police Accountability Forum, 2017');
    expect(meetingPageTitle(dated, { name: 'A Very Long Body Name That Does Not Fit', abbreviation: 'AVL' }, 44)).toBe('AVL, 29 January 2025');
  });
  it('says honestly when a date has passed without papers', () => {
    expect(stateLabel('passed-no-papers')).toBe('Date passed – no papers in this portal');
    expect(stateLabel('held')).toBe('Held');
    expect(stateClass('passed-no-minutes')).toBe('status-passed');
    expect(stateClass('upcoming')).toBe('status-scheduled');
  });
  it('lists which papers exist, with plurals', () => {
    expect(papersPhrases(papersHeld(dated), { reports: 6, questions: 25, actions: 1 })).toEqual(['Agenda', 'Minutes', '6 reports', '25 questions', '1 action']);
    expect(papersPhrases(papersHeld(undated), { reports: 0, questions: 0, actions: 0 })).toEqual(['Minutes']);
  });
  it('describes a meeting in one sentence', () => {
    expect(meetingDescription(dated, 'PCC Accountability Meeting', papersHeld(dated), { reports: 6, questions: 25, actions: 11 })).toBe(
      'PCC Accountability Meeting on Wednesday 29 January 2025: agenda, minutes, 6 reports, 25 questions, 11 actions.',
    );
    const bare = meeting('2025-07-08-pcc-accountability-meeting');
    expect(meetingDescription(bare, 'PAM', papersHeld(bare), { reports: 0, questions: 0, actions: 0 })).toBe(
      'PAM on Tuesday 8 July 2025: what the papers say about it.',
    );
  });
});

describe('unique titles for undated meetings', () => {
  const forum = meeting('2017-police-accountability-forum', {
    body: 'police-accountability-forum',
    status: 'held',
    date: { kind: 'not-stated', notBefore: '2017-11-01', notAfter: '2018-02-04', evidence: 'x' },
    minutes: [{ id: 'item-4', title: 'x', blocks: [], sources: [] }],
  });
  const previous = meeting('2017-police-accountability-forum-previous-meeting', {
    body: 'police-accountability-forum',
    status: 'held',
    date: { kind: 'not-stated', notAfter: '2018-02-04', evidence: 'x' },
    mentions: [{ source: { doc: '000', line: 3 }, text: 'the previous meeting' }],
  });
  const kings = meeting('2017-01-30-police-accountability-forum', { body: 'police-accountability-forum', status: 'held', mentions: [{ source: { doc: '002', line: 185 }, text: 'x' }] });
  it('keeps the year title when it is unique', () => {
    const labels = uniqueMeetingLabels([forum, kings], () => 'Police Accountability Forum');
    expect(labels.get(forum.id)).toEqual({ title: 'Police Accountability Forum, 2017 (date not stated)', dateLabel: '2017, date not stated' });
  });
  it('names clashing undated meetings by the bounds the papers support', () => {
    const labels = uniqueMeetingLabels([forum, previous, kings], () => 'Police Accountability Forum');
    expect(labels.get(forum.id)!.title).toBe('Police Accountability Forum, between 1 November 2017 and 4 February 2018, date not stated');
    expect(labels.get(previous.id)!.title).toBe('Police Accountability Forum, on or before 4 February 2018, date not stated');
    expect(labels.get(previous.id)!.dateLabel).toBe('On or before 4 February 2018, date not stated');
    expect(labels.get(kings.id)!.title).toBe('Police Accountability Forum, 30 January 2017');
    expect(new Set([...labels.values()].map((l) => l.title)).size).toBe(3);
  });
  it('falls back to the id when nothing else tells them apart', () => {
    const a = meeting('paf-a', { body: 'x', status: 'held', date: { kind: 'not-stated', evidence: 'x' }, mentions: [{ source: { doc: '0', line: 1 }, text: 'x' }] });
    const b = meeting('paf-b', { body: 'x', status: 'held', date: { kind: 'not-stated', evidence: 'x' }, mentions: [{ source: { doc: '0', line: 1 }, text: 'x' }] });
    const labels = uniqueMeetingLabels([a, b], () => 'Forum');
    expect(labels.get('paf-a')!.title).toBe('Forum (date not stated) (paf-a)');
  });
});

describe('page <title> for meetings told apart by their bounds', () => {
  it('keeps them distinct within the length limit', () => {
    const body = { name: 'Police Accountability Forum', abbreviation: 'PAF' };
    const forum = meeting('2017-police-accountability-forum', {
      body: 'police-accountability-forum', status: 'held',
      date: { kind: 'not-stated', notBefore: '2017-11-01', notAfter: '2018-02-04', evidence: 'x' },
      minutes: [{ id: 'item-4', title: 'x', blocks: [], sources: [] }],
    });
    const previous = meeting('2017-police-accountability-forum-previous-meeting', {
      body: 'police-accountability-forum', status: 'held',
      date: { kind: 'not-stated', notAfter: '2018-02-04', evidence: 'x' },
      mentions: [{ source: { doc: '000', line: 3 }, text: 'x' }],
    });
    const labels = uniqueMeetingLabels([forum, previous], () => body.name);
    const a = meetingPageTitle(forum, body, 44, labels.get(forum.id)!.title);
    const b = meetingPageTitle(previous, body, 44, labels.get(previous.id)!.title);
    expect(a).toBe('Police Accountability Forum, 2017');
    expect(b).toBe('PAF, on or before 4 February 2018');
    expect(a).not.toBe(b);
  });
});
