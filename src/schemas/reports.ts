import { z } from 'astro/zod';
import { entryId, inlineText, sourceRef } from './common.ts';

/** A 1-based line number in the report's document (`document`). */
const line = z.number().int().positive();

/** One item of a report's list, with the bullets printed under it. */
export interface ReportListItem {
  /** The item's text as printed, without its marker ("- ", "1. "); inline markup as the papers write it. */
  text: string;
  /** The line it is printed on. */
  line: number;
  /** Bullets printed under this item, indented one level deeper. */
  items?: ReportListItem[] | undefined;
}
export const reportListItem: z.ZodType<ReportListItem> = z.lazy(() =>
  z.object({
    /** The item's text as printed, without its marker ("- ", "1. "); inline markup as the papers write it. */
    text: inlineText,
    /** The line it is printed on. */
    line,
    /** Bullets printed under this item, indented one level deeper. */
    items: z.array(reportListItem).min(1).optional(),
  }),
);

/**
 * One block of a report's narrative, in reading order. Paper text is data:
 * every `text` is a plain string that may hold the papers' `**bold**`,
 * `*italic*` and `[text](url)`, rendered by <ReportBody> as elements and
 * never read as MDX, HTML or code.
 */
export const reportBlock = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heading'),
    /** Heading level in the narrative: 2 for the report's title lines and appendices, 3 and below for sections (the page's h1 is the report title). */
    level: z.number().int().min(2).max(6),
    /** The heading as printed. */
    text: inlineText,
    /** The line it is printed on. */
    line,
  }),
  z.object({
    kind: z.literal('paragraph'),
    /** The paragraph's printed lines, in order: one for prose, several where the papers break lines themselves (a letter's addressees, a signature block). */
    lines: z.array(inlineText).min(1),
    /** The line of its first printed line. */
    line,
  }),
  z.object({
    kind: z.literal('list'),
    /** Numbered ("1. ") rather than bulleted. */
    ordered: z.boolean(),
    /** The number printed on the first item of a numbered list, when it is not 1. */
    start: z.number().int().nonnegative().optional(),
    /** The items, in order. */
    items: z.array(reportListItem).min(1),
    /** The line of its first item. */
    line,
  }),
  z.object({
    kind: z.literal('table'),
    /** Id of the table entry (src/content/tables/<id>.json) printed here. */
    id: entryId,
    /** The line its first row is printed on. */
    line,
  }),
  z.object({
    kind: z.literal('figure'),
    /** Id of the figure entry (src/content/figures/<id>.json) printed here. */
    id: entryId,
    /** The line of its image position or caption. */
    line,
  }),
  z.object({
    kind: z.literal('inspection'),
    /** Id of the inspection entry (src/content/inspections/<id>.json) whose grades are printed here. */
    id: entryId,
    /** The line its grade table starts on. */
    line,
  }),
  z.object({
    kind: z.literal('grid'),
    /** Id of the report whose performance-grid objectives (src/content/grid/) are printed here. */
    id: entryId,
    /** The line of the grid's header row. */
    line,
  }),
  z.object({
    kind: z.literal('break'),
    /** The line that ends the report proper ("END."); what follows is an enclosure printed after it. */
    line,
  }),
]);
export type ReportBlock = z.infer<typeof reportBlock>;

/**
 * A report presented to a meeting: the header fields as printed, and the
 * narrative as `body`, a list of blocks in which tables, figures, grades and
 * the performance grid sit in order by id.
 */
export const reportSchema = z.object({
  /** Title for the portal: the SUBJECT line, or the grid's title. */
  title: z.string().min(1),
  /** Id of the meeting it was presented to. */
  meeting: entryId,
  /** Agenda item number as printed on that meeting's agenda, e.g. "5.". */
  agendaItem: z.string().optional(),
  /** ORIGINATOR, as printed. */
  originator: z.string().optional(),
  /** REASON FOR SUBMISSION, as printed. */
  reason: z.string().optional(),
  /** SUBMITTED TO, as printed. */
  submittedTo: z.string().optional(),
  /** SUBJECT, as printed. */
  subject: z.string().optional(),
  /** SUMMARY, paragraph by paragraph, as printed. */
  summary: z.array(z.string()).default([]),
  /** RECOMMENDATION, as printed. */
  recommendation: z.string().optional(),
  /** Plan entries (pillar or priority ids) the report covers. */
  planEntries: z.array(z.string()).default([]),
  /** Table ids, in the order they appear. */
  tables: z.array(entryId).default([]),
  /** Figure ids, in the order they appear. */
  figures: z.array(entryId).default([]),
  /** The originator checklist printed with the report, question by question. */
  checklist: z
    .object({
      /** The two column headings as printed. */
      headings: z.tuple([z.string(), z.string()]),
      /** Each question and the answer given. */
      rows: z.array(z.object({ question: z.string().min(1), answer: z.string() })),
    })
    .optional(),
  /** Document id that holds it. */
  document: z.string().min(1),
  /** Where it starts and ends in that document. */
  source: sourceRef,
  /** Sort order within its meeting. */
  order: z.number().int().nonnegative(),
  /** The narrative, block by block, in reading order. */
  body: z.array(reportBlock).min(1),
});
export type Report = z.infer<typeof reportSchema>;
