import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../importer/source.ts';
import {
  buildTables,
  noteKind,
  parseCaption,
  splitFusedTables,
  splitRow,
  type Caption,
  type PrintedRow,
  type TableContext,
} from '../../../importer/tables.ts';
import { tableSchema, type DataTable } from '../../../src/schemas/tables.ts';
import { thrownBy } from './meetings-helpers.ts';

/** Printed rows from lines written with "|" for TAB, numbered from `first`. */
function rows(first: number, ...lines: string[]): PrintedRow[] {
  return lines.map((l, i) => splitRow(l.replace(/\|/g, '\t'), first + i));
}

function caption(number: number, text = 'A caption.', separator = ':'): Caption {
  return { kind: 'table', number, separator, text, line: 999 };
}

const ctx = (over: Partial<TableContext> = {}): TableContext => ({
  file: 'fixture.txt',
  docId: 'fixture',
  reportId: '2025-01-29-pillar-1',
  order: 0,
  notes: [],
  endLine: 999,
  ...over,
});

/** Builds and validates; returns the parsed tables. */
function build(printed: PrintedRow[], cap: Caption, c = ctx()): Array<{ id: string; table: DataTable }> {
  return buildTables(printed, cap, c).map((d) => {
    const parsed = tableSchema.safeParse(d.data);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    return { id: d.id, table: parsed.data };
  });
}

const values = (t: DataTable) => t.rows.map((r) => r.cells.map((c) => c.value));

describe('parseCaption', () => {
  it('reads "Table N:" and "Table N –" captions and records the separator', () => {
    expect(parseCaption('Table 1: High-level summary of the Group Revenue Budget as at 30th September 2024.', 251)).toEqual({
      kind: 'table',
      number: 1,
      separator: ':',
      text: 'High-level summary of the Group Revenue Budget as at 30th September 2024.',
      line: 251,
    });
    expect(parseCaption('Table 27 – Norfolk camera enforcement (static and mobile) for the period 01/01/2023 to 30/06/2023.', 1729)).toMatchObject({
      number: 27,
      separator: '–',
    });
    expect(parseCaption('Figure 2 – Norfolk First Time Entrants into the Criminal Justice System – per 100,000 Rate and Numbers', 1307)).toMatchObject({
      kind: 'figure',
      number: 2,
      text: 'Norfolk First Time Entrants into the Criminal Justice System – per 100,000 Rate and Numbers',
    });
  });

  it.each([
    'Table 22 displays the number of Domestic abuse crimes and incidents by most recent risk assessment.',
    '- Table 8 shows the data for the Constabulary’s Facebook accounts',
    'Table A – schemes approved for immediate start 1 April 2024',
    'Table 12 shows an overall increase in SOC disruptions',
  ])('does not take %j for a caption', (text) => {
    expect(parseCaption(text, 1)).toBeUndefined();
  });
});

describe('noteKind', () => {
  it('recognises date ranges, rounding notes, other notes and sentences about the same table', () => {
    expect(noteKind('The date range for the Last 12 months was 01/10/2023 – 30/09/2024.', 4)).toBe('date-range');
    expect(noteKind('The date range is September 2021 (DAPPA scheme inception) up to and including 30/09/2024.', 17)).toBe('date-range');
    expect(noteKind('Note - In some instances, where individual rounded values have been presented along with their sum total…', 1)).toBe('rounding');
    expect(noteKind('Note: Due to rounding, the numbers presented in this data table may not add up precisely…', 4)).toBe('rounding');
    expect(noteKind('Note: The Business Rule for providing arrest figures has changed (relevant to above table).', 14)).toBe('note');
    expect(noteKind('Table 22 displays the number of Domestic abuse crimes and incidents by most recent risk assessment.', 22)).toBe('note');
    expect(noteKind('Table 22 displays the number of Domestic abuse crimes.', 21)).toBeUndefined();
    expect(noteKind('Police Public complaints are made by members of the public…', 5)).toBeUndefined();
  });
});

