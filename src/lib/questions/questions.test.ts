import { describe, expect, it } from 'vitest';
import { groupByMeeting, groupByTheme, questionSummary, sectionTitle, slug } from './questions.ts';
import { meeting, question as q } from '../../../tests/fixtures/lib/meetings.ts';

const OCT = meeting('2024-10-08-pcc-accountability-meeting');
const JAN = meeting('2025-01-29-pcc-accountability-meeting');
const PAF = meeting('2017-police-accountability-forum', { date: { kind: 'not-stated', notBefore: '2017-10-19', evidence: 'x' } });
const meetings = new Map([OCT, JAN, PAF].map((m) => [m.id, m]));
const qs = [
  q('oct-2', { meeting: OCT.id, order: 2, kind: 'public', section: '4. Public Questions' }),
  q('oct-1', { meeting: OCT.id, order: 1, kind: 'public', section: '4. Public Questions' }),
  q('oct-7', { meeting: OCT.id, order: 7, planEntry: '2022-24-pillar-3', section: '7. Pillar 3 – Tackling Crime' }),
  q('jan-9', { meeting: JAN.id, order: 9, planEntry: '2022-24-pillar-3', section: '7. Pillar 3' }),
  q('jan-1', { meeting: JAN.id, order: 1, kind: 'public', section: '4.  Public Questions' }),
  q('paf-1', { meeting: PAF.id, order: 1, planEntry: '2016-17-priority-7', section: '6. Police and Crime Plan Theme' }),
  q('paf-9', { meeting: PAF.id, order: 9, section: '9. Emerging Operational / Organisational Risks' }),
];
const labels = new Map([
  ['2022-24-pillar-3', 'Pillar 3: Tackling Crime (2022-24)'],
  ['2016-17-priority-7', 'Priority 7: Good Stewardship of Taxpayers’ Money (2016-17)'],
]);

describe('questionSummary', () => {
  it('returns short questions whole, as plain text', () => {
    expect(questionSummary({ question: ['What is **being** done?'] })).toBe('What is being done?');
  });
  it('cuts long questions at a word boundary', () => {
    const text = 'What is being done about hare coursing in rural Norfolk, and how many arrests have been made this year so far, please?';
    const out = questionSummary({ question: [text] }, 60);
    expect(out).toBe('What is being done about hare coursing in rural Norfolk…');
    expect(out.length).toBeLessThanOrEqual(60);
  });
});

describe('sectionTitle and slug', () => {
  it('drops the printed number', () => {
    expect(sectionTitle('5. Pillar 1 – Sustain Norfolk Constabulary')).toBe('Pillar 1 – Sustain Norfolk Constabulary');
    expect(sectionTitle('Emerging Risks')).toBe('Emerging Risks');
    expect(slug('Emerging Operational / Organisational Risks')).toBe('emerging-operational-organisational-risks');
  });
});

describe('groupByMeeting', () => {
  it('puts the newest meeting first and questions in order; the undated 2017 meeting last', () => {
    const groups = groupByMeeting(qs, meetings);
    expect(groups.map((g) => g.meeting.id)).toEqual([JAN.id, OCT.id, PAF.id]);
    expect(groups[1]!.questions.map((x) => x.id)).toEqual(['oct-1', 'oct-2', 'oct-7']);
  });
  it('names a question whose meeting is missing', () => {
    expect(() => groupByMeeting([q('lost', { meeting: 'nowhere', order: 1 })], meetings)).toThrow(/question lost: meeting "nowhere"/);
  });
});

describe('groupByTheme', () => {
  it('groups by plan entry first, then by section heading, newest meeting first inside', () => {
    const groups = groupByTheme(qs, labels, ['2022-24-pillar-3', '2016-17-priority-7'], meetings);
    expect(groups.map((g) => [g.id, g.label, g.planned, g.questions.map((x) => x.id).join(',')])).toEqual([
      ['theme-2022-24-pillar-3', 'Pillar 3: Tackling Crime (2022-24)', true, 'jan-9,oct-7'],
      ['theme-2016-17-priority-7', 'Priority 7: Good Stewardship of Taxpayers’ Money (2016-17)', true, 'paf-1'],
      ['theme-emerging-operational-organisational-risks', 'Emerging Operational / Organisational Risks', false, 'paf-9'],
      ['theme-public-questions', 'Public Questions', false, 'jan-1,oct-1,oct-2'],
    ]);
  });
  it('names a question whose plan entry is unknown', () => {
    expect(() => groupByTheme([q('x', { meeting: OCT.id, order: 1, planEntry: 'nope' })], labels, [], meetings)).toThrow(/question x: planEntry "nope"/);
  });
});

describe('theme pages', () => {
  it('live under /questions/by-theme/, named by the group id without "theme-"', async () => {
    const { themePageUrl, themePageSlug } = await import('./questions.ts');
    expect(themePageSlug('theme-2022-24-pillar-1')).toBe('2022-24-pillar-1');
    expect(themePageUrl('theme-public-questions')).toBe('/questions/by-theme/public-questions/');
  });
});
