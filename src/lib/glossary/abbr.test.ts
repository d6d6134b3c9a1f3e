import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseGlossary, readGlossary } from '../../integrations/abbr.ts';
import { scan, tokenize, type HtmlToken } from './abbr-html.ts';
import { isEnglish, markFirstUses, markPage, markPageBytes, type AbbrTerm } from './abbr.ts';
import { abbrTerms, distinctExpansions, glossaryHref, glossaryId, sortGlossary } from './glossary.ts';

const src = { doc: '001_1defd7e170de073f', line: 1 };
const TERMS: AbbrTerm[] = [
  { term: 'PCC', id: 'pcc', title: 'Police and Crime Commissioner' },
  { term: 'ACC', id: 'acc', title: 'Assistant Chief Constable' },
  { term: 'T/ACC', id: 't/acc', title: 'Temporary Assistant Chief Constable' },
  { term: 'DAPPA', id: 'dappa' },
  { term: 'A&E', id: 'a&e', title: 'Accident & Emergency' },
];
const page = (main: string, head = ''): string =>
  `<!doctype html><html lang="en-GB"><head><title>PCC</title>${head}</head><body><header><p>PCC header</p></header><main id="main">${main}</main><footer>PCC</footer></body></html>`;
const mainOf = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('tokenize', () => {
  it('gives tokens in document order with exact offsets, and keeps > inside attribute values out of text', () => {
    const html = `<!DOCTYPE html><p title="a > b" data-x='PCC'>Hi <b>x</b><!-- c --><br/>&amp; < 3</p><script>if (a<b) "</p>";</script>`;
    const tokens = tokenize(html);
    // Offsets never go backwards, so a transform can splice text tokens and copy everything between them.
    tokens.forEach((t, i) => expect(t.start).toBeGreaterThanOrEqual(i === 0 ? 0 : tokens[i - 1]!.end));
    const texts = tokens.filter((t) => t.kind === 'text').map((t) => html.slice(t.start, t.end));
    expect(texts).toEqual(['Hi ', 'x', '&amp; < 3', 'if (a<b) "</p>";']);
    const p = tokens.find((t) => t.kind === 'startTag' && t.name === 'p');
    expect(p && p.kind === 'startTag' ? Object.fromEntries(p.attrs) : {}).toEqual({ title: 'a > b', 'data-x': 'PCC' });
  });
});

describe('scan', () => {
  it('stops reading when the visitor returns true: no later token is reported', () => {
    const seen: HtmlToken['kind'][] = [];
    scan('<p>one</p><p>two</p><p>three</p>', (t) => {
      seen.push(t.kind);
      return t.kind === 'text';
    });
    expect(seen).toEqual(['startTag', 'text']);
  });
});

