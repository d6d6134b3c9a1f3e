import { describe, expect, it } from 'vitest';
import {
  columnUnit,
  isHeadingText,
  isValueText,
  parseCell,
  parseDuration,
  parseNumber,
  parsePercent,
  parsePercentagePoints,
  parsePounds,
  stripMarkup,
} from '../../../importer/cells.ts';
import { cellSchema } from '../../../src/schemas/tables.ts';

const plain = { kind: 'plain' } as const;
const percentColumn = columnUnit('% difference to previous 12 months');

describe('parseNumber', () => {
  it.each([
    ['1,827.8', 1827.8],
    ['0', 0],
    ['1724', 1724],
    ['(1,094)', -1094],
    ['(24,853)', -24853],
    ['-14', -14],
    ['+2,500', 2500],
    ['+443', 443],
    ['7.3m', 7_300_000],
    ['12k', 12_000],
    ['14.410', 14.41],
    ['−3', -3],
  ])('reads %j as %d', (printed, value) => {
    expect(parseNumber(printed)).toBe(value);
  });

  it.each(['', 'abc', '1,82', '12,3456', '1.2.3', '3.9pp', '5%', '£5', 'No change', '--'])('rejects %j', (printed) => {
    expect(parseNumber(printed)).toBeUndefined();
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseNumber('(0)'), 0)).toBe(true);
  });
});

describe('parsePercent', () => {
  it.each([
    ['3.82%', 3.82],
    ['75.10%', 75.1],
    ['85%', 85],
    ['-0.6%', -0.6],
    ['31009.1%', 31009.1],
    ['(0.47%)', -0.47],
  ])('reads %j as %d', (printed, value) => {
    expect(parsePercent(printed)).toBe(value);
  });

  it('reads "(0.00%)" as plain zero', () => {
    expect(Object.is(parsePercent('(0.00%)'), 0)).toBe(true);
  });

  it.each(['37.5', '3.9pp', '%', 'Data not available'])('rejects %j', (printed) => {
    expect(parsePercent(printed)).toBeUndefined();
  });
});

