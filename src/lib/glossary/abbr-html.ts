/**
 * HTML tokens with source offsets for the build-time <abbr> pass, read with
 * htmlparser2 (a fast, streaming, well-kept HTML parser) rather than a
 * home-made tokenizer. No tree is built.
 *
 * Start tags, text and end tags arrive in document order, each text with the
 * offsets of its bytes in the page, so a transform can splice new markup into
 * text tokens and leave every other byte exactly as Astro wrote it. Attribute
 * values are decoded (`&amp;` is `&`). Only end tags written in the page are
 * reported (an implied `</li>` is not): a consumer keeping a stack of open
 * elements pops to the matching name.
 */
import { Parser } from 'htmlparser2';

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
 * Call `visit` with each token of a serialised page, in document order, until `visit` returns true
 * (then the rest of the page is not read at all).
 * Synchronous: htmlparser2 reports every token of what it is given before `end` returns.
 */
export function scan(html: string, onToken: (token: HtmlToken) => boolean | void): void {
  let stopped = false;
  const visit = (token: HtmlToken): void => {
    if (stopped) return;
    if (onToken(token) === true) {
      stopped = true;
      parser.pause();
    }
  };
  // htmlparser2 reports a run of text in pieces (each character reference is one); they are joined into one token.
  let text: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (text) visit({ kind: 'text', ...text });
    text = undefined;
  };
  let tagStart = 0;
  const parser: Parser = new Parser(
    {
      onopentagname() {
        flush();
        tagStart = parser.startIndex;
      },
      onopentag(name, attribs, isImplied) {
        if (isImplied) return;
        visit({
          kind: 'startTag',
          start: tagStart,
          end: parser.endIndex + 1,
          name,
          attrs: new Map(Object.entries(attribs)),
          // `<x/>` closes itself only where the slash counts (SVG, MathML); in HTML only void elements have no end.
          selfClosing: VOID_ELEMENTS.has(name) || html.charCodeAt(parser.endIndex - 1) === 0x2f,
        });
      },
      onclosetag(name, isImplied) {
        flush();
        if (!isImplied) visit({ kind: 'endTag', start: parser.startIndex, end: parser.endIndex + 1, name });
      },
      ontext() {
        const end = parser.endIndex + 1;
        if (text && text.end === parser.startIndex) text.end = end;
        else {
          flush();
          text = { start: parser.startIndex, end };
        }
      },
      oncomment: flush,
      onprocessinginstruction: flush,
      oncdatastart: flush,
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
}

/** Tokens of a serialised page in document order, each with its source offsets. */
export function tokenize(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  scan(html, (token) => {
    out.push(token);
  });
  return out;
}
