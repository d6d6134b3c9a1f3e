import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { indicatorCsv, tableCsv, tableCsvHeader, unitText, valueText } from '../../src/lib/csv.ts';
import { buildIndicators } from '../../src/lib/indicators.ts';
import { example } from './fixtures-report-pages.ts';

describe('table CSV', () => {
  it('round-trips through a real CSV parser, cell by cell', () => {
    for (const name of ['budget', 'grouped', 'subheaders', 'group-label', 'periods'] as const) {
      const table = example(name);
      const text = tableCsv(table);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const records = parse(text, { bom: true }) as string[][];
      expect(records[0]).toEqual(tableCsvHeader(table));
      expect(records).toHaveLength(table.rows.length + 1);
      const off = table.grouped ? 3 : 2;
      table.rows.forEach((row, i) => {
        const rec = records[i + 1] ?? [];
        if (table.grouped) expect(rec[0]).toBe(row.group ?? '');
        expect(rec[off - 2]).toBe(row.label);
        expect(rec[off - 1]).toBe(row.kind ?? 'data');
        row.cells.forEach((cell, j) => {
          expect(rec[off + j * 3]).toBe(cell.raw);
          expect(rec[off + 1 + j * 3]).toBe(valueText(cell.value));
          expect(rec[off + 2 + j * 3]).toBe(unitText(cell.value));
        });
      });
    }
  });
  it('writes negatives, percentages and money as numbers beside the printed text', () => {
    const records = parse(tableCsv(example('budget')), { bom: true }) as string[][];
    const transfer = records.find((r) => r[0] === 'Transfer from Reserves');
    expect(transfer?.slice(2, 5)).toEqual(['(1,496)', '-1496', '£000']);
    expect(transfer?.slice(11, 14)).toEqual(['(0.00%)', '0', '%']);
    const grouped = parse(tableCsv(example('grouped')), { bom: true }) as string[][];
    expect(grouped[0]?.slice(0, 3)).toEqual(['Group', 'Row', 'Row type']);
    const arrest = grouped.find((r) => r[1] === 'Arrest rate');
    expect(arrest?.at(-1)).toMatch(/shifted one column left/);
    expect(arrest?.slice(12, 15)).toEqual(['3.9pp', '3.9', 'percentage points']);
  });
  it('makes repeated column names unique', () => {
    expect(tableCsvHeader({ grouped: false, columns: ['A', 'A', ''] })).toEqual([
      'Row', 'Row type', 'A', 'A (value)', 'A (unit)', 'A (2)', 'A (2) (value)', 'A (2) (unit)', 'Column', 'Column (value)', 'Column (unit)', 'Source line', 'Correction',
    ]);
  });
  it('writes durations in seconds', () => {
    expect(valueText({ type: 'duration', seconds: 449551 })).toBe('449551');
    expect(unitText({ type: 'duration', seconds: 1 })).toBe('seconds');
    expect(valueText({ type: 'text' })).toBe('');
  });
});

describe('indicator CSV', () => {
  it('has one line per printed figure across appearances', () => {
    const reports = new Map([['2025-01-29-pillar-6', { date: '2025-01-29', planEntries: [] }]]);
    const [, , total] = buildIndicators({
      tables: [{ id: 'a', data: example('transposed-2023') }, { id: 'b', data: example('transposed-2024') }],
      reports,
    });
    const records = parse(indicatorCsv(total!), { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(6);
    expect(records[0]).toMatchObject({ Indicator: 'Norfolk Total', Table: 'Table 27', 'Period or measure': 'January 2023', 'As printed': '3762', Value: '3762' });
    expect(records[5]).toMatchObject({ Table: 'Table 28', 'Period or measure': 'Total' });
  });
});