describe('markFirstUses', () => {
  it('once every term the page holds has had its first use, the rest is copied as it is (and marked the same as reading it all)', () => {
    const rest = '<p>PCC and ACC again, <a href="/x/">a link</a>, <span lang="cy">ACC</span></p>'.repeat(3);
    const { html, marked } = markFirstUses(page(`<p>The PCC and the ACC.</p>${rest}`), TERMS);
    expect(marked).toEqual(['PCC', 'ACC']);
    expect(mainOf(html)).toBe(
      `<main id="main"><p>The <abbr title="Police and Crime Commissioner">PCC</abbr> and the <abbr title="Assistant Chief Constable">ACC</abbr>.</p>${rest}`,
    );
    // A term seen only in an attribute is never used in text: reading goes on to the end, and still marks the later first use.
    const late = markFirstUses(page('<p title="DAPPA">The PCC.</p><p>Then the ACC.</p>'), TERMS);
    expect(late.marked).toEqual(['PCC', 'ACC']);
  });

  it('marks only the first use of each term inside main, with its expansion', () => {
    const { html, marked } = markFirstUses(page('<p>The PCC asked the PCC.</p><p>PCC again</p>'), TERMS);
    expect(mainOf(html)).toBe(
      '<main id="main"><p>The <abbr title="Police and Crime Commissioner">PCC</abbr> asked the PCC.</p><p>PCC again</p>',
    );
    expect(marked).toEqual(['PCC']);
    expect(html).toContain('<title>PCC</title>');
    expect(html).toContain('<p>PCC header</p>');
    expect(html).toContain('<footer>PCC</footer>');
  });

  it('matches whole words only, case-sensitively, and prefers the longest term', () => {
    const { html } = markFirstUses(page('<p>PCCs, OPCCN, pcc, the PCC’s office; T/ACC Balmer and ACC Dean.</p>'), TERMS);
    expect(mainOf(html)).toContain('the <abbr title="Police and Crime Commissioner">PCC</abbr>’s office');
    expect(mainOf(html)).toContain('<abbr title="Temporary Assistant Chief Constable">T/ACC</abbr> Balmer');
    expect(mainOf(html)).toContain('and <abbr title="Assistant Chief Constable">ACC</abbr> Dean');
    expect(mainOf(html)).toContain('PCCs, OPCCN, pcc,');
  });

  it('leaves a term glued to a word by "." or "/" alone (a name such as GOV.UK), and marks the next real use', () => {
    const terms: AbbrTerm[] = [{ term: 'UK', id: 'uk' }, { term: 'PCC', id: 'pcc', title: 'Police and Crime Commissioner' }];
    const { html } = markFirstUses(page('<p>See GOV.UK and PCC.gov, then the UK and the PCC.</p>'), terms);
    expect(mainOf(html)).toContain('See GOV.UK and PCC.gov, then the <a href="/glossary/#uk">UK</a> and the <abbr');
  });

  it('links to the glossary when the papers give no single expansion', () => {
    const { html } = markFirstUses(page('<p>DAPPA rates and DAPPA again.</p>'), TERMS);
    expect(mainOf(html)).toContain('<a href="/glossary/#dappa">DAPPA</a> rates and DAPPA again.');
  });

  it('skips links, abbr, code, headings, attributes, scripts and non-English text', () => {
    const main = [
      '<h2>PCC questions</h2>',
      '<p><a href="/x">PCC</a> <code>PCC</code> <img alt="PCC" src="/a.png"></p>',
      '<p lang="pl">PCC po polsku</p>',
      '<div lang="ar" dir="rtl"><span>PCC</span></div>',
      '<script type="application/ld+json">{"name":"PCC"}</script>',
      '<p title="PCC">Then the PCC spoke.</p>',
    ].join('');
    const { html } = markFirstUses(page(main), TERMS);
    const out = mainOf(html);
    expect(out).toContain('<h2>PCC questions</h2>');
    expect(out).toContain('<a href="/x">PCC</a> <code>PCC</code> <img alt="PCC" src="/a.png">');
    expect(out).toContain('<p lang="pl">PCC po polsku</p>');
    expect(out).toContain('<span>PCC</span>');
    expect(out).toContain('{"name":"PCC"}');
    expect(out).toContain('<p title="PCC">Then the <abbr title="Police and Crime Commissioner">PCC</abbr> spoke.</p>');
  });

  it('treats English inside a non-English block as English again', () => {
    const { html } = markFirstUses(page('<div lang="pl"><p lang="en">The PCC</p></div>'), TERMS);
    expect(mainOf(html)).toContain('<p lang="en">The <abbr');
  });

  it('counts an existing <abbr> or glossary link as the first use (idempotent)', () => {
    const once = markFirstUses(page('<p>PCC, DAPPA and PCC; DAPPA.</p><p>ACC</p>'), TERMS).html;
    const twice = markFirstUses(once, TERMS);
    expect(twice.html).toBe(once);
    expect(twice.marked).toEqual([]);
    const authored = markFirstUses(page('<p><abbr title="x">PCC</abbr> then PCC</p>'), TERMS);
    expect(authored.marked).toEqual([]);
  });

  it('does not put a link inside <summary>, and marks a later use instead', () => {
    const { html } = markFirstUses(page('<details><summary>DAPPA</summary><p>DAPPA here</p></details>'), TERMS);
    expect(mainOf(html)).toContain('<summary>DAPPA</summary><p><a href="/glossary/#dappa">DAPPA</a> here</p>');
  });

  it('escapes the title and matches terms written with character references', () => {
    const terms: AbbrTerm[] = [{ term: 'A&E', id: 'a&e', title: 'Accident "&" Emergency' }];
    const { html } = markFirstUses(page('<p>Visits to A&amp;E rose; &AElig; stays.</p>'), terms);
    expect(mainOf(html)).toContain('<abbr title="Accident &quot;&amp;&quot; Emergency">A&amp;E</abbr>');
    expect(mainOf(html)).toContain('&AElig; stays.');
  });

  it('never matches inside a character reference', () => {
    const { html, marked } = markFirstUses(page('<p>&ACC; then ACC</p>'), TERMS);
    expect(marked).toEqual(['ACC']);
    expect(mainOf(html)).toContain('&ACC; then <abbr');
  });

  it('respects data-abbr="off" and leaves pages without main untouched', () => {
    expect(markFirstUses(page('<dl data-abbr="off"><dt>PCC</dt></dl>'), TERMS).marked).toEqual([]);
    const noMain = '<html><body><p>PCC</p></body></html>';
    expect(markFirstUses(noMain, TERMS).html).toBe(noMain);
  });

  it('isEnglish accepts en tags only', () => {
    expect(isEnglish('en-GB')).toBe(true);
    expect(isEnglish('')).toBe(true);
    expect(isEnglish('lt')).toBe(false);
    expect(isEnglish('eng')).toBe(false);
  });
});

