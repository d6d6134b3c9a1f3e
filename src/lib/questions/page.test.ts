import { describe, expect, it } from 'vitest';
import { questionIds, questionPage } from './page.ts';

describe('questionPage (on the portal content)', () => {
  it('every question: its own URL, a description of its kind and summary within 155 characters, a link to its place on the meeting page', async () => {
    const ids = await questionIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const { question, description } = await questionPage(id);
      expect(question.url).toBe(`/questions/${id}/`);
      expect(description.startsWith(`${question.kindLabel}: `)).toBe(true);
      expect(description.length).toBeLessThanOrEqual(155);
      expect(question.onMeetingPage.href).toMatch(/^\/meetings\/[^/]+\/#q-\d+$/);
    }
  });

  it('an unknown question fails, naming it', async () => {
    await expect(questionPage('no-such-question')).rejects.toThrow(/no-such-question/);
  });
});
