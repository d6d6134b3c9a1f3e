/**
 * Provenance is a link, never an internal name: on every built page outside /papers/, no text a reader
 * sees or hears matches an internal file name or a bare "line N"; every link to a paper's line
 * resolves to that line's element on its part page; and every paper part page exists with its lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { htmlFiles } from './checks.ts';
import { hrefs, ids, PAPER_LINE_LINK, paperLinkProblems, provenanceLeaks } from './provenance.ts';

const dir = siteDir();
const pages = htmlFiles(dir).map((file) => ({ file, path: `/${file.replace(/index\.html$/, '')}`, html: readFileSync(join(dir, file), 'utf8') }));
const idCache = new Map<string, Set<string> | undefined>();
const idsOf = (path: string): Set<string> | undefined => {
  if (!idCache.has(path)) {
    const file = join(dir, path, 'index.html');
    idCache.set(path, existsSync(file) ? ids(readFileSync(file, 'utf8')) : undefined);
  }
  return idCache.get(path);
};

test('no page outside /papers/ shows or reads out an internal file name or a bare line number', () => {
  const outside = pages.filter((p) => !p.path.startsWith('/papers/'));
  expect(outside.length).toBeGreaterThan(20);
  const leaks = outside.flatMap((p) => provenanceLeaks(p.html).map((l) => `${p.path}: ${l}`));
  expect(leaks, `${leaks.length} provenance leak(s):\n${leaks.join('\n')}`).toEqual([]);
});

test('every link to a line of a paper lands on that line, on the part that holds it', () => {
  const links = pages.flatMap((p) => hrefs(p.html).filter((h) => PAPER_LINE_LINK.test(h)).map((h) => ({ page: p.path, href: h })));
  // Meetings, questions and actions all cite their sources.
  expect(links.length).toBeGreaterThan(100);
  expect(new Set(links.map((l) => l.page.split('/')[1])).size).toBeGreaterThan(3);
  const problems = links.flatMap((l) => paperLinkProblems([l.href], idsOf).map((p) => `${l.page}: ${p}`));
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the papers list links every paper, and every paper page lists parts that hold its lines', () => {
  const list = pages.find((p) => p.path === '/papers/');
  expect(list, '/papers/ is built').toBeDefined();
  const paperPages = [...new Set(hrefs(list!.html).filter((h) => /^\/papers\/[^/]+\/$/.test(h)))];
  expect(paperPages.length).toBeGreaterThan(0);
  for (const paper of paperPages) {
    const page = pages.find((p) => p.path === paper);
    expect(page, `${paper} is built`).toBeDefined();
    const parts = hrefs(page!.html).filter((h) => h.startsWith(paper) && /\/\d+\/$/.test(h));
    expect(parts.length, `${paper} lists its parts`).toBeGreaterThan(0);
    for (const [i, part] of parts.entries()) {
      const found = idsOf(part);
      expect(found?.has(`L${i * 200 + 1}`), `${part} holds line ${i * 200 + 1}`).toBe(true);
    }
  }
});
