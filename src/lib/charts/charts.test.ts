import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_TEMPLATES,
  chartColumns,
  chartsFor,
  MAX_SCALE_RATIO,
  splitByScale,
  comparisonOf,
  isComparableColumn,
  monthKey,
  sayPercentChange,
  sayPointsChange,
  sayValue,
  summarise,
} from './charts.ts';
import type { Cell } from '../../schemas/tables.ts';
import { example } from '../../../tests/fixtures/lib/report-tables.ts';

const n = (raw: string, value: number): Cell => ({ raw, value: { type: 'number', value } });
const pc = (raw: string, value: number): Cell => ({ raw, value: { type: 'percent', value } });
const k = (raw: string, value: number): Cell => ({ raw, value: { type: 'money', value, unit: '£000' } });
const periods = { baseName: 'Previous 12 months', latestName: 'Last 12 months' };

describe('which columns compare', () => {
  it('accepts periods and plan figures, never differences', () => {
    for (const l of ['Last 12 months', 'Previous 12 months', 'Long-term average', 'Budget 2024/25 £000', 'Forecast Outturn £000', 'March 2024', 'Sept 24', 'July 24'])
      expect(isComparableColumn(l), l).toBe(true);
    for (const l of ['% difference to previous 12 months', 'Variance', 'Over (-) / Under Spend £000', 'Growth', 'Total followers', 'Sept 2024 only', 'Detail'])
      expect(isComparableColumn(l), l).toBe(false);
  });
  it('orders months and finds base and latest', () => {
    expect(monthKey('Sept 24')).toBeGreaterThan(monthKey('July 24') ?? Infinity);
    expect(monthKey('March 2023')).toBeLessThan(monthKey('March 2024') ?? -Infinity);
    expect(comparisonOf(['Last 12 months', 'Previous 12 months', 'Long-term average'])).toEqual({ base: 1, latest: 0, relation: 'periods' });
    expect(comparisonOf(['Budget 2024/25 £000', 'Forecast £000'])).toEqual({ base: 0, latest: 1, relation: 'plan' });
    expect(comparisonOf(['March 2024', 'March 2023'])).toEqual({ base: 1, latest: 0, relation: 'periods' });
    expect(comparisonOf(['July 24', 'Aug 24', 'Sept 24'])).toEqual({ base: 0, latest: 2, relation: 'periods' });
  });
});

