/** scripts/templates.ts: one built page per page template, as Astro would route each page. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageRoutes, routeOf, templatePages, urlOfFile, type Route } from '../../scripts/templates.ts';

const routes = (files: string[]): Route[] => files.map((f) => routeOf(f)!);

describe('templatePages', () => {
  test('endpoints are not templates; index files name their folder', () => {
    expect(routeOf('robots.txt.ts')).toBeUndefined();
    expect(routeOf('index.astro')?.segments).toEqual([]);
    expect(routeOf('meetings/[id]/questions/[...page].astro')?.segments).toEqual([
      { kind: 'static', name: 'meetings' },
      { kind: 'param' },
      { kind: 'static', name: 'questions' },
      { kind: 'rest' },
    ]);
  });

  test('each page goes to the route Astro renders it with: fixed names before parameters before rest parameters', () => {
    const r = routes(['index.astro', '404.astro', 'actions/[id].astro', 'actions/by-owner/index.astro', 'actions/by-owner/[owner].astro', 'site-index/index.astro', 'site-index/[...part].astro', 'meetings/[id]/questions/[...page].astro', 'papers/[doc]/[part].astro']);
    const html = [
      'index.html',
      '404.html',
      'actions/by-owner/index.html',
      'actions/by-owner/the-cc/index.html',
      'actions/pam-action-1/index.html',
      'site-index/index.html',
      'site-index/actions/index.html',
      'meetings/m1/questions/2/index.html',
      'meetings/m1/questions/index.html',
      'stray/deep/page/index.html',
    ];
    const { templates, unmatched } = templatePages(r, html);
    expect(Object.fromEntries(templates.map((t) => [t.route, t.path]))).toEqual({
      'index.astro': '/',
      '404.astro': '/404.html',
      'actions/[id].astro': '/actions/pam-action-1/',
      'actions/by-owner/index.astro': '/actions/by-owner/',
      'actions/by-owner/[owner].astro': '/actions/by-owner/the-cc/',
      'site-index/index.astro': '/site-index/',
      'site-index/[...part].astro': '/site-index/actions/',
      'meetings/[id]/questions/[...page].astro': '/meetings/m1/questions/2/',
      'papers/[doc]/[part].astro': undefined,
    });
    expect(templates.find((t) => t.route === 'meetings/[id]/questions/[...page].astro')?.pages).toBe(2);
    expect(unmatched).toEqual(['/stray/deep/page/']);
  });

  test('urlOfFile', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('a/b/index.html')).toBe('/a/b/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });

  test("the project's own page routes all parse", () => {
    const found = pageRoutes(resolve(import.meta.dirname, '../../src/pages'));
    expect(found.length).toBeGreaterThan(30);
    expect(found.map((r) => r.file)).toContain('index.astro');
  });
});
