import { beforeAll, describe, expect, it } from 'vitest';
import { homePage } from './home.ts';

beforeAll(() => {
  process.env['BUILD_DATE'] = '2026-11-24';
});

describe('homePage (on the portal content, built on 24 November 2026)', () => {
  it('with no meeting to come, shows the last one scheduled, and the latest meeting with papers', async () => {
    const page = await homePage();
    expect(page.today).toBe('2026-11-24');
    expect(page.upcoming).toBe(false);
    expect(page.fallback).toBe(true);
    expect(page.shown).toBeDefined();
    expect(page.latest).toBeDefined();
    const held = page.latest!;
    expect(held.papers.agenda || held.papers.minutes || held.papers.reports).toBe(true);
  });

  it('links bodies by their pages, in their order, and the five ways in', async () => {
    const page = await homePage();
    for (const b of [...page.publicBodies, ...page.quotedBodies]) expect(b.href).toMatch(/^\/bodies\/[^/]+\/$/);
    expect(page.ways.map((w) => w.href)).toEqual(['/meetings/', '/actions/', '/questions/', '/performance/', '/search/']);
    expect(page.askable).toBe(page.publicBodies.some((b) => b.href === `/bodies/${page.shown!.entry.data.body}/`));
  });
});
