/**
 * The glossary: anchor ids, ordering and the terms the <abbr> pass marks.
 * Pure functions over glossary entries (schema-shaped), no Astro imports.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { AbbrTerm } from './abbr.ts';

/**
 * The glossary anchor of a term: the term in lower case, with every run of
 * characters other than letters and digits as one hyphen (`/glossary/#hmicfrs`,
 * "T/ACC" → `t-acc`, "A.O.B." → `a-o-b`), so that it is a valid, portable id.
 */
export function glossaryId(term: string): string {
  const id = term
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') throw new Error(`glossary: the term "${term}" has no letters or digits to make an anchor from`);
  return /^[a-z]/.test(id) ? id : `term-${id}`;
}

/** Link to a term's glossary entry. */
export function glossaryHref(term: string): string {
  return `/glossary/#${glossaryId(term)}`;
}

/** The distinct expansions of an entry, in the order the papers give them (case and spacing differences kept apart only when the words differ). */
export function distinctExpansions(entry: Pick<GlossaryEntry, 'expansions'>): string[] {
  return expansionGroups(entry).map((g) => g.text);
}

/** Each distinct expansion (first wording printed) with every printing of it, so a page can cite them all. */
export function expansionGroups<E extends GlossaryEntry['expansions'][number]>(entry: { expansions: E[] }): { text: string; printed: E[] }[] {
  const groups = new Map<string, { text: string; printed: E[] }>();
  for (const e of entry.expansions) {
    const key = e.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const group = groups.get(key);
    if (group) group.printed.push(e);
    else groups.set(key, { text: e.text, printed: [e] });
  }
  return [...groups.values()];
}

/** Entries in alphabetical order of term (case-insensitive, then as printed). Throws on two entries whose ids collide. */
export function sortGlossary<T extends { id: string; data: Pick<GlossaryEntry, 'term'> }>(entries: T[]): T[] {
  const byId = new Map<string, T>();
  for (const e of entries) {
    const id = glossaryId(e.data.term);
    const other = byId.get(id);
    if (other) {
      throw new Error(
        `glossary: entries "${other.id}" and "${e.id}" both give the term "${e.data.term}" (anchor #${id}); merge their expansions into one entry`,
      );
    }
    byId.set(id, e);
  }
  return [...entries].sort(
    (a, b) => a.data.term.localeCompare(b.data.term, 'en-GB', { sensitivity: 'base' }) || a.data.term.localeCompare(b.data.term),
  );
}

/**
 * What the <abbr> pass marks: every term, with a `title` only when the papers
 * give exactly one expansion. Terms with no expansion or several link to the glossary.
 */
export function abbrTerms(entries: Pick<GlossaryEntry, 'term' | 'expansions'>[]): AbbrTerm[] {
  return entries.map((e) => {
    const expansions = distinctExpansions(e);
    return { term: e.term, id: glossaryId(e.term), title: expansions.length === 1 ? expansions[0] : undefined };
  });
}

/**
 * The letter a term is filed under, for the letter pages: its first letter in upper case ("PEEL" → "P"),
 * accents removed; "0–9" for a term that starts with a digit or another sign.
 */
export function glossaryLetter(term: string): string {
  const first = term.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '0–9';
}

/** The page of one letter: /glossary/letter/a/ (or /glossary/letter/0-9/). Under letter/, so it never meets a term's page /glossary/<term>/. */
export function glossaryLetterUrl(letter: string): string {
  return `/glossary/letter/${letter === '0–9' ? '0-9' : letter.toLowerCase()}/`;
}

/** Sorted entries grouped by letter, letters in the order of the entries (so "0–9" and A–Z follow the glossary's own order). */
export function glossaryByLetter<T extends { data: Pick<GlossaryEntry, 'term'> }>(sorted: readonly T[]): { letter: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const e of sorted) {
    const letter = glossaryLetter(e.data.term);
    const list = groups.get(letter);
    if (list) list.push(e);
    else groups.set(letter, [e]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
}
