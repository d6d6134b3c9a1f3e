/**
 * Internal link check of the built site: every href/src/srcset resolves to a built file (directory URLs to
 * index.html), every #fragment to an id in the target page, absolute URLs on the site's own origin too,
 * and nothing is loaded from another origin. Links to other origins are listed, not failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatLinkProblems } from '../../src/lib/links/check.ts';
import { siteDir } from '../browser/helpers.ts';
import { checkSiteLinks, siteOriginOf } from './checks.ts';

const dir = siteDir();
const report = checkSiteLinks(dir);

test('links were found to check', () => {
  expect(report.pages).toBeGreaterThan(0);
  expect(report.checked).toBeGreaterThan(0);
});

test('every internal link and fragment resolves, and no resource comes from another origin', () => {
  const lines = formatLinkProblems(report.problems);
  expect(lines, `${lines.length} link problem(s) in ${dir} (site origin ${siteOriginOf(dir)}):\n${lines.join('\n')}`).toEqual([]);
});

test('links to other origins are listed for review, and all use http(s)', () => {
  const origins = new Map<string, number>();
  for (const e of report.external) {
    const origin = new URL(e.url).origin;
    origins.set(origin, (origins.get(origin) ?? 0) + 1);
  }
  if (origins.size > 0) {
    // The full list, one link a line, for review: test-results/external-links.txt (ignored by git).
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/external-links.txt', report.external.map((e) => `${e.page}:${e.line}\t${e.url}`).join('\n') + '\n');
    console.log(`Links to other origins (${report.external.length}, listed in test-results/external-links.txt):\n${[...origins].map(([o, n]) => `  ${o}: ${n}`).join('\n')}`);
  }
  // Navigation links elsewhere are allowed (subresources from elsewhere fail the test above), but not file: or ftp: links.
  expect(report.external.filter((e) => !/^https?:/.test(e.url)).map((e) => `${e.page}:${e.line} ${e.url}`)).toEqual([]);
});
