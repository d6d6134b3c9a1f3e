/**
 * Fidelity: nothing in the papers is lost.
 *
 * Every number and every sentence of every paper in papers/ must be found in
 * src/content. Definitions, normalisation and the rules for labels and page
 * furniture are in ./corpus.ts; the explained misses, the printed ratios and
 * the assertions in ./fidelity-shared.ts. The test prints its ratios,
 * requires 100% of numbers and at least 99% of sentences, and every miss
 * must be listed with its reason (an unused exception fails too). The same
 * check of the built pages runs after the build: tests/site/fidelity.test.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { check, contentStrings, corpusOf, itemNumbers, noticeStrings } from './corpus.ts';
import { assertFidelity, CONTENT_EXCEPTIONS, frags, report, seedFiles } from './fidelity-shared.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The content checked: src/content, or $CONTENT_DIR (a copy with more papers imported). */
const CONTENT = process.env['CONTENT_DIR'] ? resolve(process.env['CONTENT_DIR']) : join(ROOT, 'src', 'content');
const office: Record<string, string> = { ...siteConfig.office };

describe('fidelity of src/content to the papers', () => {
  it('finds the papers, each imported as a document', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    for (const f of seedFiles) expect(existsSync(join(CONTENT, 'documents', f.replace(/\.txt$/, '.json'))), f).toBe(true);
    expect(frags.length).toBeGreaterThan(0);
  });

  const corpus = corpusOf([...contentStrings(CONTENT), ...noticeStrings(join(ROOT, 'src', 'i18n'), office)]);
  const numbersKept = itemNumbers(CONTENT);
  const result = check(frags, corpus, numbersKept);

  it('has every number and at least 99% of sentences, every miss explained', () => {
    report('src/content', result);
    assertFidelity(result, CONTENT_EXCEPTIONS);
    // No stale exception: each one still explains a miss.
    const all = [...result.numbers.missing, ...result.sentences.missing];
    for (const e of CONTENT_EXCEPTIONS) {
      expect(all.some((m) => m.doc === e.doc && m.line === e.line && m.what.startsWith(e.startsWith)), `exception ${e.doc}:${e.line} is no longer needed`).toBe(true);
    }
  });

  it('is able to fail: text and numbers that are not in the content are reported', () => {
    const fake = [{ doc: 'fake', line: 1, text: 'The PCC promised 12,345 new officers by Tuesday.' }];
    const r = check(fake, corpus, numbersKept);
    expect(r.sentences.missing.map((m) => m.what)).toEqual(['The PCC promised 12,345 new officers by Tuesday.']);
    expect(r.numbers.missing.map((m) => m.what)).toEqual(['12,345 in "PCC promised 12,345 new officers"']);
  });
});
