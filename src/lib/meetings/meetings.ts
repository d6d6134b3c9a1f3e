/**
 * Pure meeting logic for the meeting pages, the home page, calendars and feeds:
 * dates and London offsets, status as of the build date, ordering, grouping by
 * year, previous/next of the same body, and which papers exist.
 *
 * Nothing here reads content: every function takes schema-shaped entries, so
 * the unit tests run on small fixtures and the pages pass `loadSite()` data.
 */
import { groupBy, pushTo } from '../content/group.ts';
import type { Meeting } from '../../schemas/meetings.ts';
import type { Action, ActionUpdate } from '../../schemas/actions.ts';
import type { Question } from '../../schemas/questions.ts';

/** A meeting entry as the content layer gives it (id + parsed data). */
export interface MeetingLike {
  id: string;
  data: Meeting;
}

// ---------------------------------------------------------------------------
// Dates and times

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function parseIsoDate(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`meetings: expected a date written YYYY-MM-DD, got "${iso}"`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new Error(`meetings: "${iso}" is not a real calendar date`);
  }
  return { y, m, d };
}

/** The weekday of an ISO date, in English ("Wednesday"). */
export function weekdayOf(iso: string): string {
  const { y, m, d } = parseIsoDate(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/**
 * An ISO date in en-GB style: "Wednesday 29 January 2025" (with weekday) or
 * "29 January 2025". Built by hand so the output never depends on ICU data.
 */
export function formatDate(iso: string, options: { weekday?: boolean } = {}): string {
  const { y, m, d } = parseIsoDate(iso);
  const core = `${d} ${MONTHS[m - 1]!} ${y}`;
  return options.weekday === false ? core : `${weekdayOf(iso)} ${core}`;
}

/** A 24-hour "HH:MM" as en-GB readers see it on the papers: "10am", "10:30am", "12:20pm". */
export function formatClock(hhmm: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`meetings: expected a time written HH:MM, got "${hhmm}"`);
  const h = Number(match[1]);
  const min = match[2]!;
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return min === '00' ? `${h12}${suffix}` : `${h12}:${min}${suffix}`;
}

/**
 * A time as the papers print it ("10:00am", "12:20pm", "10.00am", "14:30") as
 * 24-hour "HH:MM", or undefined when the wording is not a clock time.
 */
export function parsePrintedTime(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*$/i.exec(text);
  if (!match) return undefined;
  let h = Number(match[1]);
  const min = Number(match[2] ?? '0');
  const suffix = match[3]?.toLowerCase();
  if (suffix === undefined && match[2] === undefined) return undefined; // a bare number is not a time
  if (min > 59) return undefined;
  if (suffix) {
    if (h < 1 || h > 12) return undefined;
    if (suffix === 'am') h = h === 12 ? 0 : h;
    else h = h === 12 ? 12 : h + 12;
  } else if (h > 23) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Last Sunday of a month (1-12) as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of next month = last day of this month
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Europe/London's offset from UTC, in minutes, at an instant. British Summer
 * Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October (the rule in force since 1996, and for every meeting here).
 */
export function londonOffsetMinutes(instant: Date): number {
  const y = instant.getUTCFullYear();
  const start = Date.UTC(y, 2, lastSunday(y, 3), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 10), 1);
  const t = instant.getTime();
  return t >= start && t < end ? 60 : 0;
}

/** "+01:00" / "+00:00" for an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A wall-clock time in London as a UTC instant. For the hour that does not
 * exist (spring forward) the later offset applies; for the repeated hour
 * (fall back) the first (BST) occurrence is chosen.
 */
export function londonToUtc(isoDate: string, hhmm: string): Date {
  const { y, m, d } = parseIsoDate(isoDate);
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  // Try BST first so the repeated autumn hour resolves to its first occurrence.
  for (const offset of [60, 0]) {
    const candidate = new Date(asUtc - offset * 60_000);
    if (londonOffsetMinutes(candidate) === offset) return candidate;
  }
  return new Date(asUtc); // spring-forward gap: read as GMT
}

/** "2025-04-16T10:00:00+01:00": a London wall-clock time with its offset, for schema.org and <time>. */
export function londonDateTime(isoDate: string, hhmm: string): string {
  const offset = londonOffsetMinutes(londonToUtc(isoDate, hhmm));
  return `${isoDate}T${hhmm}:00${formatOffset(offset)}`;
}

// ---------------------------------------------------------------------------
// One meeting

/** The meeting's date when the papers state it. */
export function meetingDate(m: { data: Pick<Meeting, 'date'> }): string | undefined {
  return m.data.date.kind === 'exact' ? m.data.date.date : undefined;
}

/**
 * The year a meeting belongs to in lists. A stated date gives it directly.
 * For a date not stated: the year both bounds share, else the year the
 * importer put in the id ("2017-police-accountability-forum"), else a bound's
 * year. Undefined only when nothing supports a year.
 */
export function meetingYear(m: MeetingLike): number | undefined {
  const d = m.data.date;
  if (d.kind === 'exact') return Number(d.date.slice(0, 4));
  const nb = d.notBefore?.slice(0, 4);
  const na = d.notAfter?.slice(0, 4);
  if (nb && na && nb === na) return Number(nb);
  const fromId = /^(\d{4})-/.exec(m.id)?.[1];
  if (fromId) return Number(fromId);
  if (nb) return Number(nb);
  if (na) return Number(na);
  return undefined;
}

/**
 * A key that orders meetings in time. A date not stated sorts at its earliest
 * supported date, or at the start of its year, so it sits among its neighbours.
 */
export function meetingSortKey(m: MeetingLike): string {
  const d = m.data.date;
  let day: string;
  if (d.kind === 'exact') day = d.date;
  else {
    const year = meetingYear(m);
    day = d.notBefore ?? (year !== undefined ? `${year}-01-01` : d.notAfter ?? '0000-01-01');
  }
  return `${day}T${m.data.startTime ?? '00:00'}`;
}

/** Chronological order, oldest first; ties broken by id so output is stable. */
export function compareMeetings(a: MeetingLike, b: MeetingLike): number {
  const ka = meetingSortKey(a);
  const kb = meetingSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Which of the meeting's papers are in this portal. */
export interface PapersHeld {
  agenda: boolean;
  minutes: boolean;
  reports: boolean;
}

/** Which papers the portal holds for a meeting (agenda, minutes or summary, reports). */
export function papersHeld(m: MeetingLike, reportCount = 0): PapersHeld {
  return {
    agenda: m.data.papers.agenda.length > 0 || m.data.agenda.length > 0,
    minutes: m.data.papers.minutes.length > 0 || m.data.minutes.length > 0,
    reports: m.data.papers.reports.length > 0 || reportCount > 0,
  };
}

export function hasAnyPapers(m: MeetingLike, reportCount = 0): boolean {
  const p = papersHeld(m, reportCount);
  return p.agenda || p.minutes || p.reports;
}

/**
 * A meeting's state as of the build date, for honest labels:
 * - `upcoming`: scheduled, dated today or later;
 * - `held`: the papers record or confirm it;
 * - `cancelled`;
 * - `passed-no-papers`: scheduled, the date has passed and the portal holds no papers for it;
 * - `passed-no-minutes`: scheduled, the date has passed; an agenda or reports are here but no minutes;
 * - `undated`: scheduled but the papers give no date.
 */
export type MeetingState = 'upcoming' | 'held' | 'cancelled' | 'passed-no-papers' | 'passed-no-minutes' | 'undated';

export function meetingState(m: MeetingLike, today: string, reportCount = 0): MeetingState {
  parseIsoDate(today);
  if (m.data.status === 'held') return 'held';
  if (m.data.status === 'cancelled') return 'cancelled';
  const date = meetingDate(m);
  if (date === undefined) return 'undated';
  if (date >= today) return 'upcoming';
  return hasAnyPapers(m, reportCount) ? 'passed-no-minutes' : 'passed-no-papers';
}

/** Whether a meeting is still to come as of the build date. */
export function isUpcoming(m: MeetingLike, today: string): boolean {
  return meetingState(m, today) === 'upcoming';
}

/** The distinct dates the papers give for a meeting (its own date first), for date-conflict notices. */
export function distinctClaimedDates(m: MeetingLike): string[] {
  const out: string[] = [];
  const own = meetingDate(m);
  if (own) out.push(own);
  for (const c of m.data.dateClaims) if (c.date && !out.includes(c.date)) out.push(c.date);
  return out;
}

/** True when the papers give more than one date for the meeting. */
export function hasDateConflict(m: MeetingLike): boolean {
  return distinctClaimedDates(m).length > 1 || m.data.dateConflict !== undefined;
}

/** Distinct venue wordings: the main venue first, then any claim that differs. */
export function venueWordings(m: MeetingLike): { text: string; sources: { doc: string; line: number; endLine?: number | undefined }[] }[] {
  const out: { text: string; sources: { doc: string; line: number; endLine?: number | undefined }[] }[] = [];
  const add = (text: string, source?: { doc: string; line: number; endLine?: number | undefined }) => {
    const norm = text.replace(/\s+/g, ' ').trim();
    let entry = out.find((o) => o.text.replace(/\s+/g, ' ').trim() === norm);
    if (!entry) {
      entry = { text, sources: [] };
      out.push(entry);
    }
    if (source) entry.sources.push(source);
  };
  if (m.data.venue) add(m.data.venue);
  for (const c of m.data.venueClaims) add(c.text, c.source);
  return out;
}

// ---------------------------------------------------------------------------
// Collections of meetings

export interface YearGroup<T extends MeetingLike> {
  /** The year, or undefined for meetings whose year nothing supports. */
  year: number | undefined;
  /** Newest first. */
  meetings: T[];
}

export interface MeetingListing<T extends MeetingLike> {
  /** Meetings still to come as of the build date, soonest first. */
  upcoming: T[];
  /** Every other meeting, newest year first, newest first within a year. */
  past: YearGroup<T>[];
}

/** The /meetings/ listing: upcoming first, then the rest by year. No meeting is dropped. */
export function listMeetings<T extends MeetingLike>(meetings: readonly T[], today: string): MeetingListing<T> {
  const upcoming: T[] = [];
  const rest: T[] = [];
  for (const m of meetings) (isUpcoming(m, today) ? upcoming : rest).push(m);
  upcoming.sort(compareMeetings);
  rest.sort((a, b) => compareMeetings(b, a));
  const groups: YearGroup<T>[] = [];
  for (const m of rest) {
    const year = meetingYear(m);
    let group = groups.find((g) => g.year === year);
    if (!group) {
      group = { year, meetings: [] };
      groups.push(group);
    }
    group.meetings.push(m);
  }
  groups.sort((a, b) => (a.year === undefined ? 1 : b.year === undefined ? -1 : b.year - a.year));
  return { upcoming, past: groups };
}

/** The previous and next meeting of the same body, in time order, for every meeting at once (one pass). */
export function adjacentByBody<T extends MeetingLike>(all: readonly T[]): Map<string, { previous: T | undefined; next: T | undefined }> {
  const out = new Map<string, { previous: T | undefined; next: T | undefined }>();
  for (const same of groupBy([...all].sort(compareMeetings), (m) => m.data.body).values()) {
    same.forEach((m, i) => out.set(m.id, { previous: same[i - 1], next: same[i + 1] }));
  }
  return out;
}

/** The previous and next meeting of the same body, in time order. */
export function adjacentMeetings<T extends MeetingLike>(
  meeting: T,
  all: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  return adjacentByBody(all).get(meeting.id) ?? { previous: undefined, next: undefined };
}

/** The next meeting still to come as of the build date, if any. */
export function nextUpcoming<T extends MeetingLike>(meetings: readonly T[], today: string): T | undefined {
  return meetings.filter((m) => isUpcoming(m, today)).sort(compareMeetings)[0];
}

/**
 * The most recent dated meeting the papers list as scheduled, whose date has
 * passed (used when nothing is upcoming, so the home page can say so honestly).
 */
export function latestScheduled<T extends MeetingLike>(meetings: readonly T[], today: string): T | undefined {
  return meetings
    .filter((m) => m.data.status === 'scheduled' && meetingDate(m) !== undefined && !isUpcoming(m, today))
    .sort(compareMeetings)
    .at(-1);
}

/**
 * The date of each body's latest papers: the latest stated date of a meeting of that body for
 * which the portal holds an agenda, minutes or reports. It depends on the papers only, never on
 * the build date, so what is said "as of" it does not change from one build to the next.
 */
export function latestPapersByBody(meetings: readonly MeetingLike[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const m of meetings) {
    const date = meetingDate(m);
    if (date === undefined || !hasAnyPapers(m)) continue;
    const prev = latest.get(m.data.body);
    if (prev === undefined || date > prev) latest.set(m.data.body, date);
  }
  return latest;
}

/** The most recent meeting for which the portal holds any papers (agenda, minutes or reports). */
export function latestWithPapers<T extends MeetingLike>(
  meetings: readonly T[],
  reportCount: (m: T) => number = () => 0,
): T | undefined {
  return meetings.filter((m) => hasAnyPapers(m, reportCount(m))).sort(compareMeetings).at(-1);
}

// ---------------------------------------------------------------------------
// Questions and actions on a meeting page

export interface QuestionLike {
  id: string;
  data: Question;
}
export interface ActionLike {
  id: string;
  data: Action;
}

/**
 * A meeting's questions grouped by the minute section they sit under, in order.
 * Questions whose section the minutes lack are returned in `unplaced`, so the
 * page can still show them (nothing is dropped).
 */
export function questionsBySection<Q extends QuestionLike>(
  meeting: MeetingLike,
  questions: readonly Q[],
): { bySection: Map<string, Q[]>; unplaced: Q[] } {
  const sectionIds = new Set(meeting.data.minutes.map((s) => s.id));
  const bySection = new Map<string, Q[]>();
  const unplaced: Q[] = [];
  const sorted = questions.filter((q) => q.data.meeting === meeting.id).sort((a, b) => a.data.order - b.data.order);
  for (const q of sorted) {
    if (sectionIds.has(q.data.minuteSection)) {
      pushTo(bySection, q.data.minuteSection, q);
    } else unplaced.push(q);
  }
  return { bySection, unplaced };
}

/** One action as it stands on a meeting's page. */
export interface ActionAtMeeting<A extends ActionLike> {
  action: A;
  /** True when the action was raised at this meeting. */
  raisedHere: boolean;
  /** The updates recorded at this meeting, oldest first. */
  updatesHere: ActionUpdate[];
  /** The status this meeting left the action in: its last update here, else "new" when raised here. */
  statusHere: Action['status'] | undefined;
}

function byNumber<A extends ActionLike>(list: ActionAtMeeting<A>[]): ActionAtMeeting<A>[] {
  const num = (a: ActionAtMeeting<A>) => a.action.data.number ?? Number.POSITIVE_INFINITY;
  return list
    .map((a, i) => ({ a, i }))
    .sort((x, y) => num(x.a) - num(y.a) || x.i - y.i)
    .map(({ a }) => a);
}

function atMeeting<A extends ActionLike>(meetingId: string, action: A): ActionAtMeeting<A> | undefined {
  const raisedHere = action.data.raisedAt === meetingId;
  const updatesHere = action.data.updates.filter((u) => u.meeting === meetingId);
  if (!raisedHere && updatesHere.length === 0) return undefined;
  // An action raised at a meeting is new there, unless an update recorded at that meeting says otherwise.
  const statusHere = updatesHere.at(-1)?.status ?? (raisedHere ? 'new' : undefined);
  return { action, raisedHere, updatesHere, statusHere };
}

/**
 * Actions raised or updated at a meeting: numbered ones by number, then
 * unnumbered ones in their original order.
 */
export function actionsAtMeeting<A extends ActionLike>(meetingId: string, actions: readonly A[]): ActionAtMeeting<A>[] {
  return byNumber(actions.map((a) => atMeeting(meetingId, a)).filter((a): a is ActionAtMeeting<A> => a !== undefined));
}

/** The same for every meeting at once, in one pass over the actions (for a build-wide index). */
export function actionsByMeeting<A extends ActionLike>(actions: readonly A[]): Map<string, ActionAtMeeting<A>[]> {
  const map = new Map<string, ActionAtMeeting<A>[]>();
  for (const action of actions) {
    const ids = new Set([action.data.raisedAt, ...action.data.updates.map((u) => u.meeting)]);
    for (const id of ids) {
      pushTo(map, id, atMeeting(id, action)!);
    }
  }
  for (const [id, list] of map) map.set(id, byNumber(list));
  return map;
}

/** The anchor of an action on its meeting page: "action-6" for numbered ones, "action-<id>" otherwise. */
export function actionAnchor(action: ActionLike): string {
  return action.data.number !== undefined ? `action-${action.data.number}` : `action-${action.id}`;
}

/** The anchor of a question on its meeting page. */
export function questionAnchor(question: QuestionLike): string {
  return `q-${question.data.order}`;
}

/**
 * What an otherwise empty minutes heading stands for, so the page can show the
 * structured record there (actions, next meeting, signatures) or point to it
 * (attendance, apologies, declarations). Undefined for ordinary items.
 */
export type MinuteRole = 'actions' | 'next-meeting' | 'signatures' | 'attendance';

const ROLE_OF_KIND: Partial<Record<NonNullable<Meeting['minutes'][number]['kind']>, MinuteRole>> = {
  actions: 'actions',
  'next-meeting': 'next-meeting',
  signatures: 'signatures',
  attendance: 'attendance',
  apologies: 'attendance',
  declarations: 'attendance',
};

export function minuteSectionRole(section: { id: string; title: string; kind?: Meeting['minutes'][number]['kind'] }): MinuteRole | undefined {
  // The importer records what a section is; the heading's wording is the fallback for entries without it.
  if (section.kind !== undefined) return ROLE_OF_KIND[section.kind];
  const title = section.title.toLowerCase();
  if (section.id === 'actions' || /^actions?\b/.test(title)) return 'actions';
  if (section.id === 'date-of-next-meeting' || /\bnext meeting\b/.test(title)) return 'next-meeting';
  if (section.id === 'signatures' || /^signatures?\b/.test(title)) return 'signatures';
  if (/\b(in attendance|attendance|apologies|declarations?)\b/.test(title)) return 'attendance';
  return undefined;
}

// ---------------------------------------------------------------------------
// URLs

export const meetingUrl = (id: string): string => `/meetings/${id}/`;
export const meetingIcsUrl = (id: string): string => `/meetings/${id}/event.ics`;
export const bodyUrl = (id: string): string => `/bodies/${id}/`;
export const bodyIcsUrl = (id: string): string => `/bodies/${id}/calendar.ics`;
/** RSS feed of one body's meetings. */
export const bodyFeedUrl = (id: string): string => `/bodies/${id}/feed.xml`;
/** RSS feed of one action's updates, for a resident following one promise. */
export const actionFeedUrl = (id: string): string => `/actions/${id}/feed.xml`;
export const questionUrl = (id: string): string => `/questions/${id}/`;
export const actionUrl = (id: string): string => `/actions/${id}/`;
export const reportUrl = (id: string): string => `/reports/${id}/`;
export const planUrl = (id: string): string => `/plan/${id}/`;
/** A pillar or priority has a page of its own under its plan; the plan page keeps #<entryId> on its index line. */
export const planEntryUrl = (planId: string, entryId: string): string => `${planUrl(planId)}${entryId}/`;