describe('summary wording', () => {
  it('says the brief example exactly', () => {
    expect(summarise([{ label: 'Complaints', base: n('393', 393), latest: n('334', 334) }], 'number', 'periods', periods)).toBe(
      'Complaints fell 15%, from 393 to 334.',
    );
  });
  it('gives percentages as a change in percentage points', () => {
    expect(summarise([{ label: '% Solved', base: pc('11.5%', 11.5), latest: pc('12.3%', 12.3) }], 'percent', 'periods', periods)).toBe(
      '% Solved rose 0.8 percentage points, from 11.5% to 12.3%.',
    );
    expect(sayPointsChange(-0.30000000000000004)).toBe('0.3 percentage points');
    expect(sayPointsChange(2)).toBe('2 percentage points');
  });
  it('handles negatives in brackets, zero bases and no change', () => {
    expect(sayValue(k('(1,496)', -1496))).toBe('minus £1,496 thousand');
    expect(sayValue(pc('(0.47%)', -0.47))).toBe('minus 0.47%');
    expect(summarise([{ label: 'Accelerated Misconduct hearings', base: n('0', 0), latest: n('4', 4) }], 'number', 'periods', periods)).toBe(
      'Accelerated Misconduct hearings rose from 0 to 4.',
    );
    expect(summarise([{ label: 'Section 135 warrants executed', base: n('63', 63), latest: n('63', 63) }], 'number', 'periods', periods)).toBe(
      'Section 135 warrants executed was unchanged at 63.',
    );
    // A negative base: income of (8,438) forecast at (9,360) is a fall of 11%.
    expect(summarise([{ label: 'Income', base: k('(8,438)', -8438), latest: k('(9,360)', -9360) }], 'money:£000', 'plan', { baseName: 'Budget 2024/25', latestName: 'Forecast Outturn' })).toBe(
      'Income: Forecast Outturn minus £9,360 thousand, 11% below the Budget 2024/25 of minus £8,438 thousand.',
    );
  });
  it('rounds small relative changes without saying 0%', () => {
    expect(sayPercentChange(0.003)).toBe('0.3%');
    expect(sayPercentChange(0.0004)).toBe('less than 0.1%');
    expect(sayPercentChange(-0.1501)).toBe('15%');
  });
  it('counts rises and falls and names the largest change across rows', () => {
    const s = summarise(
      [
        { label: 'Complaints', base: n('393', 393), latest: n('334', 334) },
        { label: 'Chapter 13 letters', base: n('19', 19), latest: n('34', 34) },
        { label: 'Police Appeals Tribunal', base: n('0', 0), latest: n('0', 0) },
        { label: 'Accelerated Misconduct hearings', base: n('0', 0), latest: n('4', 4) },
      ],
      'number',
      'periods',
      periods,
    );
    expect(s).toBe(
      'Of 4 rows, 2 rose, 1 fell and 1 did not change between previous 12 months and last 12 months; the largest change: Chapter 13 letters rose 79%, from 19 to 34.',
    );
  });
  it('leaves out kinds of change that did not happen', () => {
    expect(
      summarise(
        [
          { label: 'a', base: pc('4.0%', 4), latest: pc('4.5%', 4.5) },
          { label: 'b', base: pc('4.2%', 4.2), latest: pc('4.2%', 4.2) },
        ],
        'percent',
        'periods',
        periods,
      ),
    ).toBe('Of 2 rows, 1 rose and 1 did not change between previous 12 months and last 12 months; the largest change: a rose 0.5 percentage points, from 4.0% to 4.5%.');
  });
  it('leaves out "did not change" when every row changed', () => {
    expect(
      summarise(
        [
          { label: 'a', base: n('10', 10), latest: n('12', 12) },
          { label: 'b', base: n('10', 10), latest: n('9', 9) },
        ],
        'number',
        'periods',
        periods,
      ),
    ).toBe('Of 2 rows, 1 rose and 1 fell between previous 12 months and last 12 months; the largest change: a rose 20%, from 10 to 12.');
  });
  it('keeps month names capitalised mid-sentence', () => {
    expect(
      summarise(
        [
          { label: 'Schemes', base: n('101', 101), latest: n('98', 98) },
          { label: 'Members', base: n('848', 848), latest: n('887', 887) },
        ],
        'number',
        'periods',
        { baseName: 'March 2023', latestName: 'March 2024' },
      ),
    ).toBe('Of 2 rows, 1 rose and 1 fell between March 2023 and March 2024; the largest change: Members rose 5%, from 848 to 887.');
  });
  it('says when nothing changed', () => {
    expect(summarise([{ label: 'a', base: n('1', 1), latest: n('1', 1) }, { label: 'b', base: n('0', 0), latest: n('0', 0) }], 'number', 'periods', periods)).toBe(
      'None of the 2 rows changed between previous 12 months and last 12 months.',
    );
  });
});

