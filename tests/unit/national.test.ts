/**
 * scripts/national.ts writes the national pages' text and attributes from the areas' names and the UI
 * strings: whatever characters they hold come out as those characters in the page, in text and in
 * attribute values (the search element's JSON too), never as markup.
 */
import { describe, expect, it } from 'vitest';
import { nationalPage, type BuiltArea } from '../../scripts/national.ts';
import { parsedHtml as parsed } from '../fixtures/lib/html.ts';

/** The parts of an area's built search page that nationalPage replaces or keeps. */
const TEMPLATE = `<html><head><title>Search – Area</title>
<meta name="description" content="Search the area.">
<link rel="canonical" href="https://scrutiny.example.org/north/search/">
</head><body>
<header class="site-header" data-astro-cid-h1><a href="/north/">Area</a></header>
<main id="main"><h1>Search</h1>
  <p>Search the area.</p>
  <os-search data-bundle="/north/pagefind/pagefind.js" data-base-url="/north/"></os-search>
</main>
<footer class="site-footer" data-astro-cid-f1><a href="/north/">Area</a></footer>
</body></html>`;

const HOSTILE = `<script>alert(1)</script> & "Vale" 'n'\u00a0end`;
const area = (slug: string, name: string): BuiltArea => ({ slug, base: `/${slug}/`, name, area: name, papersFrom: '2017', dir: '/nowhere', pages: 3 });
const AREAS = [area('north', HOSTILE), area('south', 'South Vale')];
const STRINGS = {
  national: {
    name: HOSTILE, tagline: HOSTILE, nav: HOSTILE, navAreas: 'Areas', navSearch: 'Search', indexTitle: HOSTILE, indexIntro: HOSTILE,
    areaLine: '{{pages}} pages', searchLink: 'Search all', searchTitle: HOSTILE, searchIntro: HOSTILE, areasLink: 'All areas',
    indexDescription: HOSTILE, searchDescription: HOSTILE,
  },
  search: {},
};

describe('national pages: names and strings are text, never markup', () => {
  for (const kind of ['index', 'search'] as const) {
    it(`${kind}: the characters come through in text and attributes, and no element comes from them`, () => {
      const html = nationalPage(TEMPLATE, kind, AREAS, STRINGS);
      const { elements, text } = parsed(html);
      // In an attribute value "<script>" is only characters (escapeAttribute leaves < and > as they are there).
      expect(elements.map((e) => e.tag)).not.toContain('script');
      // The site name, the tagline, the first area's name in the footer, and the page's heading and introduction.
      expect(text.split(HOSTILE).length - 1).toBeGreaterThanOrEqual(kind === 'index' ? 6 : 5);
      expect(elements.find((e) => e.tag === 'meta' && e.attrs['name'] === 'description')?.attrs['content']).toBe(HOSTILE);
      const labels = elements.filter((e) => e.tag === 'nav').map((e) => e.attrs['aria-label']);
      expect(labels).toEqual([HOSTILE, HOSTILE]);
      if (kind === 'search') {
        const search = elements.find((e) => e.tag === 'os-search')!;
        expect(JSON.parse(search.attrs['data-index']!)).toEqual({ baseUrl: '/north/', mergeFilter: { area: HOSTILE } });
        expect(JSON.parse(search.attrs['data-merge']!)).toEqual([{ bundlePath: '/south/pagefind/', baseUrl: '/south/', mergeFilter: { area: 'South Vale' } }]);
      }
    });
  }

  it('the title element holds the characters too (its content is text, not markup)', () => {
    const html = nationalPage(TEMPLATE, 'index', AREAS, STRINGS);
    const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).not.toContain('<');
    expect(parsed(`<p>${title}</p>`).text).toBe(HOSTILE);
  });
});
