import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText, indicatorCsv, tableCsv, tableCsvHeader, tableJson, unitText, valueText } from './csv.ts';
import { buildIndicators } from '../indicators/indicators.ts';
import { example } from '../../../tests/fixtures/lib/report-tables.ts';

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
          expect(rec[off + j * 3]).toBe(/^[=+\-@\t\r]/.test(cell.raw) ? `'${cell.raw}` : cell.raw);
          expect(rec[off + 1 + j * 3]).toBe(String(valueText(cell.value)));
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
    expect(valueText({ type: 'duration', seconds: 449551 })).toBe(449551);
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

describe('formulas in CSV downloads', () => {
  /** The cells of a one-line CSV, as a CSV parser reads them. */
  const cells = (row: (string | number)[]): string[] => (parse(csvText([row]), { bom: true }) as string[][])[0] ?? [];

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('prefixes the text cell %j with a single quote', (text, written) => {
    expect(cells([text])).toEqual([written]);
  });

  it('quotes cells holding a line break, so they stay one cell', () => {
    expect(cells(['a\nb', 'a\rb', 'a\r\nb', 'c'])).toEqual(['a\nb', 'a\rb', 'a\r\nb', 'c']);
  });

  it('writes numbers as numbers, negative ones included, and leaves other text alone', () => {
    expect(csvText([[-1, -5.25, 0, 12, '(1,496)', 'a=b', 'Total -', '£1.2m', '']])).toBe('\uFEFF-1,-5.25,0,12,"(1,496)",a=b,Total -,£1.2m,\r\n');
  });

  it('neutralises formulas in every text column of the table and indicator downloads', () => {
    const table = example('budget');
    const evil = {
      ...table,
      columns: ['=cmd', ...table.columns.slice(1)],
      rows: table.rows.map((row, i) => (i === 0 ? { ...row, label: '@SUM(A1)', repair: '-1', cells: row.cells.map((c) => ({ ...c, raw: '=1+1' })) } : row)),
    };
    const records = parse(tableCsv(evil), { bom: true }) as string[][];
    expect(records[0]?.slice(2, 5)).toEqual(["'=cmd", "'=cmd (value)", "'=cmd (unit)"]);
    expect(records[1]?.[0]).toBe("'@SUM(A1)");
    expect(records[1]?.[2]).toBe("'=1+1");
    expect(records[1]?.at(-1)).toBe("'-1");
    // The parsed value of the first row is still a bare number.
    const transfer = records.find((r) => r[0] === 'Transfer from Reserves');
    expect(transfer?.slice(2, 5)).toEqual(['(1,496)', '-1496', '£000']);
  });

  it('keeps the JSON downloads exactly as the papers print them (no prefix)', () => {
    const table = { ...example('budget'), columns: ['=cmd'] };
    const json = JSON.parse(tableJson('t', table, { report: '/r/', csv: '/c.csv' })) as { columns: string[] };
    expect(json.columns).toEqual(['=cmd']);
  });
});
