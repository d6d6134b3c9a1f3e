import { expect, test } from 'vitest';
import { actionsByMeetingUrl, actionsByOwner, actionsByOwnerUrl, ownerSlug } from './views.ts';

test('owner slugs are URL-safe and never empty', () => {
  expect(ownerSlug('Chief Constable')).toBe('chief-constable');
  expect(ownerSlug('T/ACC  Smith')).toBe('t-acc-smith');
  expect(ownerSlug('–')).toBe('owner');
  expect(actionsByOwnerUrl('chief-constable')).toBe('/actions/by-owner/chief-constable/');
  expect(actionsByMeetingUrl('2025-01-29-pcc-accountability-meeting')).toBe('/actions/by-meeting/2025-01-29-pcc-accountability-meeting/');
});

test('actions grouped by owner, spellings that differ only in case or spacing together, open ones counted', () => {
  const groups = actionsByOwner([
    { id: 1, owner: 'Chief Constable', status: 'ongoing' as const },
    { id: 2, owner: 'OPCCN', status: 'closed' as const },
    { id: 3, owner: 'chief  constable', status: 'closed' as const },
  ]);
  expect(groups.map((g) => [g.owner, g.slug, g.actions.map((a) => a.id), g.open])).toEqual([
    ['Chief Constable', 'chief-constable', [1, 3], 1],
    ['OPCCN', 'opccn', [2], 0],
  ]);
});
