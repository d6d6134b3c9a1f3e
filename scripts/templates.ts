/**
 * One built page for every page template (every `*.astro` route file under src/pages), found from the
 * route files and the built site, never from content ids (the content changes each quarter).
 *
 * A route file's path becomes a pattern of segments: `meetings/[id]/questions/[...page].astro` is
 * `meetings`, a parameter, `questions`, then any number of segments. Each built page goes to the route
 * Astro would have rendered it with when several match (segment by segment: a fixed name wins over a
 * parameter, a parameter over a rest parameter), and each route gets its first page in sorted order.
 *
 * Used by `npm run lighthouse` (scripts/lighthouse.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One segment of a route: a fixed name, a parameter (`[id]`) or a rest parameter (`[...page]`). */
export type Segment = { kind: 'static'; name: string } | { kind: 'param' } | { kind: 'rest' };

export interface Route {
  /** The route file, relative to src/pages, e.g. "meetings/[id]/index.astro". */
  file: string;
  segments: Segment[];
}

export interface TemplatePage {
  route: string;
  /** URL path of the chosen page, e.g. "/meetings/" or "/404.html"; undefined when the build has no page for the route. */
  path: string | undefined;
  /** How many built pages this route produced. */
  pages: number;
}

function walk(dir: string, root: string = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) walk(abs, root, out);
    else out.push(relative(root, abs).split(sep).join('/'));
  }
  return out.sort();
}

/** The route of a page file under src/pages ("actions/[id].astro"), or undefined for endpoints (*.ts) and other files. */
export function routeOf(file: string): Route | undefined {
  if (!file.endsWith('.astro')) return undefined;
  const parts = file.slice(0, -'.astro'.length).split('/');
  if (parts.at(-1) === 'index') parts.pop();
  const segments = parts.map((part): Segment => {
    if (/^\[\.\.\.[^\]]+\]$/.test(part)) return { kind: 'rest' };
    if (/^\[[^\]]+\]$/.test(part)) return { kind: 'param' };
    if (part.includes('[')) throw new Error(`src/pages/${file}: a segment mixing fixed text and a parameter ("${part}") is not supported here`);
    return { kind: 'static', name: part };
  });
  return { file, segments };
}

/** Every page route (`*.astro`) under `pagesDir`. */
export function pageRoutes(pagesDir: string): Route[] {
  return walk(pagesDir).flatMap((file) => routeOf(file) ?? []);
}

/** The URL path segments of a built HTML file: "a/b/index.html" → ["a", "b"], "404.html" → ["404"]. */
export function segmentsOfFile(file: string): string[] {
  const parts = file.split('/');
  const last = parts.pop()!;
  if (last !== 'index.html') parts.push(last.replace(/\.html$/, ''));
  return parts;
}

/** The URL path of a built HTML file: "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
export function urlOfFile(file: string): string {
  return file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Whether `route` matches the URL segments `url`. */
export function matches(route: Segment[], url: string[]): boolean {
  const [head, ...rest] = route;
  if (!head) return url.length === 0;
  if (head.kind === 'rest') return true; // a rest parameter, always last, takes what is left (possibly nothing)
  const [first, ...others] = url;
  if (first === undefined) return false;
  if (head.kind === 'static' && head.name !== first) return false;
  return matches(rest, others);
}

const RANK = { static: 0, param: 1, rest: 2 } as const;

/** Negative when route `a` takes precedence over `b` (Astro's order: fixed names, then parameters, then rest parameters). */
export function compareRoutes(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    // Two routes that match the same URL differ in length only by a rest parameter matching nothing:
    // the route without it (e.g. site-index/index.astro over site-index/[...part].astro) wins.
    if (!x || !y) return x ? 1 : -1;
    const d = RANK[x.kind] - RANK[y.kind];
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * One page per route: for each built HTML file (not Pagefind's), the route that renders it; then each
 * route's first page in sorted order. `unmatched` lists built pages no route matches.
 */
export function templatePages(routes: Route[], htmlFiles: string[]): { templates: TemplatePage[]; unmatched: string[] } {
  const byRoute = new Map<string, string[]>(routes.map((r) => [r.file, []]));
  const unmatched: string[] = [];
  for (const file of [...htmlFiles].sort()) {
    const url = segmentsOfFile(file);
    const best = routes.filter((r) => matches(r.segments, url)).sort((a, b) => compareRoutes(a.segments, b.segments))[0];
    if (best) byRoute.get(best.file)!.push(urlOfFile(file));
    else unmatched.push(urlOfFile(file));
  }
  const templates = routes.map((r) => {
    const pages = byRoute.get(r.file)!;
    return { route: r.file, path: pages[0], pages: pages.length };
  });
  return { templates, unmatched };
}

/** Every built HTML page of `siteDir` (relative paths), without Pagefind's files. */
export function builtHtml(siteDir: string): string[] {
  return walk(siteDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}
