/**
 * Known accessibility issues listed in the accessibility statement, found in the content itself
 * (so the statement stays true as papers are added): charts whose data is not in the papers, and
 * link texts the papers print as "[text](#)" because the original link target was lost.
 * Pure: takes schema-shaped entries.
 */
import type { Figure } from '../../schemas/figures.ts';
import { plainText } from '../text/inline.ts';
import { reportUrl } from '../meetings/meetings.ts';
import { figureAnchor } from '../tables/tables.ts';

interface Entry<T = unknown> {
  id: string;
  data: T;
}

export interface MissingFigure {
  href: string;
  caption: string;
  /** Title of the report that refers to it. */
  report: string;
}

export interface LostLinkPage {
  href: string;
  /** What the page is, e.g. the report's title. */
  label: string;
  /** Every link text on that page whose target the papers lost, in order. */
  texts: string[];
}

const LOST_LINK = /\[([^\]]+)\]\(#?\)/g;

/** Link texts printed with no target ("[text](#)" or "[text]()") in a value of any shape. */
export function lostLinkTexts(value: unknown): string[] {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(LOST_LINK)) texts.push(plainText(m[1] ?? ''));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return texts;
}

/** Charts the papers refer to whose data they do not hold, each linked to where the portal says so. */
export function missingFigures(figures: Entry<Figure>[], reportTitle: (reportId: string) => string | undefined): MissingFigure[] {
  return [...figures]
    .sort((a, b) => a.data.report.localeCompare(b.data.report) || a.data.order - b.data.order)
    .map((f) => ({
      href: `${reportUrl(f.data.report)}#${figureAnchor(f.id)}`,
      caption: plainText(f.data.caption),
      report: plainText(reportTitle(f.data.report) ?? f.data.report),
    }));
}

/**
 * Pages that show link texts without a target, with those texts.
 * @param sources collections with the URL of the page that shows each entry
 */
export function lostLinkPages<E extends Entry>(sources: { entries: E[]; href: (entry: E) => string; label: (entry: E) => string }[]): LostLinkPage[] {
  const byPage = new Map<string, LostLinkPage>();
  for (const { entries, href, label } of sources) {
    for (const entry of entries) {
      // A report's narrative is part of its data (`body` blocks), so it is walked with the rest.
      const texts = lostLinkTexts(entry.data);
      if (texts.length === 0) continue;
      const url = href(entry);
      const page = byPage.get(url);
      if (page) page.texts.push(...texts);
      else byPage.set(url, { href: url, label: label(entry), texts });
    }
  }
  return [...byPage.values()].sort((a, b) => a.href.localeCompare(b.href));
}
