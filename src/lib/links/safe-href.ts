/**
 * Which link targets from the papers may become an `href`. Paper text is data, never code: only
 * absolute web, e-mail and phone addresses (http:, https:, mailto:, tel:) become links. Everything
 * else (javascript:, data:, vbscript:, file:, relative and protocol-relative targets, HTML entities,
 * targets with white space or control characters around or inside them) is shown as plain text.
 *
 * The scheme is read with the WHATWG URL parser, the same one browsers use for `href`, so the
 * tricks that fool a regular expression (`JaVaScRiPt:`, `java\tscript:`, a leading space or NUL)
 * are read here as the browser would read them. Astro escapes `&` in attribute values, so an
 * entity such as `&#x6a;avascript:` reaches the browser as those literal characters: a relative
 * target, refused here because it has no scheme at all.
 */

/** The schemes a link from the papers may have, as `URL.protocol` writes them. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export type LinkTarget =
  /** A link to make: `href` is the target exactly as written. `external` for http: and https:. */
  | { kind: 'link'; href: string; external: boolean }
  /** The papers print `(#)` or nothing where the link's target was lost. */
  | { kind: 'lost' }
  /** A target that must not become a link; `why` says what it was, for notes and tests. */
  | { kind: 'refused'; target: string; why: string };

/** C0 controls, space, DEL and C1 controls: browsers strip or drop these before reading a URL. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u009F]/;

/** What a link target from the papers becomes: a link, a lost link, or plain text. */
export function linkTarget(target: string | null | undefined): LinkTarget {
  if (target === undefined || target === null) return { kind: 'lost' };
  const trimmed = target.trim();
  if (trimmed === '' || trimmed === '#') return { kind: 'lost' };
  if (CONTROL_OR_SPACE.test(target)) {
    return { kind: 'refused', target, why: 'white space or a control character in the target' };
  }
  let url: URL;
  try {
    // No base: a target without a scheme (relative, //host, entities) throws instead of resolving.
    url = new URL(target);
  } catch {
    return { kind: 'refused', target, why: 'not an absolute address' };
  }
  if (!LINK_SCHEMES.has(url.protocol)) {
    return { kind: 'refused', target, why: `the scheme ${url.protocol} is not http:, https:, mailto: or tel:` };
  }
  return { kind: 'link', href: target, external: url.protocol === 'http:' || url.protocol === 'https:' };
}

/** The target as an `href` when it may be one; `null` when it must be shown as text (or was lost). */
export function safeHref(target: string | null | undefined): string | null {
  const decided = linkTarget(target);
  return decided.kind === 'link' ? decided.href : null;
}
