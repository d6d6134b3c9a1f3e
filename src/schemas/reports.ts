import { z } from 'astro/zod';
import { entryId, sourceRef } from './common.ts';

/**
 * A report presented to a meeting. The narrative is the MDX body of the
 * entry; tables and figures sit in it, in order, as `<DataTable id="…" />`
 * and `<Figure id="…" />` components. These are the front-matter fields.
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
});
export type Report = z.infer<typeof reportSchema>;
