/**
 * Publishing one area's portal under a path of a shared origin (`/norfolk/`, `/fictional/`): the one
 * place that turns the portal's root-relative addresses into addresses under the base.
 *
 * Pages, components and src/lib build their links as site paths ("/meetings/x/"), and the absolute
 * ones (canonical, feeds, calendars, sitemap, open data) from the origin. Astro's `base` already
 * puts its own assets (`/_astro/`), `import.meta.env.BASE_URL` and `Astro.url` under the base; after
 * the build, src/integrations/base-path.ts passes every written file through these functions, so
 * every other link follows without each of the many places that write one having to know.
 * With base "/" nothing changes.
 */

/** "/norfolk/" from "norfolk", "/norfolk" or "/norfolk/"; "/" stays "/". */
export function normalBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site path under the base: "/meetings/" → "/norfolk/meetings/". Leaves other URLs, and paths already under the base, alone. */
export function withBase(path: string, base: string): string {
  const b = normalBase(base);
  if (b === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === b.slice(0, -1) || path.startsWith(b)) return path;
  return `${b}${path.slice(1)}`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every `<origin>/path` in a text put under the base (`https://x.org/meetings/` → `https://x.org/norfolk/meetings/`). */
export function rebaseAbsolute(text: string, base: string, origin: string): string {
  const b = normalBase(base);
  if (b === '/') return text;
  const o = new URL(origin).origin;
  const slug = escape(b.slice(1, -1));
  // Not already under the base ("https://x.org/norfolk/", "https://x.org/norfolk" at the end of a value).
  return text.replace(new RegExp(`${escape(o)}/(?!${slug}(?:/|["'<\\s]|$))`, 'g'), `${o}${b}`);
}

/** Attributes whose value is a URL a browser follows or loads (plus our search element's bundle path, base and list of search periods). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-bundle', 'data-base-url', 'data-periods'];
const attributePattern = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'gi');

/** A built HTML page with every root-relative link, image, form and script address, and every absolute one on the origin, under the base. */
export function rebaseHtml(html: string, base: string, origin: string): string {
  if (normalBase(base) === '/') return html;
  const attributes = html.replace(attributePattern, (_m, name: string, quote: string, value: string) => `${name}${quote}${withBase(value, base)}${quote}`);
  return rebaseAbsolute(attributes, base, origin);
}

/** A Netlify/Cloudflare `_headers` file with its path lines under the base ("/_astro/*" → "/norfolk/_astro/*"). */
export function rebaseHeaders(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? withBase(line, base) : line))
    .join('\n');
}
