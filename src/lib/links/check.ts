/**
 * Internal link checking for a built static site, as pure functions (no file system):
 *
 * - parseHtml(html): every URL-bearing attribute (href, src, srcset, action, poster, data) with its line,
 *   and every fragment target (id anywhere, name on <a>);
 * - classify(value, pageUrlPath, siteOrigin): what a URL points at (same site / other origin / mailto / …);
 * - fileFor(urlPath, files): the built file a URL path is served from, as a CDN would (directory → index.html);
 * - checkLinks(pages, files, siteOrigin): every reference resolves to a built file and every #fragment to an
 *   id in the target page. Other origins are reported as `external`; they only count as problems where the
 *   browser would fetch them without a click (src, srcset, script, stylesheet/icon/preload links).
 *
 * Used by tests/site/links.test.ts on dist/ and by tests/site/can-fail.test.ts on a deliberately broken site.
 */

export interface HtmlRef {
  /** Element name, lower case. */
  tag: string;
  /** Attribute name, lower case. */
  attr: string;
  /** Attribute value with character references decoded. For srcset, one candidate URL. */
  value: string;
  /** `rel` of a <link>, lower case, if any. */
  rel?: string;
  /** 1-based line of the element's start tag. */
  line: number;
}

export interface ParsedPage {
  refs: HtmlRef[];
  /** Fragment targets: every id, and name on <a>. */
  ids: Set<string>;
}

const URL_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** Elements whose content is raw text: never scanned for tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that can appear in attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The URLs of a srcset attribute, in order (parsed as the HTML standard does: URL, then descriptors up to a comma). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] ?? '')) i++;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i] ?? '')) url += srcset[i++];
    if (url === '') break;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else while (i < srcset.length && srcset[i] !== ',') i++; // descriptors
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** Attributes of one start tag (names lower-cased, values decoded; a bare attribute has value ''). */
function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = (m[1] ?? '').toLowerCase();
    if (attrs.has(name)) continue; // the first occurrence wins, as in browsers
    attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Scans one HTML document for URL-bearing attributes and fragment targets. */
export function parseHtml(html: string): ParsedPage {
  const refs: HtmlRef[] = [];
  const ids = new Set<string>();
  let line = 1;
  let pos = 0;
  const advanceTo = (next: number): void => {
    for (let i = pos; i < next; i++) if (html.charCodeAt(i) === 10) line++;
    pos = next;
  };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    advanceTo(lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      advanceTo(end === -1 ? html.length : end + 3);
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('</', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt + 1);
      advanceTo(end === -1 ? html.length : end + 1);
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      advanceTo(lt + 1);
      continue;
    }
    const tag = (nameMatch[1] ?? '').toLowerCase();
    // Find the end of the start tag, skipping quoted attribute values.
    let i = lt + nameMatch[0].length;
    let quote = '';
    for (; i < html.length; i++) {
      const c = html[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const tagLine = line;
    const attrs = parseAttributes(html.slice(lt + nameMatch[0].length, i));
    advanceTo(Math.min(i + 1, html.length));

    const id = attrs.get('id');
    if (id) ids.add(id);
    const name = attrs.get('name');
    if (tag === 'a' && name) ids.add(name);
    const rel = attrs.get('rel')?.toLowerCase();
    for (const attr of URL_ATTRS[tag] ?? []) {
      const value = attrs.get(attr);
      if (value === undefined) continue;
      const values = attr === 'srcset' ? srcsetUrls(value) : [value];
      for (const v of values) refs.push({ tag, attr, value: v.trim(), line: tagLine, ...(rel !== undefined ? { rel } : {}) });
    }

    if (RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, pos);
      advanceTo(close === -1 ? html.length : close);
    }
  }
  return { refs, ids };
}

export type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: string }
  | { kind: 'contact'; url: string }
  | { kind: 'data' }
  | { kind: 'invalid'; reason: string };

/**
 * What `value`, found on the page at `pageUrlPath` (e.g. "/meetings/"), points at.
 * URLs on `siteOrigin` (e.g. "https://scrutiny.example.org") count as internal.
 */
export function classify(value: string, pageUrlPath: string, siteOrigin: string): Target {
  const trimmed = value.trim();
  if (/^(mailto|tel|sms):/i.test(trimmed)) {
    return trimmed.replace(/^[a-z]+:/i, '').trim() === '' ? { kind: 'invalid', reason: 'empty contact address' } : { kind: 'contact', url: trimmed };
  }
  if (/^javascript:/i.test(trimmed)) return { kind: 'invalid', reason: 'javascript: URL' };
  if (/^data:/i.test(trimmed)) return { kind: 'data' };
  let url: URL;
  try {
    url = new URL(trimmed, new URL(pageUrlPath, siteOrigin));
  } catch {
    return { kind: 'invalid', reason: 'not a valid URL' };
  }
  if (url.origin !== new URL(siteOrigin).origin) return { kind: 'external', url: url.href };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'invalid', reason: 'malformed percent-encoding' };
  }
  let fragment: string | undefined;
  if (url.hash.length > 1) {
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      fragment = url.hash.slice(1);
    }
  }
  return { kind: 'internal', path, fragment };
}

