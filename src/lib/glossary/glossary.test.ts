import { expect, test } from 'vitest';
import { glossaryByLetter, glossaryLetter, glossaryLetterUrl } from './glossary.ts';

test('a term is filed under its first letter; digits and signs under 0–9', () => {
  expect(glossaryLetter('PEEL')).toBe('P');
  expect(glossaryLetter('t/acc')).toBe('T');
  expect(glossaryLetter('Éclair')).toBe('E');
  expect(glossaryLetter('101')).toBe('0–9');
});

test('letter pages sit under /glossary/letter/, apart from the term pages /glossary/<term>/', () => {
  expect(glossaryLetterUrl('A')).toBe('/glossary/letter/a/');
  expect(glossaryLetterUrl('0–9')).toBe('/glossary/letter/0-9/');
});

test('entries grouped by letter, in the order given', () => {
  const e = (term: string) => ({ data: { term } });
  const groups = glossaryByLetter([e('ACC'), e('ANPR'), e('BCU'), e('PEEL')]);
  expect(groups.map((g) => [g.letter, g.entries.map((x) => x.data.term)])).toEqual([
    ['A', ['ACC', 'ANPR']],
    ['B', ['BCU']],
    ['P', ['PEEL']],
  ]);
});
