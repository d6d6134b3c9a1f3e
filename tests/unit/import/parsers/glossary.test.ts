/**
 * Acronyms (tests/fixtures/parsers/glossary/): every capitalised abbreviation a paper uses, with the
 * full form the paper prints before it in brackets ("Safer Roads Partnership (SRP)"), or a note that
 * the papers never give one. Plan element codes ("SO3", the profile's element word) are not acronyms.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../../../importer/glossary.ts';
import { draftsOf } from '../../../../importer/source.ts';
import { kindDoc } from './helpers.ts';

describe('glossary of a meeting summary: pam-2026-09-16-summary.txt', () => {
  const doc = kindDoc('glossary', 'pam-2026-09-16-summary.txt');
  const terms = draftsOf(buildGlossary([doc]), 'glossary');
  const term = (t: string) => terms.find((e) => e.data.term === t)?.data;

  it('finds every acronym the paper uses, and no element code', () => {
    expect(terms.map((e) => e.data.term)).toEqual(['ANPR', 'ASE', 'KSI', 'OPCCN', 'PCC', 'SRP']);
    expect(term('SO3')).toBeUndefined();
  });
  it('takes the full form printed before the bracketed acronym, with its line', () => {
    expect(term('SRP')?.expansions).toEqual([{ text: 'Safer Roads Partnership', source: { doc: 'pam-2026-09-16-summary', line: 19 } }]);
    expect(term('KSI')?.expansions?.[0]?.text).toBe('Killed or Seriously Injured');
    expect(term('ASE')?.usedAt).toEqual([
      { doc: 'pam-2026-09-16-summary', line: 19 },
      { doc: 'pam-2026-09-16-summary', line: 20 },
    ]);
  });
  it('an acronym the papers never spell out is kept with a note saying so, never guessed', () => {
    expect(term('ANPR')).toEqual({ term: 'ANPR', expansions: [], notExpanded: 'The papers use "ANPR" but never give its full form.', usedAt: [{ doc: 'pam-2026-09-16-summary', line: 22 }] });
  });
});
