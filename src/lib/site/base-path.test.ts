import { describe, expect, it } from 'vitest';
import { normalBase, rebaseAbsolute, rebaseHeaders, rebaseHtml, withBase } from './base-path.ts';

const ORIGIN = 'https://scrutiny.example.org';

describe('withBase and normalBase', () => {
  it('puts site paths under the base, once, and leaves other URLs alone', () => {
    expect(normalBase('norfolk')).toBe('/norfolk/');
    expect(normalBase('/')).toBe('/');
    expect(withBase('/meetings/x/', '/norfolk/')).toBe('/norfolk/meetings/x/');
    expect(withBase('/', '/norfolk/')).toBe('/norfolk/');
    expect(withBase('/norfolk/meetings/', '/norfolk/')).toBe('/norfolk/meetings/');
    expect(withBase('/norfolk', '/norfolk/')).toBe('/norfolk');
    expect(withBase('/norfolk-archive/', '/norfolk/')).toBe('/norfolk/norfolk-archive/');
    for (const other of ['#main', 'mailto:a@b.org', 'https://x.org/a', '//cdn.x/a', 'a/b']) expect(withBase(other, '/norfolk/')).toBe(other);
    expect(withBase('/meetings/', '/')).toBe('/meetings/');
  });
});

describe('rebaseHtml', () => {
  it('moves links, sources, form actions and the search bundle under the base, and absolute links on the origin', () => {
    const html =
      '<a href="/meetings/">M</a><img src="/og.png" alt=""><form action="/search/"></form>' +
      '<os-search data-bundle="/pagefind/pagefind.js" data-periods="/pagefind/periods.json"></os-search><link rel="canonical" href="https://scrutiny.example.org/meetings/">' +
      '<a href="/norfolk/actions/">A</a><a href="#x">x</a><a href="https://other.org/meetings/">o</a><p>see /meetings/ for more</p>';
    expect(rebaseHtml(html, '/norfolk/', ORIGIN)).toBe(
      '<a href="/norfolk/meetings/">M</a><img src="/norfolk/og.png" alt=""><form action="/norfolk/search/"></form>' +
        '<os-search data-bundle="/norfolk/pagefind/pagefind.js" data-periods="/norfolk/pagefind/periods.json"></os-search><link rel="canonical" href="https://scrutiny.example.org/norfolk/meetings/">' +
        '<a href="/norfolk/actions/">A</a><a href="#x">x</a><a href="https://other.org/meetings/">o</a><p>see /meetings/ for more</p>',
    );
  });

  it('changes nothing at base "/"', () => {
    const html = '<a href="/meetings/">M</a> https://scrutiny.example.org/x/';
    expect(rebaseHtml(html, '/', ORIGIN)).toBe(html);
  });
});

describe('rebaseAbsolute and rebaseHeaders', () => {
  it('puts feed and sitemap links under the base once', () => {
    const xml = '<loc>https://scrutiny.example.org/</loc><loc>https://scrutiny.example.org/norfolk/</loc><link>https://scrutiny.example.org/meetings/a/</link>';
    expect(rebaseAbsolute(xml, '/norfolk/', ORIGIN)).toBe(
      '<loc>https://scrutiny.example.org/norfolk/</loc><loc>https://scrutiny.example.org/norfolk/</loc><link>https://scrutiny.example.org/norfolk/meetings/a/</link>',
    );
  });

  it('moves the path lines of _headers, not the headers', () => {
    expect(rebaseHeaders('# c\n/*\n  X-A: /b\n/_astro/*\n  Cache-Control: x\n', '/norfolk/')).toBe('# c\n/norfolk/*\n  X-A: /b\n/norfolk/_astro/*\n  Cache-Control: x\n');
  });
});
