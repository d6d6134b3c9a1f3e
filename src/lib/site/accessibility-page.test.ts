import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityPage } from './accessibility-page.ts';

beforeAll(() => {
  process.env['BUILD_DATE'] = '2026-11-24';
});

describe('accessibilityPage (on the portal content, built on 24 November 2026)', () => {
  it('dated the build date; known issues link to pages of the portal', async () => {
    const page = await accessibilityPage();
    expect(page.date).toBe('24 November 2026');
    for (const p of page.lostLinks) expect(p.href).toMatch(/^\/[a-z-]+\/([^/]+\/)?$/);
    expect(new Set(page.lostLinks.map((p) => p.href)).size).toBe(page.lostLinks.length);
  });
});
