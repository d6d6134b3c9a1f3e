/**
 * First-use acronym markup, applied to every built page.
 *
 * Inside <main>, the first use of each glossary acronym in running text becomes
 * `<abbr title="expansion">` when the papers give exactly one expansion, or a
 * link to its glossary entry when they give none or several (so nothing is
 * guessed and differing expansions are shown side by side on the glossary).
 *
 * Text is never marked inside: links, existing <abbr>/<dfn>, code-like
 * elements, headings (the first use in prose is marked instead: heading text
 * feeds the outline, page titles and search sub-results), form controls and
 * their labels, SVG/MathML, raw-text elements (script, style, …), subtrees with
 * `data-abbr="off"` or `aria-hidden="true"`, and text whose language (`lang`)
 * is not English. Attribute values are never touched: only text tokens are.
 *
 * The pass is idempotent: an acronym already inside an <abbr>, or already
 * linked to its glossary entry, counts as its first use.
 */
import { RAW_TEXT, VOID_ELEMENTS, scan, type HtmlToken } from './abbr-html.ts';

/** One acronym to mark. */
export interface AbbrTerm {
  /** The acronym as printed, matched case-sensitively as a whole word. */
  term: string;
  /** Its glossary anchor id (the term in lower case). */
  id: string;
  /** The expansion to show in `title`; absent to link to the glossary instead. */
  title?: string | undefined;
}

export interface MarkOptions {
  /** Path of the glossary page, default `/glossary/`. */
  glossaryPath?: string;
  /** Language inherited from outside `html` when it is a fragment of a page (e.g. its <main>), default '' (English). */
  lang?: string;
}

export interface MarkResult {
  html: string;
  /** Terms marked by this call, in document order. */
  marked: string[];
}

/** Elements whose text is never marked (and whose subtree is skipped). */
const SKIP = new Set([
  'a', 'abbr', 'dfn', 'code', 'pre', 'kbd', 'samp', 'var',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'button', 'label', 'select', 'option', 'optgroup', 'datalist', 'output', 'legend',
  'svg', 'math', 'template', 'head',
]);

/** The only attributes the pass reads: the others are never copied out of the page. */
const READ_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'lang', 'xml:lang', 'data-abbr', 'aria-hidden']);

/** Interactive ancestors that may not contain a link. */
const NO_LINK = new Set(['summary']);

interface Frame {
  name: string;
  inMain: boolean;
  skip: boolean;
  lang: string;
  linkAllowed: boolean;
  /** Set on an <abbr>: its text counts as a use. */
  isAbbr: boolean;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How a term appears in serialised text (Astro escapes `&`, `<` and `>`). */
const asHtmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** True when a BCP 47 tag is English (or empty, which inherits). */
export function isEnglish(lang: string): boolean {
  return lang === '' || /^en(?:-|$)/i.test(lang);
}

/** Build the whole-word matcher for a set of terms, longest first so "T/ACC" wins over "ACC". */
function matcher(terms: AbbrTerm[]): RegExp | null {
  if (terms.length === 0) return null;
  const alts = [...terms]
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term))
    .map((t) => escapeRe(asHtmlText(t.term)));
  // Character references (&amp; &#39; …) are matched as a unit so that a term never matches inside one.
  // A term glued to a word by "." or "/" is part of a name ("GOV.UK") or of a longer title, not a use of the acronym.
  return new RegExp(`(&#?[A-Za-z0-9]+;)|(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][./])(${alts.join('|')})(?![\\p{L}\\p{N}]|[./][\\p{L}\\p{N}])`, 'gu');
}

/** Decode the few references a term can contain, to compare an <abbr>'s text with a term. */
const decodeBasic = (s: string): string =>
  s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

interface Lookup {
  re: RegExp;
  /** Any term as written in the page, without the word-boundary checks: a cheap test that a text can hold a use at all. */
  anyTerm: RegExp;
  byHtmlText: Map<string, AbbrTerm>;
  byTerm: Map<string, AbbrTerm>;
  byHref: Map<string, AbbrTerm>;
}

