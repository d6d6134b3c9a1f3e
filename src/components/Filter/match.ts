/** How <os-filter> matches an item: every word of the query appears in the item's text (case, accents and curly quotes ignored). */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .toLowerCase();

/** The query's words, folded; empty when there is nothing to filter by. */
export const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter((w) => w !== '');

/** True when every word is in the text (no words: everything matches). */
export const matchesWords = (text: string, words: string[]): boolean => {
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
};

/** "{{shown}} of {{total}} shown" with the numbers put in. */
export const fillCount = (template: string, shown: number, total: number): string =>
  template.replace('{{shown}}', String(shown)).replace('{{total}}', String(total));
