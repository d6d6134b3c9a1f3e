import { describe, expect, it } from 'vitest';
import { questionIds, questionPage, questionsIndexPage, questionThemePage, questionThemeSlugs, questionThemesPage } from './page.ts';

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

describe('questionsIndexPage (on the portal content)', () => {
  it('every question once, in one line under its meeting; the counts add up', async () => {
    const page = await questionsIndexPage();
    expect(page.public + page.pcc).toBe(page.total);
    const lines = page.meetings.flatMap((m) => m.lines);
    expect(lines).toHaveLength(page.total);
    expect(new Set(lines.map((l) => l.href)).size).toBe(page.total);
    for (const m of page.meetings) {
      expect(m.href).toBe(`/meetings/${m.id}/questions/`);
      expect(m.public + m.pcc).toBe(m.count);
      expect(m.lines).toHaveLength(m.count);
    }
    expect(page.meetings.reduce((n, m) => n + m.count, 0)).toBe(page.total);
  });
});

describe('questionThemesPage and questionThemePage (on the portal content)', () => {
  it('every question on exactly one theme page; the index links each theme page with its count', async () => {
    const ids = await questionIds();
    const index = await questionThemesPage();
    const slugs = await questionThemeSlugs();
    expect(index.themes.map((x) => x.href)).toEqual(slugs.map((s) => `/questions/by-theme/${s}/`));
    const seen: string[] = [];
    for (const [i, slug] of slugs.entries()) {
      const page = await questionThemePage(slug);
      expect(page.label).toBe(index.themes[i]!.label);
      expect(page.questions).toHaveLength(index.themes[i]!.count);
      seen.push(...page.questions.map((q) => q.id));
    }
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('an unknown theme fails, naming it', async () => {
    await expect(questionThemePage('no-such-theme')).rejects.toThrow(/no-such-theme/);
  });
});