/** The matcher and lookups for a list of terms, worked out once per list and glossary path (the build passes the same list for every page). */
const lookups = new WeakMap<AbbrTerm[], Map<string, Lookup | null>>();
function lookupFor(terms: AbbrTerm[], glossaryPath: string): Lookup | null {
  let byPath = lookups.get(terms);
  if (!byPath) lookups.set(terms, (byPath = new Map()));
  if (byPath.has(glossaryPath)) return byPath.get(glossaryPath) ?? null;
  const re = matcher(terms);
  const lookup = re && {
    re,
    anyTerm: new RegExp(terms.map((t) => escapeRe(asHtmlText(t.term))).join('|')),
    byHtmlText: new Map(terms.map((t) => [asHtmlText(t.term), t])),
    byTerm: new Map(terms.map((t) => [t.term, t])),
    byHref: new Map(terms.map((t) => [`${glossaryPath}#${t.id}`, t])),
  };
  byPath.set(glossaryPath, lookup);
  return lookup;
}

/**
 * Mark the first use of each term inside <main>. Pure: returns the new HTML.
 * The list of terms must not change between calls (its matcher is kept for the next page).
 */
export function markFirstUses(html: string, terms: AbbrTerm[], options: MarkOptions = {}): MarkResult {
  const glossaryPath = options.glossaryPath ?? '/glossary/';
  const lookup = lookupFor(terms, glossaryPath);
  // Only text inside <main> is marked: a page without one (a redirect) is left as it is, unread.
  if (!lookup || !/<main[\s>]/i.test(html)) return { html, marked: [] };
  // A use is a match of `re` inside one text token, so only terms `re` finds anywhere in the page can be marked:
  // a page with none is left unread, and reading stops once each of them has had its first use.
  if (!lookup.anyTerm.test(html)) return { html, marked: [] };
  const { re, byHtmlText, byTerm, byHref } = lookup;
  const pending = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const term = m[2] === undefined ? undefined : byHtmlText.get(m[2]);
    if (term) pending.add(term.term);
  }
  if (pending.size === 0) return { html, marked: [] };
  let left = pending.size;
  const used = new Set<string>();
  /** Counts a term as used; true once every term the page holds has been used (nothing later can be marked). */
  const use = (term: string): boolean => {
    if (!used.has(term)) {
      used.add(term);
      if (pending.has(term)) left--;
    }
    return left === 0;
  };
  const marked: string[] = [];
  const stack: Frame[] = [{ name: '#root', inMain: false, skip: false, lang: options.lang ?? '', linkAllowed: true, isAbbr: false }];
  const parts: string[] = [];
  let copied = 0;

  scan(html, (tok: HtmlToken) => {
    const top = stack[stack.length - 1]!;
    if (tok.kind === 'startTag') {
      if (tok.name === 'a') {
        const linked = byHref.get(tok.attrs.get('href') ?? '');
        if (linked && top.inMain && use(linked.term)) return true;
      }
      if (VOID_ELEMENTS.has(tok.name) || tok.selfClosing) return;
      const lang = tok.attrs.get('lang') ?? tok.attrs.get('xml:lang') ?? top.lang;
      stack.push({
        name: tok.name,
        inMain: top.inMain || tok.name === 'main',
        skip:
          top.skip ||
          SKIP.has(tok.name) ||
          RAW_TEXT.has(tok.name) ||
          tok.attrs.get('data-abbr') === 'off' ||
          tok.attrs.get('aria-hidden') === 'true',
        lang,
        linkAllowed: top.linkAllowed && !NO_LINK.has(tok.name),
        isAbbr: tok.name === 'abbr',
      });
    } else if (tok.kind === 'endTag') {
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === tok.name) {
          stack.length = i;
          break;
        }
      }
    } else if (tok.kind === 'text' && top.inMain) {
      const text = html.slice(tok.start, tok.end);
      if (top.isAbbr) {
        const existing = byTerm.get(decodeBasic(text).trim());
        return existing !== undefined && use(existing.term);
      }
      if (top.skip || !isEnglish(top.lang)) return;
      let out = '';
      let last = 0;
      re.lastIndex = 0;
      // exec() on the shared matcher rather than matchAll(), which copies the (large) expression for every text.
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[1] !== undefined) continue;
        const term = byHtmlText.get(m[2]!);
        if (!term || used.has(term.term)) continue;
        if (!term.title && !top.linkAllowed) continue;
        use(term.term);
        marked.push(term.term);
        const inner = m[2]!;
        const markup = term.title
          ? `<abbr title="${escapeAttr(term.title)}">${inner}</abbr>`
          : `<a href="${escapeAttr(`${glossaryPath}#${term.id}`)}">${inner}</a>`;
        out += text.slice(last, m.index) + markup;
        last = m.index + inner.length;
      }
      if (last > 0) {
        parts.push(html.slice(copied, tok.start), out, text.slice(last));
        copied = tok.end;
      }
      return left === 0;
    }
    return false;
  }, READ_ATTRIBUTES);
  if (copied === 0) return { html, marked };
  parts.push(html.slice(copied));
  return { html: parts.join(''), marked };
}

