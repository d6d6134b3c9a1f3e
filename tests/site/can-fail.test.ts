/**
 * Proof that the checks can fail: the same checkers `npm test` runs on dist/ (browser page checks with
 * axe, the link checker, html-validate) run on tests/fixtures/broken-site/, where each page has one
 * deliberate fault, and must report exactly that fault. The fault-free control page must pass them all.
 */
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatLinkProblems } from '../../src/lib/links/check.ts';
import { startStaticServer, type StaticServer } from '../browser/static-server.ts';
import { checkPage } from '../browser/page-checks.ts';
import { checkSiteLinks, htmlFiles, validateHtmlFile } from './checks.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/broken-site');
const FIXTURE_ORIGIN = 'https://broken-site.example';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURE);
});
afterAll(async () => {
  await server.close();
});

const browserCheck = (path: string, width = 1280): Promise<string[]> => checkPage(path, { width, base: server.url });

describe('browser page checks (axe, requests, structure) on the broken site', () => {
  test('the control page passes every check at both widths', async () => {
    expect(await browserCheck('/')).toEqual([]);
    expect(await browserCheck('/', 375)).toEqual([]);
  });

  test('an <img> without alt is an axe image-alt violation', async () => {
    const found = await browserCheck('/img-no-alt/');
    expect(found.some((line) => line.startsWith('axe image-alt ') && line.includes('img'))).toBe(true);
  });

  test('grey text on white is an axe color-contrast violation', async () => {
    const found = await browserCheck('/low-contrast/');
    expect(found.some((line) => line.startsWith('axe color-contrast ') && line.includes('.faint'))).toBe(true);
  });

  test('an image from another origin is recorded (and blocked) as a request leaving 127.0.0.1', async () => {
    const found = await browserCheck('/third-party/');
    expect(found).toContain('request leaving 127.0.0.1: https://third-party.example/pixel.png');
  });
});

describe('link checker on the broken site', () => {
  const report = checkSiteLinks(FIXTURE, FIXTURE_ORIGIN);
  const lines = formatLinkProblems(report.problems);

  test('reports the dead link', () => {
    expect(lines).toContain('dead-link/index.html:16 <a href="/no-such-page/">: dead link: no no-such-page/index.html in the build');
  });

  test('reports the missing fragment, and accepts the fragment that exists', () => {
    expect(lines).toContain('missing-fragment/index.html:16 <a href="/#nowhere">: missing fragment: no id="nowhere" in index.html');
    expect(lines.some((l) => l.includes('#intro'))).toBe(false);
  });

  test('reports the third-party image', () => {
    expect(lines.some((l) => l.startsWith('third-party/index.html:17 <img src="https://third-party.example/pixel.png">: third-party resource'))).toBe(true);
  });

  test('reports nothing else', () => {
    expect(report.problems).toHaveLength(3);
  });
});

describe('html-validate on the broken site', () => {
  test('reports the <img> without alt (wcag/h37)', async () => {
    const errors = await validateHtmlFile(join(FIXTURE, 'img-no-alt/index.html'), 'img-no-alt/index.html');
    expect(errors.some((e) => / wcag\/h37 /.test(e))).toBe(true);
  });

  test('finds no error in the pages without markup faults', async () => {
    const clean = htmlFiles(FIXTURE).filter((f) => f !== 'img-no-alt/index.html');
    expect(clean).toHaveLength(5);
    for (const file of clean) expect(await validateHtmlFile(join(FIXTURE, file), file)).toEqual([]);
  });
});
