import { beforeAll, describe, expect, it } from 'vitest';
import { bodyIds, bodyPage } from './body-page.ts';
import { compareMeetings } from './meetings.ts';

beforeAll(() => {
  process.env['BUILD_DATE'] = '2026-11-24';
});

describe('bodyPage (on the portal content, built on 24 November 2026)', () => {
  it('every body: all its meetings, none to come, the earlier ones newest first; its calendar and feed', async () => {
    const ids = await bodyIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const page = await bodyPage(id);
      expect(page.upcoming).toEqual([]);
      expect(page.earlier).toHaveLength(page.count);
      for (const v of page.earlier) expect(v.entry.data.body).toBe(id);
      for (let i = 1; i < page.earlier.length; i++) expect(compareMeetings(page.earlier[i - 1]!.entry, page.earlier[i]!.entry)).toBeGreaterThanOrEqual(0);
      expect(page.icsUrl).toBe(`/bodies/${id}/calendar.ics`);
      expect(page.feedUrl).toBe(`/bodies/${id}/feed.xml`);
      expect(page.description).toContain(page.b.name);
    }
  });

  it('an unknown body fails, naming it', async () => {
    await expect(bodyPage('no-such-body')).rejects.toThrow(/no-such-body/);
  });
});
