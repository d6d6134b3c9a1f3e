import { describe, expect, it } from 'vitest';
import {
  questionIds,
  questionPage,
  questionsIndexOf,
  questionsIndexPage,
  questionsIndexPageNumbers,
  questionsIndexPageOf,
  questionThemePage,
  questionThemePageOf,
  questionThemePaths,
  questionThemeSlugs,
  questionThemesPage,
  questionThemesPageNumbers,
  THEME_PAGE_SIZE,
  type QuestionsIndexMeeting,
} from './page.ts';
import { LIST_PAGE_SIZE, listPageUrl, type PageLink } from '../site/list-pages.ts';
import { QUESTIONS_PAGE_BUDGET, questionCost } from '../meetings/at-a-glance.ts';

/**
 * Checks a list cut into pages: every page's nav leads only to pages of the list, marks its own page
 * current, and "next" from page 1 walks every page in order.
 */
function expectWorkingNav(base: string, navs: PageLink[][]): void {
  const total = navs.length;
  const urls = navs.map((_, i) => listPageUrl(base, i + 1));
  for (const [i, nav] of navs.entries()) {
    if (total === 1) {
      expect(nav).toEqual([]);
      continue;
    }
    for (const link of nav) expect(urls).toContain(link.href);
    expect(nav.filter((l) => l.current).map((l) => l.href)).toEqual([urls[i]]);
    expect(nav.length).toBeLessThanOrEqual(9);
  }
  const visited = [urls[0]!];
  for (let i = 0; i < total - 1; i++) {
    const next = navs[i]!.at(-1)!;
    expect(next.current).toBe(false);
    visited.push(next.href);
  }
  expect(visited).toEqual(urls);
}

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
    expect(await questionsIndexPageNumbers()).toEqual([1]);
    const page = await questionsIndexPage();
    expect(page.title).toBe('Questions and answers');
    expect(page.nav).toEqual([]);
    expect(page.public + page.pcc).toBe(page.count);
    const lines = page.meetings.flatMap((m) => m.lines);
    expect(lines).toHaveLength(page.count);
    expect(new Set(lines.map((l) => l.href)).size).toBe(page.count);
    for (const m of page.meetings) {
      expect(m.href).toBe(`/meetings/${m.id}/questions/`);
      expect(m.public + m.pcc).toBe(m.count);
      expect(m.lines).toHaveLength(m.count);
    }
    expect(page.meetings.reduce((n, m) => n + m.count, 0)).toBe(page.count);
  });
});