describe('chartsFor', () => {
  it('charts Table 5 as one chart per unit and scale: 334 complaints never share an axis with 34 letters', () => {
    const charts = chartsFor(example('periods'));
    expect(charts.map((c) => [c.key, c.rowsPlotted])).toEqual([
      ['number-1', 1],
      ['number-2', 2],
      ['percent', 1],
    ]);
    const [large, small, percent] = charts;
    expect(large?.series.map((s) => s.label)).toEqual(['Last 12 months', 'Previous 12 months']);
    expect(large?.series[0]?.values).toEqual([334]);
    expect(large?.scale).toEqual({ index: 1, of: 2, largest: '393' });
    expect(large?.summary).toBe('PSD data complaints (Schedule 3 and Outside Schedule 3) fell 15%, from 393 to 334.');
    expect(small?.series[0]?.values).toEqual([34, 0]);
    expect(small?.scale).toEqual({ index: 2, of: 2, largest: '34' });
    expect(small?.summary).toBe(
      'Of 2 rows, 1 rose and 1 did not change between previous 12 months and last 12 months; the largest change: Chapter 13 letters rose 79%, from 19 to 34.',
    );
    expect(percent?.scale).toBeUndefined();
    expect(percent?.summary).toBe(
      'PSD data complaints - documented within 2 working days rose 9.9 percentage points, from 75.10% to 85%.',
    );
  });
  it('never puts figures more than ten times apart on one axis', () => {
    for (const name of ['periods', 'grouped', 'budget'] as const) {
      for (const chart of chartsFor(example(name))) {
        const sizes = chart.labels.map((_, i) => Math.max(...chart.series.map((s) => Math.abs(s.values[i] ?? 0))));
        const nonZero = sizes.filter((v) => v > 0);
        if (nonZero.length > 1) expect(Math.max(...nonZero) / Math.min(...nonZero), `${name} ${chart.key}`).toBeLessThanOrEqual(MAX_SCALE_RATIO);
      }
    }
    expect(splitByScale([5, 10_694, 189, 0, 12_000, 30], (v) => v)).toEqual([[10_694, 12_000], [189, 30], [5, 0]]);
  });
  it('charts budget against forecast and summarises the Total line', () => {
    const [chart, ...rest] = chartsFor(example('budget'));
    expect(rest).toEqual([]);
    expect(chart?.relation).toBe('plan');
    expect(chart?.unit).toBe('money:£000');
    expect(chart?.series.map((s) => s.label)).toEqual(['Budget 2024/25 £000', 'Forecast £000']);
    // The Total line would dwarf the others: it is left out of the plot but drives the sentence.
    expect(chart?.labels).toEqual(['Officer of the Police and Crime Commissioner', 'Transfer from Reserves']);
    expect(chart?.totalsOmitted).toBe(1);
    expect(chart?.summary).toBe(
      'Forecast is above Budget 2024/25 on 1 of 3 rows and below it on 1; Total: Forecast £212,432 thousand, 0.5% above the Budget 2024/25 of £211,396 thousand.',
    );
  });
  it('names grouped rows with their group and skips tables whose sub-headers redefine the columns', () => {
    const charts = chartsFor(example('grouped'));
    expect(charts[0]?.labels[0]).toBe('Domestic Abuse – Number of crimes');
    expect(charts.map((c) => c.series.length)).toEqual([3, 3, 3]);
    expect(charts.map((c) => c.key)).toEqual(['number-1', 'number-2', 'percent']);
    expect(chartsFor(example('subheaders'))).toEqual([]);
    expect(chartColumns(example('subheaders'))).toBeUndefined();
  });
  it('does not chart a table with a single period column or mostly blank rows', () => {
    expect(chartsFor(example('group-label'))).toEqual([]);
    const t = example('budget');
    for (const r of t.rows.slice(1)) r.cells[1] = { raw: '', value: { type: 'blank' } };
    expect(chartsFor(t)).toEqual([]);
  });
  it('follows the importer hint for columns and type', () => {
    const t = example('periods');
    t.chart = { columns: [1, 0], type: 'line' };
    expect(chartsFor(t)[0]).toMatchObject({ type: 'line' });
    expect(chartsFor(t)[0]?.series.map((s) => s.label)).toEqual(['Previous 12 months', 'Last 12 months']);
  });
});

describe('monthly tables', () => {
  it('charts months as categories and columns as series, leaving out the total column and total row', () => {
    const [chart, ...rest] = chartsFor(example('transposed-2024'));
    expect(rest).toEqual([]);
    expect(chart?.labels).toEqual(['January 2024', 'February 2024']);
    expect(chart?.series.map((s) => s.label)).toEqual(['Norfolk Static', 'Norfolk Mobile']);
    expect(chart?.series[0]?.values).toEqual([2100, 1691]);
    expect(chart?.totalsOmitted).toBe(1);
    // The sentence follows the total column from the first month to the last.
    expect(chart?.summary).toBe('Norfolk Total rose 17%, from 3762 in January 2024 to 4409 in February 2024.');
  });
  it('follows the series that changed most when there is no total column', () => {
    const t = example('transposed-2023');
    t.columns = t.columns.slice(0, 2);
    t.header = [t.header[0]!.slice(0, 3)];
    for (const r of t.rows) r.cells = r.cells.slice(0, 2);
    expect(chartsFor(t)[0]?.summary).toBe('Norfolk Mobile rose 33%, from 2038 in January 2023 to 2718 in February 2023.');
  });
  it('does not chart a table whose rows are not periods and whose columns do not compare', () => {
    const t = example('transposed-2023');
    for (const r of t.rows) r.label = `Area ${r.line}`;
    expect(chartsFor(t)).toEqual([]);
  });
});

describe('templates', () => {
  it('match the site strings in src/i18n/ui/en-GB.json', () => {
    const ui = JSON.parse(readFileSync(new URL('../../i18n/ui/en-GB.json', import.meta.url), 'utf8')) as {
      charts?: { summary?: Record<string, string> };
    };
    expect(ui.charts?.summary).toEqual(ENGLISH_TEMPLATES);
  });
});
