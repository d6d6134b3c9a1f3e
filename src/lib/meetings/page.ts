/**
 * What a meeting's page (/meetings/<id>/) shows, worked out here so the .astro file only renders it:
 * the view from the meeting index, where the minutes hold structured records (actions, next
 * meeting, signatures), the contents list, the counts it opens with, its questions by kind, the
 * date conflict, the enquiries block, its papers, the event's JSON-LD and the page title.
 */
import { t } from '../i18n/i18n.ts';
import { paperUrl } from '../papers/parts.ts';
import { provenance, type Provenance } from '../papers/provenance.ts';
import { searchAttributes } from '../search/search.ts';
import { meetingEventJsonLd, TITLE_MAX } from '../site/seo.ts';
import { meetingGlance, questionLines, type GlanceItem, type QuestionLine } from './at-a-glance.ts';
import { meetingIndex, type MeetingView } from './index.ts';
import { meetingPageTitle } from './labels.ts';
import {
  bodyUrl,
  distinctClaimedDates,
  hasDateConflict,
  meetingUrl,
  minuteSectionRole,
  questionsBySection,
  questionUrl,
  type MinuteRole,
} from './meetings.ts';

export interface MinuteView {
  section: MeetingView['entry']['data']['minutes'][number];
  /** How many questions are minuted under it (listed in the meeting's questions). */
  questionCount: number;
  /** What the heading records, where it is structured data. */
  role: MinuteRole | undefined;
  /** Whether the section has no text and no questions. */
  empty: boolean;
  /** Whether the page shows the structured record (actions, next meeting, signatures, attendance) in its place. */
  structured: boolean;
}

export interface MeetingPage {
  id: string;
  view: MeetingView;
  /** The meeting's data (`view.entry.data`). */
  m: MeetingView['entry']['data'];
  /** Its date, when the papers state it exactly. */
  date: string | undefined;
  src: Provenance;
  /** The paper a bare "line N" in this meeting's own notes refers to: its only paper, when it has one. */
  ownDoc: string | undefined;
  meetingTitles: Map<string, string>;
  reportTitles: Map<string, string>;
  minuteIds: Set<string>;
  /** Each minutes section with what the page shows under it. */
  minutes: MinuteView[];
  /** The empty minutes heading that shows the actions / next meeting / signatures in place, if any. */
  actionsInMinutes: string | undefined;
  nextInMinutes: string | undefined;
  signaturesInMinutes: string | undefined;
  hasAttendance: boolean;
  previous: MeetingView | undefined;
  next: MeetingView | undefined;
  eventLd: ReturnType<typeof meetingEventJsonLd>;
  /** The search attributes of the page's <main>. */
  search: ReturnType<typeof searchAttributes>;
  pageTitle: string;
  claimed: string[];
  conflict: boolean;
  /** The "Enquiries to" block printed on the meeting's agenda paper(s), as printed, with the paper's title. */
  enquiries: { doc: string; title: string; lines: string[] }[];
  /** Whether the portal holds any paper of the meeting's own. */
  ownPapers: boolean;
  /** The meeting's papers by kind, each a link to the paper's page. */
  paperGroups: { kind: 'agenda' | 'minutes' | 'reports'; papers: { href: string; label: string }[] }[];
  /** The contents list: [anchor, label]. */
  contents: [string, string][];
  glance: GlanceItem[];
  questionGroups: { kind: 'public' | 'pcc'; lines: QuestionLine[] }[];
}

