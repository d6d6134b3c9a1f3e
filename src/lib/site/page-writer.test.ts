import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markPage, type AbbrTerm } from '../glossary/abbr.ts';
import { MAX_QUEUED, pageFile, pageWriterRunning, startPageWriter, writingPrerenderer, type PageWriter } from './page-writer.ts';

const TERMS: AbbrTerm[] = [
  { term: 'PCC', id: 'pcc', title: 'Police and Crime Commissioner' },
  { term: 'ACC', id: 'acc', title: 'Assistant Chief Constable' },
];
const page = (main: string): string =>
  `<!doctype html><html lang="en-GB"><head><title>PCC</title></head><body><header>PCC</header><main id="main">${main}</main><footer>PCC</footer></body></html>`;
const utf8 = new TextEncoder();

let dir = '';
let writer: PageWriter | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-writer-'));
});
afterEach(async () => {
  await writer?.stop();
  writer = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('the page writer worker', () => {
  it('writes each page, in folders it makes, with the bytes markPageBytes gives', async () => {
    writer = startPageWriter(TERMS);
    const pages = [page('<p>The PCC and the ACC; PCC again.</p>'), page('<p>No acronyms here.</p>'), page('<p>Café – “ACC” £5</p>')];
    const files = pages.map((_, i) => join(dir, `p${i}`, 'deeper', 'index.html'));
    for (const [i, html] of pages.entries()) await writer.write(utf8.encode(html), files[i]!);
    expect(await writer.finish()).toBe(3);
    expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(pages.map((html) => markPage(html, TERMS).html));
    expect(readFileSync(files[0]!, 'utf8')).toContain('<abbr');
  });

  it(`takes more pages than it lets wait (${MAX_QUEUED}) and writes them all`, async () => {
    writer = startPageWriter(TERMS);
    const n = MAX_QUEUED * 3;
    for (let i = 0; i < n; i++) await writer.write(utf8.encode(page(`<p>PCC ${i}</p>`)), join(dir, `${i}`, 'index.html'));
    expect(await writer.finish()).toBe(n);
    expect(readFileSync(join(dir, `${n - 1}`, 'index.html'), 'utf8')).toContain(`PCC</abbr> ${n - 1}`);
  });

  it('writes the pages it can and, when finishing, names every page it could not with the reason', async () => {
    writer = startPageWriter(TERMS);
    writeFileSync(join(dir, 'taken'), 'a file, not a folder');
    const bad = [join(dir, 'taken', 'a', 'index.html'), join(dir, 'taken', 'b', 'index.html')];
    await writer.write(utf8.encode(page('<p>x</p>')), bad[0]!);
    await writer.write(utf8.encode(page('<p>y</p>')), join(dir, 'ok.html'));
    await writer.write(utf8.encode(page('<p>z</p>')), bad[1]!);
    const finishing = writer.finish();
    await expect(finishing).rejects.toThrow('could not write 2 page(s)');
    await expect(finishing).rejects.toThrow(new RegExp(`${bad[0]}: .*\\n${bad[1]}: `));
    expect(readFileSync(join(dir, 'ok.html'), 'utf8')).toContain('<p>y</p>');
  });
});

describe('pageFile', () => {
  const out = new URL('file:///site/dist/');
  const route = { type: 'page', route: '/meetings/[id]' };
  it('puts a page where a directory build does: <outDir>/<path>/index.html', () => {
    expect(pageFile(new URL('https://x.test/meetings/2025-01-29/'), route, out, '/')).toBe('/site/dist/meetings/2025-01-29/index.html');
    expect(pageFile(new URL('https://x.test/'), { type: 'page', route: '/' }, out, '/')).toBe('/site/dist/index.html');
  });
  it('takes the base off (the files of a build under a base path are not in a folder of that name)', () => {
    expect(pageFile(new URL('https://x.test/norfolk/meetings/a/'), route, out, '/norfolk/')).toBe('/site/dist/meetings/a/index.html');
    expect(pageFile(new URL('https://x.test/norfolk/'), route, out, '/norfolk')).toBe('/site/dist/index.html');
  });
  it('decodes the path as Astro does', () => {
    expect(pageFile(new URL('https://x.test/people/caf%C3%A9/'), route, out, '/')).toBe('/site/dist/people/café/index.html');
  });
  it('leaves to Astro what it does not place: endpoints, redirects, the status-code pages, paths outside the base or without a slash', () => {
    expect(pageFile(new URL('https://x.test/meetings.xml'), { type: 'endpoint', route: '/meetings.xml' }, out, '/')).toBeUndefined();
    expect(pageFile(new URL('https://x.test/old/'), { type: 'redirect', route: '/old' }, out, '/')).toBeUndefined();
    expect(pageFile(new URL('https://x.test/404/'), { type: 'page', route: '/404' }, out, '/')).toBeUndefined();
    expect(pageFile(new URL('https://x.test/other/a/'), route, out, '/norfolk/')).toBeUndefined();
    expect(pageFile(new URL('https://x.test/meetings/a'), route, out, '/')).toBeUndefined();
  });
});

describe('writingPrerenderer', () => {
  /** A stand-in for Astro's prerenderer: answers each URL with the response given for its path. */
  const inner = (responses: Record<string, () => Response>, log: string[]): AstroPrerenderer => ({
    name: 'stand-in',
    setup: async () => void log.push('setup'),
    getStaticPaths: async () => [],
    render: async (request) => responses[new URL(request.url).pathname]!(),
    teardown: async () => void log.push('teardown'),
  });
  const html = (body: string, status = 200): Response => new Response(body, { status, headers: { 'content-type': 'text/html' } });
  const render = (p: AstroPrerenderer, path: string, type = 'page', route = path.replace(/\/$/, '') || '/') =>
    p.render(new Request(`https://x.test${path}`), { routeData: { type, route } as never });
  const body = async (r: Response | { response: Response }): Promise<string | null> => {
    const response = r instanceof Response ? r : r.response;
    return response.body === null ? null : await response.text();
  };

  it('writes the pages it places itself, marked, and gives Astro no body to write; marks the rest in this thread', async () => {
    const log: string[] = [];
    let written = -1;
    const responses = {
      '/meetings/a/': () => html(page('<p>PCC</p>')),
      '/404/': () => html(page('<p>ACC</p>'), 404),
      '/meetings.xml': () => new Response('<rss>PCC</rss>', { headers: { 'content-type': 'application/rss+xml' } }),
    };
    const p = writingPrerenderer(inner(responses, log), { terms: TERMS, outDir: pathToFileURL(`${dir}/`), base: '/', done: (n) => (written = n) });
    expect(pageWriterRunning()).toBe(false);
    await p.setup?.();
    expect(pageWriterRunning()).toBe(true);
    expect(await body(await render(p, '/meetings/a/'))).toBeNull();
    expect(await body(await render(p, '/404/'))).toBe(markPage(page('<p>ACC</p>'), TERMS).html);
    expect(await body(await render(p, '/meetings.xml', 'endpoint'))).toBe('<rss>PCC</rss>');
    await p.teardown?.();
    expect(readFileSync(join(dir, 'meetings/a/index.html'), 'utf8')).toBe(markPage(page('<p>PCC</p>'), TERMS).html);
    expect(pageWriterRunning()).toBe(false);
    expect(written).toBe(1);
    expect(log).toEqual(['setup', 'teardown']);
  });

  it('fails the build when the prerendering ends if a page could not be written, naming its file, and still stops', async () => {
    writeFileSync(join(dir, 'meetings'), 'a file where a folder must go');
    const log: string[] = [];
    const p = writingPrerenderer(inner({ '/meetings/a/': () => html(page('<p>PCC</p>')) }, log), { terms: TERMS, outDir: pathToFileURL(`${dir}/`), base: '/' });
    await p.setup?.();
    await render(p, '/meetings/a/');
    await expect(p.teardown!()).rejects.toThrow(join(dir, 'meetings/a/index.html'));
    expect(pageWriterRunning()).toBe(false);
    expect(log).toEqual(['setup', 'teardown']);
  });
});
