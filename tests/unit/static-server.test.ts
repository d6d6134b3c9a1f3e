/** The test server behaves like a plain CDN: directory index, redirect to the trailing slash, real 404s, no guessing. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../browser/static-server.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/broken-site');
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURE);
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

it('listens on 127.0.0.1 at a free port', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

it('serves a directory URL from its index.html, and files as they are', async () => {
  const home = await get('/dead-link/');
  expect(home.status).toBe(200);
  expect(home.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await home.text()).toContain('<h1>Dead link</h1>');
  const css = await get('/style.css');
  expect(css.status).toBe(200);
  expect(css.headers.get('content-type')).toMatch(/^text\/css/);
});

it('redirects a directory without its trailing slash, keeping the query', async () => {
  const res = await get('/dead-link?x=1');
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe('/dead-link/?x=1');
});

it('answers 404 for missing files, with no SPA fallback and no .html guessing', async () => {
  expect((await get('/no-such-page/')).status).toBe(404);
  expect((await get('/dead-link/index')).status).toBe(404);
  expect((await get('/style')).status).toBe(404);
  expect((await get('/README.md')).status).toBe(200);
});

it('never serves files outside the site directory', async () => {
  expect((await get('/..%2f..%2fpackage.json')).status).toBe(403);
});
