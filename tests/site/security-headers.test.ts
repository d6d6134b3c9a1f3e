/**
 * The built `_headers` (Netlify, Cloudflare Pages): its Content-Security-Policy is the one every page
 * carries in its <meta>, plus frame-ancestors 'none'; the docs/hosting files carry the same policy
 * without Astro's hash sources, which is enough because no page has an inline script or style; and
 * the folders given a year-long immutable cache hold only files with a content hash in their names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { builtFiles, htmlFiles } from './checks.ts';
import { IMMUTABLE_PREFIXES, pagePolicyOf, parseCsp, readNetlifyHeaders } from '../../src/lib/site/security-headers.ts';

const dir = siteDir();
const ROOT = resolve(import.meta.dirname, '../..');
const pages = htmlFiles(dir);

/** The Content-Security-Policy of the `/*` rule of a `_headers` text. */
function siteCsp(text: string): string {
  const csp = new Map(readNetlifyHeaders(text).get('/*')).get('Content-Security-Policy');
  if (csp === undefined) throw new Error('_headers: no Content-Security-Policy under /*');
  return csp;
}

describe('security headers', () => {
  test('the build writes _headers with the CSP every page uses, plus frame-ancestors', () => {
    expect(existsSync(join(dir, '_headers')), `${dir}/_headers is missing`).toBe(true);
    const header = parseCsp(siteCsp(readFileSync(join(dir, '_headers'), 'utf8')));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(pages.length).toBeGreaterThan(0);
    const differing = pages.filter((page) => {
      const meta = pagePolicyOf(readFileSync(join(dir, page), 'utf8'));
      return meta === undefined || JSON.stringify([...parseCsp(meta)]) !== JSON.stringify([...header]);
    });
    expect(differing, `pages whose <meta> policy is not the _headers policy: ${differing.slice(0, 10).join(', ')}`).toEqual([]);
  });

  test("the docs/hosting policy is the built one without Astro's hash sources", () => {
    const built = parseCsp(siteCsp(readFileSync(join(dir, '_headers'), 'utf8')));
    for (const [name, sources] of built) built.set(name, sources.filter((s) => !/^'sha(256|384|512)-/.test(s)));
    const nginx = readFileSync(join(ROOT, 'docs/hosting/nginx.conf'), 'utf8');
    const docs = /^add_header Content-Security-Policy "([^"]*)" always;$/m.exec(nginx)?.[1];
    expect(docs, 'docs/hosting/nginx.conf sets no Content-Security-Policy').toBeDefined();
    expect(parseCsp(docs ?? '')).toEqual(built);
  });

  test('no page has an inline script, style element or style attribute (so the policy needs no hashes)', () => {
    const inline: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
        const attrs = m[1] ?? '';
        // JSON-LD and other data blocks are never run; a script with src is a file under 'self'.
        if (/\bsrc=/i.test(attrs) || /\btype="application\/(ld\+)?json"/i.test(attrs)) continue;
        inline.push(`${page}: <script${attrs}>`);
      }
      if (/<style\b/i.test(html)) inline.push(`${page}: <style>`);
      for (const m of html.matchAll(/<[a-z][^>]*\sstyle=["'][^>]*>/gi)) inline.push(`${page}: ${m[0].slice(0, 80)}`);
    }
    expect(inline, inline.slice(0, 10).join('\n')).toEqual([]);
  });

  test('every file in a folder cached as immutable has a content hash in its name', () => {
    const files = builtFiles(dir);
    const unhashed: string[] = [];
    let cached = 0;
    for (const prefix of IMMUTABLE_PREFIXES) {
      const inFolder = files.filter((f) => `/${f}`.startsWith(prefix));
      expect(inFolder.length, `no files under ${prefix}`).toBeGreaterThan(0);
      for (const f of inFolder) {
        cached++;
        const name = f.slice(f.lastIndexOf('/') + 1);
        // Vite: name.HASH8.ext; Pagefind: <lang>_<hex hash>.pf_fragment / .pf_index / .pf_filter.
        const hashed = prefix === '/_astro/' ? /\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(name) : /_[0-9a-f]{7,}\.pf_(fragment|index|filter)$/.test(name);
        if (!hashed) unhashed.push(f);
      }
    }
    console.log(`immutable cache: ${cached} files, all with a content hash`);
    expect(unhashed).toEqual([]);
  });
});
