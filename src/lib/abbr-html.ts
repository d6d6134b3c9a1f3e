/**
 * HTML tokens with source offsets for the build-time <abbr> pass, read with
 * parse5 (a WHATWG-conformant parser) rather than a home-made tokenizer.
 *
 * The document is parsed once with source locations; walking the tree in
 * document order yields start tags, text and end tags, each with the offsets
 * of its bytes in the page. A transform can then splice new markup into text
 * tokens and leave every other byte exactly as Astro wrote it. Elements whose
 * end tag is implied (e.g. `</li>`) get a zero-length end token where they end.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'startTag'; start: number; end: number; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { kind: 'endTag'; start: number; end: number; name: string };

/** Elements whose content is raw text (never parsed as markup). */
export const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

const isElement = (n: Node): n is Element => 'tagName' in n;

function walk(node: Node, out: HtmlToken[]): void {
  if (node.nodeName === '#text') {
    const loc = node.sourceCodeLocation;
    if (loc) out.push({ kind: 'text', start: loc.startOffset, end: loc.endOffset });
    return;
  }
  if (!isElement(node)) {
    // Document, fragment, comments and doctype: only their children (if any) carry text.
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, out);
    return;
  }
  const loc = node.sourceCodeLocation;
  const startTag = loc?.startTag;
  if (startTag) {
    out.push({
      kind: 'startTag',
      start: startTag.startOffset,
      end: startTag.endOffset,
      name: node.tagName,
      attrs: new Map(node.attrs.map((a) => [a.name, a.value])),
      selfClosing: VOID_ELEMENTS.has(node.tagName),
    });
  }
  for (const child of node.childNodes) walk(child, out);
  if (startTag && !VOID_ELEMENTS.has(node.tagName)) {
    const end = loc?.endTag ?? { startOffset: loc!.endOffset, endOffset: loc!.endOffset };
    out.push({ kind: 'endTag', start: end.startOffset, end: end.endOffset, name: node.tagName });
  }
}

/** Tokens of a serialised page in document order, each with its source offsets. */
export function tokenize(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  walk(parse(html, { sourceCodeLocationInfo: true }), out);
  return out;
}
