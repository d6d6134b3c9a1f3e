/**
 * What each page under /papers/ shows, worked out here so the .astro files only render:
 * the list of papers, a paper's own page (what it is, who published it and when, where the
 * original is, its parts) and a part of its text (its lines, each with its own anchor).
 * Pure: paper data in, page data out, strings from the i18n dictionary.
 */
import type { SourceDocument } from '../../schemas/documents.ts';
import { t } from '../i18n/i18n.ts';
import { formatDate } from '../meetings/meetings.ts';
import { lineId, PAPERS_URL, partCount, partLines, partUrl, paperUrl } from './parts.ts';
import { lineLanguage, type LineLanguage } from './languages.ts';
import { safeHref } from '../links/safe-href.ts';

/** One source paper: its document entry, its name in words and how many lines its text has. */
export interface Paper {
  id: string;
  data: SourceDocument;
  /** "the agenda pack of 29 January 2025" (see names.ts). */
  name: string;
  /** Lines of its text (the papers collection). */
  lineCount: number;
}

export interface Crumb {
  href: string;
  label: string;
}

export interface LinkView {
  href: string;
  label: string;
}

export interface PapersListPage {
  title: string;
  description: string;
  lede: string;
  papers: { href: string; title: string; kind: string; published: string; lines: string }[];
}

export interface PaperPage {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  heading: string;
  kind: string;
  published: string;
  /** The publisher's original, when the office records its address. */
  original?: LinkView;
  /** Otherwise, who holds the original, and the contact the paper prints (as printed). */
  holder?: { text: string; enquiriesIntro?: string; enquiries: string[] };
  note?: string;
  textNote: string;
  partsHeading: string;
  parts: LinkView[];
}

export interface PaperLine {
  /** Line number, 1-based. */
  n: number;
  /** Element id, `L<n>`. */
  id: string;
  /** `#L<n>`: the line's number links to itself. */
  href: string;
  /** The line exactly as imported: rendered as escaped text, never as HTML or markup. */
  text: string;
  /** Its language, when it is not the page's (the agendas' notice in ten languages). */
  language?: LineLanguage;
}

export interface PaperPartPage {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  heading: string;
  /** "Part 2 of 10: lines 201–400". */
  partLabel: string;
  linesLabel: string;
  /** "Line": read before each line's number by screen readers (visually hidden). */
  lineWord: string;
  lines: PaperLine[];
  previous?: LinkView;
  next?: LinkView;
  paper: LinkView;
}

const crumbsTo = (p?: Paper): Crumb[] => [
  { href: '/', label: t('nav.home') },
  { href: PAPERS_URL, label: t('papers.title') },
  ...(p ? [{ href: paperUrl(p.id), label: p.data.title }] : []),
];

/** "Published by X on 22 September 2017." or "Published by X. The paper does not give its publication date." */
export function publishedText(d: SourceDocument): string {
  return d.published
    ? t('papers.publishedOn', { publisher: d.publisher, date: formatDate(d.published, { weekday: false }) })
    : t('papers.publishedUndated', { publisher: d.publisher });
}

const partRangeLabel = (part: number, lineCount: number): string => {
  const { first, last } = partLines(part, lineCount);
  return first === last ? t('papers.partLine', { line: first }) : t('papers.partLines', { first, last });
};

/** /papers/: every paper, in the order given (callers sort). */
export function papersListPage(papers: readonly Paper[]): PapersListPage {
  return {
    title: t('papers.title'),
    description: t('papers.description'),
    lede: t('papers.lede'),
    papers: papers.map((p) => ({
      href: paperUrl(p.id),
      title: p.data.title,
      kind: t(`papers.kind.${p.data.kind}`),
      published: publishedText(p.data),
      lines: t('papers.lineCount', { count: p.lineCount }),
    })),
  };
}

/** /papers/<doc>/: what the paper is, who published it and when, where the original is, its parts. */
export function paperPage(p: Paper): PaperPage {
  const count = partCount(p.lineCount);
  const page: PaperPage = {
    title: p.data.title,
    description: t('papers.paperDescription', { title: p.data.title, publisher: p.data.publisher }),
    breadcrumbs: crumbsTo(),
    heading: p.data.title,
    kind: t(`papers.kind.${p.data.kind}`),
    published: publishedText(p.data),
    textNote: t('papers.textNote', { count: p.lineCount }),
    partsHeading: t('papers.partsHeading'),
    parts: Array.from({ length: count }, (_, i) => ({
      href: partUrl(p.id, i + 1),
      label: t('papers.partLabel', { part: i + 1, count, lines: partRangeLabel(i + 1, p.lineCount) }),
    })),
  };
  // The schema admits only http(s) addresses; safeHref decides again, as for every link from content.
  const original = safeHref(p.data.originalUrl);
  if (original) page.original = { href: original, label: t('papers.original', { publisher: p.data.publisher }) };
  else {
    page.holder = { text: t('papers.originalHeld', { publisher: p.data.publisher }), enquiries: p.data.enquiries };
    if (p.data.enquiries.length > 0) page.holder.enquiriesIntro = t('papers.enquiries');
  }
  if (p.data.note) page.note = p.data.note;
  return page;
}

/** Every part page of every paper, for getStaticPaths. */
export function paperPartPaths(papers: readonly Paper[]): { doc: string; part: number }[] {
  return papers.flatMap((p) => Array.from({ length: partCount(p.lineCount) }, (_, i) => ({ doc: p.id, part: i + 1 })));
}

/** /papers/<doc>/<part>/: the part's lines, each an element `L<n>` whose number links to itself. */
export function paperPartPage(p: Paper, part: number, text: readonly string[]): PaperPartPage {
  const count = partCount(p.lineCount);
  if (!Number.isInteger(part) || part < 1 || part > count) throw new Error(`papers: ${p.id} has no part ${part} (it has ${count})`);
  const { first, last } = partLines(part, p.lineCount);
  const lines: PaperLine[] = [];
  for (let n = first; n <= Math.min(last, text.length); n++) {
    const line: PaperLine = { n, id: lineId(n), href: `#${lineId(n)}`, text: text[n - 1]! };
    const language = lineLanguage(line.text);
    if (language) line.language = language;
    lines.push(line);
  }
  const range = partRangeLabel(part, p.lineCount);
  const page: PaperPartPage = {
    title: t('papers.partTitle', { paper: p.data.title, part, count }),
    description: t('papers.partDescription', { range, paper: p.data.title }),
    breadcrumbs: crumbsTo(p),
    heading: p.data.title,
    partLabel: t('papers.partLabel', { part, count, lines: range }),
    linesLabel: t('papers.linesLabel', { lines: range }),
    lineWord: t('papers.lineWord'),
    lines,
    paper: { href: paperUrl(p.id), label: t('papers.aboutPaper') },
  };
  if (part > 1) page.previous = { href: partUrl(p.id, part - 1), label: t('papers.previousPart', { lines: partRangeLabel(part - 1, p.lineCount) }) };
  if (part < count) page.next = { href: partUrl(p.id, part + 1), label: t('papers.nextPart', { lines: partRangeLabel(part + 1, p.lineCount) }) };
  return page;
}
