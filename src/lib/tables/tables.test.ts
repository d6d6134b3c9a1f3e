import { describe, expect, it } from 'vitest';
import {
  captionText,
  captionPrefix,
  headerLayout,
  numericColumns,
  rowSections,
  spokenForm,
  rowName,
  headingLevels,
} from './tables.ts';
import { example } from '../../../tests/fixtures/lib/report-tables.ts';

describe('captionText', () => {
  it('joins number and caption with the separator as printed', () => {
    expect(captionText({ number: 4, caption: 'Establishment.', captionSeparator: ':' })).toBe('Table 4: Establishment.');
    expect(captionText({ number: 27, caption: 'Norfolk camera enforcement.', captionSeparator: '–' })).toBe(
      'Table 27 – Norfolk camera enforcement.',
    );
    expect(captionPrefix({ number: 27, captionSeparator: '–' })).toBe('Table 27 –');
  });
  it('names the parts of a printed table the importer split in two', () => {
    expect(captionText({ number: 33, caption: 'Community Speed watch.' }, 'Table', '2025-01-29-pillar-6-table-33a')).toBe('Table 33a: Community Speed watch.');
    expect(captionPrefix({ number: 33 }, 'Table', '2025-01-29-pillar-6-table-33')).toBe('Table 33:');
    expect(captionPrefix({ number: 3 }, 'Table', 'x-table-33a')).toBe('Table 3:');
  });
  it('gives just the caption for an unnumbered table', () => {
    expect(captionText({ caption: 'Grades' })).toBe('Grades');
    expect(captionPrefix({})).toBeUndefined();
  });
});

describe('headerLayout', () => {
  it('places a two-row header with a spanning "Over(-)/Under spend" and gives every leaf column all its headers', () => {
    const layout = headerLayout(example('budget'), 't1');
    expect(layout.width).toBe(5);
    expect(layout.complex).toBe(true);
    expect(layout.rows[1]?.map((h) => [h.text, h.col])).toEqual([
      ['£000', 3],
      ['%', 4],
    ]);
    expect(layout.rows[0]?.[3]).toMatchObject({ scope: 'colgroup', colspan: 2, col: 3 });
    // Column 3 (variance £000) sits under the spanning header and its own "£000".
    expect(layout.columnHeaders[3]).toEqual(['t1-h0-3', 't1-h1-3']);
    expect(layout.columnHeaders[1]).toEqual(['t1-h0-1']);
    // The blank corner gives no header to the row-header column.
    expect(layout.columnHeaders[0]).toEqual([]);
  });
  it('is simple for a one-row header', () => {
    const layout = headerLayout(example('grouped'), 't11');
    expect(layout.complex).toBe(false);
    expect(layout.width).toBe(7);
  });
  it('names the table and cell when the header is wider than the columns', () => {
    const t = example('periods');
    t.header = [[...(t.header[0] ?? []), { text: 'Extra', colspan: 1, rowspan: 1 }]];
    expect(() => headerLayout(t, 'table-5')).toThrow(/table table-5: header row 1 cell 4 \("Extra"\)/);
  });
});

describe('rowSections', () => {
  it('makes one section per spanning group', () => {
    const sections = rowSections(example('grouped'));
    expect(sections.map((s) => [s.group, s.rows.length])).toEqual([
      ['Domestic Abuse', 3],
      ['Rape and Serious Sexual offences', 2],
    ]);
  });
  it('starts a section at each sub-header and group-label row', () => {
    expect(rowSections(example('subheaders')).map((s) => s.rows.map((r) => r.kind))).toEqual([
      ['subheader', 'data'],
      ['subheader', 'data'],
    ]);
    expect(rowSections(example('group-label')).map((s) => s.rows.map((r) => r.label))).toEqual([
      ['Juveniles referred to Out of court disposal panel'],
      ['Panel Outcome', 'Returned to Police', 'Challenge 4 Change'],
    ]);
  });
});

describe('numericColumns', () => {
  it('marks figure columns numeric, including text such as "Data not available" among numbers', () => {
    const t = example('periods');
    const first = t.rows[0];
    if (first) first.cells[1] = { raw: 'Data not available', value: { type: 'text' } };
    expect(numericColumns(t)).toEqual([true, true]);
  });
  it('does not mark a column of text numeric', () => {
    const t = example('periods');
    for (const r of t.rows) r.cells[0] = { raw: 'Yes', value: { type: 'text' } };
    expect(numericColumns(t)).toEqual([false, true]);
  });
});

describe('spokenForm', () => {
  it('reads bracketed negatives as minus', () => {
    expect(spokenForm('(1,094)', { type: 'money', value: -1094, unit: '£000' })).toBe('minus 1,094');
    expect(spokenForm('(0.47%)', { type: 'percent', value: -0.47 })).toBe('minus 0.47%');
  });
  it('spells out percentage points in every printed form', () => {
    expect(spokenForm('3.5p.p')).toBe('3.5 percentage points');
    expect(spokenForm('0.5pp')).toBe('0.5 percentage points');
    expect(spokenForm('-0.3pp')).toBe('minus 0.3 percentage points');
    expect(spokenForm('0p.p')).toBe('0 percentage points');
  });
  it('reads a leading hyphen as minus, a lone dash as nil and durations in words', () => {
    expect(spokenForm('-6.4%')).toBe('minus 6.4%');
    expect(spokenForm('-')).toBe('nil');
    expect(spokenForm('124:52:31', { type: 'duration', seconds: 449551 })).toBe('124 hours 52 minutes 31 seconds');
  });
  it('leaves text that reads well alone', () => {
    expect(spokenForm('1,827.8')).toBeUndefined();
    expect(spokenForm('Data not available')).toBeUndefined();
    expect(spokenForm('(Cyclists, Motorcyclists)')).toBeUndefined();
    expect(spokenForm('')).toBeUndefined();
  });
});

describe('rowName', () => {
  it('joins group and label', () => {
    expect(rowName({ group: 'Domestic Abuse', label: 'Solved' })).toBe('Domestic Abuse – Solved');
    expect(rowName({ label: 'Total' })).toBe('Total');
  });
});

describe('headingLevels', () => {
  it('leaves headings in order alone', () => {
    expect(headingLevels([{ depth: 2, slug: 'a' }, { depth: 3, slug: 'b' }, { depth: 2, slug: 'c' }])).toEqual(new Map());
  });
  it('moves a body that starts at h1 down under the page h1, and closes skipped levels', () => {
    expect(
      headingLevels([
        { depth: 1, slug: 'a' },
        { depth: 3, slug: 'b' },
        { depth: 4, slug: 'c' },
        { depth: 2, slug: 'd' },
      ]),
    ).toEqual(new Map([['a', 2], ['d', 3]])); // b (h3→h3) and c (h4→h4) keep their levels
  });
  it('starts a body whose first heading is h4 at h2', () => {
    expect(headingLevels([{ depth: 4, slug: 'a' }, { depth: 3, slug: 'b' }, { depth: 4, slug: 'c' }])).toEqual(
      new Map([['a', 2], ['b', 2], ['c', 3]]),
    );
  });
});
