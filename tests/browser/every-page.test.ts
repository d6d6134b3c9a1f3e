/**
 * Every built page, at 1280px and at 375px (and 320px for sideways scrolling): axe (WCAG 2.0/2.1/2.2 A and AA
 * plus best practice) with zero violations, in the light colour scheme and (at 1280px) the dark one, no console error, no CSP violation, no request leaving
 * 127.0.0.1, one h1, <main id="main">, a working skip link first in the tab order, lang="en-GB",
 * headings in order, and no sideways scrolling of the whole page.
 */
import { describe, expect, test } from 'vitest';
import { allPages } from './helpers.ts';
import { checkPage } from './page-checks.ts';

const pages = allPages();

test('the build has pages to check', () => {
  expect(pages).toContain('/');
});

for (const width of [1280, 375]) {
  describe.concurrent(`every page at ${width}px`, () => {
    test.for(pages)(`%s`, async (path) => {
      const found = await checkPage(path, { width, ...(width === 375 ? { alsoNarrow: [320] } : { alsoDark: true }) });
      expect(found, `${path} at ${width}px:\n  ${found.join('\n  ')}`).toEqual([]);
    });
  });
}
