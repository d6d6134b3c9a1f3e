import { expect, test } from 'vitest';
import { fillCount, matchesWords, queryWords } from '../../src/components/Filter/match.ts';

test('every word typed must be in the item, ignoring case, accents and curly quotes', () => {
  expect(matchesWords('How many officers carry Naloxone?', queryWords('  naloxone OFFICERS '))).toBe(true);
  expect(matchesWords('How many officers carry Naloxone?', queryWords('naloxone drones'))).toBe(false);
  expect(matchesWords('King’s Lynn café', queryWords("king's cafe"))).toBe(true);
});
test('nothing typed shows everything', () => {
  expect(queryWords('   ')).toEqual([]);
  expect(matchesWords('anything', [])).toBe(true);
});
test('the status names how many are shown', () => {
  expect(fillCount('{{shown}} of {{total}} shown', 3, 25)).toBe('3 of 25 shown');
});