describe('buildTables: two-row headers', () => {
  it('spans "Over(-)/Under spend" over its £000 and % columns (Table 1)', () => {
    const [t] = build(
      rows(
        240,
        '|Budget 2024/25 £000|Forecast £000|Over(-)/Under spend|',
        '|||£000|%',
        'Officer of the Police and Crime Commissioner|1,517|1,459|58|3.82%',
        'Transfer from Reserves|(1,496)|(1,496)|0|(0.00%)',
      ),
      caption(1),
    );
    expect(t?.id).toBe('2025-01-29-pillar-1-table-1');
    const table = t!.table;
    expect(table.header).toEqual([
      [
        { text: '', colspan: 1, rowspan: 2 },
        { text: 'Budget 2024/25 £000', colspan: 1, rowspan: 2 },
        { text: 'Forecast £000', colspan: 1, rowspan: 2 },
        { text: 'Over(-)/Under spend', colspan: 2, rowspan: 1 },
      ],
      [
        { text: '£000', colspan: 1, rowspan: 1 },
        { text: '%', colspan: 1, rowspan: 1 },
      ],
    ]);
    expect(table.columns).toEqual(['Budget 2024/25 £000', 'Forecast £000', 'Over(-)/Under spend £000', 'Over(-)/Under spend %']);
    expect(values(table)).toEqual([
      [
        { type: 'money', value: 1517, unit: '£000' },
        { type: 'money', value: 1459, unit: '£000' },
        { type: 'money', value: 58, unit: '£000' },
        { type: 'percent', value: 3.82 },
      ],
      [
        { type: 'money', value: -1496, unit: '£000' },
        { type: 'money', value: -1496, unit: '£000' },
        { type: 'money', value: 0, unit: '£000' },
        { type: 'percent', value: 0 },
      ],
    ]);
    expect(table.rows[1]?.cells[3]?.raw).toBe('(0.00%)');
  });

  it('puts a unit row under each heading and reads "-" as blank (Table 3)', () => {
    const [t] = build(
      rows(279, '|Budget 2024/25|Forecast 2024/25|Variance', '|£m|£m|£m', 'Total Capital Programme|11.514|11.514|-', 'Table B – schemes requiring a business case|2.896||'),
      caption(3),
    );
    const table = t!.table;
    expect(table.header[1]).toEqual([
      { text: '£m', colspan: 1, rowspan: 1 },
      { text: '£m', colspan: 1, rowspan: 1 },
      { text: '£m', colspan: 1, rowspan: 1 },
    ]);
    expect(table.columns).toEqual(['Budget 2024/25 £m', 'Forecast 2024/25 £m', 'Variance £m']);
    expect(table.rows.map((r) => r.label)).toEqual(['Total Capital Programme', 'Table B – schemes requiring a business case']);
    expect(values(table)[0]).toEqual([{ type: 'money', value: 11.514, unit: '£m' }, { type: 'money', value: 11.514, unit: '£m' }, { type: 'blank' }]);
    expect(table.rows[0]?.cells[2]?.raw).toBe('-');
    expect(values(table)[1]?.slice(1)).toEqual([{ type: 'blank' }, { type: 'blank' }]);
  });
});

describe('buildTables: row headers spanning rows', () => {
  const printed = rows(
    875,
    'Area|Indicator|Last 12 months|% difference to previous 12 months',
    'Domestic Abuse|Number of crimes|10,694|-6.4%',
    '|% Solved|12.3%|0.8pp',
    'Arrest rate|37.4%|3.9pp|',
    'Rape and Serious Sexual offences|Number of crimes|2,421|-1.6%',
    '|Solved|221|2.8%',
  );

  it('marks the table grouped and gives every row its group', () => {
    const table = build(printed, caption(11))[0]!.table;
    expect(table.grouped).toBe(true);
    expect(table.columns).toEqual(['Last 12 months', '% difference to previous 12 months']);
    expect(table.rows.map((r) => [r.group, r.label])).toEqual([
      ['Domestic Abuse', 'Number of crimes'],
      ['Domestic Abuse', '% Solved'],
      ['Domestic Abuse', 'Arrest rate'],
      ['Rape and Serious Sexual offences', 'Number of crimes'],
      ['Rape and Serious Sexual offences', 'Solved'],
    ]);
  });

  it('repairs the row printed one column to the left and records the repair', () => {
    const table = build(printed, caption(11))[0]!.table;
    const arrest = table.rows[2]!;
    expect(arrest.line).toBe(878);
    expect(arrest.cells.map((c) => c.raw)).toEqual(['37.4%', '3.9pp']);
    expect(arrest.cells.map((c) => c.value)).toEqual([{ type: 'percent', value: 37.4 }, { type: 'pp', value: 3.9 }]);
    expect(arrest.repair).toMatch(/one column to the left/);
    expect(arrest.repair).toContain('Domestic Abuse');
    expect(table.rows.filter((r) => r.repair !== undefined)).toHaveLength(1);
  });

  it('refuses a shifted row before any group label', () => {
    const bad = rows(1, 'Area|Indicator|Last 12 months', 'Arrest rate|37.4%|', 'Domestic Abuse|Solved|12', '|% Solved|3%');
    expect(() => buildTables(bad, caption(11), ctx())).toThrow(/a group label in the first column/);
  });

  it('handles a blank top-left heading over the group column (Table 29)', () => {
    const table = build(rows(1744, '|Indicator|Last 12 months', 'Anti-Social Behaviour|Environmental|559', '|Nuisance|7,004', '|Personal|1,977'), caption(29))[0]!.table;
    expect(table.grouped).toBe(true);
    expect(table.header[0]?.map((h) => h.text)).toEqual(['', 'Indicator', 'Last 12 months']);
    expect(table.rows.every((r) => r.group === 'Anti-Social Behaviour')).toBe(true);
  });
});

