import { z } from 'astro/zod';
import { sourceRef } from './common.ts';

/** One action row of the 2016/17 performance grid. */
export const gridActionSchema = z.object({
  /** The action text as printed, owner code included. */
  text: z.string().min(1),
  /** Owner codes printed at the end of the action, e.g. "NC": short codes the publisher profile lists (`ownerCodes`), checked by the importer. */
  owners: z.array(z.string().regex(/^[A-Z][A-Z0-9]{0,11}$/, 'expected a short owner code of capital letters and digits, e.g. "NC"')).min(1),
  /** Evidence/Link cell, item by item: a URL, or plain text. */
  evidence: z.array(z.object({ text: z.string().min(1), url: z.string().url().optional() })).default([]),
  /** Commentary, paragraph by paragraph, as printed. */
  commentary: z.array(z.string()).default([]),
  /** Source line. */
  line: z.number().int().positive(),
  /** How the importer repaired the row, when it had to (shifted columns, merged actions). */
  repair: z.string().optional(),
});

/** One strategic objective of the 2016/17 plan with its performance-grid rows. */
export const gridObjectiveSchema = z.object({
  /** Code as printed, e.g. "SO15". */
  code: z.string().regex(/^[A-Z]+\d+$/, 'expected a code of capital letters and a number, such as SO15'),
  /** Objective title as printed (typos kept). */
  title: z.string().min(1),
  /** Priority number 1-7. */
  priority: z.number().int().min(1).max(7),
  /** Id of the report (the grid) this comes from. */
  report: z.string().min(1),
  /** Action rows, in order. */
  actions: z.array(gridActionSchema).min(1),
  /** Where the objective starts. */
  source: sourceRef,
});
export type GridObjective = z.infer<typeof gridObjectiveSchema>;
