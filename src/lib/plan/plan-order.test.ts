import { describe, expect, it } from 'vitest';
import { planEntryOrder, plansNewestFirst, showsPeriod } from './plan.ts';

const plan = (id: string, order: number, entries: string[]) => ({ id, data: { order, entries: entries.map((e) => ({ id: e })) } });

describe('plan order', () => {
  it('puts the newest plan first and keeps entry order within a plan', () => {
    const plans = [plan('2016-17', 1, ['p1', 'p2']), plan('2025-29', 3, ['x1']), plan('2022-24', 2, ['q1', 'q2'])];
    expect(plansNewestFirst(plans).map((p) => p.id)).toEqual(['2025-29', '2022-24', '2016-17']);
    expect(planEntryOrder(plans)).toEqual(['x1', 'q1', 'q2', 'p1', 'p2']);
    expect(plans.map((p) => p.id)).toEqual(['2016-17', '2025-29', '2022-24']);
  });

  it('adds the period to a heading only when the title does not already name it', () => {
    expect(showsPeriod({ title: 'Police and Crime Plan 2022-24', period: '2022/24' })).toBe(false);
    expect(showsPeriod({ title: 'Police and Crime Plan 2016/17', period: '2016/17' })).toBe(false);
    expect(showsPeriod({ title: 'Police, Crime and Community Safety Plan', period: '2025-29' })).toBe(true);
  });
});
