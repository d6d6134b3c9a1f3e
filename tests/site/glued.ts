/**
 * Words that search would glue together. Pagefind indexes the text of a page's main content as it
 * appears in the HTML: it separates paragraphs and headings, but between two cells of a table, a
 * `<dt>` and its `<dd>`, or two list items printed with no whitespace between them, it joins the
 * last word of one to the first word of the next ("Venue" + "Conference Room" → "VenueConference").
 * This finds every such boundary: two runs of text, inside the indexed part of the page, separated
 * only by the edges of elements that a reader sees as separate (cells, list items, terms, blocks),
 * with no whitespace between them.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Pagefind (1.x) ends a sentence at the edges of these elements (its SENTENCE_SELECTORS), so
 * words on either side are kept apart whatever the whitespace.
 */
const PAGEFIND_BREAKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);

/** Elements whose edges a reader sees as a break between words. Inline elements (a, span, strong, abbr…) are not. */
const SEPARATING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'label', 'legend', 'option', 'pre',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'canvas']);

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is Element => 'tagName' in n;

/** "last⟂First" for every glued boundary in the indexed part of `html` (the element with data-pagefind-body; none on a page search does not index). */
export function gluedWords(html: string): string[] {
  const doc = parse(html);
  const found: string[] = [];
  let root: Element | undefined;
  const findRoot = (n: Node): void => {
    if (root) return;
    if (isElement(n) && attr(n, 'data-pagefind-body') !== undefined) {
      root = n;
      return;
    }
    if ('childNodes' in n) for (const c of n.childNodes) findRoot(c);
  };
  findRoot(doc);
  if (!root) return found;
  let previous = ''; // the text before the current position, since the last whitespace
  let broken = false; // an edge a reader sees as a break since `previous`
  let pagefindBroken = false; // an edge at which Pagefind itself breaks, since `previous`
  const visit = (n: Node): void => {
    if (isElement(n)) {
      if (SKIPPED.has(n.tagName) || attr(n, 'data-pagefind-ignore') !== undefined || attr(n, 'hidden') !== undefined) return;
      const separates = SEPARATING.has(n.tagName) || PAGEFIND_BREAKS.has(n.tagName);
      const pagefindBreaks = PAGEFIND_BREAKS.has(n.tagName);
      if (separates) broken = true;
      if (pagefindBreaks) pagefindBroken = true;
      for (const c of n.childNodes) visit(c);
      if (separates) broken = true;
      if (pagefindBreaks) pagefindBroken = true;
      return;
    }
    if (n.nodeName === '#text' && 'value' in n) {
      const text = n.value;
      if (text === '') return;
      if (/^\s/.test(text)) {
        previous = '';
        broken = false;
        pagefindBroken = false;
      }
      const trimmed = text.trim();
      if (trimmed === '') return;
      if (broken && !pagefindBroken && /[\p{L}\p{N}]$/u.test(previous) && /^[\p{L}\p{N}]/u.test(trimmed)) {
        found.push(`${previous.split(/\s+/).pop()}⟂${trimmed.split(/\s+/)[0]}`);
      }
      previous = /\s$/.test(text) ? '' : trimmed;
      broken = false;
      pagefindBroken = false;
    }
  };
  for (const c of root.childNodes) visit(c);
  return found;
}
