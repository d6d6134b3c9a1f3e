import { z } from 'astro/zod';
import { sourceRef } from './common.ts';

/** An element of a pillar, or a strategic objective of a priority. */
export const planElementSchema = z.object({
  /** Id, e.g. "2022-24-pillar-1-element-2" or "2016-17-so3". */
  id: z.string().min(1),
  /** Code or number as printed, e.g. "SO3" or "2". */
  code: z.string().min(1),
  /** Title as printed. */
  title: z.string().min(1),
  /** Where the papers give it. */
  sources: z.array(sourceRef).default([]),
});

/** A pillar or priority of a Police and Crime Plan. */
export const planEntrySchema = z.object({
  /** Id, e.g. "2022-24-pillar-1", "2016-17-priority-5", "2025-29-priority-2". */
  id: z.string().min(1),
  /** Number as printed. */
  number: z.number().int().positive(),
  /** Title as printed, e.g. "Sustain Norfolk Constabulary". */
  title: z.string().min(1),
  /** Other wordings the papers use for the same pillar or priority. */
  titleVariants: z.array(z.string()).default([]),
  /** Elements (2022-24) or strategic objectives (2016/17), as far as the papers give them. */
  elements: z.array(planElementSchema).default([]),
  /** Where the papers name it. */
  sources: z.array(sourceRef).default([]),
});

/** A Police and Crime Plan for one period. */
export const planSchema = z.object({
  /** Title as the papers give it, e.g. "Police, Crime & Community Safety Plan 2022-24". */
  title: z.string().min(1),
  /** Period label, e.g. "2022-24". */
  period: z.string().min(1),
  /** What the plan calls its parts. */
  unit: z.enum(['priority', 'pillar']),
  /** Its pillars or priorities, in order. */
  entries: z.array(planEntrySchema).min(1),
  /** Sort order, oldest first. */
  order: z.number().int(),
  /** What the papers do not give about this plan. */
  notes: z.array(z.string()).default([]),
});
export type Plan = z.infer<typeof planSchema>;
export type PlanEntry = z.infer<typeof planEntrySchema>;
