import { describe, expect, it } from 'vitest';
import { meetingIndex } from '../meetings/index.ts';
import {
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
  it('the seed papers\' lists fit on one page: no navigation, the title unchanged, every action once', async () => {
    const ids = await actionIds();
    expect(await actionTrackerPaths()).toEqual([1]);
    const all = await actionTrackerPage(undefined, 1);
    expect(all.title).toBe('Action tracker');
    expect(all.nav).toEqual([]);
    expect(all.series.flatMap((s) => s.actions.map((a) => a.id))).toEqual(ids);
    expect(all.series.every((s) => !s.continued)).toBe(true);
    for (const view of STATUS_VIEWS) {
      expect(await actionTrackerPaths(view)).toEqual([1]);
      const page = await actionTrackerPage(view, 1);
      expect(page.counts).toEqual(all.counts);
      expect(page.views.filter((v) => v.current).map((v) => v.href)).toEqual([`/actions/status/${view}/`]);
    }
    expect((await actionsByMeetingIndexPage()).nav).toEqual([]);
    await expect(actionTrackerPage(undefined, 2)).rejects.toThrow('/actions/2/: no such page (the list has 1)');
  });

  it('an action or a meeting id is never a bare number, so /actions/<id>/ and /actions/by-meeting/<id>/ never meet the list pages <list>/<n>/', async () => {
    for (const id of [...(await actionIds()), ...(await actionsByMeetingIds())]) expect(id).not.toMatch(/^\d+$/);
  });
});
