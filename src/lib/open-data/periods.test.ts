/** The date-range notes under report tables, read into each period column's first and last day. */
import { describe, expect, it } from 'vitest';
import { appearancePeriods, parseDateRangeNote, parsePrintedDay, periodKey, tablePeriods } from './periods.ts';
import { example } from '../../../tests/fixtures/lib/report-tables.ts';

/** The three-sentence note the papers print under most performance tables. */
const THREE =
  'The date range for the Last 12 months was 01/10/2023 – 30/09/2024 unless otherwise stated. The date range for Previous 12 months was 01/10/2022 – 30/09/2023. The date range for the long-term average was 01/10/2020 – 30/09/2023.';

describe('parsePrintedDay', () => {
  it('reads day/month/year and written-out days', () => {
    expect(parsePrintedDay('01/10/2023')).toBe('2023-10-01');
    expect(parsePrintedDay('1/2/2024')).toBe('2024-02-01');
    expect(parsePrintedDay('30 September 2024')).toBe('2024-09-30');
    expect(parsePrintedDay('1st October 2023')).toBe('2023-10-01');
  });
  it('refuses days not in the calendar and anything less than a full date', () => {
    expect(parsePrintedDay('31/09/2024')).toBeUndefined();
    expect(parsePrintedDay('29/02/2023')).toBeUndefined();
    expect(parsePrintedDay('29/02/2024')).toBe('2024-02-29');
    expect(parsePrintedDay('September 2021')).toBeUndefined();
    expect(parsePrintedDay('13/13/2024')).toBeUndefined();
    expect(parsePrintedDay('Sept 21')).toBeUndefined();
    expect(parsePrintedDay('1 Smarch 2024')).toBeUndefined();
  });
});

describe('parseDateRangeNote', () => {
  it('reads every sentence of the papers’ note, with its period and caveat', () => {
    expect(parseDateRangeNote(THREE)).toEqual([
      { period: 'Last 12 months', start: '2023-10-01', end: '2024-09-30', unlessOtherwiseStated: true, text: 'The date range for the Last 12 months was 01/10/2023 – 30/09/2024 unless otherwise stated.' },
      { period: 'Previous 12 months', start: '2022-10-01', end: '2023-09-30', unlessOtherwiseStated: false, text: 'The date range for Previous 12 months was 01/10/2022 – 30/09/2023.' },
      { period: 'long-term average', start: '2020-10-01', end: '2023-09-30', unlessOtherwiseStated: false, text: 'The date range for the long-term average was 01/10/2020 – 30/09/2023.' },
    ]);
  });
  it('takes the dash however it is spaced or written', () => {
    for (const range of ['01/10/2020 –30/09/2023', '01/10/2020– 30/09/2023', '01/10/2020 - 30/09/2023', '01/10/2020 — 30/09/2023', '01/10/2020 to 30/09/2023']) {
      const [r] = parseDateRangeNote(`The date range for the long-term average was ${range}.`);
      expect(r, range).toMatchObject({ period: 'long-term average', start: '2020-10-01', end: '2023-09-30' });
    }
  });
  it('reads "unless otherwise noted" as a caveat too', () => {
    expect(parseDateRangeNote('The date range for the Last 12 months was 01/10/2023 – 30/09/2024 unless otherwise noted.')[0]?.unlessOtherwiseStated).toBe(true);
  });
  it('gives a range that names no period, and never invents a day the note gives only as a month', () => {
    expect(parseDateRangeNote('The date range is September 2021 (DAPPA scheme inception) up to and including 30/09/2024.')).toEqual([
      {
        period: undefined,
        start: undefined,
        end: '2024-09-30',
        unlessOtherwiseStated: false,
        text: 'The date range is September 2021 (DAPPA scheme inception) up to and including 30/09/2024.',
      },
    ]);
  });
  it('skips sentences that give no range, and ranges that end before they start', () => {
    expect(parseDateRangeNote('Note: Due to rounding, the numbers may not add up.')).toEqual([]);
    expect(parseDateRangeNote('The date range for the Last 12 months was 30/09/2024 – 01/10/2023.')).toEqual([]);
    expect(parseDateRangeNote('The date range for the Last 12 months was 31/09/2024 – 31/09/2025.')).toEqual([]);
    expect(parseDateRangeNote('')).toEqual([]);
  });
});

describe('tablePeriods', () => {
  const table = (columns: string[], notes: string[]) => ({ columns, notes: notes.map((text) => ({ kind: 'date-range', text })) });

  it('gives each column the range its note names, matched by wording, case and a leading "the" aside', () => {
    const periods = tablePeriods(table(['Last 12 months', 'Previous 12 months', 'Long-term average', '% difference to previous 12 months'], [THREE]));
    expect(periods.map((p) => p && [p.start, p.end])).toEqual([
      ['2023-10-01', '2024-09-30'],
      ['2022-10-01', '2023-09-30'],
      ['2020-10-01', '2023-09-30'],
      undefined,
    ]);
    expect(periods[0]?.note).toMatch(/unless otherwise stated/);
  });
  it('leaves every column empty when the table has no date-range note', () => {
    expect(tablePeriods(table(['Last 12 months', 'Previous 12 months'], []))).toEqual([undefined, undefined]);
    expect(tablePeriods({ columns: ['Last 12 months'], notes: [{ kind: 'rounding', text: THREE }] })).toEqual([undefined]);
    expect(tablePeriods(example('periods'))).toEqual([undefined, undefined]);
  });
  it('gives a range naming no period only to a table with a single column', () => {
    const note = 'The date range is 01/09/2021 up to and including 30/09/2024.';
    expect(tablePeriods(table(['Since inception (Sept 21)'], [note]))).toEqual([{ start: '2021-09-01', end: '2024-09-30', note }]);
    expect(tablePeriods(table(['Last 12 months', 'Previous 12 months'], [note]))).toEqual([undefined, undefined]);
  });
  it('gives a column nothing when two notes disagree about it', () => {
    const other = 'The date range for the Last 12 months was 01/04/2024 – 31/03/2025.';
    expect(tablePeriods(table(['Last 12 months'], [THREE, other]))).toEqual([undefined]);
  });
  it('compares wordings loosely but not loosely enough to confuse two periods', () => {
    expect(periodKey('The  Last 12 Months')).toBe(periodKey('last 12 months'));
    expect(periodKey('Long–term average')).toBe(periodKey('long-term average'));
    expect(periodKey('Last 12 months')).not.toBe(periodKey('Previous 12 months'));
  });
});

describe('appearancePeriods', () => {
  it('matches a row’s figures to its columns by position', () => {
    const t = { ...example('periods'), notes: [{ kind: 'date-range' as const, text: THREE }] };
    expect(appearancePeriods(t, 2).map((p) => p?.end)).toEqual(['2024-09-30', '2023-09-30']);
  });
  it('gives none for a table whose rows are months, or an unknown table', () => {
    const t = { ...example('transposed-2023'), notes: [{ kind: 'date-range' as const, text: THREE }] };
    expect(appearancePeriods(t, 3)).toEqual([undefined, undefined, undefined]);
    expect(appearancePeriods(undefined, 2)).toEqual([undefined, undefined]);
  });
});
