/**
 * Provenance on the built site: outside /papers/, no text a reader sees or hears names an internal
 * file (`001_1defd7e170de073f`) or a bare line number ("line 188", "lines 67–85"); every link into a
 * paper's text (`/papers/<doc>/<part>/#L<n>`) lands on an element with that id, on the part that
 * holds line n. Shared by the site test (dist/) and its unit test (fixtures), so the proof that it
 * can fail is about this code.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { PART_LINES } from '../../src/lib/papers/parts.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An internal paper file name. */
export const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\b/;
/** A bare line reference: "line 188", "lines 67–85", "Line 5". */
export const LINE_REF = /\blines? \d+/i;

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head']);
/** Attributes whose text is shown or read aloud. */
const SPOKEN_ATTRS = ['aria-label', 'alt', 'title', 'placeholder', 'aria-description'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** The text of a page a reader sees or a screen reader reads: text nodes and spoken attributes, outside script/style/head and hidden subtrees. */
export function spokenTexts(html: string): string[] {
  const out: string[] = [];
  const visit = (n: Node): void => {
    if (isElement(n)) {
      if (SKIPPED.has(n.tagName) || attr(n, 'hidden') !== undefined) return;
      for (const name of SPOKEN_ATTRS) {
        const v = attr(n, name);
        if (v) out.push(v);
      }
    } else if (n.nodeName === '#text' && 'value' in n) {
      out.push(n.value);
    }
    if ('childNodes' in n) for (const c of n.childNodes) visit(c);
    if ('content' in n && n.content) visit(n.content as Node);
  };
  visit(parse(html));
  // Adjacent text nodes read as one ("line " + "188" split by an element).
  return [out.join(' ').replace(/\s+/g, ' ')];
}

/** Each provenance leak in a page's spoken text, with a little context. */
export function provenanceLeaks(html: string): string[] {
  const leaks: string[] = [];
  for (const text of spokenTexts(html)) {
    for (const re of [FILE_NAME, LINE_REF]) {
      const g = new RegExp(re.source, re.flags.includes('i') ? 'gi' : 'g');
      for (const m of text.matchAll(g)) leaks.push(`“…${text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 20).trim()}…”`);
    }
  }
  return leaks;
}

/** Every href of an <a> in the page. */
export function hrefs(html: string): string[] {
  const out: string[] = [];
  const visit = (n: Node): void => {
    if (isElement(n) && n.tagName === 'a') {
      const h = attr(n, 'href');
      if (h !== undefined) out.push(h);
    }
    if ('childNodes' in n) for (const c of n.childNodes) visit(c);
  };
  visit(parse(html));
  return out;
}

/** Every id in the page. */
export function ids(html: string): Set<string> {
  const out = new Set<string>();
  const visit = (n: Node): void => {
    if (isElement(n)) {
      const id = attr(n, 'id');
      if (id !== undefined) out.add(id);
    }
    if ('childNodes' in n) for (const c of n.childNodes) visit(c);
  };
  visit(parse(html));
  return out;
}

/** A link into a paper's text: `/papers/<doc>/<part>/#L<n>` (on any origin). */
export const PAPER_LINE_LINK = /^(?:https?:\/\/[^/]+)?\/papers\/([^/#?]+)\/(\d+)\/#L(\d+)$/;

/**
 * Problems with links into the papers: the part page is missing, has no element `L<n>`, or is not the
 * part that holds line n. `idsOf(path)` gives the ids of a built page (undefined when it does not exist).
 */
export function paperLinkProblems(links: readonly string[], idsOf: (path: string) => Set<string> | undefined): string[] {
  const problems: string[] = [];
  for (const href of links) {
    const m = PAPER_LINE_LINK.exec(href);
    if (!m) continue;
    const [, doc, part, line] = m;
    const path = `/papers/${doc}/${part}/`;
    const found = idsOf(path);
    if (!found) problems.push(`${href}: no page ${path}`);
    else if (!found.has(`L${line}`)) problems.push(`${href}: ${path} has no element id="L${line}"`);
    else if (Math.ceil(Number(line) / PART_LINES) !== Number(part)) problems.push(`${href}: line ${line} belongs on part ${Math.ceil(Number(line) / PART_LINES)}`);
  }
  return problems;
}