describe('parsePercentagePoints', () => {
  it.each([
    ['3.9pp', 3.9],
    ['3.5p.p', 3.5],
    ['0p.p', 0],
    ['0pp', 0],
    ['-1.2pp', -1.2],
    ['-5.6p.p', -5.6],
    ['0.01pp', 0.01],
    ['+0.5 pp', 0.5],
  ])('reads %j as %d', (printed, value) => {
    expect(parsePercentagePoints(printed)).toBe(value);
  });

  it.each(['pp', '3.9', '3.9%', 'app'])('rejects %j', (printed) => {
    expect(parsePercentagePoints(printed)).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it.each([
    ['124:52:31', 124 * 3600 + 52 * 60 + 31],
    ['00:05:12', 312],
    ['00:41:22', 41 * 60 + 22],
    ['9:20:12', 9 * 3600 + 20 * 60 + 12],
    ['1 second', 1],
    ['2 seconds', 2],
  ])('reads %j as %d seconds', (printed, seconds) => {
    expect(parseDuration(printed)).toBe(seconds);
  });

  it.each(['12:60:00', '10:00am', '5', '1:2:3'])('rejects %j', (printed) => {
    expect(parseDuration(printed)).toBeUndefined();
  });
});

describe('parsePounds', () => {
  it.each([
    ['£6,800', 6800],
    ['£17,400', 17400],
    ['-£5', -5],
    ['(£1,094)', -1094],
  ])('reads %j as %d', (printed, value) => {
    expect(parsePounds(printed)).toBe(value);
  });

  it('rejects a number without £', () => {
    expect(parsePounds('6,800')).toBeUndefined();
  });
});

describe('columnUnit', () => {
  it.each([
    ['Budget 2024/25 £000', { kind: 'money', unit: '£000' }],
    ['Over (-) / Under Spend £000', { kind: 'money', unit: '£000' }],
    ['Over(-)/Under spend £000', { kind: 'money', unit: '£000' }],
    ['Budget 2024/25 £m', { kind: 'money', unit: '£m' }],
    ['Over(-)/Under spend %', { kind: 'percent' }],
    ['% difference to previous 12 months', { kind: 'percent' }],
    ['difference to previous 12 months', { kind: 'plain' }],
    ['<i>TORs Issued</i>', { kind: 'plain' }],
    ['Last 12 months', { kind: 'plain' }],
  ])('%j → %j', (heading, unit) => {
    expect(columnUnit(heading)).toEqual(unit);
  });
});

describe('stripMarkup', () => {
  it('flags a cell wholly in <i> as italic and removes the tags from the text', () => {
    expect(stripMarkup('<i>Data not available</i>')).toEqual({ text: 'Data not available', italic: true, markdown: '*Data not available*' });
  });

  it('keeps partial italics as markdown but does not flag the cell', () => {
    const r = stripMarkup('Vulnerable road users (total) <i>(Cyclists, Horse Riders)</i>');
    expect(r.italic).toBe(false);
    expect(r.text).toBe('Vulnerable road users (total) (Cyclists, Horse Riders)');
    expect(r.markdown).toBe('Vulnerable road users (total) *(Cyclists, Horse Riders)*');
  });

  it('removes <p> and <u> and collapses the spaces they leave', () => {
    expect(stripMarkup('<p><u>Date</u></p> <p>Next</p>').text).toBe('Date Next');
  });
});

describe('isValueText and isHeadingText', () => {
  it('tells values from words', () => {
    expect(isValueText('12')).toBe(true);
    expect(isValueText('3.9pp')).toBe(true);
    expect(isValueText('124:52:31')).toBe(true);
    expect(isValueText('Solved')).toBe(false);
    expect(isValueText('')).toBe(false);
  });

  it('treats units on their own as headings, and "Data not available" as a value word, not a heading', () => {
    expect(isHeadingText('£000')).toBe(true);
    expect(isHeadingText('%')).toBe(true);
    expect(isHeadingText('Number of OCGs only')).toBe(true);
    expect(isHeadingText('Data not available')).toBe(false);
    expect(isHeadingText('<i>Not applicable</i>')).toBe(false);
    expect(isHeadingText('12')).toBe(false);
    expect(isHeadingText('-')).toBe(false);
    expect(isHeadingText('')).toBe(false);
  });
});

describe('parseCell', () => {
  it.each([
    ['1,827.8', plain, { type: 'number', value: 1827.8 }],
    ['(1,094)', columnUnit('Over (-) / Under Spend £000'), { type: 'money', value: -1094, unit: '£000' }],
    ['1,517', columnUnit('Budget 2024/25 £000'), { type: 'money', value: 1517, unit: '£000' }],
    ['3.492', columnUnit('Budget 2024/25 £m'), { type: 'money', value: 3.492, unit: '£m' }],
    ['(0.47%)', columnUnit('Over(-)/Under spend %'), { type: 'percent', value: -0.47 }],
    ['(0.47%)', columnUnit('Budget £000'), { type: 'percent', value: -0.47 }],
    ['3.82%', plain, { type: 'percent', value: 3.82 }],
    ['75.10%', plain, { type: 'percent', value: 75.1 }],
    ['3.9pp', percentColumn, { type: 'pp', value: 3.9 }],
    ['3.5p.p', percentColumn, { type: 'pp', value: 3.5 }],
    ['0p.p', percentColumn, { type: 'pp', value: 0 }],
    ['-1.2pp', percentColumn, { type: 'pp', value: -1.2 }],
    ['£6,800', plain, { type: 'money', value: 6800, unit: '£' }],
    ['124:52:31', plain, { type: 'duration', seconds: 449551 }],
    ['00:05:12', plain, { type: 'duration', seconds: 312 }],
    ['1 second', percentColumn, { type: 'duration', seconds: 1 }],
    ['7.3m', plain, { type: 'number', value: 7_300_000 }],
    ['+2,500', plain, { type: 'number', value: 2500 }],
    ['No change', plain, { type: 'text' }],
    ['Data not available', plain, { type: 'text' }],
    ['Not applicable', percentColumn, { type: 'text' }],
    ['All premium courses', plain, { type: 'text' }],
    ['£000', plain, { type: 'text' }],
    ['', plain, { type: 'blank' }],
    ['-', columnUnit('Variance £m'), { type: 'blank' }],
  ] as const)('%j → %j', (printed, unit, value) => {
    const { cell } = parseCell(printed, unit);
    expect(cell.value).toEqual(value);
    expect(cell.raw).toBe(printed.trim());
    expect(cellSchema.safeParse(cell).success).toBe(true);
  });

  it('reads a bare number in a % column as a percentage and says the column decided', () => {
    const parsed = parseCell('37.5', percentColumn, '% difference to previous 12 months');
    expect(parsed.cell.value).toEqual({ type: 'percent', value: 37.5 });
    expect(parsed.inferred).toContain('37.5');
    expect(parsed.inferred).toContain('% difference to previous 12 months');
    const negative = parseCell('-3.7', percentColumn, '% difference to previous 12 months');
    expect(negative.cell.value).toEqual({ type: 'percent', value: -3.7 });
  });

  it('does not infer anything when the printed text carries its own unit', () => {
    expect(parseCell('10.0%', percentColumn, '% x').inferred).toBeUndefined();
    expect(parseCell('37.5', plain, 'Last 12 months')).toEqual({ cell: { raw: '37.5', value: { type: 'number', value: 37.5 } } });
  });

  it('keeps the printed text exactly, without markup, and flags italics', () => {
    expect(parseCell('<i>Data not available</i>', plain).cell).toEqual({ raw: 'Data not available', italic: true, value: { type: 'text' } });
    expect(parseCell('(0.00%)', plain).cell.raw).toBe('(0.00%)');
    expect(parseCell('14.410', columnUnit('£m')).cell.raw).toBe('14.410');
  });
});
