import { describe, expect, it } from 'vitest';
import {
  buildIndicators,
  byPlanEntry,
  captionContext,
  isPeriodLabel,
  isTransposed,
  latestAppearance,
  normaliseLabel,
  slug,
} from './indicators.ts';
import { example } from '../../../tests/fixtures/lib/report-tables.ts';

const reports = new Map([
  ['2025-01-29-pillar-1', { date: '2025-01-29', planEntries: ['2022-24-pillar-1'] }],
  ['2025-01-29-pillar-2', { date: '2025-01-29', planEntries: ['2022-24-pillar-2'] }],
  ['2025-01-29-pillar-3', { date: '2025-01-29', planEntries: ['2022-24-pillar-3'] }],
  ['2025-01-29-pillar-4', { date: '2025-01-29', planEntries: ['2022-24-pillar-4'] }],
  ['2025-01-29-pillar-6', { date: '2025-01-29', planEntries: ['2022-24-pillar-6'] }],
]);
const entry = (name: Parameters<typeof example>[0], id: string = name) => ({ id, data: example(name) });

describe('identity', () => {
  it('normalises labels', () => {
    expect(normaliseLabel('  Hare  coursing <i>incidents</i> & more*')).toBe('hare coursing incidents and more');
    expect(normaliseLabel('% Solved')).toBe('% solved');
    expect(normaliseLabel('Victims’ Code')).toBe('victims code');
  });
  it('drops dates and date ranges from caption context', () => {
    expect(captionContext('Norfolk camera enforcement (static and mobile) for the period 01/01/2023 to 30/06/2023.')).toBe(
      'norfolk camera enforcement static and mobile',
    );
    expect(captionContext('Norfolk camera enforcement (static and mobile) for the period 01/01/2024 to 30/06/2024.')).toBe(
      'norfolk camera enforcement static and mobile',
    );
    expect(captionContext('Out of Court Disposals by type (July, August, and September 2024).')).toBe('out of court disposals by type');
    expect(captionContext('Commercial Vehicle Unit (CVU) results for July, August, and September 2024.')).toBe('commercial vehicle unit cvu results');
    expect(captionContext('High-level summary of the Group Revenue Budget as at 30th September 2024.')).toBe(
      'high level summary of the group revenue budget',
    );
    expect(captionContext('Professional Standards Department data. The date range for the Last 12 months was 01/10/2023.')).toBe(
      'professional standards department data',
    );
    // Wording that is not a date stays.
    expect(captionContext('Engagement totals and by category, from Engagement Application.')).toBe('engagement totals and by category from engagement application');
  });
  it('makes url slugs', () => {
    expect(slug('% hours lost to sickness for Staff')).toBe('percent-hours-lost-to-sickness-for-staff');
    expect(slug('Domestic Abuse – Solved')).toBe('domestic-abuse-solved');
    expect(slug('a '.repeat(60)).length).toBeLessThanOrEqual(80);
  });
});

describe('transposed tables', () => {
  it('recognises rows that are months', () => {
    expect(isPeriodLabel('January')).toBe(true);
    expect(isPeriodLabel('Sept 2024')).toBe(true);
    expect(isPeriodLabel('July 24')).toBe(true);
    expect(isPeriodLabel('Mayor')).toBe(false);
    expect(isPeriodLabel('Total')).toBe(false);
    expect(isTransposed(example('transposed-2023'))).toBe(true);
    expect(isTransposed(example('periods'))).toBe(false);
  });
  it('reads columns as indicators and merges the same measure across two tables into one series', () => {
    const list = buildIndicators({ tables: [entry('transposed-2024', 't28'), entry('transposed-2023', 't27')], reports });
    expect(list.map((i) => i.id)).toEqual(['norfolk-static', 'norfolk-mobile', 'norfolk-total']);
    const total = list[2];
    expect(total?.appearances.map((a) => a.tableNumber)).toEqual([27, 28]);
    expect(total?.appearances[0]?.observations.map((o) => [o.period, o.raw])).toEqual([
      ['January 2023', '3762'],
      ['February 2023', '4409'],
      ['Total', '26609'],
    ]);
    expect(latestAppearance(total!)?.tableNumber).toBe(28);
    expect(list[0]?.appearances[1]?.observations[0]?.raw).toBe('2100');
  });
});

describe('buildIndicators', () => {
  it('takes every data row with figures, names grouped rows with their group, and skips sub-header and label rows', () => {
    const list = buildIndicators({
      tables: [entry('periods'), entry('grouped'), entry('subheaders'), entry('group-label'), entry('budget')],
      reports,
    });
    const names = list.map((i) => i.name);
    expect(names).toContain('Domestic Abuse – Arrest rate');
    expect(names).toContain('Rape and Serious Sexual offences – Number of crimes');
    expect(names).not.toContain('Panel Outcome');
    expect(names).not.toContain('Live Serious and organised crime threats by Crime Type');
    expect(list).toHaveLength(4 + 5 + 2 + 3 + 3);
  });
  it('keeps same-named rows under different sub-headers apart, with the sub-header as qualifier', () => {
    const list = buildIndicators({ tables: [entry('subheaders')], reports });
    expect(list.map((i) => [i.id, i.qualifier])).toEqual([
      ['drugs-number-of-tactical-vulnerabilities-priority-individuals-and-ocgs', 'Number of Tactical Vulnerabilities/ Priority Individuals and OCGs'],
      ['drugs-number-of-ocgs-only', 'Number of OCGs only'],
    ]);
    expect(list[1]?.appearances[0]?.observations[0]?.period).toBe('Sept 2024 only – Number of OCGs only');
  });
  it('disambiguates equal names from different tables by table number', () => {
    const other = example('budget');
    other.number = 2;
    other.caption = 'The Constabulary’s revenue budget as at 30th September 2024.';
    const list = buildIndicators({ tables: [entry('budget', 'b1'), { id: 'b2', data: other }], reports });
    const totals = list.filter((i) => i.name === 'Total').map((i) => i.id);
    expect(totals).toEqual(['total-table-1', 'total-table-2']);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
  });
  it('numbers equal names from tables with the same number in order: -2, -3, …', () => {
    const copies = [1, 2, 3].map((k) => {
      const t = example('budget');
      t.caption = `Budget ${k} as at 30th September 2024.`;
      return { id: `b${k}`, data: t };
    });
    const totals = buildIndicators({ tables: copies, reports }).filter((i) => i.name === 'Total').map((i) => i.id);
    expect(totals).toEqual(['total-table-1', 'total-table-1-2', 'total-table-1-3']);
  });
  it('groups by the table plan entry, falling back to the report', () => {
    const t = example('group-label');
    const list = buildIndicators({ tables: [entry('periods'), { id: 'x', data: t }], reports });
    const groups = byPlanEntry(list);
    expect([...groups.keys()]).toEqual(['2022-24-pillar-2', '2022-24-pillar-4']);
  });
});
