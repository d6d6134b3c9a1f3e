import { describe, expect, it } from 'vitest';
import { meetingsByMonth, monthLabel, monthUrl } from './months.ts';
import { meeting } from '../../../tests/fixtures/lib/meetings.ts';

const jan29 = meeting('2025-01-29-pcc-accountability-meeting');
const jan05 = meeting('2025-01-05-police-and-crime-panel', { body: 'police-and-crime-panel' });
const apr = meeting('2025-04-16-pcc-accountability-meeting');
const oct = meeting('2024-10-08-pcc-accountability-meeting');
const undated = meeting('2017-police-accountability-forum', { body: 'police-accountability-forum' });

describe('meetings month by month', () => {
  const index = meetingsByMonth([apr, undated, jan29, oct, jan05]);

  it('groups meetings by the month of their stated date, oldest month first, in date order within a month', () => {
    expect(index.months.map((g) => g.key)).toEqual(['2024-10', '2025-01', '2025-04']);
    expect(index.byKey.get('2025-01')!.meetings.map((m) => m.id)).toEqual([jan05.id, jan29.id]);
  });

  it('links each month to the months before and after it that have meetings, skipping empty months', () => {
    const jan = index.byKey.get('2025-01')!;
    expect([jan.previous, jan.next]).toEqual(['2024-10', '2025-04']);
    expect(index.months[0]!.previous).toBeUndefined();
    expect(index.months.at(-1)!.next).toBeUndefined();
  });

  it('keeps meetings without a stated date apart instead of dropping them', () => {
    expect(index.undated.map((m) => m.id)).toEqual([undated.id]);
    const placed = index.months.reduce((n, g) => n + g.meetings.length, 0);
    expect(placed + index.undated.length).toBe(5);
  });

  it('names and addresses a month', () => {
    expect(monthLabel('2025-01')).toBe('January 2025');
    expect(monthUrl('2025-01')).toBe('/meetings/month/2025-01/');
  });
});