describe('questionThemesPage and questionThemePage (on the portal content)', () => {
  it('every question on exactly one theme page; the index links each theme page with its count', async () => {
    const ids = await questionIds();
    expect(await questionThemesPageNumbers()).toEqual([1]);
    const index = await questionThemesPage();
    expect(index.nav).toEqual([]);
    expect(index.count).toBe(index.themes.length);
    const slugs = await questionThemeSlugs();
    expect((await questionThemePaths()).map((p) => p.theme)).toEqual(slugs);
    expect(index.themes.map((x) => x.href)).toEqual(slugs.map((s) => `/questions/by-theme/${s}/`));
    const seen: string[] = [];
    for (const [i, slug] of slugs.entries()) {
      const page = await questionThemePage(slug);
      expect(page.label).toBe(index.themes[i]!.label);
      expect(page.questions).toHaveLength(index.themes[i]!.count);
      expect(page.count).toBe(index.themes[i]!.count);
      expect(page.nav).toEqual([]);
      seen.push(...page.questions.map((q) => q.id));
    }
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('an unknown theme fails, naming it, and so does a page past the end', async () => {
    await expect(questionThemePage('no-such-theme')).rejects.toThrow(/no-such-theme/);
    const [slug] = await questionThemeSlugs();
    await expect(questionThemePage(slug!, 2)).rejects.toThrow(/no page 2/);
    await expect(questionsIndexPage(2)).rejects.toThrow(/no page 2/);
    await expect(questionThemesPage(2)).rejects.toThrow(/no page 2/);
  });
});

describe('a very long list of questions (synthetic: 3,000 meetings, 9,000 questions)', () => {
  const meetings: QuestionsIndexMeeting[] = Array.from({ length: 3000 }, (_, m) => {
    const count = (m % 5) + 1;
    return {
      id: `m${m}`,
      name: `Meeting ${m}`,
      href: `/meetings/m${m}/questions/`,
      count,
      public: count,
      pcc: 0,
      lines: Array.from({ length: count }, (_, q) => ({ href: `/questions/m${m}-q-${q}/`, label: `Public question ${q}`, summary: 'Summary' })),
    };
  });
  const total = meetings.reduce((n, m) => n + m.count, 0);

  it('/questions/: pages of whole meetings, at most LIST_PAGE_SIZE lines each, every meeting and line exactly once, the whole list\'s counts on each, working nav', () => {
    const index = questionsIndexOf(meetings, { total, public: total, pcc: 0 });
    const pages = index.pages.map((p) => questionsIndexPageOf(index, p.number));
    expect(pages.length).toBeGreaterThan(total / LIST_PAGE_SIZE);
    for (const p of pages) {
      expect(p.meetings.flatMap((m) => m.lines).length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      expect(p.count).toBe(total);
      expect(p.total).toBe(pages.length);
    }
    expect(pages[0]!.title).toBe('Questions and answers');
    expect(pages[1]!.title).toBe(`Questions and answers (page 2 of ${pages.length})`);
    expect(pages.flatMap((p) => p.meetings.map((m) => m.id))).toEqual(meetings.map((m) => m.id));
    expect(pages.flatMap((p) => p.meetings.flatMap((m) => m.lines.map((l) => l.href)))).toEqual(meetings.flatMap((m) => m.lines.map((l) => l.href)));
    expectWorkingNav('/questions/', pages.map((p) => p.nav));
    expect(() => questionsIndexPageOf(index, pages.length + 1)).toThrow(/no page/);
  });

  it('/questions/by-theme/<theme>/: long answers end a page sooner, within the height budget of a meeting\'s questions pages', () => {
    const long = { question: ['Why?'], answer: ['x'.repeat(4000)] };
    const questions = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, data: long }));
    const group = { id: 'theme-long', label: 'Long', planned: false, questions };
    const pages = Array.from({ length: questionThemePageOf(group, 1).total }, (_, i) => questionThemePageOf(group, i + 1));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.questions.length === 1 || p.questions.reduce((n, q) => n + questionCost(q), 0) <= QUESTIONS_PAGE_BUDGET).toBe(true);
    expect(pages.flatMap((p) => p.questions)).toEqual(questions);
  });

  it('/questions/by-theme/<theme>/: THEME_PAGE_SIZE questions a page, every question exactly once, in order, working nav', () => {
    const questions = meetings.flatMap((m) => m.lines.map((l) => ({ id: l.href, data: { question: ['A short question?'], answer: ['A short answer.'] } })));
    const group = { id: 'theme-2022-24-pillar-1', label: 'Pillar 1', planned: true, questions };
    const first = questionThemePageOf(group, 1);
    const pages = Array.from({ length: first.total }, (_, i) => questionThemePageOf(group, i + 1));
    expect(pages).toHaveLength(Math.ceil(questions.length / THEME_PAGE_SIZE));
    for (const p of pages) {
      expect(p.questions.length).toBeLessThanOrEqual(THEME_PAGE_SIZE);
      expect(p.count).toBe(questions.length);
    }
    expect(pages.flatMap((p) => p.questions)).toEqual(questions);
    expect(pages[2]!.title).toBe(`Questions: Pillar 1 (page 3 of ${pages.length})`);
    expectWorkingNav('/questions/by-theme/2022-24-pillar-1/', pages.map((p) => p.nav));
  });
});
