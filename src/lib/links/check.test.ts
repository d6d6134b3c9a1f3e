import { describe, expect, it } from 'vitest';
import { checkLinks, classify, decodeEntities, fileFor, isSubresource, parseHtml, srcsetUrls, urlPathForFile, type ParsedPage } from './check.ts';

const SITE = 'https://scrutiny.example.org';

describe('parseHtml', () => {
  it('finds URL attributes with their lines, and ids and a[name] as fragment targets', () => {
    const html = [
      '<!doctype html>',
      '<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://scrutiny.example.org/x/"></head>',
      '<body><a href="/meetings/#agenda">Agenda</a>',
      '<img src="/i.png" srcset="/i.png 1x, /i@2x.png 2x" alt="">',
      '<h2 id="minutes">Minutes</h2><a name="old-anchor"></a><p name="not-a-target"></p>',
      '<script type="module" src="/_astro/s.js"></script>',
      '</body></html>',
    ].join('\n');
    const page = parseHtml(html);
    expect(page.refs.map((r) => [r.tag, r.attr, r.value, r.line])).toEqual([
      ['link', 'href', '/_astro/a.css', 2],
      ['link', 'href', 'https://scrutiny.example.org/x/', 2],
      ['a', 'href', '/meetings/#agenda', 3],
      ['img', 'src', '/i.png', 4],
      ['img', 'srcset', '/i.png', 4],
      ['img', 'srcset', '/i@2x.png', 4],
      ['script', 'src', '/_astro/s.js', 6],
    ]);
    expect(page.refs[0]?.rel).toBe('stylesheet');
    expect([...page.ids]).toEqual(['minutes', 'old-anchor']);
  });

  it('ignores tags inside comments, scripts and styles, and copes with > inside quoted values', () => {
    const html = '<!-- <a href="/in-comment/"> -->\n<script>const s = "<a href=\'/in-script/\'>";</script>\n<style>a[href="/x/"]{}</style>\n<a title="a > b" href="/real/" id=plain>x</a>';
    const page = parseHtml(html);
    expect(page.refs.map((r) => r.value)).toEqual(['/real/']);
    expect(page.refs[0]?.line).toBe(4);
    expect(page.ids.has('plain')).toBe(true);
  });

  it('decodes character references in attribute values', () => {
    expect(parseHtml('<a href="/q/?a=1&amp;b=2#x&#45;y">x</a>').refs[0]?.value).toBe('/q/?a=1&b=2#x-y');
    expect(decodeEntities('&lt;&#x41;&#66;&unknown;')).toBe('<AB&unknown;');
  });
});

describe('srcsetUrls', () => {
  it('splits candidates and drops descriptors', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png 100w,b.png 200w')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png, b.png')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('  ')).toEqual([]);
  });
});

describe('classify', () => {
  it('resolves relative and site-origin URLs to internal paths and decoded fragments', () => {
    expect(classify('../b/#x%20y', '/meetings/a/', SITE)).toEqual({ kind: 'internal', path: '/meetings/b/', fragment: 'x y' });
    expect(classify('https://scrutiny.example.org/reports/', '/', SITE)).toEqual({ kind: 'internal', path: '/reports/', fragment: undefined });
    expect(classify('#q-3', '/meetings/m/', SITE)).toEqual({ kind: 'internal', path: '/meetings/m/', fragment: 'q-3' });
  });
  it('separates other origins, contact links, data URLs and broken values', () => {
    expect(classify('https://www.norfolk-pcc.gov.uk/', '/', SITE)).toEqual({ kind: 'external', url: 'https://www.norfolk-pcc.gov.uk/' });
    expect(classify('http://scrutiny.example.org/', '/', SITE).kind).toBe('external'); // another scheme is another origin
    expect(classify('mailto:opccn@norfolk.police.uk', '/', SITE).kind).toBe('contact');
    expect(classify('tel:01953424455', '/', SITE).kind).toBe('contact');
    expect(classify('mailto:', '/', SITE)).toEqual({ kind: 'invalid', reason: 'empty contact address' });
    expect(classify('javascript:void(0)', '/', SITE).kind).toBe('invalid');
    expect(classify('data:image/png;base64,AAAA', '/', SITE).kind).toBe('data');
    expect(classify('http://[bad', '/', SITE).kind).toBe('invalid');
  });
});

