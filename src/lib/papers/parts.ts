/**
 * Where a line of a source paper lives on the site. A paper's text is cut into parts of a fixed
 * number of lines: part k holds lines (k-1)*PART_LINES+1 … k*PART_LINES. The URL of a line
 * (`/papers/<doc>/<part>/#L<line>`) therefore depends only on the paper and the line number: it never
 * moves when a paper is re-imported, grows or when other papers are added. Pure, no Astro imports.
 */
import type { SourceRef } from '../../schemas/common.ts';

/** Lines per part page. Changing it moves every line's URL: don't. */
export const PART_LINES = 200;

/** The list of all papers. */
export const PAPERS_URL = '/papers/';

/** A paper's own page: what it is, who published it, its parts. */
export const paperUrl = (doc: string): string => `${PAPERS_URL}${encodeURIComponent(doc)}/`;

/** The part (1-based) that holds a line. */
export const partOfLine = (line: number): number => Math.max(1, Math.ceil(line / PART_LINES));

/** How many parts a paper of `lineCount` lines has (at least one, so an empty paper still has a page). */
export const partCount = (lineCount: number): number => Math.max(1, Math.ceil(lineCount / PART_LINES));

/** First and last line of a part, the last clipped to the paper's length. */
export function partLines(part: number, lineCount: number): { first: number; last: number } {
  const first = (part - 1) * PART_LINES + 1;
  return { first, last: Math.max(first, Math.min(part * PART_LINES, lineCount)) };
}

/** One part's page. */
export const partUrl = (doc: string, part: number): string => `${paperUrl(doc)}${part}/`;

/** The id of a line's element on its part page. */
export const lineId = (line: number): string => `L${line}`;

/**
 * The link to the exact place a fact was read: its first line on its part page. A range links to
 * its first line (the part page highlights the targeted line with CSS `:target`, no JavaScript).
 */
export const sourceUrl = (ref: SourceRef): string => `${partUrl(ref.doc, partOfLine(ref.line))}#${lineId(ref.line)}`;

/** `/papers/<doc>/<part>/#L<n>`, parsed; undefined for any other URL. */
export function parseSourceUrl(url: string): { doc: string; part: number; line: number } | undefined {
  const m = /^\/papers\/([^/#?]+)\/(\d+)\/#L(\d+)$/.exec(url);
  if (!m) return undefined;
  return { doc: decodeURIComponent(m[1]!), part: Number(m[2]), line: Number(m[3]) };
}
