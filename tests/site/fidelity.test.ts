/**
 * Fidelity of the built site: every number and at least 99% of the sentences
 * of the seed papers are in the text of the built pages, every missing
 * sentence explained (tests/fidelity/fidelity-shared.ts). Runs after the
 * build, on the site under test; the same check of src/content runs with the
 * unit tests (tests/fidelity/fidelity.test.ts).
 */
import { it } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { check, corpusOf, itemNumbers, siteStrings } from '../fidelity/corpus.ts';
import { assertFidelity, frags, report, SITE_EXCEPTIONS } from '../fidelity/fidelity-shared.ts';
import { CONTENT_DIR } from './content.ts';

it(`the built pages in ${siteDir()} show every number and at least 99% of sentences of the papers, every miss explained`, () => {
  const r = check(frags, corpusOf(siteStrings(siteDir())), itemNumbers(CONTENT_DIR));
  report(`${siteDir()} (built pages)`, r);
  assertFidelity(r, SITE_EXCEPTIONS);
}, 120_000); // reads every built page: a few seconds here, more on a slow CI machine
