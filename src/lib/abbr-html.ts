/**
 * A small HTML tokenizer for the build-time <abbr> pass.
 *
 * It follows the WHATWG tokenizer's states as far as serialised pages need:
 * data, tag open, tag name, attribute name/value (double-quoted, single-quoted
 * and unquoted), self-closing, comments, DOCTYPE/bogus comments and the
 * raw-text elements (script, style, textarea, title, …) whose content is never
 * markup. Every token keeps its start and end offset in the source, so a
 * transform can splice new markup into text tokens and leave every other byte
 * of the page exactly as Astro wrote it.
 *
 * No project dependency ships a tokenizer with source offsets (Astro only
 * brings `ultrahtml`, whose parser is one regular expression and breaks on a
 * `>` inside an attribute value), hence this module.
 */

export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'startTag'; start: number; end: number; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { kind: 'endTag'; start: number; end: number; name: string }
  | { kind: 'comment'; start: number; end: number }
  | { kind: 'doctype'; start: number; end: number };

/** Elements whose content is raw text (never parsed as markup). `noscript` is treated as raw, as a scripting browser does. */
export const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

const isAsciiAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

/** Read a tag (start or end) beginning at `lt` (the `<`). Returns the token and the offset after `>`. */
function readTag(html: string, lt: number, isEnd: boolean): HtmlToken {
  let i = lt + (isEnd ? 2 : 1);
  let name = '';
  while (i < html.length && !isSpace(html[i]!) && html[i] !== '/' && html[i] !== '>') name += html[i++]!;
  name = name.toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    const c = html[i]!;
    if (isSpace(c)) { i++; continue; }
    if (c === '>') { i++; break; }
    if (c === '/') {
      if (html[i + 1] === '>') { selfClosing = true; i += 2; break; }
      i++;
      continue;
    }
    // Attribute name: up to whitespace, '/', '>' or '=' (an '=' in first position belongs to the name).
    let attrName = c;
    i++;
    while (i < html.length && !isSpace(html[i]!) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') attrName += html[i++]!;
    while (i < html.length && isSpace(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && isSpace(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        while (i < html.length && !isSpace(html[i]!) && html[i] !== '>') value += html[i++]!;
      }
    }
    const key = attrName.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, value);
  }
  const end = Math.min(i, html.length);
  return isEnd ? { kind: 'endTag', start: lt, end, name } : { kind: 'startTag', start: lt, end, name, attrs, selfClosing };
}

/** Split serialised HTML into tokens with source offsets. Concatenating the slices gives back the input. */
export function tokenize(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (upTo: number): void => {
    if (upTo > textStart) out.push({ kind: 'text', start: textStart, end: upTo });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      const end = close === -1 ? html.length : close + 3;
      out.push({ kind: 'comment', start: lt, end });
      i = textStart = end;
    } else if (next === '!' || next === '?') {
      flushText(lt);
      const close = html.indexOf('>', lt + 2);
      const end = close === -1 ? html.length : close + 1;
      out.push({ kind: /^<!doctype/i.test(html.slice(lt, lt + 9)) ? 'doctype' : 'comment', start: lt, end });
      i = textStart = end;
    } else if (next === '/' && isAsciiAlpha(html[lt + 2] ?? '')) {
      flushText(lt);
      const tag = readTag(html, lt, true);
      out.push(tag);
      i = textStart = tag.end;
    } else if (isAsciiAlpha(next)) {
      flushText(lt);
      const tag = readTag(html, lt, false);
      out.push(tag);
      i = textStart = tag.end;
      if (tag.kind === 'startTag' && RAW_TEXT.has(tag.name) && !tag.selfClosing) {
        // Raw text runs to the matching end tag; it is one text token and never markup.
        const closeRe = new RegExp(`</${tag.name}(?=[\\s/>])`, 'ig');
        closeRe.lastIndex = i;
        const m = tag.name === 'plaintext' ? null : closeRe.exec(html);
        const stop = m ? m.index : html.length;
        flushText(stop);
        i = textStart = stop;
      }
    } else {
      // A lone '<' is text.
      i = lt + 1;
    }
  }
  flushText(html.length);
  return out;
}