describe('glossary helpers', () => {
  it('ids are the lower-case term', () => {
    expect(glossaryId('HMICFRS')).toBe('hmicfrs');
    expect(glossaryId('T/ACC')).toBe('t-acc');
    expect(glossaryId('A.O.B.')).toBe('a-o-b');
    expect(glossaryId('O OCD')).toBe('o-ocd');
    expect(glossaryId('4P')).toBe('term-4p');
    expect(() => glossaryId('..')).toThrow(/no letters or digits/);
    expect(glossaryHref('PCC')).toBe('/glossary/#pcc');
  });

  it('gives a title only for exactly one distinct expansion', () => {
    const terms = abbrTerms([
      { term: 'CC', expansions: [{ text: 'Chief Constable', source: src }, { text: 'chief constable', source: src }] },
      { term: 'NSRP', expansions: [] },
      { term: 'OOC', expansions: [{ text: 'Out of Court', source: src }, { text: 'Out of Court Disposals', source: src }] },
    ]);
    expect(terms).toEqual([
      { term: 'CC', id: 'cc', title: 'Chief Constable' },
      { term: 'NSRP', id: 'nsrp', title: undefined },
      { term: 'OOC', id: 'ooc', title: undefined },
    ]);
    expect(distinctExpansions({ expansions: [{ text: 'A  b', source: src }, { text: 'a b', source: src }] })).toEqual(['A  b']);
  });

  it('sorts terms and rejects colliding anchors', () => {
    const e = (id: string, term: string) => ({ id, data: { term } });
    expect(sortGlossary([e('b', 'PCC'), e('a', 'ACC'), e('c', 'acpo')]).map((x) => x.data.term)).toEqual(['ACC', 'acpo', 'PCC']);
    expect(() => sortGlossary([e('x', 'PCC'), e('y', 'pcc')])).toThrow(/"x" and "y".*#pcc/);
  });
});

describe('glossary terms for the render-time marking', () => {
  it('the middleware (bundled JSON) gets the same entries, in the same order, as reading src/content/glossary', () => {
    const files = import.meta.glob<unknown>('../../content/glossary/*.json', { eager: true, import: 'default' });
    const fromBundle = parseGlossary(files);
    expect(fromBundle.length).toBeGreaterThan(0);
    expect(fromBundle).toEqual(readGlossary(fileURLToPath(new URL('../../content/glossary', import.meta.url))));
  });
  it('names the file of an invalid entry', () => {
    expect(() => parseGlossary({ 'x/bad.json': { term: '' } })).toThrow(/x\/bad\.json: not a valid glossary entry/);
  });
});

describe('markPage (reads only the layout\'s <main>)', () => {
  const layout = (main: string, htmlLang = 'en-GB', bodyAttrs = ''): string =>
    `<!doctype html><html lang="${htmlLang}" dir="ltr"><head><title>PCC</title><script type="application/ld+json">{"name":"PCC"}</script></head>` +
    `<body${bodyAttrs}><header><p>PCC and ACC</p><a href="/glossary/#dappa">DAPPA</a></header>` +
    `<main id="main" tabindex="-1" data-pagefind-body>${main}</main><footer>PCC</footer><script type="module">const m = "</main>";</script></body></html>`;
  const cases = [
    layout('<p>The PCC met the ACC and T/ACC; DAPPA, A&amp;E, PCC again.</p>'),
    layout('<h1>PCC</h1><p lang="cy">PCC</p><p>PCC <a href="/glossary/#dappa">DAPPA</a> DAPPA</p><details><summary>DAPPA</summary><p>DAPPA</p></details>'),
    layout('<p>PCC</p>', 'cy'),
    layout('<p>PCC</p>', 'cy', ' lang="en"'),
    layout('<p>No acronyms here.</p>'),
    page('<p>PCC</p>'),
    '<!doctype html><html lang="en-GB"><body><p>PCC</p></body></html>',
  ];
  it('gives the same page and the same marks as reading the whole page', () => {
    for (const html of cases) expect(markPage(html, TERMS)).toEqual(markFirstUses(html, TERMS));
  });

  it('marks a page\'s UTF-8 bytes the same, and gives back the very bytes it was given when nothing is marked', () => {
    const utf8 = new TextEncoder();
    for (const html of [...cases, layout('<p>Café – “PCC” £5 ’quoted’ then ACC.</p>'), layout('<p>Ναι – no terms</p>')]) {
      const bytes = utf8.encode(html);
      const result = markPageBytes(bytes, TERMS);
      const expected = markFirstUses(html, TERMS);
      expect(new TextDecoder().decode(result.bytes)).toBe(expected.html);
      expect(result.marked).toEqual(expected.marked);
      if (expected.marked.length === 0) expect(result.bytes).toBe(bytes);
    }
  });
});
