import { describe, expect, it } from 'vitest';
import { meetingIndex } from '../meetings/index.ts';
import {
  ACTION_PAGE_SIZE,
  actionIds,
  actionOwnerPage,
  actionOwnerSlugs,
  actionOwnersPage,
  actionPage,
  actionsByMeetingIds,
  actionsByMeetingIndexPage,
  actionsByMeetingPage,
  actionTrackerPage,
  actionTrackerPaths,
} from './page.ts';
import { STATUS_VIEWS } from './actions.ts';

describe('actionPage (on the portal content)', () => {
  it('every action: its own URL and feed, a description ending with its status within 155 characters', async () => {
    const ids = await actionIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const { action, description, feedUrl } = await actionPage(id);
      expect(action.url).toBe(`/actions/${id}/`);
      expect(feedUrl).toBe(`/actions/${id}/feed.xml`);
      expect(description.startsWith(`${action.label}: `)).toBe(true);
      expect(description.length).toBeLessThanOrEqual(155);
    }
  });

  it('an unknown action fails, naming it', async () => {
    await expect(actionPage('no-such-action')).rejects.toThrow(/no-such-action/);
  });
});

describe('the ways into the action tracker (on the portal content)', () => {
  it('by meeting: every meeting that raised or followed up actions, newest first, each with its page', async () => {
    const ids = await actionsByMeetingIds();
    const index = await actionsByMeetingIndexPage();
    expect(index.meetings.map((m) => m.href)).toEqual([...ids].reverse().map((id) => `/actions/by-meeting/${id}/`));
    const views = await meetingIndex();
    for (const id of ids) {
      const page = await actionsByMeetingPage(id);
      expect(page.items).toBe(views.view(id).actions);
      expect(page.back.href).toBe(`/meetings/${id}/`);
    }
    for (const m of index.meetings) expect(m.raised + m.followed).toBeGreaterThan(0);
  });

  it('by owner: every action under exactly one owner; the counts add up', async () => {
    const all = await actionIds();
    const owners = await actionOwnersPage();
    const slugs = await actionOwnerSlugs();
    expect(owners.owners.map((o) => o.href)).toEqual(slugs.map((s) => `/actions/by-owner/${s}/`));
    const seen: string[] = [];
    for (const [i, slug] of slugs.entries()) {
      const page = await actionOwnerPage(slug);
      expect(page.actions).toHaveLength(owners.owners[i]!.count);
      expect(page.open).toBe(page.actions.filter((a) => a.entry.data.status !== 'closed').length);
      seen.push(...page.actions.map((a) => a.id));
    }
    expect(seen.sort()).toEqual([...all].sort());
    await expect(actionOwnerPage('no-such-owner')).rejects.toThrow(/no-such-owner/);
  });
});

describe('the tracker and its lists, a page at a time (on the portal content)', () => {
  it('the tracker holds every action once, in pages of at most ACTION_PAGE_SIZE: page 1 keeps the title, one page has no navigation', async () => {
    const ids = await actionIds();
    const numbers = await actionTrackerPaths();
    expect(numbers).toEqual(Array.from({ length: Math.max(1, Math.ceil(ids.length / ACTION_PAGE_SIZE)) }, (_, i) => i + 1));
    const seen: string[] = [];
    for (const n of numbers) {
      const page = await actionTrackerPage(undefined, n);
      expect(page.title).toBe(n === 1 ? 'Action tracker' : `Action tracker (page ${n} of ${numbers.length})`);
      expect(page.nav.length === 0).toBe(numbers.length === 1);
      const here = page.series.flatMap((s) => s.actions.map((a) => a.id));
      expect(here.length).toBeLessThanOrEqual(ACTION_PAGE_SIZE);
      seen.push(...here);
    }
    expect(seen).toEqual(ids);
    const all = await actionTrackerPage(undefined, 1);
    for (const view of STATUS_VIEWS) {
      const page = await actionTrackerPage(view, 1);
      expect(page.counts).toEqual(all.counts);
      expect(page.views.filter((v) => v.current).map((v) => v.href)).toEqual([`/actions/status/${view}/`]);
    }
    const next = numbers.length + 1;
    await expect(actionTrackerPage(undefined, next)).rejects.toThrow(`/actions/${next}/: no such page (the list has ${numbers.length})`);
  });

  it('an action or a meeting id is never a bare number, so /actions/<id>/ and /actions/by-meeting/<id>/ never meet the list pages <list>/<n>/', async () => {
    for (const id of [...(await actionIds()), ...(await actionsByMeetingIds())]) expect(id).not.toMatch(/^\d+$/);
  });
});
