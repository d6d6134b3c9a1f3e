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
import { Tokenizer } from 'htmlparser2';
import { decodeHTMLAttribute } from 'entities/decode';

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
 *
 * Read with htmlparser2's own Tokenizer (the Parser's lower layer), which reports offsets only: a page's
 * text and tags are never copied, and only the attributes named in `attributes` (default: every one) are
 * read and decoded. Raw-text elements (script, style, title, textarea) are one text token, as in the Parser.
 */
export function scan(html: string, onToken: (token: HtmlToken) => boolean | void, attributes?: ReadonlySet<string>): void {
  let stopped = false;
  const visit = (token: HtmlToken): void => {
    if (stopped) return;
    if (onToken(token) === true) {
      stopped = true;
      tokenizer.pause();
    }
  };
  // A run of text may come in pieces: they are joined into one token.
  let text: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (text) visit({ kind: 'text', ...text });
    text = undefined;
  };
  let tag: { start: number; name: string; attrs: Map<string, string> } | undefined;
  let attr: { name: string; start: number; end: number } | undefined;
  const openTag = (end: number, slash: boolean): void => {
    if (!tag) return;
    const { start, name, attrs } = tag;
    tag = undefined;
    visit({ kind: 'startTag', start, end, name, attrs, selfClosing: slash || VOID_ELEMENTS.has(name) });
  };
  const ignore = (): void => undefined;
  // Names longer than any wanted one (data-astro-cid-…, data-pagefind-…) are passed over without being read.
  const longest = attributes === undefined ? Infinity : Math.max(0, ...[...attributes].map((a) => a.length));
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ontext(start, end) {
        if (text && text.end === start) text.end = end;
        else {
          flush();
          text = { start, end };
        }
      },
      ontextentity: ignore,
      onopentagname(start, end) {
        flush();
        // The tokenizer reports the name after "<".
        tag = { start: start - 1, name: html.slice(start, end).toLowerCase(), attrs: new Map() };
      },
      onattribname(start, end) {
        if (end - start > longest) {
          attr = undefined;
          return;
        }
        const name = html.slice(start, end).toLowerCase();
        attr = attributes === undefined || attributes.has(name) ? { name, start: -1, end: -1 } : undefined;
      },
      onattribdata(start, end) {
        if (!attr) return;
        if (attr.start < 0) attr.start = start;
        attr.end = end;
      },
      onattribentity: ignore,
      onattribend() {
        if (!attr || !tag) return;
        const raw = attr.start < 0 ? '' : html.slice(attr.start, attr.end);
        // The first of two same-named attributes wins, as in a browser.
        if (!tag.attrs.has(attr.name)) tag.attrs.set(attr.name, raw.includes('&') ? decodeHTMLAttribute(raw) : raw);
        attr = undefined;
      },
      onopentagend(end) {
        openTag(end + 1, false);
      },
      onselfclosingtag(end) {
        openTag(end + 1, true);
      },
      onclosetag(start, end) {
        flush();
        visit({ kind: 'endTag', start: start - 2, end: end + 1, name: html.slice(start, end).toLowerCase() });
      },
      oncomment: flush,
      oncdata: flush,
      ondeclaration: flush,
      onprocessinginstruction: flush,
      onend: flush,
    },
  );
  tokenizer.write(html);
  if (!stopped) tokenizer.end();
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
