/**
 * Long lists cut into pages, so that no page grows with the whole site: an area with thousands of
 * meetings would otherwise have list pages of tens of megabytes (the actions index, a plan pillar's
 * indicators), slow to build, to search-index and to open on a phone.
 *
 * Page 1 keeps the list's own URL (`/actions/`); page n is `/actions/<n>/`. A list that fits on one
 * page is exactly what it was before. Pages are cut between whole groups when the list is grouped
 * (a table's indicators, a meeting's questions are never split), so a page holds at least one group.
 * Only page 1 is in site search (the pages pass `searchable={pageNumberOf(…) === 1}` to Base): every
 * item has a page of its own, and pages 2 to n, which have no year, would all fall in the newest
 * period's search index and make it grow with the site (src/lib/search/periods.ts).
 */
import { t } from '../i18n/i18n.ts';

/** How many items a list page holds at most (a group bigger than this gets a page of its own). */
export const LIST_PAGE_SIZE = 100;

/** One page of a list: its 1-based number, how many pages the list has, and its items. */
export interface ListPage<T> {
  number: number;
  total: number;
  items: T[];
}

/** The items cut into pages of at most `size` (always at least one page, possibly empty). */
export function listPages<T>(items: readonly T[], size: number = LIST_PAGE_SIZE): ListPage<T>[] {
  return groupPages(items.map((item) => [item]), size).map((p) => ({ ...p, items: p.items.flat() }));
}

/**
 * Groups cut into pages: each page takes whole groups while its item count stays within `size`
 * (a group larger than `size` alone on its page). Always at least one page.
 */
export function groupPages<G extends readonly unknown[]>(groups: readonly G[], size: number = LIST_PAGE_SIZE): ListPage<G>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`listPages: page size must be a whole number of at least 1, got ${size}`);
  return costPages(groups, (group) => group.length, size);
}

/**
 * Items cut into pages by what each costs (its rough height on a phone, or its count): each page takes
 * items in order while their cost stays within `budget` (an item costing more alone on its page).
 * Always at least one page.
 */
export function costPages<T>(items: readonly T[], cost: (item: T) => number, budget: number): ListPage<T>[] {
  const pages: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && used + c > budget) {
      pages.push([item]);
      used = c;
    } else {
      current.push(item);
      used += c;
    }
  }
  return pages.map((list, i) => ({ number: i + 1, total: pages.length, items: list }));
}

/** The URL of page `number` of the list at `base` ("/actions/" → "/actions/", "/actions/2/"). */
export function listPageUrl(base: string, number: number): string {
  if (!base.endsWith('/')) throw new Error(`listPageUrl: "${base}" must end with "/"`);
  return number <= 1 ? base : `${base}${number}/`;
}

/** The `page` route parameter for page `number` (undefined for page 1, so that it keeps the list's URL). */
export const pageParam = (number: number): string | undefined => (number <= 1 ? undefined : String(number));

/** A `[...page]` route parameter read back as a page number (undefined → 1); anything else is an error naming it. */
export function pageNumberOf(param: string | undefined): number {
  if (param === undefined || param === '') return 1;
  if (!/^[1-9]\d*$/.test(param)) throw new Error(`list page: "${param}" is not a page number`);
  return Number(param);
}

/** One link of the page navigation. */
export interface PageLink {
  href: string;
  label: string;
  /** This page (a link marked aria-current). */
  current: boolean;
}

/**
 * The navigation between the pages of one list: previous, the first and last pages, and the two
 * pages either side of this one. Its size does not grow with the number of pages. Empty for a
 * one-page list.
 */
export function pageLinks(base: string, number: number, total: number): PageLink[] {
  if (total <= 1) return [];
  const shown = new Set([1, total]);
  for (let n = number - 2; n <= number + 2; n++) if (n >= 1 && n <= total) shown.add(n);
  const links: PageLink[] = [];
  if (number > 1) links.push({ href: listPageUrl(base, number - 1), label: t('listPages.previous'), current: false });
  for (const n of [...shown].sort((a, b) => a - b)) {
    links.push({
      href: listPageUrl(base, n),
      label: n === number ? t('listPages.current', { number: n, total }) : t('listPages.page', { number: n }),
      current: n === number,
    });
  }
  if (number < total) links.push({ href: listPageUrl(base, number + 1), label: t('listPages.next'), current: false });
  return links;
}

/**
 * Where a page stands in its list, as every list page's view gives it (the page modules extend it):
 * the template shows "(page n of m)" and the navigation from it.
 */
export interface ListPagePosition {
  /** This page's 1-based number (page 1 has the list's own URL). */
  number: number;
  /** How many pages the list has (at least 1). */
  total: number;
  /** The links between the list's pages (pageLinks); empty when the list fits on one page. */
  nav: PageLink[];
}

/** The position of page `number` of `total` in the list at `base`, with its navigation. */
export const listPagePosition = (base: string, number: number, total: number): ListPagePosition => ({
  number,
  total,
  nav: pageLinks(base, number, total),
});

/** "page n of m", said after a heading from page 2 on; empty on page 1 and for a one-page list. */
export const listPagePart = (number: number, total: number): string => (total <= 1 || number <= 1 ? '' : t('listPages.pagePart', { number, total }));

/** A list page's title: the list's own on page 1 (or when it has one page), else with "(page n of m)". */
export const listPageTitle = (title: string, number: number, total: number): string =>
  total <= 1 || number <= 1 ? title : t('listPages.titlePart', { title, number, total });