/** The meeting page of `id`; `origin` is the site's origin, for the canonical URLs in its JSON-LD. */
export async function meetingPage(id: string, origin: string | URL): Promise<MeetingPage> {
  const index = await meetingIndex();
  const view = index.view(id);
  const { site, meetingTitles, reportTitles } = index;
  const m = view.entry.data;
  const date = m.date.kind === 'exact' ? m.date.date : undefined;
  const ownPapers1 = [...new Set([...m.papers.agenda, ...m.papers.minutes])];
  const ownDoc = ownPapers1.length === 1 ? ownPapers1[0] : undefined;
  const { bySection } = questionsBySection(view.entry, view.questions);
  // Minutes headings whose record is structured data (actions, next meeting, signatures) show it in place.
  const roles = new Map(m.minutes.map((s) => [s.id, minuteSectionRole(s)] as const));
  const firstWith = (role: string) => m.minutes.find((s) => roles.get(s.id) === role && s.blocks.length === 0)?.id;
  const actionsInMinutes = view.actions.length > 0 ? firstWith('actions') : undefined;
  const nextInMinutes = m.nextMeeting ? firstWith('next-meeting') : undefined;
  const signaturesInMinutes = m.signatories.length > 0 ? firstWith('signatures') : undefined;
  const hasAttendance = m.attendance.length + m.apologies.length + m.declarations.length > 0;
  const minutes = m.minutes.map((section): MinuteView => {
    const questionCount = bySection.get(section.id)?.length ?? 0;
    const role = roles.get(section.id);
    const empty = section.blocks.length === 0 && questionCount === 0;
    const structured =
      role === 'actions' ? actionsInMinutes === section.id
      : role === 'next-meeting' ? nextInMinutes === section.id
      : role === 'signatures' ? signaturesInMinutes === section.id
      : role === 'attendance' ? empty && hasAttendance
      : false;
    return { section, questionCount, role, empty, structured };
  });

  const canonical = new URL(meetingUrl(id), origin).href;
  const eventLd = meetingEventJsonLd({
    name: view.title,
    url: canonical,
    description: view.description,
    date,
    startTime: m.startTime,
    endTime: m.endTime,
    venue: m.venue,
    status: m.status,
    organizer: view.body?.data.organiser,
    bodyName: view.bodyName,
    bodyUrl: new URL(bodyUrl(m.body), origin).href,
  });

  const src = provenance(site);
  const enquiries = m.papers.agenda
    .map((doc) => ({ doc, title: site.documentById.get(doc)?.data.title ?? doc, lines: site.documentById.get(doc)?.data.enquiries ?? [] }))
    .filter((e) => e.lines.length > 0);
  const paperGroups = (
    [
      ['agenda', m.papers.agenda],
      ['minutes', m.papers.minutes],
      ['reports', m.papers.reports],
    ] as const
  )
    .filter(([, ids]) => ids.length > 0)
    .map(([kind, ids]) => ({
      kind,
      papers: ids.map((doc) => ({ href: paperUrl(doc), label: site.documentById.get(doc)?.data.title ?? src.paper(doc).text })),
    }));

  const contents: [string, string][] = [];
  if (m.agenda.length > 0) contents.push(['agenda', t('meetings.agenda.heading')]);
  if (view.questions.length > 0) contents.push(['questions', t('meetings.questionList.heading')]);
  if (hasAttendance) contents.push(['attendance', t('meetings.attendance.heading')]);
  if (m.minutes.length > 0) contents.push(['minutes', t('meetings.minutes.heading')]);
  if (view.actions.length > 0) contents.push([actionsInMinutes ?? 'meeting-actions', t('meetings.actions.heading')]);
  if (view.reports.length > 0) contents.push(['reports', t('meetings.sources.reports')]);
  if (m.mentions.length > 0) contents.push(['mentions', t('meetings.mentions.heading')]);
  if (m.languageNotice) contents.push(['languages', t('meetings.notice.heading')]);
  contents.push(['papers', t('meetings.sources.heading')]);

  // What the page opens with: the counts, each linking down to its list.
  const glance = meetingGlance({
    questions: view.questions,
    actions: view.actions,
    reports: view.reports,
    anchors: { public: 'questions-public', pcc: 'questions-pcc', actions: actionsInMinutes ?? 'meeting-actions', reports: 'reports' },
  });
  const lines = questionLines(view.questions, questionUrl, (order, summary) => t('meetings.questionList.line', { order, summary }));
  const questionGroups = (['public', 'pcc'] as const)
    .map((kind) => ({ kind, lines: lines.filter((l) => l.kind === kind) }))
    .filter((g) => g.lines.length > 0);

  return {
    id,
    view,
    m,
    date,
    src,
    ownDoc,
    meetingTitles,
    reportTitles,
    minuteIds: new Set(m.minutes.map((s) => s.id)),
    minutes,
    actionsInMinutes,
    nextInMinutes,
    signaturesInMinutes,
    hasAttendance,
    previous: view.previous ? index.views.get(view.previous.id) : undefined,
    next: view.next ? index.views.get(view.next.id) : undefined,
    eventLd,
    search: searchAttributes({ type: 'meeting', title: view.title, date: view.dateLabel, body: view.bodyName, year: view.year }),
    pageTitle: meetingPageTitle(view.entry, { name: view.bodyName, abbreviation: view.body?.data.abbreviation }, TITLE_MAX, view.title),
    claimed: distinctClaimedDates(view.entry),
    conflict: hasDateConflict(view.entry),
    enquiries,
    ownPapers: view.papers.agenda || view.papers.minutes || view.papers.reports,
    paperGroups,
    contents,
    glance,
    questionGroups,
  };
}