describe('buildTables: rows that are not data', () => {
  it('marks in-table sub-header rows (Table 13)', () => {
    const table = build(
      rows(
        931,
        'Indicator|Sept 2024 only|Last six months',
        'Live Serious and organised crime threats by Crime Type|Number of TV/PI and OCGs|Number where Disruptions were recorded',
        'DRUGS|12|8',
        'OTHER|0|0',
        'Live Serious and organised crime threats by Crime Type|Number of OCGs only|Number of current OCGs where Disruptions were recorded',
        'DRUGS|9|6',
      ),
      caption(13),
    )[0]!.table;
    expect(table.rows.map((r) => r.kind)).toEqual(['subheader', 'data', 'data', 'subheader', 'data']);
    expect(table.rows[0]?.cells.map((c) => c.value.type)).toEqual(['text', 'text']);
  });

  it('marks a label with no values as a group label and groups the rows under it (Table 20)', () => {
    const table = build(rows(1284, 'Indicator|Last 12 months', 'Juveniles referred|274', 'Panel Outcome|', 'Returned to Police|5', 'Youth Caution|6'), caption(20))[0]!.table;
    expect(table.grouped).toBe(false);
    expect(table.rows.map((r) => [r.kind, r.group])).toEqual([
      ['data', undefined],
      ['group-label', undefined],
      ['data', 'Panel Outcome'],
      ['data', 'Panel Outcome'],
    ]);
    expect(table.rows[1]?.cells).toEqual([{ raw: '', value: { type: 'blank' } }]);
  });

  it('keeps a text value in a numeric column as text, and the empty cells as blank (Table 19)', () => {
    const table = build(rows(1250, 'Out of Court Disposal Type|July 24|Aug 24|Sept 24', 'ADDER|27|26|31', 'Red Snapper Referrals Standard Hub|All premium courses||'), caption(19))[0]!.table;
    expect(table.rows[1]?.kind).toBe('data');
    expect(table.rows[1]?.cells).toEqual([
      { raw: 'All premium courses', value: { type: 'text' } },
      { raw: '', value: { type: 'blank' } },
      { raw: '', value: { type: 'blank' } },
    ]);
  });

  it('does not take a row of "Data not available" for a sub-header', () => {
    const table = build(
      rows(1, '|Indicator|Last 12 months|Previous 12 months', 'Police Support Volunteers|Hours|12,800|10,474', '|Events*|<i>Data not available</i>|<i>Data not available</i>'),
      caption(31),
    )[0]!.table;
    expect(table.rows[1]?.kind).toBe('data');
    expect(table.rows[1]?.label).toBe('Events*');
    expect(table.rows[1]?.cells[0]).toEqual({ raw: 'Data not available', italic: true, value: { type: 'text' } });
  });
});

