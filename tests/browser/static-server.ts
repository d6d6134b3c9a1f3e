/**
 * A plain static file server for a built site, behaving like a CDN:
 * `/dir/` serves `/dir/index.html`, `/dir` redirects to `/dir/`, a missing file is a 404
 * (with the site's 404.html as the body when there is one). No SPA fallback, no `.html` guessing.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin with no trailing slash, e.g. http://127.0.0.1:43121 */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port (or `port`). */
export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  // extensions: [] so sirv only ever serves the exact file we resolved below.
  const files = sirv(root, { dev: true, etag: true, extensions: [], dotfiles: false });
  const notFoundPage = join(root, '404.html');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.statusCode = 400;
      res.end('Bad request');
      return;
    }
    const abs = normalize(join(root, pathname));
    if (abs !== root && !abs.startsWith(root + sep)) {
      res.statusCode = 403;
      res.end('Forbidden');
      return;
    }
    const stat = existsSync(abs) ? statSync(abs) : undefined;
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.statusCode = 301;
        res.setHeader('Location', `${url.pathname}/${url.search}`);
        res.end();
        return;
      }
      if (existsSync(join(abs, 'index.html'))) {
        req.url = `${url.pathname}index.html${url.search}`;
        files(req, res, () => notFound(res));
        return;
      }
      notFound(res);
      return;
    }
    if (stat?.isFile()) {
      files(req, res, () => notFound(res));
      return;
    }
    notFound(res);
  });

  function notFound(res: import('node:http').ServerResponse): void {
    res.statusCode = 404;
    if (existsSync(notFoundPage)) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(notFoundPage));
    } else {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
