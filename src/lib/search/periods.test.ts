import { describe, expect, it } from 'vitest';
import { ALL_PERIODS, parsePeriods, periodFor, periodOfYear, periodOption, periodYears, planPeriods, yearOf, type SearchPeriod } from './periods.ts';

const counts = (entries: [number | null, number][]): Map<number | null, number> => new Map(entries);
const strings = { one: '{{year}}', range: '{{from}} to {{to}}', newest: '{{years}} (newest)', all: 'All years, {{years}}' };

describe('planPeriods', () => {
  it('keeps one index, where it always was, while the site fits in one', () => {
    expect(planPeriods(counts([[null, 400], [2025, 300], [2017, 30]]), 2000)).toEqual([{ id: '2017-2025', from: 2017, to: 2025, pages: 730, bundle: 'pagefind/' }]);
  });
  it('takes whole years, newest first, closing a period before it would pass the limit', () => {
    const periods = planPeriods(counts([[2020, 40], [2024, 50], [2023, 30], [null, 20], [2021, 60], [2019, 10]]), 100);
    expect(periods.map((p) => [p.id, p.pages, p.bundle])).toEqual([
      ['2023-2024', 100, 'pagefind/'],
      ['2020-2021', 100, 'pagefind/older/2020-2021/'],
      ['2019', 10, 'pagefind/older/2019/'],
    ]);
    // Every page is in exactly one period.
    expect(periods.reduce((n, p) => n + p.pages, 0)).toBe(210);
  });
  it('gives a year larger than the limit a period of its own, never splitting or dropping it', () => {
    const periods = planPeriods(counts([[2024, 500], [2023, 10], [2022, 700]]), 100);
    expect(periods.map((p) => [p.id, p.pages])).toEqual([['2024', 500], ['2023', 10], ['2022', 700]]);
  });
  it('puts pages without a year in the newest period, and makes one even when no page has a year', () => {
    expect(planPeriods(counts([[null, 5]]), 100)).toEqual([{ id: 'undated', from: null, to: null, pages: 5, bundle: 'pagefind/' }]);
    expect(planPeriods(new Map(), 100)).toHaveLength(1);
  });
  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => planPeriods(counts([[2024, 1]]), 0)).toThrow(/at least 1/);
  });
});

const periods: SearchPeriod[] = planPeriods(counts([[null, 10], [2025, 50], [2024, 60], [2018, 20], [2017, 30]]), 60);

describe('choosing the index', () => {
  it('finds the period of a year, and the newest for pages without one', () => {
    expect(periods.map((p) => p.id)).toEqual(['2025', '2024', '2017-2018']);
    expect(periodOfYear(periods, 2018)?.id).toBe('2017-2018');
    expect(periodOfYear(periods, null)?.id).toBe('2025');
    expect(periodOfYear(periods, 2001)).toBeUndefined();
  });
  it('follows the address, then the chosen years, then the newest', () => {
    expect(periodFor(periods, '2024', [])).toBe('2024');
    expect(periodFor(periods, ALL_PERIODS, ['2017'])).toBe(ALL_PERIODS);
    expect(periodFor(periods, '', ['2017'])).toBe('2017-2018');
    expect(periodFor(periods, '', ['2017', '2025'])).toBe(ALL_PERIODS);
    expect(periodFor(periods, 'nonsense', [])).toBe('2025');
    expect(periodFor(periods, '', ['not a year'])).toBe('2025');
  });
  it('names the years searched', () => {
    expect(periodOption(periods, '2025', strings)).toBe('2025 (newest)');
    expect(periodOption(periods, '2017-2018', strings)).toBe('2017 to 2018');
    expect(periodOption(periods, ALL_PERIODS, strings)).toBe('All years, 2017 to 2025');
    expect(periodYears(periods, ALL_PERIODS, strings)).toBe('2017 to 2025');
    expect(periodYears(periods, '2024', strings)).toBe('2024');
  });
});

describe('reading periods.json', () => {
  it('accepts what planPeriods writes', () => {
    expect(parsePeriods(JSON.parse(JSON.stringify({ periods })))).toEqual(periods);
  });
  it('falls back (null) on anything else, so the search uses the one bundle at pagefind/', () => {
    expect(parsePeriods(null)).toBeNull();
    expect(parsePeriods({ periods: [] })).toBeNull();
    expect(parsePeriods({ periods: [{ ...periods[1], bundle: 'https://elsewhere.example/pagefind/' }] })).toBeNull();
    expect(parsePeriods({ periods: [{ ...periods[1], bundle: 'pagefind/older/../../x/' }] })).toBeNull();
    expect(parsePeriods({ periods: [{ ...periods[1], id: '<script>' }] })).toBeNull();
  });
  it('reads a year only when it is one', () => {
    expect(yearOf(' 2024 ')).toBe(2024);
    expect(yearOf('2017, date not stated')).toBeNull();
    expect(yearOf(undefined)).toBeNull();
  });
});