describe('fileFor', () => {
  const files = new Set(['index.html', 'meetings/index.html', 'data/tables/t1.csv', '404.html']);
  it('maps directory URLs to index.html and files to themselves', () => {
    expect(fileFor('/', files)).toEqual({ ok: true, file: 'index.html' });
    expect(fileFor('/meetings/', files)).toEqual({ ok: true, file: 'meetings/index.html' });
    expect(fileFor('/data/tables/t1.csv', files)).toEqual({ ok: true, file: 'data/tables/t1.csv' });
  });
  it('reports missing files, missing index pages and directories without a trailing slash', () => {
    expect(fileFor('/nope/', files)).toEqual({ ok: false, reason: 'no nope/index.html in the build' });
    expect(fileFor('/nope.csv', files).ok).toBe(false);
    expect(fileFor('/meetings', files)).toEqual({ ok: false, reason: 'links to a directory without its trailing slash (use /meetings/)' });
  });
});

describe('isSubresource', () => {
  it('treats fetched-without-a-click references as subresources, and navigation links not', () => {
    expect(isSubresource({ tag: 'img', attr: 'src' })).toBe(true);
    expect(isSubresource({ tag: 'script', attr: 'src' })).toBe(true);
    expect(isSubresource({ tag: 'link', attr: 'href', rel: 'stylesheet' })).toBe(true);
    expect(isSubresource({ tag: 'link', attr: 'href', rel: 'preload' })).toBe(true);
    expect(isSubresource({ tag: 'link', attr: 'href', rel: 'canonical' })).toBe(false);
    expect(isSubresource({ tag: 'a', attr: 'href' })).toBe(false);
  });
});

describe('urlPathForFile', () => {
  it('maps built files to the URL paths they are served at', () => {
    expect(urlPathForFile('index.html')).toBe('/');
    expect(urlPathForFile('meetings/m1/index.html')).toBe('/meetings/m1/');
    expect(urlPathForFile('404.html')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const page = (html: string): ParsedPage => parseHtml(html);
  const pages = new Map<string, ParsedPage>([
    ['index.html', page('<a href="/meetings/#agenda">ok</a>\n<a href="/meetings/#missing">bad fragment</a>\n<a href="/gone/">dead</a>\n<a href="#top">top</a>')],
    [
      'meetings/index.html',
      page('<h2 id="agenda">A</h2><a href="../">home</a><a href="https://scrutiny.example.org/meetings/#agenda">abs</a><a href="https://scrutiny.example.org/nowhere/">abs dead</a><a href="https://elsewhere.example/">other</a><img src="https://cdn.example/x.png" alt=""><a href="/data/t.csv#row-1">csv</a><a href="mailto:a@b.c">mail</a>'),
    ],
  ]);
  const files = new Set(['index.html', 'meetings/index.html', 'data/t.csv']);
  const report = checkLinks(pages, files, SITE);

  it('reports dead links, missing fragments, site-origin dead links and third-party subresources, with lines', () => {
    expect(report.problems.map((p) => [p.page, p.line, p.value, p.message])).toEqual([
      ['index.html', 2, '/meetings/#missing', 'missing fragment: no id="missing" in meetings/index.html'],
      ['index.html', 3, '/gone/', 'dead link: no gone/index.html in the build'],
      ['meetings/index.html', 1, 'https://scrutiny.example.org/nowhere/', 'dead link: no nowhere/index.html in the build'],
      ['meetings/index.html', 1, 'https://cdn.example/x.png', 'third-party resource (https://cdn.example): the portal must load nothing from other origins'],
    ]);
  });
  it('lists other-origin links without failing on navigation links', () => {
    expect(report.external.map((e) => e.url)).toEqual(['https://elsewhere.example/', 'https://cdn.example/x.png']);
    expect(report.checked).toBe(11);
  });
});
