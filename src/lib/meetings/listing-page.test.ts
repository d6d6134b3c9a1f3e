import { beforeAll, describe, expect, it } from 'vitest';
import { meetingIndex } from './index.ts';
import { meetingsListingPage } from './listing-page.ts';

beforeAll(() => {
  process.env['BUILD_DATE'] = '2026-11-24';
});

describe('meetingsListingPage (on the portal content, built on 24 November 2026)', () => {
  it('every meeting once: none to come, the rest by year newest first, each year with its anchor', async () => {
    const index = await meetingIndex();
    const page = await meetingsListingPage();
    expect(page.upcoming).toEqual([]);
    const listed = page.years.flatMap((y) => y.views.map((v) => v.id));
    expect(listed.sort()).toEqual(index.ordered.map((v) => v.id).sort());
    const years = page.years.map((y) => y.label).filter((l) => /^\d{4}$/.test(l)).map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    for (const y of page.years) expect(y.id).toMatch(/^year-(\d{4}|unknown)$/);
  });

  it('every body, with its number of meetings', async () => {
    const index = await meetingIndex();
    const page = await meetingsListingPage();
    expect(page.bodies).toHaveLength(index.site.bodies.length);
    expect(page.bodies.reduce((n, b) => n + b.count, 0)).toBe(index.ordered.length);
    for (const b of page.bodies) expect(b.href).toMatch(/^\/bodies\/[^/]+\/$/);
  });
});
