import { describe, expect, it } from 'vitest';
import { meetingIndex } from './index.ts';
import { meetingQuestionsPage, meetingQuestionsPaths } from './questions-page.ts';

describe('meetingQuestionsPage (on the portal content)', () => {
  it('every meeting with questions has its questions pages; together they hold each question once, by kind', async () => {
    const index = await meetingIndex();
    const paths = await meetingQuestionsPaths();
    for (const view of index.ordered.filter((v) => v.questions.length > 0)) {
      const numbers = paths.filter((p) => p.id === view.id).map((p) => p.number);
      expect(numbers[0]).toBe(1);
      const seen: string[] = [];
      for (const n of numbers) {
        const page = await meetingQuestionsPage(view.id, n);
        expect(page.back.href).toBe(`/meetings/${view.id}/`);
        if (numbers.length > 1) {
          expect(page.nav).toHaveLength(numbers.length);
          expect(page.nav.filter((x) => x.current).map((x) => x.href)).toEqual([n === 1 ? `/meetings/${view.id}/questions/` : `/meetings/${view.id}/questions/${n}/`]);
        } else expect(page.nav).toEqual([]);
        for (const g of page.groups) {
          for (const { question, actions } of g.questions) {
            expect(question.data.kind).toBe(g.kind);
            expect(actions.map((a) => a.href)).toEqual(question.data.actions.map((id) => `/actions/${id}/`));
            seen.push(question.id);
          }
        }
      }
      expect(seen.sort()).toEqual(view.questions.map((q) => q.id).sort());
    }
  });

  it('no pages for a meeting without questions, and an unknown page fails', async () => {
    const index = await meetingIndex();
    const paths = await meetingQuestionsPaths();
    for (const view of index.ordered.filter((v) => v.questions.length === 0)) expect(paths.some((p) => p.id === view.id)).toBe(false);
    const first = paths[0]!;
    await expect(meetingQuestionsPage(first.id, 99)).rejects.toThrow(/no page 99/);
  });
});
