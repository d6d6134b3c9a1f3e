import { z } from 'astro/zod';
import { sourceRef } from './common.ts';

/** An acronym the papers use, with the expansion(s) they give. */
export const glossarySchema = z.object({
  /** The acronym as printed, e.g. "HMICFRS". */
  term: z.string().min(1),
  /** Other printed forms of the same acronym that differ only in letter case, e.g. "RASSO" beside "RaSSO". */
  variants: z.array(z.string().min(1)).optional(),
  /** Each expansion the papers give, with where; differing expansions are all kept. */
  expansions: z.array(z.object({ text: z.string().min(1), source: sourceRef })).default([]),
  /** Where the papers use the acronym but never expand it: that fact, in plain English. Nothing is invented. */
  notExpanded: z.string().optional(),
  /** A few places the acronym is used. */
  usedAt: z.array(sourceRef).default([]),
}).refine((g) => g.expansions.length > 0 || Boolean(g.notExpanded), {
  message: 'give at least one expansion from the papers, or say in `notExpanded` that the papers never expand it',
  path: ['expansions'],
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
