import { describe, expect, it } from 'vitest';
import { groupPages, listPagePosition, listPages, listPageTitle, listPageUrl, pageLinks, pageNumberOf, pageParam } from './list-pages.ts';

describe('listPages and groupPages', () => {
  it('a list that fits is one page, exactly as it was; an empty list is one empty page', () => {
    expect(listPages([1, 2, 3], 5)).toEqual([{ number: 1, total: 1, items: [1, 2, 3] }]);
    expect(listPages([], 5)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  it('cuts at the size, every item once and in order, and no page grows with the list', () => {
    const items = Array.from({ length: 10_001 }, (_, i) => i);
    const pages = listPages(items, 100);
    expect(pages).toHaveLength(101);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(100);
    expect(pages.every((p, i) => p.number === i + 1 && p.total === 101)).toBe(true);
  });
  it('never splits a group; a group bigger than a page has a page of its own', () => {
    const pages = groupPages([[1, 2], [3, 4, 5], [6], [7, 8, 9, 10, 11, 12], [13]], 4);
    expect(pages.map((p) => p.items)).toEqual([[[1, 2]], [[3, 4, 5], [6]], [[7, 8, 9, 10, 11, 12]], [[13]]]);
  });
  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => listPages([1], 0)).toThrow('page size must be a whole number of at least 1, got 0');
  });
});

describe('URLs and navigation', () => {
  it('page 1 keeps the list URL; page n is <list>/<n>/; the route parameter round-trips', () => {
    expect(listPageUrl('/actions/', 1)).toBe('/actions/');
    expect(listPageUrl('/actions/', 7)).toBe('/actions/7/');
    expect(() => listPageUrl('/actions', 2)).toThrow('must end with "/"');
    expect(pageParam(1)).toBeUndefined();
    expect(pageNumberOf(pageParam(12))).toBe(12);
    expect(pageNumberOf(undefined)).toBe(1);
    expect(() => pageNumberOf('02')).toThrow('"02" is not a page number');
  });
  it('no links for one page; otherwise previous, first, two either side, last, next; size bounded however many pages', () => {
    expect(pageLinks('/a/', 1, 1)).toEqual([]);
    const middle = pageLinks('/a/', 50, 400);
    expect(middle.map((l) => l.label)).toEqual([
      'Previous page', 'Page 1', 'Page 48', 'Page 49', 'Page 50 of 400', 'Page 51', 'Page 52', 'Page 400', 'Next page',
    ]);
    expect(middle.filter((l) => l.current).map((l) => l.href)).toEqual(['/a/50/']);
    expect(pageLinks('/a/', 1, 3).map((l) => l.href)).toEqual(['/a/', '/a/2/', '/a/3/', '/a/2/']);
  });
  it("a page's position: its number, the list's page count and the navigation for that page of that list", () => {
    const position = listPagePosition('/a/', 2, 3);
    expect(position).toEqual({ number: 2, total: 3, nav: pageLinks('/a/', 2, 3) });
    expect(position.nav.filter((l) => l.current).map((l) => l.href)).toEqual(['/a/2/']);
    expect(listPagePosition('/a/', 1, 1)).toEqual({ number: 1, total: 1, nav: [] });
  });
  it('titles say which page from page 2 on', () => {
    expect(listPageTitle('Actions', 1, 5)).toBe('Actions');
    expect(listPageTitle('Actions', 2, 5)).toBe('Actions (page 2 of 5)');
  });
});
