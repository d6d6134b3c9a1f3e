import { describe, expect, it } from 'vitest';
import { answers, foundAskedWords, markedWords, queryWords } from './match.ts';

describe('did search find the words asked for?', () => {
  it('reads the marked words of an excerpt and the words of a query', () => {
    expect(markedWords('a supply of intra-nasal <mark>Naloxone.</mark> Since <mark>Naloxone</mark> being')).toEqual(['naloxone', 'naloxone']);
    expect(queryWords('  Sarah   "Taylor" ')).toEqual(['sarah', 'taylor']);
  });
  it('a word that is in the papers is found, with its other endings', () => {
    expect(foundAskedWords(['intra-nasal <mark>Naloxone.</mark> Since'], 'naloxone')).toBe(true);
    expect(foundAskedWords(['three <mark>arrests</mark> were'], 'arrest')).toBe(true);
    expect(answers('pcc', 'pc')).toBe(true);
  });
  it('a word in no paper is not, though Pagefind fell back to a prefix of it', () => {
    expect(foundAskedWords(['Table 9: <mark>‘X’</mark> account performance'], 'xyzzyq')).toBe(false);
    expect(foundAskedWords([], 'anything')).toBe(false);
    expect(answers('x', 'xyzzyq')).toBe(false);
  });
  it('an empty query (filters only) is not a failed search', () => {
    expect(foundAskedWords([], '   ')).toBe(true);
  });
});
