/**
 * Search never glues words: on every page search indexes, no two words a reader sees apart
 * (a table header and its cell, a term and its definition, lines split by <br>) reach Pagefind
 * as one word ("VenueConference"). See glued.ts for the rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { htmlFiles } from './checks.ts';
import { gluedWords } from './glued.ts';

test('no page gives search two words glued together', () => {
  const dir = siteDir();
  const found: string[] = [];
  let indexed = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (html.includes('data-pagefind-body')) indexed += 1;
    const glued = gluedWords(html);
    if (glued.length > 0) found.push(`${file}: ${glued.slice(0, 5).join(', ')}${glued.length > 5 ? ` and ${glued.length - 5} more` : ''}`);
  }
  expect(indexed, 'pages search indexes').toBeGreaterThan(0);
  expect(found).toEqual([]);
});
