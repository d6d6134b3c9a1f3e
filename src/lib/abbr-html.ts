/**
 * HTML tokens with source offsets for the build-time <abbr> pass, read with
 * parse5's streaming SAX parser (parse5-sax-parser: the WHATWG tokenizer, with
 * the tokenizer switches tree construction makes for script, style, title,
 * textarea and foreign content) rather than a home-made tokenizer.
 *
 * No tree is built: start tags, text and end tags arrive in document order,
 * each with the offsets of its bytes in the page, so a transform can splice new
 * markup into text tokens and leave every other byte exactly as Astro wrote it.
 * Only end tags written in the page are reported (an implied `</li>` is not):
 * a consumer keeping a stack of open elements pops to the matching name.
 */
import { SAXParser } from 'parse5-sax-parser';

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

/**
 * A comment written after the page, so the parser reports the page's last text
 * before the write returns (text is reported when the next token starts).
 */
const SENTINEL = '<!--end-->';

/**
 * Call `visit` with each token of a serialised page, in document order.
 * Synchronous: the whole page is written to the parser in one chunk, and the
 * parser reports every token of a chunk before `write` returns.
 */
export function scan(html: string, visit: (token: HtmlToken) => void): void {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  let finished = false;
  parser.on('startTag', (tag) => {
    const loc = tag.sourceCodeLocation;
    if (!loc) return;
    visit({
      kind: 'startTag',
      start: loc.startOffset,
      end: loc.endOffset,
      name: tag.tagName,
      attrs: new Map(tag.attrs.map((a) => [a.name, a.value])),
      // `<x/>` closes itself only where the slash counts (SVG, MathML); in HTML only void elements have no end.
      selfClosing: VOID_ELEMENTS.has(tag.tagName) || tag.selfClosing,
    });
  });
  parser.on('endTag', (tag) => {
    const loc = tag.sourceCodeLocation;
    if (loc) visit({ kind: 'endTag', start: loc.startOffset, end: loc.endOffset, name: tag.tagName });
  });
  parser.on('text', (text) => {
    const loc = text.sourceCodeLocation;
    if (loc && loc.startOffset < html.length) visit({ kind: 'text', start: loc.startOffset, end: Math.min(loc.endOffset, html.length) });
  });
  parser.on('comment', (comment) => {
    if ((comment.sourceCodeLocation?.startOffset ?? -1) >= html.length) finished = true;
  });
  parser.write(html + SENTINEL);
  parser.destroy();
  if (!finished) throw new Error('abbr: the HTML parser did not read the whole page synchronously');
}

/** Tokens of a serialised page in document order, each with its source offsets. */
export function tokenize(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  scan(html, (token) => out.push(token));
  return out;
}
