import { z } from 'astro/zod';
import { sourceRef } from './common.ts';

/** A scrutiny body: a kind of meeting with a purpose, a chair and members or attendees. */
export const bodySchema = z.object({
  /** Full name as the papers give it, e.g. "PCC Accountability Meeting". */
  name: z.string().min(1),
  /** Short form used in lists, e.g. "PAM". */
  abbreviation: z.string().min(1),
  /** Other names the papers use for the same body. */
  alsoKnownAs: z.array(z.string()).default([]),
  /** What the body is for, in the papers' words where they give it. */
  purpose: z.string().min(1),
  /** Whether `purpose` is quoted from the papers (true) or a plain description written for the portal (false). */
  purposeIsQuoted: z.boolean(),
  /** Who chairs it, as far as the papers say. */
  chair: z.string().optional(),
  /** Who sits on it or attends, as far as the papers say. */
  attendees: z.array(z.string()).default([]),
  /** Who organises it (the OPCCN, Norfolk County Council). */
  organiser: z.string().optional(),
  /** Sort order in lists. */
  order: z.number().int(),
  /** Where the papers describe it. */
  sources: z.array(sourceRef).default([]),
});
export type Body = z.infer<typeof bodySchema>;
