import { z } from 'astro/zod';
import { entryId, sourceRef } from './common.ts';

/** A figure or chart the papers refer to but whose data is not in the text. */
export const figureSchema = z.object({
  /** Figure number as printed; absent for unnumbered charts. */
  number: z.number().int().positive().optional(),
  /** Caption as printed, or the sentence that introduces an unnumbered chart. */
  caption: z.string().min(1),
  /** Id of the report that holds it. */
  report: entryId,
  /** Always false: the figure's data is not in the papers, and nothing is invented. */
  dataInPapers: z.literal(false),
  /** What is missing, in plain English. */
  missing: z.string().min(1),
  /** Order within its report. */
  order: z.number().int().nonnegative(),
  /** Where the figure's caption is. */
  source: sourceRef,
});
export type Figure = z.infer<typeof figureSchema>;
