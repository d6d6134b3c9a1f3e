/**
 * Whether search found the words asked for, or only words that begin like them. Pagefind, given
 * a word no page contains, falls back to shorter prefixes ("xyzzy" finds pages with "X"), so a
 * query for something that is in no paper would list unrelated pages as if they answered it.
 * The words Pagefind matched are the `<mark>`ed ones in each result's excerpt.
 */

/** Lower-case letters and digits only (accents kept), for comparing words. */
const norm = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The words of a query, normalised; words in quotes are words too. */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).map(norm).filter((w) => w !== '');
}

/** The words marked as matches in an excerpt (Pagefind's `<mark>…</mark>`), normalised. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)).map(norm).filter((w) => w !== '');
}

/**
 * A marked word answers a query word when both share their first letters: all of them for a
 * word of up to four letters, the first four for a longer one (so "arrest" answers "arrests",
 * and "naloxone." answers "Naloxone"), and the marked word is no shorter than that.
 */
export function answers(marked: string, asked: string): boolean {
  const n = Math.min(asked.length, 4);
  return marked.length >= n && marked.slice(0, n) === asked.slice(0, n);
}

/** True when at least one excerpt marks a word that answers one of the query's words. */
export function foundAskedWords(excerpts: readonly string[], query: string): boolean {
  const asked = queryWords(query);
  if (asked.length === 0) return true;
  return excerpts.some((e) => markedWords(e).some((m) => asked.some((w) => answers(m, w))));
}
