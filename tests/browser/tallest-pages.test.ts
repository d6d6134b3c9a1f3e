/**
 * Each page answers first: a resident on a phone should not have to scroll through tens of thousands of
 * pixels to find what a page is about. Every built page is opened at 375px and its full height
 * (document.documentElement.scrollHeight) measured; the ten tallest are printed, and any page taller
 * than MAX_HEIGHT fails, except the source papers' own pages (/papers/…, the papers' text line by line)
 * and the full report pages (/reports/<id>/, a report as published), whose length is the paper's.
 */
import { expect, test } from 'vitest';
import { allPages, closePage, openPage } from './helpers.ts';

/** The tallest a page may be at 375px, in CSS pixels (about 20 phone screens). */
export const MAX_HEIGHT = 15_000;

/** Pages whose length is the length of a paper as printed. */
export const isExempt = (path: string): boolean => path.startsWith('/papers/') || /^\/reports\/[^/]+\/$/.test(path);

test('no page is taller than 15,000px at 375px, except papers and reports as printed', { timeout: 900_000 }, async () => {
  const pages = allPages();
  expect(pages.length).toBeGreaterThan(0);
  // One tab, reused: the height needs only the HTML and CSS (JavaScript only enhances), so this is quick.
  const page = await openPage('/', { width: 375, javaScript: false, waitUntil: 'domcontentloaded' });
  const heights: [string, number][] = [];
  try {
    for (const path of pages) {
      await page.goto(new URL(path, page.url()).href, { waitUntil: 'load' });
      heights.push([path, await page.evaluate(() => document.documentElement.scrollHeight)]);
    }
  } finally {
    await closePage(page);
  }
  const tallest = [...heights].sort((a, b) => b[1] - a[1]);
  const list = (rows: [string, number][]): string => rows.slice(0, 10).map(([p, h]) => `  ${String(h).padStart(7)} px  ${p}`).join('\n');
  console.log(
    `The ten tallest pages at 375px:\n${list(tallest)}\n` +
      `The ten tallest pages held to ${MAX_HEIGHT}px (all but the papers and full reports):\n${list(tallest.filter(([p]) => !isExempt(p)))}`,
  );
  const tooTall = tallest.filter(([p, h]) => !isExempt(p) && h > MAX_HEIGHT).map(([p, h]) => `${p}: ${h}px`);
  expect(tooTall, `pages taller than ${MAX_HEIGHT}px at 375px:\n  ${tooTall.join('\n  ')}`).toEqual([]);
});
