/**
 * A report's narrative (`body` blocks, src/schemas/reports.ts) as the report
 * page needs it: the headings with their ids and levels, and where the body
 * places each table, figure and set of grades. Pure.
 */
import GithubSlugger from 'github-slugger';
import type { ReportBlock } from '../../schemas/reports.ts';
import { plainText } from '../text/inline.ts';
import { headingLevels } from '../tables/tables.ts';

export interface ReportHeading {
  /** Index of the heading's block in the body. */
  block: number;
  /** The heading's text as printed (inline markup kept). */
  text: string;
  /** The level the papers give it (the block's `level`). */
  depth: number;
  /** The level the page renders it at: in order under the page's own h2 sections. */
  level: number;
  /** Its id: the text a reader sees, slugged as GitHub (and Astro's markdown) does; repeats get "-1", "-2", … */
  slug: string;
}

/** The body's headings in order, each with a unique id and the level to render it at (the narrative starts at h2). */
export function reportHeadings(blocks: ReportBlock[]): ReportHeading[] {
  const slugger = new GithubSlugger();
  const found = blocks.flatMap((b, block) =>
    b.kind === 'heading' ? [{ block, text: b.text, depth: b.level, slug: slugger.slug(plainText(b.text)) }] : [],
  );
  const levels = headingLevels(found, 2);
  return found.map((h) => ({ ...h, level: levels.get(h.slug) ?? h.depth }));
}

/** Blocks that show another entry by id. */
export type PlacedKind = Extract<ReportBlock, { id: string }>['kind'];

/** Where the body places an entry of a kind (`table`, `figure`, `inspection`, `grid`): the index of its block, or -1 when the body does not place it. */
export function placedAt(blocks: ReportBlock[], kind: PlacedKind, id: string): number {
  return blocks.findIndex((b) => b.kind === kind && b.id === id);
}
