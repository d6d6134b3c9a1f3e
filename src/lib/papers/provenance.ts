/**
 * Everything a page needs to show provenance as links, worked out once per build from the site's
 * documents: "Source" links to a passage, links named by the paper, and notes whose citations
 * become links. Pages call `provenance(site)`; the same object is returned for the same site.
 */
import type { SourceRef } from '../../schemas/common.ts';
import { paperUrl } from './parts.ts';
import { sourceLink, sourceLinks, type PaperNamer, type SourceLinkView } from './names.ts';
import { sourceSegments, titlesOf, type Segment } from './prose.ts';
import { t } from '../i18n/i18n.ts';

export interface Provenance {
  /** A paper's name in words ("the agenda pack of 29 January 2025"). */
  name: PaperNamer;
  /** "Source in <paper>" → the passage's first line. */
  link(ref: SourceRef): SourceLinkView;
  /** Several sources, each place once, told apart when in one paper. */
  links(refs: readonly SourceRef[]): SourceLinkView[];
  /** The passage, the link text being the paper's name (for "<paper> says:", "worded in <paper>"). */
  named(ref: SourceRef): SourceLinkView;
  /** The paper's own page, named by the paper. */
  paper(doc: string): SourceLinkView;
  /** A note's citations as links (see prose.ts); `doc` is the paper a bare "line N" means. */
  prose(text: string, doc?: string): Segment[];
}

interface SiteLike {
  documents: readonly { id: string; data: { title: string } }[];
  paperNames: ReadonlyMap<string, string>;
}

const built = new WeakMap<SiteLike, Provenance>();

export function provenance(site: SiteLike): Provenance {
  let p = built.get(site);
  if (p) return p;
  const name: PaperNamer = (doc) => site.paperNames.get(doc);
  const titles = titlesOf(site.documents);
  const nameOf = (doc: string) => name(doc) ?? t('papers.unknownPaper');
  p = {
    name,
    link: (ref) => sourceLink(ref, name),
    links: (refs) => sourceLinks(refs, name),
    named: (ref) => ({ href: sourceLink(ref, name).href, text: nameOf(ref.doc) }),
    paper: (doc) => ({ href: paperUrl(doc), text: nameOf(doc) }),
    prose: (text, doc) => sourceSegments(text, doc === undefined ? { name, titles } : { name, titles, doc }),
  };
  built.set(site, p);
  return p;
}

/** "The agenda pack of …": a paper's name at the start of a sentence. */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SLOT = '\u0000';
/** A translated sentence split around one value, to put a link there: around('k', 'paper') → ["", " says:"]. */
export function around(
  translate: (key: string, options: Record<string, string>) => string,
  key: string,
  name: string,
  values: Record<string, string> = {},
): [string, string] {
  const [before = '', after = ''] = translate(key, { ...values, [name]: SLOT }).split(SLOT);
  return [before, after];
}
