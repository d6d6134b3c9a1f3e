/**
 * Inline text as the papers write it: plain text with `**bold**`, `*italic*`
 * and markdown links `[text](url)`. Tokenised here and rendered as elements by
 * <InlineText>, so nothing from the papers is ever injected as HTML. A link
 * becomes a link only when its target is a web, e-mail or phone address
 * (linkTarget in safe-href.ts); any other target (javascript:, data:, relative,
 * …) leaves the whole link as the literal text the papers print.
 */
import { linkTarget } from '../links/safe-href.ts';

export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: InlineToken[] }
  | { kind: 'em'; children: InlineToken[] }
  | { kind: 'link'; href: string | null; children: InlineToken[] };

const PATTERN = /\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])|\[([^\]]+)\]\(([^)\s]*)\)/g;

/** Tokenise one run of inline text. Unmatched markers stay as literal text. */
export function parseInline(input: string): InlineToken[] {
  const out: InlineToken[] = [];
  let last = 0;
  for (const m of input.matchAll(PATTERN)) {
    const start = m.index;
    if (start > last) out.push({ kind: 'text', text: input.slice(last, start) });
    if (m[1] !== undefined) out.push({ kind: 'strong', children: parseInline(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: 'em', children: parseInline(m[2]) });
    else {
      const target = linkTarget(m[4]);
      // The papers print "(#)" where the original link target was lost: keep the words, drop the dead link.
      if (target.kind === 'lost') out.push({ kind: 'link', href: null, children: parseInline(m[3] ?? '') });
      else if (target.kind === 'link') out.push({ kind: 'link', href: target.href, children: parseInline(m[3] ?? '') });
      // Not an address a reader can follow safely: the text exactly as printed, brackets and target included.
      else out.push({ kind: 'text', text: m[0] });
    }
    last = start + m[0].length;
  }
  if (last < input.length) out.push({ kind: 'text', text: input.slice(last) });
  return out;
}

/** The plain text a reader sees (markers removed), for summaries, feeds, search and titles. */
export function plainText(input: string): string {
  const walk = (tokens: InlineToken[]): string =>
    tokens.map((t) => (t.kind === 'text' ? t.text : walk(t.children))).join('');
  return walk(parseInline(input));
}

/**
 * Shortens text to at most `max` characters at a word boundary (never mid-word), marking the cut
 * with "…" and dropping trailing punctuation before it. Runs of white space become one space.
 * Never cuts when the text fits.
 */
export function shorten(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
