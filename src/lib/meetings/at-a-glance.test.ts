import { describe, expect, test } from 'vitest';
import { meetingGlance, meetingQuestionsUrl, questionLines } from './at-a-glance.ts';

const anchors = { public: 'questions-public', pcc: 'questions-pcc', actions: 'meeting-actions', reports: 'reports' };

describe('meetingGlance', () => {
  test('counts each kind and links each count to the part of the page that lists it', () => {
    const items = meetingGlance({
      questions: [{ data: { kind: 'public' } }, { data: { kind: 'pcc' } }, { data: { kind: 'pcc' } }],
      actions: [{ raisedHere: true }, { raisedHere: false }],
      reports: [{}],
      anchors,
    });
    expect(items).toEqual([
      { key: 'public', count: 1, href: '#questions-public' },
      { key: 'pcc', count: 2, href: '#questions-pcc' },
      { key: 'actionsRaised', count: 1, href: '#meeting-actions' },
      { key: 'actionsUpdated', count: 1, href: '#meeting-actions' },
      { key: 'reports', count: 1, href: '#reports' },
    ]);
  });
  test('leaves out what the meeting has none of', () => {
    expect(meetingGlance({ questions: [], actions: [], reports: [], anchors })).toEqual([]);
  });
});

describe('questionLines', () => {
  test('one line per question in the order put, naming the question by its words', () => {
    const lines = questionLines(
      [
        { id: 'm-q-2', data: { kind: 'pcc', order: 2, question: ['How many officers carry Naloxone?'] } },
        { id: 'm-q-1', data: { kind: 'public', order: 1, question: ['Why?'] } },
      ],
      (id) => `/questions/${id}/`,
      (order, summary) => `Question ${order}: ${summary}`,
    );
    expect(lines.map((l) => [l.order, l.href, l.text])).toEqual([
      [1, '/questions/m-q-1/', 'Question 1: Why?'],
      [2, '/questions/m-q-2/', 'Question 2: How many officers carry Naloxone?'],
    ]);
  });
  test('the meeting questions page sits under the meeting', () => {
    expect(meetingQuestionsUrl('2025-01-29-pcc-accountability-meeting')).toBe('/meetings/2025-01-29-pcc-accountability-meeting/questions/');
  });
});

describe('questionPages', () => {
  const q = (order: number, chars: number) => ({ data: { order, question: ['x'.repeat(chars)], answer: [] } });
  test('cuts the questions, in order, into pages within the budget, never splitting one', async () => {
    const { questionPages, questionCost } = await import('./at-a-glance.ts');
    const list = [q(3, 1000), q(1, 1000), q(2, 1000), q(4, 20000)];
    const budget = questionCost(q(0, 1000)) * 2;
    const pages = questionPages(list, budget);
    expect(pages.map((p) => [p.number, p.questions.map((x) => x.data.order)])).toEqual([
      [1, [1, 2]],
      [2, [3]],
      [3, [4]],
    ]);
  });
  test('page 1 is the meeting questions page, later pages are numbered under it', async () => {
    const { meetingQuestionsPageUrl } = await import('./at-a-glance.ts');
    expect(meetingQuestionsPageUrl('m', 1)).toBe('/meetings/m/questions/');
    expect(meetingQuestionsPageUrl('m', 3)).toBe('/meetings/m/questions/3/');
  });
});