describe('buildTables: two tables fused in one block (Table 33)', () => {
  const printed = rows(
    1894,
    'Community Speed Watch|March 2024|March 2023|',
    'Schemes (current number)|98|101|',
    'Members (current number)|887|848|',
    'Indicator|Last 12 months|Previous 12 months|% difference to previous 12 months',
    'Community Speed watch - Letters issued|14,011|17,130|-18.2%',
  );

  it('splits at the heading row that fills the column the first table left empty', () => {
    expect(splitFusedTables(printed).map((p) => p.map((r) => r.line))).toEqual([
      [1894, 1895, 1896],
      [1897, 1898],
    ]);
  });

  it('builds parts a and b with the same caption, a note, and consecutive order', () => {
    const built = build(printed, caption(33, 'Community Speed watch: Schemes, members and letters issued.'), ctx({ reportId: '2025-01-29-pillar-6', order: 10 }));
    expect(built.map((b) => b.id)).toEqual(['2025-01-29-pillar-6-table-33a', '2025-01-29-pillar-6-table-33b']);
    const [a, b] = built.map((x) => x.table);
    expect(a?.columns).toEqual(['March 2024', 'March 2023']);
    expect(a?.rows.map((r) => r.label)).toEqual(['Schemes (current number)', 'Members (current number)']);
    expect(b?.columns).toEqual(['Last 12 months', 'Previous 12 months', '% difference to previous 12 months']);
    expect(values(b!)).toEqual([[{ type: 'number', value: 14011 }, { type: 'number', value: 17130 }, { type: 'percent', value: -18.2 }]]);
    expect(a?.caption).toBe(b?.caption);
    expect([a?.number, b?.number]).toEqual([33, 33]);
    expect([a?.order, b?.order]).toEqual([10, 11]);
    expect(a?.notes.some((n) => /one block/.test(n.text))).toBe(true);
    expect(b?.notes.some((n) => /one block/.test(n.text))).toBe(true);
  });

  it('does not split a block whose heading-only row reuses the same columns', () => {
    expect(splitFusedTables(rows(1, 'Indicator|A|B', 'X|1|2', 'Sub heading|Col a|Col b', 'Y|3|4'))).toHaveLength(1);
  });
});

describe('buildTables: markup, notes and errors', () => {
  it('keeps italic headings as *italic* and plain leaf columns (Table 25)', () => {
    const table = build(rows(1684, '|<i>TORs Issued</i>|<i>Op Snap Warning Letters</i>', 'July 2024|12|17'), caption(25))[0]!.table;
    expect(table.header[0]?.map((h) => h.text)).toEqual(['', '*TORs Issued*', '*Op Snap Warning Letters*']);
    expect(table.columns).toEqual(['TORs Issued', 'Op Snap Warning Letters']);
  });

  it('keeps italics inside a row label as markdown (Table 23)', () => {
    const table = build(rows(1633, 'Indicator|Last 12 months', 'KSI collisions involving vulnerable road users (total) <i>(Cyclists, Motorcyclists)</i>|274'), caption(23))[0]!.table;
    expect(table.rows[0]?.label).toBe('KSI collisions involving vulnerable road users (total) *(Cyclists, Motorcyclists)*');
  });

  it('carries notes, caption, separator, plan entry and source', () => {
    const table = build(
      rows(1720, '|Norfolk Static|Norfolk Total', 'January 2023|1724|3762'),
      caption(27, 'Norfolk camera enforcement.', '–'),
      ctx({ notes: [{ kind: 'date-range', text: 'The date range …' }], planEntry: '2022-24-pillar-6', endLine: 1729 }),
    )[0]!.table;
    expect(table.captionSeparator).toBe('–');
    expect(table.notes).toEqual([{ kind: 'date-range', text: 'The date range …' }]);
    expect(table.planEntry).toBe('2022-24-pillar-6');
    expect(table.source).toEqual({ doc: 'fixture', line: 1720, endLine: 1729 });
    expect(table.chart).toBeUndefined();
  });

  it('refuses a row with more cells than the header can explain, naming the line', () => {
    const bad = rows(40, 'Indicator|Last 12 months', 'Hours|12|13');
    const error = thrownBy(() => buildTables(bad, caption(5), ctx()));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).line).toBe(41);
    expect((error as ImportError).file).toBe('fixture.txt');
    expect((error as ImportError).message).toMatch(/at most 2 cells/);
  });

  it('tolerates trailing empty cells printed as TABs', () => {
    const table = build(rows(1, 'Indicator|A|B', 'X|1||', 'Y|2|'), caption(9))[0]!.table;
    expect(values(table)).toEqual([
      [{ type: 'number', value: 1 }, { type: 'blank' }],
      [{ type: 'number', value: 2 }, { type: 'blank' }],
    ]);
  });

  it('refuses a row with fewer cells than the header, its last cell filled: which column lost its value cannot be told', () => {
    expect(() => build(rows(1, 'Indicator|A|B', 'X|1|3', 'Y|2'), caption(9))).toThrow(/:3: expected 3 cells in a row of Table 9, as its header has 3 columns.*this row has 2/);
  });

  it('refuses a block with a header and no body', () => {
    expect(() => buildTables(rows(1, 'Indicator|A'), caption(9), ctx())).toThrow(/at least one body row|a header row and at least one body row/);
  });
});
