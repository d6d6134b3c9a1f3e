import { describe, expect, it } from 'vitest';
import { glossaryIndexPage, glossaryLetterPage, glossaryLetterSlugs, glossaryTermIds, glossaryTermPage } from './page.ts';

describe('glossaryTermPage (on the portal content)', () => {
  it('every term: its letter page links back to its entry, a description within 155 characters', async () => {
    const ids = await glossaryTermIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const page = await glossaryTermPage(id);
      expect(page.letterHref).toBe(`/glossary/letter/${page.letter.toLowerCase()}/#${id}`);
      expect(page.description.length).toBeLessThanOrEqual(155);
      if (page.expansions.length === 0) expect(page.description).toContain(page.term);
    }
  });

  it('a term the papers expand once: the expansion, in the description', async () => {
    const page = await glossaryTermPage('acc');
    expect(page.term).toBe('ACC');
    expect(page.expansions.length).toBeGreaterThan(0);
    expect(page.description).toContain(page.expansions[0]!.text);
    expect(page.notExpanded).toBeUndefined();
  });

  it('an unknown term fails, naming it', async () => {
    await expect(glossaryTermPage('no-such-term')).rejects.toThrow(/no-such-term/);
  });
});

describe('glossaryIndexPage (on the portal content)', () => {
  it('every term once, by letter, each linking to its own page and keeping its anchor', async () => {
    const ids = await glossaryTermIds();
    const page = await glossaryIndexPage();
    expect(page.count).toBe(ids.length);
    const terms = page.letters.flatMap((l) => l.terms);
    expect(terms.map((x) => x.id)).toEqual(ids);
    for (const x of terms) expect(x.href).toBe(`/glossary/${x.id}/`);
    expect(page.letterCounts.map((l) => l.count)).toEqual(page.letters.map((l) => l.terms.length));
    for (const l of page.letters) expect(l.anchor).toMatch(/^letter-([a-z]|0-9)$/);
  });
});

describe('glossaryLetterPage (on the portal content)', () => {
  it('the letter pages hold the terms of the index, letter by letter', async () => {
    const index = await glossaryIndexPage();
    const slugs = await glossaryLetterSlugs();
    expect(slugs).toHaveLength(index.letters.length);
    for (const [i, slug] of slugs.entries()) {
      const page = await glossaryLetterPage(slug);
      expect(page.letter).toBe(index.letters[i]!.letter);
      expect(page.entries.map((e) => e.data.term)).toEqual(index.letters[i]!.terms.map((x) => x.term));
      expect(page.letterCounts).toEqual(index.letterCounts);
    }
    await expect(glossaryLetterPage('no-such-letter')).rejects.toThrow(/no-such-letter/);
  });
});
