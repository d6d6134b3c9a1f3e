/**
 * Every link on every built page makes sense alone: no two links on one page share a name but lead to
 * different places, and no link is named only by a number, "here", "more" or a numbered generic phrase
 * (see link-text.ts). The rule is checked on a small example first, so that the test can fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { urlPathForFile } from '../../src/lib/links/check.ts';
import { siteDir } from '../browser/helpers.ts';
import { htmlFiles } from './checks.ts';
import { isGenericName, linkTextProblems, pageLinks } from './link-text.ts';

describe('the link text rule', () => {
  test('reads accessible names: aria-label, visually hidden text, img alt, not aria-hidden parts', () => {
    const html = `<a href="a/">Source<span class="visually-hidden"> in the agenda, line 3</span></a>
      <a href="/b/" aria-label="Question 4: How many officers carry Naloxone?">Q4</a>
      <a href="#x"><img alt="Logo"><span aria-hidden="true">→</span></a>`;
    expect(pageLinks(html, '/p/')).toEqual([
      { name: 'Source in the agenda, line 3', target: '/p/a/' },
      { name: 'Question 4: How many officers carry Naloxone?', target: '/b/' },
      { name: 'Logo', target: '/p/#x' },
    ]);
  });
  test('fails generic names and one name for two targets', () => {
    for (const name of ['3', 'here', 'More', 'Page for question 12', 'Minutes of item 1', 'read more']) expect(isGenericName(name), name).toBe(true);
    for (const name of ['Question 4: How many officers carry Naloxone?', 'Minutes of item 3: To confirm the minutes', 'January 2025']) expect(isGenericName(name), name).toBe(false);
    expect(linkTextProblems('<a href="/a/">Source</a><a href="/b/">Source</a><a href="/c/">Source</a>', '/')).toHaveLength(1);
    expect(linkTextProblems('<a href="/a/">Source</a><a href="/a/">Source</a>', '/')).toEqual([]);
    // Lines of one paper are one place; a phone number names its target.
    expect(linkTextProblems('<a href="/papers/p1/1/#L3">Source in the agenda</a><a href="/papers/p1/2/#L240">Source in the agenda</a>', '/')).toEqual([]);
    expect(linkTextProblems('<a href="tel:+441953424455">01953 424455</a>', '/')).toEqual([]);
  });
});

test('every link on every page names its target', () => {
  const dir = siteDir();
  const problems = htmlFiles(dir).flatMap((file) => linkTextProblems(readFileSync(join(dir, file), 'utf8'), urlPathForFile(file)));
  expect(problems, `${problems.length} link text problem(s):\n${problems.slice(0, 200).join('\n')}`).toEqual([]);
});
