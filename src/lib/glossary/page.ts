/**
 * What a glossary term's page (/glossary/<term>/) shows, worked out here so the .astro file only
 * renders it: the term, its letter's page, every expansion the papers give (or the papers' note
 * that they give none), its variants, and the page's title and description.
 */
import { loadSite, type SiteData } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import type { Segment } from '../papers/prose.ts';
import { shorten } from '../text/inline.ts';
import { expansionGroups, glossaryByLetter, glossaryId, glossaryLetter, glossaryLetterUrl, sortGlossary } from './glossary.ts';

export interface GlossaryTermPage {
  term: string;
  title: string;
  description: string;
  letter: string;
  /** The term on its letter's page. */
  letterHref: string;
  /** Each distinct expansion the papers print. */
  expansions: { text: string }[];
  /** Where the papers give no expansion and say why, that note with its citations as links. */
  notExpanded: Segment[] | undefined;
  variants: string[];
}

/** The ids of every term's page (/glossary/<id>/), in glossary order. */
export async function glossaryTermIds(): Promise<string[]> {
  return sortGlossary((await loadSite()).glossary).map((e) => glossaryId(e.data.term));
}

/** The page of the term whose glossary id is `id`. */
export async function glossaryTermPage(id: string): Promise<GlossaryTermPage> {
  const site = await loadSite();
  const entry = site.glossary.find((e) => glossaryId(e.data.term) === id)?.data;
  if (!entry) throw new Error(`/glossary/${id}/: no such term`);
  const expansions = expansionGroups(entry);
  const meaning = expansions.map((e) => e.text).join('; ');
  const letter = glossaryLetter(entry.term);
  return {
    term: entry.term,
    title: t('glossary.termTitle', { term: entry.term }),
    description: shorten(meaning ? t('glossary.termDescription', { term: entry.term, meaning }) : t('glossary.termNotExpanded', { term: entry.term }), 155),
    letter,
    letterHref: `${glossaryLetterUrl(letter)}#${glossaryId(entry.term)}`,
    expansions: expansions.map((e) => ({ text: e.text })),
    notExpanded: entry.notExpanded ? provenance(site).prose(entry.notExpanded) : undefined,
    variants: entry.variants ?? [],
  };
}

export interface GlossaryIndexPage {
  /** How many terms. */
  count: number;
  /** The letters with how many terms each, for the letter links. */
  letterCounts: { letter: string; count: number }[];
  /** Every term by letter, each with its own page and what the papers expand it to ("" when nothing). */
  letters: { letter: string; anchor: string; terms: { id: string; href: string; term: string; meaning: string }[] }[];
}

/** What /glossary/ shows: every term in a line, by letter. */
export async function glossaryIndexPage(): Promise<GlossaryIndexPage> {
  const entries = sortGlossary((await loadSite()).glossary);
  const letters = glossaryByLetter(entries);
  return {
    count: entries.length,
    letterCounts: letters.map((l) => ({ letter: l.letter, count: l.entries.length })),
    letters: letters.map((l) => ({
      letter: l.letter,
      anchor: `letter-${l.letter === '0–9' ? '0-9' : l.letter.toLowerCase()}`,
      terms: l.entries.map((e) => ({
        id: glossaryId(e.data.term),
        href: `/glossary/${glossaryId(e.data.term)}/`,
        term: e.data.term,
        meaning: expansionGroups(e.data)
          .map((x) => x.text)
          .join('; '),
      })),
    })),
  };
}

/** The slug of every letter's page (/glossary/letter/<slug>/: "a", …, "0-9"). */
export async function glossaryLetterSlugs(): Promise<string[]> {
  return glossaryByLetter(sortGlossary((await loadSite()).glossary)).map((l) => glossaryLetterUrl(l.letter).split('/')[3]!);
}

export interface GlossaryLetterPage {
  letter: string;
  title: string;
  description: string;
  /** The letters with how many terms each, for the letter links. */
  letterCounts: { letter: string; count: number }[];
  /** The letter's terms, in glossary order. */
  entries: SiteData['glossary'];
  src: Provenance;
}

/** What /glossary/letter/<slug>/ shows: the terms of one letter, with where each expansion is printed. */
export async function glossaryLetterPage(slug: string): Promise<GlossaryLetterPage> {
  const site = await loadSite();
  const letters = glossaryByLetter(sortGlossary(site.glossary));
  const l = letters.find((x) => glossaryLetterUrl(x.letter).split('/')[3] === slug);
  if (!l) throw new Error(`/glossary/letter/${slug}/: no such letter`);
  return {
    letter: l.letter,
    title: t('glossary.letterTitle', { letter: l.letter }),
    description: t('glossary.letterDescription', { letter: l.letter, count: l.entries.length }),
    letterCounts: letters.map((x) => ({ letter: x.letter, count: x.entries.length })),
    entries: l.entries,
    src: provenance(site),
  };
}
