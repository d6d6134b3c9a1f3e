/**
 * Link text that makes sense alone (WCAG 2.4.4 and 2.4.9): a screen-reader user who lists a page's
 * links hears each link's accessible name out of context. This collects every `<a href>` of a built
 * page with its accessible name (aria-labelledby, else aria-label, else its text, including visually
 * hidden text and images' alt, without aria-hidden parts) and reports
 *  - two links with the same name that lead to different places ("Action 4" → one action, "Action 4" → another),
 *    lines of one source paper counting as one place (see `place`);
 *  - a name that says nothing of its target: empty, only a number or a letter, "here", "more",
 *    "click here", "read more", "link", or a numbered generic phrase such as "Page for question 4" or
 *    "Minutes of item 3" with nothing after it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

export interface PageLink {
  /** The accessible name, whitespace collapsed. */
  name: string;
  /** The href resolved against the page's URL path (path + search + hash). */
  target: string;
}

/** Text of a subtree as the accessible-name computation reads it (aria-hidden and hidden parts left out, img alt kept). */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node)) return '';
  if (SKIPPED.has(node.tagName) || attr(node, 'aria-hidden') === 'true' || attr(node, 'hidden') !== undefined) return '';
  if (node.tagName === 'img') return attr(node, 'alt') ?? '';
  const label = attr(node, 'aria-label');
  if (label !== undefined && node.tagName !== 'a') return label;
  const inner = (node.tagName === 'template' ? [] : node.childNodes).map(textOf).join('');
  return node.tagName === 'br' ? ' ' : inner;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every link of a page: its accessible name and resolved target. `path` is the page's URL path ("/meetings/x/"). */
export function pageLinks(html: string, path: string): PageLink[] {
  const doc = parse(html);
  const byId = new Map<string, Element>();
  const links: Element[] = [];
  const walk = (n: Node): void => {
    if (isElement(n)) {
      const id = attr(n, 'id');
      if (id !== undefined) byId.set(id, n);
      if (n.tagName === 'a' && attr(n, 'href') !== undefined) links.push(n);
    }
    const children = 'childNodes' in n ? n.childNodes : [];
    for (const c of children) walk(c);
    if ('content' in n && n.nodeName === 'template') walk(n.content);
  };
  walk(doc);
  const base = new URL(path, 'http://site.invalid');
  return links.map((a) => {
    const labelledBy = attr(a, 'aria-labelledby');
    const name = labelledBy
      ? labelledBy.split(/\s+/).map((id) => { const el = byId.get(id); return el ? textOf(el) : ''; }).join(' ')
      : (attr(a, 'aria-label') ?? a.childNodes.map(textOf).join(''));
    const url = new URL(attr(a, 'href') ?? '', base);
    const target = url.origin === base.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
    return { name: squash(name), target };
  });
}

/** Names that say nothing of where the link goes. */
const GENERIC: RegExp[] = [
  /^$/,
  /^[\d\s.,:;()#–-]+$/, // only a number ("3", "1.", "(4)")
  /^[a-z]$/i, // one letter
  /^(click )?here$/i,
  /^(read |see |show |view )?more( details| information| info)?$/i,
  /^link$/i,
  /^(this|the) (page|link)$/i,
  /^page for (question|action|item|report|meeting) \d+$/i,
  /^(minutes|question|action|item|report|table) (of|for) (item|question|action) \d+\.?$/i,
];

/** True when the name says nothing of the link's target on its own. */
export const isGenericName = (name: string): boolean => GENERIC.some((re) => re.test(name.trim()));

/**
 * Where a link leads, for comparing two links of the same name: the page and fragment, except that
 * every line of one source paper (/papers/<doc>/<part>/#L<n>) is the paper itself. Provenance links
 * are named by the paper on purpose ("Source in the agenda pack of 29 January 2025", never a line
 * number), so two of them to different lines of that paper name their target correctly.
 */
export const place = (target: string): string => /^\/papers\/([^/]+)\//.exec(target)?.[0] ?? target;

/** One line per problem of one page: generic names, and names used for more than one target. */
export function linkTextProblems(html: string, path: string): string[] {
  const links = pageLinks(html, path);
  const problems: string[] = [];
  const generic = new Set<string>();
  for (const l of links) {
    if (l.target.startsWith('tel:') || l.target.startsWith('mailto:')) continue; // a phone number or address names its target
    if (isGenericName(l.name) && !generic.has(`${l.name}\u0000${l.target}`)) {
      generic.add(`${l.name}\u0000${l.target}`);
      problems.push(`${path}: link text "${l.name}" (→ ${l.target}) does not say where it leads`);
    }
  }
  const targets = new Map<string, Set<string>>();
  for (const l of links) {
    const key = l.name.toLowerCase();
    const set = targets.get(key) ?? new Set<string>();
    set.add(place(l.target));
    targets.set(key, set);
  }
  for (const [name, set] of targets) {
    if (set.size > 1 && !isGenericName(name)) {
      const list = [...set];
      problems.push(`${path}: ${set.size} links named "${name}" lead to different places: ${list.slice(0, 3).join(', ')}${list.length > 3 ? ', …' : ''}`);
    }
  }
  return problems;
}