export type FileLookup =
  | { ok: true; file: string }
  | { ok: false; reason: string };

/**
 * The built file (relative to the site root, e.g. "meetings/index.html") that serves `urlPath`,
 * as a plain static host would: "/x/" → "x/index.html", "/x.csv" → "x.csv".
 * A directory linked without its trailing slash is reported: the site uses trailing slashes everywhere.
 */
export function fileFor(urlPath: string, files: ReadonlySet<string>): FileLookup {
  const rel = urlPath.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) {
    const index = `${rel}index.html`;
    return files.has(index) ? { ok: true, file: index } : { ok: false, reason: `no ${index} in the build` };
  }
  if (files.has(rel)) return { ok: true, file: rel };
  if (files.has(`${rel}/index.html`)) return { ok: false, reason: `links to a directory without its trailing slash (use ${urlPath}/)` };
  return { ok: false, reason: 'no such file in the build' };
}

/** Whether the browser fetches this reference by itself (so another origin would be a third-party request). */
export function isSubresource(ref: Pick<HtmlRef, 'tag' | 'attr' | 'rel'>): boolean {
  if (ref.tag === 'a' || ref.tag === 'area' || ref.tag === 'form') return false;
  if (ref.tag === 'link') {
    const rels = (ref.rel ?? '').split(/\s+/);
    return rels.some((r) => ['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'mask-icon'].includes(r));
  }
  return true;
}

export interface LinkProblem {
  /** Page file relative to the site root, e.g. "meetings/index.html". */
  page: string;
  line: number;
  tag: string;
  attr: string;
  value: string;
  message: string;
}

export interface ExternalRef {
  page: string;
  line: number;
  url: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  /** Links to other origins (not problems unless they are subresources, which are also in `problems`). */
  external: ExternalRef[];
  /** Number of references examined. */
  checked: number;
}

/** URL path a page file is served at: "a/index.html" → "/a/", "404.html" → "/404.html". */
export function urlPathForFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Fragments that browsers honour without a matching id. */
const BUILT_IN_FRAGMENTS = new Set(['top']);

/**
 * Checks every reference on every page.
 * @param pages parsed HTML pages keyed by file path relative to the site root
 * @param files every file in the build, relative to the site root (pages included)
 * @param siteOrigin the configured site origin; absolute URLs on it must resolve like relative ones
 */
export function checkLinks(pages: ReadonlyMap<string, ParsedPage>, files: ReadonlySet<string>, siteOrigin: string): LinkReport {
  const problems: LinkProblem[] = [];
  const external: ExternalRef[] = [];
  let checked = 0;
  for (const [page, parsed] of pages) {
    const pagePath = urlPathForFile(page);
    for (const ref of parsed.refs) {
      checked++;
      const problem = (message: string): void => {
        problems.push({ page, line: ref.line, tag: ref.tag, attr: ref.attr, value: ref.value, message });
      };
      const target = classify(ref.value, pagePath, siteOrigin);
      switch (target.kind) {
        case 'contact':
          break;
        case 'data':
          if (ref.tag === 'a' || ref.tag === 'area') problem('data: URL used as a link');
          break;
        case 'invalid':
          problem(target.reason);
          break;
        case 'external':
          external.push({ page, line: ref.line, url: target.url });
          if (isSubresource(ref)) problem(`third-party resource (${new URL(target.url).origin}): the portal must load nothing from other origins`);
          break;
        case 'internal': {
          if (ref.value.trim() === '' && ref.tag === 'a') {
            problem('empty href');
            break;
          }
          const found = fileFor(target.path, files);
          if (!found.ok) {
            problem(`dead link: ${found.reason}`);
            break;
          }
          if (target.fragment === undefined || BUILT_IN_FRAGMENTS.has(target.fragment)) break;
          if (!found.file.endsWith('.html')) break;
          const targetPage = pages.get(found.file);
          if (!targetPage) {
            problem(`fragment #${target.fragment} cannot be checked: ${found.file} was not parsed`);
            break;
          }
          if (!targetPage.ids.has(target.fragment)) problem(`missing fragment: no id="${target.fragment}" in ${found.file}`);
          break;
        }
      }
    }
  }
  return { problems, external, checked };
}

/** One line per problem: "page:line <tag attr="value">: message". */
export function formatLinkProblems(problems: LinkProblem[]): string[] {
  return problems.map((p) => `${p.page}:${p.line} <${p.tag} ${p.attr}="${p.value}">: ${p.message}`);
}
