import { z } from 'astro/zod';
import { block, clockTime, conflict, dateClaim, entryId, sourceRef, statedDate } from './common.ts';

/** One person in an attendance or apologies list, as the minutes print them ("Role – Name, Organisation"). */
export const attendeeSchema = z.object({
  /** Role as written, without the abbreviation, e.g. "Chief Constable". */
  role: z.string().min(1),
  /** Abbreviation printed after the role, e.g. "CC", when there is one. */
  roleAbbreviation: z.string().optional(),
  /** Name as written, e.g. "Dr Gavin Thompson". */
  name: z.string().min(1),
  /** Organisation as written, e.g. "OPCCN". */
  organisation: z.string().optional(),
  /** Id of the person in the people collection. */
  person: entryId,
});

/** One row of a printed agenda. */
export const agendaItemSchema = z.object({
  /** Item number as printed, e.g. "5."; absent for unnumbered rows such as a refreshment break. */
  number: z.string().optional(),
  /** Start time as printed, e.g. "10:30am". */
  time: z.string().optional(),
  /** The title, exactly as printed (markup such as `<u>` removed). */
  title: z.string().min(1),
  /** Page reference as printed ("Page 11"), when there is one. */
  page: z.string().optional(),
  /** True when the paper says "Verbal Update" instead of a page. */
  verbalUpdate: z.boolean(),
  /** Id of the report this item presents, when the papers hold it. */
  report: entryId.optional(),
  /** Id (anchor) of the minutes section that records this item, when minutes exist. */
  minuteSection: z.string().optional(),
  /** Meetings this item lists (the "Date of Next Scrutiny Meetings" item), by id. */
  lists: z.array(entryId).default([]),
  /** Extra lines printed inside the item, e.g. the list of next scrutiny meetings. */
  details: z.array(z.string()).default([]),
});

/** One minuted item: its heading and what was recorded under it. */
export const minuteSectionSchema = z.object({
  /** Anchor id, unique within the meeting page, e.g. "item-5". */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an anchor id starting with a letter'),
  /** Item number as printed, e.g. "5" or "1.1"; absent for unnumbered headings. */
  number: z.string().optional(),
  /** Heading as printed, without the number. */
  title: z.string().min(1),
  /**
   * What the section records, so a page can show the matching structured data under it: `attendance`,
   * `apologies`, `declarations`, `previous-minutes`, `questions` (its questions link here by `minuteSection`),
   * `risks`, `actions`, `next-meeting`, `signatures`, or `item` for any other minuted item. Optional.
   */
  kind: z
    .enum(['attendance', 'apologies', 'declarations', 'previous-minutes', 'questions', 'risks', 'actions', 'next-meeting', 'signatures', 'item'])
    .optional(),
  /** Who presented the item, where the minutes say. */
  presenter: z.string().optional(),
  /** The pillar, priority or theme this item covers (a plan entry id such as "2022-24-pillar-1"). */
  planEntry: z.string().optional(),
  /** The recorded narrative, in order. Questions and actions are separate entries linked by `minuteSection`. */
  blocks: z.array(block).default([]),
  /** Where the section is in each paper that records it. */
  sources: z.array(sourceRef).default([]),
});

/** Someone who signed (or whose signature line is printed on) the minutes. */
export const signatorySchema = z.object({
  /** Name as printed. */
  name: z.string().min(1),
  /** Role as printed under the name. */
  role: z.string().min(1),
});

/** A meeting of a scrutiny body: held, scheduled, or only mentioned in the papers. */
export const meetingSchema = z
  .object({
    /** Id of the body that meets. */
    body: entryId,
    /** The meeting's date, or "not stated" with the bounds the text supports. */
    date: statedDate,
    /** The meeting's own subject where the papers give one, e.g. "Cyber Security" for a Strategic Deep Dive. Optional. */
    topic: z.string().min(1).optional(),
    /** Every date any paper gives for this meeting, with who says it. More than one distinct date is a conflict. */
    dateClaims: z.array(dateClaim).default([]),
    /** A plain-English account of a date conflict, when the papers disagree. */
    dateConflict: z.string().optional(),
    /** Start time, 24-hour, when stated. */
    startTime: clockTime.optional(),
    /** End time, 24-hour, when stated. */
    endTime: clockTime.optional(),
    /** The time exactly as printed, e.g. "10:00am – 1:00pm". */
    timeText: z.string().optional(),
    /** Venue as printed. When papers differ, the first is the agenda's and the others follow in `venueClaims`. */
    venue: z.string().optional(),
    /** Every venue wording, with the paper that gives it. */
    venueClaims: z.array(z.object({ text: z.string().min(1), source: sourceRef })).default([]),
    /** What the papers say happened: held (minutes or a summary exist or are confirmed), scheduled, or cancelled. */
    status: z.enum(['scheduled', 'held', 'cancelled']),
    /** The purpose printed on the agenda, when there is one. */
    purpose: z.string().optional(),
    /** The printed agenda, in order. Empty when no agenda is in the papers. */
    agenda: z.array(agendaItemSchema).default([]),
    /** People recorded as present. */
    attendance: z.array(attendeeSchema).default([]),
    /** People who sent apologies. */
    apologies: z.array(attendeeSchema).default([]),
    /** Declarations of interest, as recorded (e.g. "None."). */
    declarations: z.array(z.string()).default([]),
    /** The minutes, item by item. */
    minutes: z.array(minuteSectionSchema).default([]),
    /** The next meeting as these minutes state it. */
    nextMeeting: z
      .object({
        /** The wording as printed, e.g. "Tuesday 21 January 2025". */
        text: z.string().min(1),
        /** Id of that meeting. */
        meeting: entryId,
      })
      .optional(),
    /** Signature lines printed at the end of the minutes. */
    signatories: z.array(signatorySchema).default([]),
    /** Which papers hold this meeting's agenda, minutes and reports (document ids). */
    papers: z.object({
      /** Document ids holding the agenda. */
      agenda: z.array(z.string()).default([]),
      /** Document ids holding the minutes or meeting summary. */
      minutes: z.array(z.string()).default([]),
      /** Document ids holding reports presented at it. */
      reports: z.array(z.string()).default([]),
    }),
    /** Whether the agenda carries the multilingual availability notice. */
    languageNotice: z.boolean().default(false),
    /** i18n key variants of the notice used by this meeting's papers, by language code, when a paper's wording differs. */
    languageNoticeVariants: z.record(z.string(), z.string()).default({}),
    /** Every place a paper mentions this meeting. */
    mentions: z.array(z.object({ source: sourceRef, text: z.string().min(1) })).default([]),
    /** Free-text notes about what the papers do not say. */
    notes: z.array(z.string()).default([]),
    /** Facts other than the date on which two papers disagree (the time), each with both values. Dates use `dateClaims`. */
    conflicts: z.array(conflict).default([]),
  })
  .refine((m) => !(m.status === 'held' && m.date.kind === 'exact' && m.minutes.length === 0 && m.mentions.length === 0), {
    message: 'a held meeting needs minutes or at least one mention in the papers that confirms it',
    path: ['status'],
  })
  .refine((m) => !m.endTime || !m.startTime || m.endTime > m.startTime, {
    message: 'endTime must be after startTime',
    path: ['endTime'],
  });
export type Meeting = z.infer<typeof meetingSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type MinuteSection = z.infer<typeof minuteSectionSchema>;
