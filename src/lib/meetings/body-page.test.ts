import { beforeAll, describe, expect, it } from 'vitest';
import { bodyIds, bodyMeetingPages, bodyPage, bodyPaths } from './body-page.ts';
import { LIST_PAGE_SIZE, listPageUrl, pageLinks } from '../site/list-pages.ts';
import { compareMeetings } from './meetings.ts';

beforeAll(() => {
  process.env['BUILD_DATE'] = '2026-11-24';
});

describe('bodyPage (on the portal content, built on 24 November 2026)', () => {
  it('every body: all its meetings, none to come, the earlier ones newest first; its calendar and feed', async () => {
    const ids = await bodyIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const page = await bodyPage(id);
      expect(page.upcoming).toEqual([]);
      expect(page.earlier).toHaveLength(page.count);
      for (const v of page.earlier) expect(v.entry.data.body).toBe(id);
      for (let i = 1; i < page.earlier.length; i++) expect(compareMeetings(page.earlier[i - 1]!.entry, page.earlier[i]!.entry)).toBeGreaterThanOrEqual(0);
      expect(page.icsUrl).toBe(`/bodies/${id}/calendar.ics`);
      expect(page.feedUrl).toBe(`/bodies/${id}/feed.xml`);
      expect(page.description).toContain(page.b.name);
    }
  });

  it('an unknown body fails, naming it', async () => {
    await expect(bodyPage('no-such-body')).rejects.toThrow(/no-such-body/);
  });
});

describe('bodyMeetingPages (a body with thousands of meetings, synthetic)', () => {
  const upcoming = Array.from({ length: 130 }, (_, i) => `up-${i}`);
  const earlier = Array.from({ length: 3870 }, (_, i) => `m-${i}`);
  const pages = bodyMeetingPages(upcoming, earlier);

  it('pages of at most 100 meetings, every meeting exactly once and in order, upcoming first', () => {
    expect(pages).toHaveLength(40);
    for (const p of pages) expect(p.upcoming.length + p.earlier.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    expect(pages.flatMap((p) => [...p.upcoming, ...p.earlier])).toEqual([...upcoming, ...earlier]);
    expect(pages[1]!.upcoming).toHaveLength(30);
    expect(pages[1]!.earlier).toHaveLength(70);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
    for (const p of pages) expect(p.total).toBe(40);
  });

  it('the navigation of any page leads to existing pages of the body, of bounded size', () => {
    const base = '/bodies/b/';
    const urls = new Set(pages.map((p) => listPageUrl(base, p.number)));
    for (const p of pages) {
      const nav = pageLinks(base, p.number, p.total);
      expect(nav.length).toBeLessThanOrEqual(9);
      for (const l of nav) expect(urls.has(l.href)).toBe(true);
    }
  });
});

describe('bodyPaths and later pages (on the portal content)', () => {
  it('each body fits on one page: its own URL, its name as title, no navigation', async () => {
    const paths = await bodyPaths();
    expect(paths.map((p) => p.id)).toEqual(await bodyIds());
    for (const { id, number } of paths) {
      expect(number).toBe(1);
      const page = await bodyPage(id, number);
      expect(page.title).toBe(page.b.name);
      expect(page.nav).toEqual([]);
      expect(page.href).toBe(`/bodies/${id}/`);
      await expect(bodyPage(id, 2)).rejects.toThrow(/no page 2/);
    }
  });
});
