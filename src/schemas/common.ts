/**
 * Shared building blocks for every content schema.
 *
 * Every schema in this folder is plain Zod (from `astro/zod`) with string ids
 * for cross-references, so that the importer (run by Node outside Astro) and
 * the Astro content layer validate with exactly the same rules. Cross-entry
 * references are checked once per build by `src/lib/content/integrity.ts`.
 */
import { z } from 'astro/zod';

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD, for example 2025-01-29');

/** A 24-hour clock time, HH:MM. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time written HH:MM, for example 10:00');

/** A slug id of another entry: lower-case letters, digits and hyphens. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an entry id made of lower-case letters, digits and hyphens');

/** Where in the source papers a fact was read. */
export const sourceRef = z.object({
  /** The source document's id, the seed file name without `.txt`, e.g. `001_1defd7e170de073f`. */
  doc: z.string().min(1),
  /** First line (1-based) of the passage in that document. */
  line: z.number().int().positive(),
  /** Last line of the passage, when it spans several lines. */
  endLine: z.number().int().positive().optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

/**
 * A date as one paper states it. `text` is always the wording of the paper;
 * `date` is present only when the wording names a full calendar date.
 */
export const dateClaim = z.object({
  /** The calendar date the wording names, when it names one. */
  date: isoDate.optional(),
  /** The wording exactly as printed, e.g. "Tuesday 21 January 2025". */
  text: z.string().min(1),
  /** Which paper says it. */
  source: sourceRef,
  /** Why this claim matters or how it conflicts, in plain English. */
  note: z.string().optional(),
});
export type DateClaim = z.infer<typeof dateClaim>;

/**
 * Two or more papers disagreeing about one fact (an action's status, a question's answer, a
 * meeting's time): every value with the paper that gives it, and what the portal shows meanwhile.
 * The importer never picks one silently: it records the conflict and names both places.
 */
export const conflict = z.object({
  /** What the papers disagree about, in plain English, e.g. "the status after the update of 8 October 2024". */
  about: z.string().min(1),
  /** Each value as one paper gives it. */
  claims: z.array(z.object({ value: z.string().min(1), source: sourceRef })).min(2),
  /** What the portal shows while the papers disagree, and why. */
  shown: z.string().min(1),
});
export type Conflict = z.infer<typeof conflict>;

/**
 * When something happened. Either an exact date the papers give, or "not
 * stated" with the bounds the text supports. A date is never guessed.
 */
export const statedDate = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('exact'),
    /** The date the papers give. */
    date: isoDate,
  }),
  z.object({
    kind: z.literal('not-stated'),
    /** Earliest date the text supports, when it supports one. */
    notBefore: isoDate.optional(),
    /** Latest date the text supports, when it supports one. */
    notAfter: isoDate.optional(),
    /** What the papers do say that bounds the date. */
    evidence: z.string().min(1),
  }),
]);
export type StatedDate = z.infer<typeof statedDate>;

/** A run of inline text. May contain `**bold**`, `*italic*` and `[text](#)` exactly as the papers do. */
export const inlineText = z.string();

/** A nested bullet list item. */
export interface ListItem {
  text: string;
  children?: ListItem[] | undefined;
}
export const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.object({
    /** The item's text as written. */
    text: inlineText,
    /** Nested bullets under this one. */
    children: z.array(listItem).optional(),
  }),
);

/** A block of minuted narrative: a paragraph, a bullet list or a sub-heading. */
export const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), /** The paragraph as written. */ text: inlineText }),
  z.object({ type: z.literal('ul'), /** The bullets, in order. */ items: z.array(listItem).min(1) }),
  z.object({ type: z.literal('ol'), /** The numbered items, in order. */ items: z.array(listItem).min(1) }),
  z.object({ type: z.literal('h'), /** The sub-heading as written. */ text: inlineText }),
]);
export type Block = z.infer<typeof block>;
