import { z } from 'astro/zod';
import { entryId, isoDate, sourceRef } from './common.ts';

/** A person named in the papers, with each role as a paper states it. */
export const personSchema = z.object({
  /** Name as usually printed. */
  name: z.string().min(1),
  /** Other forms of the name the papers use, e.g. "ACC Davison". */
  alsoKnownAs: z.array(z.string()).default([]),
  /** Roles as the papers state them; the same person can carry different titles in different papers. */
  roles: z
    .array(
      z.object({
        /** Title as written. */
        title: z.string().min(1),
        /** Organisation as written. */
        organisation: z.string().optional(),
        /** Date of the paper or meeting that states it. */
        asOf: isoDate.optional(),
        /** Meeting id, when stated in a meeting's attendance. */
        meeting: entryId.optional(),
        /** Where. */
        source: sourceRef,
      }),
    )
    .min(1),
});
export type Person = z.infer<typeof personSchema>;
