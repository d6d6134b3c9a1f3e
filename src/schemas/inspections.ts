import { z } from 'astro/zod';
import { entryId, sourceRef } from './common.ts';

export const gradeName = z.enum(['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate']);

/** An inspectorate's graded judgements of the force (the HMICFRS PEEL grid). */
export const inspectionSchema = z.object({
  /** Title as the papers give it. */
  title: z.string().min(1),
  /** Inspectorate, e.g. "HMICFRS". */
  inspectorate: z.string().min(1),
  /** Id of the report that prints it. */
  report: entryId,
  /** Context sentences printed around the grid. */
  context: z.array(z.string()).default([]),
  /** Each grade with the areas given it, in the grid's column order (empty list where none). */
  grades: z.array(z.object({ grade: gradeName, areas: z.array(z.string().min(1)) })).length(5),
  /** Where the grid is. */
  source: sourceRef,
});
export type Inspection = z.infer<typeof inspectionSchema>;
