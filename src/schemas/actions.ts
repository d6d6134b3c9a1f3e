import { z } from 'astro/zod';
import { conflict, entryId, isoDate, sourceRef } from './common.ts';

export const actionStatus = z.enum(['new', 'ongoing', 'closed']);

/** One dated update to an action, as recorded at a meeting. */
export const actionUpdateSchema = z.object({
  /** Date the update carries, when it carries one. */
  date: isoDate.optional(),
  /** The date exactly as written ("8 October 2024", "New Action (8 October 2024)"). */
  dateText: z.string().optional(),
  /** Id of the meeting at which the update was given. */
  meeting: entryId,
  /** The update, paragraph by paragraph, as written (status sentence included). */
  text: z.array(z.string().min(1)).min(1),
  /** The status the update leaves the action in. */
  status: actionStatus,
  /** Where the update is in each paper that records it. */
  sources: z.array(sourceRef).min(1),
});

/** A promise made at a meeting, tracked across meetings. */
export const actionSchema = z
  .object({
    /** Which series it belongs to, e.g. "pam-2024" for the numbered PCC Accountability Meeting actions, "paf-2017". */
    series: z.string().min(1),
    /** Action number as printed; absent for unnumbered actions. */
    number: z.number().int().positive().optional(),
    /** Id of the meeting it was raised at. */
    raisedAt: entryId,
    /** Who must act, as the papers name them, e.g. "The CC", "ACC Davison". */
    owner: z.string().min(1),
    /** The action as first described. */
    text: z.string().min(1),
    /** Other wordings of the description in later papers, with where they are. */
    textVariants: z.array(z.object({ text: z.string().min(1), source: sourceRef })).default([]),
    /** Every update, oldest first. */
    updates: z.array(actionUpdateSchema).default([]),
    /** Current status: that of the latest update. */
    status: actionStatus,
    /** Id of the question that led to it, where the papers link them. */
    question: entryId.optional(),
    /** Where the action is described in each paper. */
    sources: z.array(sourceRef).min(1),
    /** Facts about it on which two papers disagree (an update's status, the owner), each with both values. */
    conflicts: z.array(conflict).default([]),
  })
  .refine((a) => a.updates.length === 0 || a.updates[a.updates.length - 1]!.status === a.status, {
    message: 'status must equal the status of the latest update',
    path: ['status'],
  });
export type Action = z.infer<typeof actionSchema>;
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
