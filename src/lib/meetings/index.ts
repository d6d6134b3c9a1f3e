/**
 * The meeting pages' derived index, built once per build from `loadSite()`:
 * one view per meeting (title, state as of the build date, papers, reports,
 * questions, actions, previous/next of the same body), the /meetings/
 * listing, and meetings by body. The logic is in meetings.ts (unit-tested);
 * this module only wires it to the content.
 */
import { loadSite, type ActionEntry, type MeetingEntry, type QuestionEntry, type ReportEntry, type SiteData } from '../content/data.ts';
import { buildDate } from '../site/build-date.ts';
import { pushTo } from '../content/group.ts';
import {
  actionsByMeeting,
  adjacentByBody,
  compareMeetings,
  listMeetings,
  meetingState,
  meetingYear,
  papersHeld,
  type ActionAtMeeting,
  type MeetingListing,
  type MeetingState,
  type PapersHeld,
} from './meetings.ts';
import { meetingDescription, papersPhrases, uniqueMeetingLabels } from './labels.ts';
import { meetingsByMonth, type MonthIndex } from './months.ts';

export type BodyEntry = SiteData['bodies'][number];

export interface MeetingView {
  id: string;
  entry: MeetingEntry;
  body: BodyEntry | undefined;
  bodyName: string;
  /** "PCC Accountability Meeting, 29 January 2025". */
  title: string;
  /** "Wednesday 29 January 2025" or "2017, date not stated". */
  dateLabel: string;
  year: number | undefined;
  state: MeetingState;
  papers: PapersHeld;
  /** Short phrases saying what the portal holds ("Agenda", "6 reports", …). */
  phrases: string[];
  description: string;
  reports: ReportEntry[];
  questions: QuestionEntry[];
  actions: ActionAtMeeting<ActionEntry>[];
  previous: MeetingEntry | undefined;
  next: MeetingEntry | undefined;
}

export interface MeetingIndex {
  site: SiteData;
  today: string;
  views: Map<string, MeetingView>;
  /** Every view in time order, oldest first. */
  ordered: MeetingView[];
  listing: MeetingListing<MeetingEntry>;
  /** Views by body id, oldest first. */
  byBody: Map<string, MeetingView[]>;
  /** Titles by id, for links and source labels on every meeting and body page. */
  docTitles: Map<string, string>;
  meetingTitles: Map<string, string>;
  reportTitles: Map<string, string>;
  view(id: string): MeetingView;
}

async function build(): Promise<MeetingIndex> {
  const site = await loadSite();
  const today = buildDate();
  const actionsAt = actionsByMeeting(site.actions);
  const ordered = [...site.meetings].sort(compareMeetings);
  const adjacent = adjacentByBody(ordered);

  const nameOf = (m: MeetingEntry) => site.bodyById.get(m.data.body)?.data.name ?? m.data.body;
  const labels = uniqueMeetingLabels(ordered, nameOf);
  const views = new Map<string, MeetingView>();
  const byBody = new Map<string, MeetingView[]>();
  for (const m of ordered) {
    const body = site.bodyById.get(m.data.body);
    const bodyName = nameOf(m);
    const reports = [...(site.reportsByMeeting.get(m.id) ?? [])].sort((a, b) => a.data.order - b.data.order);
    const questions = [...(site.questionsByMeeting.get(m.id) ?? [])].sort((a, b) => a.data.order - b.data.order);
    const actions = actionsAt.get(m.id) ?? [];
    const papers = papersHeld(m, reports.length);
    const counts = { reports: reports.length, questions: questions.length, actions: actions.length };
    const view: MeetingView = {
      id: m.id,
      entry: m,
      body,
      bodyName,
      title: labels.get(m.id)!.title,
      dateLabel: labels.get(m.id)!.dateLabel,
      year: meetingYear(m),
      state: meetingState(m, today, reports.length),
      papers,
      phrases: papersPhrases(papers, counts),
      description: meetingDescription(m, bodyName, papers, counts),
      reports,
      questions,
      actions,
      previous: adjacent.get(m.id)?.previous,
      next: adjacent.get(m.id)?.next,
    };
    views.set(m.id, view);
    pushTo(byBody, m.data.body, view);
  }

  return {
    site,
    today,
    views,
    ordered: ordered.map((m) => views.get(m.id)!),
    listing: listMeetings(site.meetings, today),
    byBody,
    docTitles: new Map(site.documents.map((d) => [d.id, d.data.title])),
    meetingTitles: new Map([...views.values()].map((v) => [v.id, v.title])),
    reportTitles: new Map(site.reports.map((r) => [r.id, r.data.title])),
    view(id: string): MeetingView {
      const v = views.get(id);
      if (!v) throw new Error(`meetings: no meeting with id "${id}" in src/content/meetings/`);
      return v;
    },
  };
}

let cache: Promise<MeetingIndex> | undefined;
let monthCache: Promise<MonthIndex<MeetingEntry>> | undefined;

/** Meetings month by month (/meetings/month/), grouped once per build; `views` gives each one's view. */
export function meetingMonths(): Promise<MonthIndex<MeetingEntry>> {
  monthCache ??= meetingIndex().then((index) => meetingsByMonth(index.site.meetings));
  return monthCache;
}

/** The meeting index, built once per build. */
export function meetingIndex(): Promise<MeetingIndex> {
  cache ??= build();
  return cache;
}