/** How the layout opens the one <main> of every page (src/layouts/Base.astro); text and attribute values cannot contain it as written. */
const MAIN_OPEN = '<main id="main"';

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const MAIN_OPEN_BYTES = utf8.encode(MAIN_OPEN);
const MAIN_CLOSE_BYTES = utf8.encode('</main>');

/**
 * markFirstUses() for a whole page built on the layout, on its UTF-8 bytes as a response holds them, reading
 * only its <main>: nothing outside <main> is marked or counts as a use, so the head, header and footer (about
 * two fifths of a page) are neither decoded nor read, and a page with nothing to mark is given back as it came
 * (the same bytes, never decoded and encoded again). The language <main> inherits comes from <body> or else
 * <html> (a `lang` value is ASCII, so those tags are read as Latin-1). A page without the layout's <main> is read whole.
 */
export function markPageBytes(bytes: Uint8Array<ArrayBuffer>, terms: AbbrTerm[], options: Omit<MarkOptions, 'lang'> = {}): { bytes: Uint8Array<ArrayBuffer>; marked: string[] } {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = page.indexOf(MAIN_OPEN_BYTES);
  const close = page.lastIndexOf(MAIN_CLOSE_BYTES);
  if (start < 0 || close < start) {
    const whole = markFirstUses(fromUtf8.decode(bytes), terms, options);
    return whole.marked.length === 0 ? { bytes, marked: [] } : { bytes: utf8.encode(whole.html), marked: whole.marked };
  }
  const end = close + MAIN_CLOSE_BYTES.length;
  const before = page.toString('latin1', 0, start);
  const lang = /<body\b[^>]*?\slang="([^"]*)"/.exec(before)?.[1] ?? /<html\b[^>]*?\slang="([^"]*)"/.exec(before)?.[1] ?? '';
  const main = markFirstUses(fromUtf8.decode(bytes.subarray(start, end)), terms, { ...options, lang });
  if (main.marked.length === 0) return { bytes, marked: [] };
  const marked = utf8.encode(main.html);
  const out = new Uint8Array(start + marked.length + (bytes.length - end));
  out.set(bytes.subarray(0, start), 0);
  out.set(marked, start);
  out.set(bytes.subarray(end), start + marked.length);
  return { bytes: out, marked: main.marked };
}

/** markPageBytes() on a page's text (the build marks bytes; this is for callers holding a string). */
export function markPage(html: string, terms: AbbrTerm[], options: Omit<MarkOptions, 'lang'> = {}): MarkResult {
  const { bytes, marked } = markPageBytes(utf8.encode(html), terms, options);
  return { html: marked.length === 0 ? html : fromUtf8.decode(bytes), marked };
}
