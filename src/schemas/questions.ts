import { z } from 'astro/zod';
import { conflict, entryId, sourceRef } from './common.ts';

/** A question put at a meeting (by a member of the public or by the PCC) and the answer recorded. */
export const questionSchema = z.object({
  /** Public question or PCC question. */
  kind: z.enum(['public', 'pcc']),
  /** Id of the meeting it was put to. */
  meeting: entryId,
  /** Anchor id of the meeting's minute section it sits under, e.g. "item-5". */
  minuteSection: z.string(),
  /** The agenda item or pillar heading as printed, e.g. "5. Pillar 1 – Sustain Norfolk Constabulary". */
  section: z.string().min(1),
  /** Plan entry (pillar, priority or theme) it concerns, e.g. "2022-24-pillar-1". */
  planEntry: z.string().optional(),
  /** Order within the meeting, from 1. */
  order: z.number().int().positive(),
  /** Column headings printed over the question and answer, e.g. "PCC Question" / "Constabulary Response". */
  headings: z.object({ question: z.string(), answer: z.string() }).optional(),
  /** The question, paragraph by paragraph, as written. */
  question: z.array(z.string().min(1)).min(1),
  /** The answer, paragraph by paragraph, as written. Empty when none is recorded. */
  answer: z.array(z.string().min(1)).default([]),
  /** Who answered, as the papers name them (e.g. "The CC", "ACO Jasper"), in order. Empty when not stated. */
  answeredBy: z.array(z.string()).default([]),
  /** Ids of actions this question led to. */
  actions: z.array(entryId).default([]),
  /** Where the question is in each paper that records it. */
  sources: z.array(sourceRef).min(1),
  /** Facts about it on which two papers disagree (the answer), each with both values. */
  conflicts: z.array(conflict).default([]),
});
export type Question = z.infer<typeof questionSchema>;
