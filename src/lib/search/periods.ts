/**
 * Search indexes by period. One Pagefind index of a whole portal grows with every quarter: the
 * metadata and filter files a resident downloads before the first result, the time a common word
 * takes, and the memory Pagefind needs to build it all grow with the page count. So the pages are
 * split by the year each page gives search (`data-pf-year` on <main>) into periods of whole years,
 * newest first, each of at most `maxPages` pages (a single year larger than that is a period on its
 * own). Each period is built by its own Pagefind run into its own bundle; the newest period (which
 * also holds every page without a year: people, the glossary, the plan…) is the bundle at
 * `pagefind/`, the one searched by default, so a site with one period is exactly one Pagefind index
 * where it always was. `pagefind/periods.json` lists them for the search page.
 *
 * Pure: no file system. `scripts/search-index.ts` reads the pages and runs Pagefind.
 */
import { fillTemplate } from './search.ts';

/** One search index: the pages of some consecutive years. */
export interface SearchPeriod {
  /** Stable id, used in the search page's address (`?years=2019-2020`): "2021" or "2019-2020". "undated" for a newest period holding no dated page. */
  id: string;
  /** The oldest year it holds, or null when it holds no dated page. */
  from: number | null;
  /** The newest year it holds, or null when it holds no dated page. */
  to: number | null;
  /** How many pages it indexes. */
  pages: number;
  /** Its Pagefind bundle folder, from the site root, ending in "/": "pagefind/" (the newest) or "pagefind/older/2019-2020/". */
  bundle: string;
}

/** What `pagefind/periods.json` holds. */
export interface SearchPeriods {
  /** Newest first. The first is the default search and also holds the pages without a year. */
  periods: SearchPeriod[];
}

/** Default most pages in one period: the first search on a phone stays near 150 KB (see the README's "Search at scale"). */
export const MAX_PERIOD_PAGES = 2000;

/** The manifest's path from the site root. */
export const PERIODS_FILE = 'pagefind/periods.json';

const NEWEST_BUNDLE = 'pagefind/';

/**
 * The periods for these page counts by year (`null`: pages without a year), newest first.
 * Years are taken whole and in order; a period closes when the next year would take it past
 * `maxPages`. The undated pages count towards the newest period.
 */
export function planPeriods(counts: ReadonlyMap<number | null, number>, maxPages: number = MAX_PERIOD_PAGES): SearchPeriod[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`planPeriods: maxPages must be a whole number of at least 1, got ${String(maxPages)}`);
  const years = [...counts.keys()].filter((y): y is number => y !== null).sort((a, b) => b - a);
  const periods: SearchPeriod[] = [];
  let held: number[] = [];
  let pages = counts.get(null) ?? 0;
  const close = (): void => {
    const newest = held[0] ?? null;
    const oldest = held[held.length - 1] ?? null;
    const id = newest === null || oldest === null ? 'undated' : newest === oldest ? String(newest) : `${oldest}-${newest}`;
    periods.push({ id, from: oldest, to: newest, pages, bundle: periods.length === 0 ? NEWEST_BUNDLE : `${NEWEST_BUNDLE}older/${id}/` });
    held = [];
    pages = 0;
  };
  for (const year of years) {
    const n = counts.get(year) ?? 0;
    if (held.length > 0 && pages + n > maxPages) close();
    held.push(year);
    pages += n;
  }
  if (held.length > 0 || pages > 0 || periods.length === 0) close();
  return periods;
}

/** The period holding a year (the newest for pages without one). */
export function periodOfYear(periods: readonly SearchPeriod[], year: number | null): SearchPeriod | undefined {
  if (year === null) return periods[0];
  return periods.find((p) => p.from !== null && p.to !== null && p.from <= year && year <= p.to);
}

/** A page's year as the search filter gives it ("2024"), or null when it has none or it is not a year. */
export function yearOf(value: string | undefined): number | null {
  const text = value?.trim() ?? '';
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/**
 * Read `periods.json` as the browser gets it: anything not in the expected shape gives null, and
 * the search falls back to the one bundle at `pagefind/`.
 */
export function parsePeriods(json: unknown): SearchPeriod[] | null {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { periods?: unknown }).periods)) return null;
  const out: SearchPeriod[] = [];
  for (const p of (json as { periods: unknown[] }).periods) {
    if (typeof p !== 'object' || p === null) return null;
    const { id, from, to, pages, bundle } = p as Record<string, unknown>;
    const year = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isInteger(v));
    if (typeof id !== 'string' || !/^(?:undated|\d{4}(?:-\d{4})?)$/.test(id) || !year(from) || !year(to) || typeof pages !== 'number') return null;
    if (typeof bundle !== 'string' || !/^pagefind\/(?:older\/[0-9-]+\/)?$/.test(bundle)) return null;
    out.push({ id, from, to, pages, bundle });
  }
  return out.length > 0 ? out : null;
}

/** The key of the search across every period. */
export const ALL_PERIODS = 'all';

/**
 * Which index a search uses, as a period id or ALL_PERIODS: the one the address names (`?years=`),
 * else the one holding every year chosen in the year filter (all of them when those years are in
 * several), else the newest.
 */
export function periodFor(periods: readonly SearchPeriod[], years: string, chosenYears: readonly string[]): string {
  const newest = periods[0];
  if (!newest) return ALL_PERIODS;
  if (years === ALL_PERIODS || periods.some((p) => p.id === years)) return years;
  const held = new Set(chosenYears.map((y) => periodOfYear(periods, yearOf(y))).filter((p) => p !== undefined));
  if (held.size > 1) return ALL_PERIODS;
  return [...held][0]?.id ?? newest.id;
}

/** Interface strings for the years a search covers ({{year}}, {{from}}, {{to}}, {{years}} filled in). */
export interface PeriodStrings {
  /** One year: "{{year}}". */
  one: string;
  /** Several years: "{{from}} to {{to}}". */
  range: string;
  /** The default period's option: "{{years}} (newest)". */
  newest: string;
  /** Every period: "All years, {{years}}". */
  all: string;
}


/** The years a period or ALL_PERIODS covers, as words: "2024", "2017 to 2018" ("" for a period of undated pages only). */
export function periodYears(periods: readonly SearchPeriod[], key: string, s: PeriodStrings): string {
  const dated = periods.filter((p) => p.from !== null && p.to !== null);
  const period = key === ALL_PERIODS ? { from: dated[dated.length - 1]?.from ?? null, to: dated[0]?.to ?? null } : periods.find((p) => p.id === key);
  if (!period || period.from === null || period.to === null) return '';
  return period.from === period.to ? fillTemplate(s.one, { year: period.from }) : fillTemplate(s.range, { from: period.from, to: period.to });
}

/** The option naming a period or ALL_PERIODS in the search page's choice of years: "2025 (newest)", "2017 to 2018", "All years, 2017 to 2025". */
export function periodOption(periods: readonly SearchPeriod[], key: string, s: PeriodStrings): string {
  const years = periodYears(periods, key, s);
  return key === ALL_PERIODS ? fillTemplate(s.all, { years }) : key === periods[0]?.id ? fillTemplate(s.newest, { years }) : years;
}
