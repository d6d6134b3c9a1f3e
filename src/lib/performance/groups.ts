/**
 * How /performance/ is split into pages a person can land on: one page per part of the plan (pillar or
 * priority, in plan order), then one for indicators tied to no part of the plan; inside each, the
 * indicators by the table of their latest printing. Pure functions, unit-tested in
 * tests/unit/performance-groups.test.ts.
 */
import type { Indicator } from '../indicators/indicators.ts';

/** The page slug of indicators with no plan entry (plan entry ids are "<plan>-pillar-<n>" or "<plan>-priority-<n>"). */
export const OTHER_GROUP = 'other';

export interface PlanGroup<I> {
  /** The plan entry id, or undefined for indicators tied to no part of the plan. */
  key: string | undefined;
  /** Page slug and anchor on /performance/: the plan entry id, or "other". */
  slug: string;
  indicators: I[];
}

/** The page of one group: /performance/by-plan/<slug>/. */
export const planGroupUrl = (slug: string): string => `/performance/by-plan/${slug}/`;

/** Groups in plan order, empty entries left out, then the indicators tied to no entry in the plan order (if any). */
export function planGroups<I extends Pick<Indicator, 'planEntry'>>(indicators: readonly I[], planOrder: readonly string[]): PlanGroup<I>[] {
  const known = new Set(planOrder);
  if (known.has(OTHER_GROUP)) throw new Error(`performance: a plan entry is called "${OTHER_GROUP}", the slug of indicators tied to no part of the plan`);
  const byEntry = new Map<string, I[]>();
  for (const i of indicators) if (i.planEntry && known.has(i.planEntry)) {
    const list = byEntry.get(i.planEntry);
    if (list) list.push(i);
    else byEntry.set(i.planEntry, [i]);
  }
  const groups: PlanGroup<I>[] = planOrder.flatMap((id) => {
    const list = byEntry.get(id);
    return list ? [{ key: id, slug: id, indicators: list }] : [];
  });
  const unplaced = indicators.filter((i) => !i.planEntry || !known.has(i.planEntry));
  if (unplaced.length > 0) groups.push({ key: undefined, slug: OTHER_GROUP, indicators: unplaced });
  return groups;
}

/** Within a group, indicators by the table of their latest appearance, tables in first-seen order. */
export function byLatestTable<I extends { appearances: readonly Pick<Indicator['appearances'][number], 'tableId'>[] }>(list: readonly I[]): { tableId: string; indicators: I[] }[] {
  const map = new Map<string, I[]>();
  for (const ind of list) {
    const tableId = ind.appearances.at(-1)?.tableId ?? '';
    const l = map.get(tableId);
    if (l) l.push(ind);
    else map.set(tableId, [ind]);
  }
  return [...map.entries()].map(([tableId, indicators]) => ({ tableId, indicators }));
}
