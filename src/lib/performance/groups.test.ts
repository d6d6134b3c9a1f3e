import { expect, test } from 'vitest';
import { byLatestTable, OTHER_GROUP, planGroupUrl, planGroups } from './groups.ts';

const ind = (id: string, planEntry: string | undefined, tables: string[]) => ({ id, planEntry, appearances: tables.map((tableId) => ({ tableId })) });

test('one group per part of the plan in plan order, then the indicators tied to none', () => {
  const list = [ind('a', 'p-2', ['t1']), ind('b', 'p-1', ['t1']), ind('c', undefined, ['t2']), ind('d', 'gone', ['t3'])];
  const groups = planGroups(list, ['p-1', 'p-2', 'p-3']);
  expect(groups.map((g) => [g.slug, g.indicators.map((i) => i.id)])).toEqual([
    ['p-1', ['b']],
    ['p-2', ['a']],
    [OTHER_GROUP, ['c', 'd']],
  ]);
  expect(planGroupUrl('p-1')).toBe('/performance/by-plan/p-1/');
});

test('a plan entry called like the catch-all group is refused', () => {
  expect(() => planGroups([], [OTHER_GROUP])).toThrow(/other/);
});

test('indicators by the table of their latest printing', () => {
  const groups = byLatestTable([ind('a', undefined, ['t1', 't2']), ind('b', undefined, ['t1']), ind('c', undefined, ['t2'])]);
  expect(groups.map((g) => [g.tableId, g.indicators.map((i) => i.id)])).toEqual([
    ['t2', ['a', 'c']],
    ['t1', ['b']],
  ]);
});
