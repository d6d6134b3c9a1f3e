/**
 * What the action and question pages show, computed once per build from
 * `loadSite()` and memoised: labels, links, ages, histories, search facts.
 * The logic lives in actions.ts / questions.ts (unit-tested); this module only
 * joins content together and applies the UI strings.
 */
import { loadSite, type ActionEntry, type QuestionEntry, type SiteData } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { plainText, shorten } from '../text/inline.ts';
import { actionAnchor, actionUrl, formatDate, latestPapersByBody, meetingUrl, meetingYear, questionAnchor, questionUrl } from '../meetings/meetings.ts';
import { meetingLabel } from '../site/site-index.ts';
import { provenance } from '../papers/provenance.ts';
import type { SourceLinkView } from '../papers/names.ts';
import { TITLE_MAX } from '../site/seo.ts';
import {
  actionAge,
  groupBySeries,
  questionsByAction,
  raisedOn,
  updateDate,
  viewCounts,
  type ActionAge,
  type ActionStatus,
  type StatusView,
} from './actions.ts';
import { questionSummary } from '../questions/questions.ts';
import { planEntryLabels, searchAttributes } from '../search/search.ts';

export interface Link {
  href: string;
  label: string;
}

export interface SourceView {
  label: string;
}

export interface UpdateView {
  /** 1-based position in the history; anchor `update-<n>` on the action's page. */
  index: number;
  anchor: string;
  /** "8 October 2024, at PCC Accountability Meeting, 8 October 2024" */
  heading: string;
  /** Where this update is recorded: the meeting page at the action's anchor. */
  meeting: Link;
  date: string | undefined;
  text: string[];
  status: ActionStatus;
  statusLabel: string;
}

export interface ActionView {
  id: string;
  entry: ActionEntry;
  url: string;
  /** "Action 4" or "Action from Police Accountability Forum, 2017 (date not stated)". */
  label: string;
  /** The page's h1. */
  pageTitle: string;
  /** The short <title> (the layout adds the site name; html-validate allows 70 characters in all). */
  docTitle: string;
  text: string;
  owner: string;
  status: ActionStatus;
  statusLabel: string;
  raised: Link;
  /** The action on the meeting page that raised it. */
  onMeetingPage: Link;
  age: ActionAge;
  ageText: string;
  /** "Status as of 16 April 2025": the status is what the latest papers of the action's body say, on their date. */
  statusHeading: string;
  updates: UpdateView[];
  questions: Link[];
  /** Other wordings, each with a link to where it is printed, named by the paper. */
  variants: { text: string; source: SourceLinkView }[];
  /** "Source in …" links to every place the papers print it. */
  sources: SourceLinkView[];
  /** Attributes for <main> on the action's own page. */
  search: Record<string, string>;
}

export interface SeriesView {
  id: string;
  heading: string;
  note: string;
  actions: ActionView[];
}

export interface QuestionView {
  id: string;
  entry: QuestionEntry;
  url: string;
  kindLabel: string;
  /** "PCC question 7" */
  label: string;
  /** "PCC question 7 at the PCC Accountability Meeting, 8 October 2024" (the h1) */
  pageTitle: string;
  /** "PCC question 7, PAM, 8 October 2024" (the <title>) */
  docTitle: string;
  summary: string;
  meeting: Link;
  onMeetingPage: Link;
  theme: string | undefined;
  actions: Link[];
  /** "Source in …" links to every place the papers print it. */
  sources: SourceLinkView[];
  search: Record<string, string>;
}

export interface FindFollowModel {
  site: SiteData;
  actions: ActionView[];
  actionById: Map<string, ActionView>;
  series: SeriesView[];
  counts: Record<StatusView, number>;
  questions: QuestionView[];
  questionById: Map<string, QuestionView>;
  meetingLink: (id: string) => Link;
  meetingName: (id: string) => string;
  planLabels: Map<string, string>;
}



async function build(): Promise<FindFollowModel> {
  const site = await loadSite();
  const bodyName = (id: string): string => site.bodyById.get(id)?.data.name ?? id;
  const names = new Map(site.meetings.map((m) => [m.id, meetingLabel(m, bodyName(m.data.body), t)]));
  const meetingName = (id: string): string => names.get(id) ?? id;
  const meetingLink = (id: string): Link => ({ href: meetingUrl(id), label: meetingName(id) });
  const dateOf = (id: string) => site.meetingById.get(id)?.data.date;
  const exactDate = (id: string): string | undefined => {
    const d = dateOf(id);
    return d?.kind === 'exact' ? d.date : undefined;
  };
  const planLabels = planEntryLabels(site.plans);
  // Open actions are aged to the date of their body's latest papers, never to the build date.
  const papersAsOf = latestPapersByBody(site.meetings);
  /** "PAM, 8 October 2024" or "PAF, 2017": the meeting in a few words, for <title>s. */
  const shortMeeting = (id: string): string => {
    const m = site.meetingById.get(id);
    if (!m) return id;
    const abbr = site.bodyById.get(m.data.body)?.data.abbreviation ?? bodyName(m.data.body);
    const when = m.data.date.kind === 'exact' ? formatDate(m.data.date.date, { weekday: false }) : String(meetingYear(m) ?? '');
    return when ? `${abbr}, ${when}` : abbr;
  };
  const dateText = (iso: string | undefined): string | undefined => (iso ? formatDate(iso, { weekday: false }) : undefined);
  const meetingDateText = (id: string): string => {
    const m = site.meetingById.get(id);
    if (!m) return id;
    const d = m.data.date;
    if (d.kind === 'exact') return formatDate(d.date, { weekday: false });
    const year = meetingYear(m);
    return year === undefined ? t('common.notStated') : t('search.yearOnly', { year });
  };

  // Questions first: actions link back to them.
  const actionLinks = questionsByAction(site.actions, site.questions);
  const questionActions = new Map<string, string[]>();
  for (const [actionId, qids] of actionLinks) {
    for (const qid of qids) questionActions.set(qid, [...(questionActions.get(qid) ?? []), actionId]);
  }
  const questions: QuestionView[] = site.questions.map((q) => {
    const kindLabel = t(`questions.kind.${q.data.kind}`);
    const label = t('questions.numbered', { kind: kindLabel, order: q.data.order });
    const meeting = meetingLink(q.data.meeting);
    const theme = q.data.planEntry !== undefined ? planLabels.get(q.data.planEntry) : undefined;
    const summary = questionSummary(q.data);
    const m = site.meetingById.get(q.data.meeting);
    return {
      id: q.id,
      entry: q,
      url: questionUrl(q.id),
      kindLabel,
      label,
      pageTitle: t('questions.pageTitle', { kind: kindLabel, order: q.data.order, meeting: meeting.label }),
      docTitle: shorten(t('questions.docTitle', { kind: kindLabel, order: q.data.order, meeting: shortMeeting(q.data.meeting) }), TITLE_MAX),
      summary,
      meeting,
      onMeetingPage: { href: `${meeting.href}#${questionAnchor(q)}`, label: t('questions.onMeetingPage', { meeting: meeting.label }) },
      theme,
      actions: [], // filled below, once action labels exist
      sources: provenance(site).links(q.data.sources),
      search: searchAttributes({
        type: 'question',
        title: t('questions.searchTitle', { kind: kindLabel, text: shorten(summary, 90) }),
        date: meetingDateText(q.data.meeting),
        body: m ? bodyName(m.data.body) : undefined,
        year: m ? meetingYear(m) : undefined,
        pillars: theme ? [theme] : [],
      }),
    };
  });
  const questionById = new Map(questions.map((q) => [q.id, q]));

  const actionViews = new Map<string, ActionView>();
  for (const a of site.actions) {
    const d = a.data;
    const raised = meetingLink(d.raisedAt);
    const label = d.number !== undefined ? t('actions.numbered', { number: d.number }) : t('actions.unnumbered', { meeting: raised.label });
    const statusLabel = t(`actions.status.${d.status}`);
    const raisedBody = site.meetingById.get(d.raisedAt)?.data.body;
    const asOfDate = raisedBody === undefined ? undefined : papersAsOf.get(raisedBody);
    const age = actionAge({ ...d, id: a.id }, dateOf, asOfDate);
    const ageText =
      age.kind === 'days'
        ? t(age.until === 'closed' ? 'actions.ageClosed' : 'actions.ageOpen', {
            from: dateText(age.from),
            to: dateText(age.to),
            count: age.days,
            body: raisedBody === undefined ? '' : bodyName(raisedBody),
          })
        : age.kind === 'raised-not-stated'
          ? t('actions.ageRaisedNotStated')
          : t('actions.ageClosedNotStated', { from: dateText(age.from) });
    const anchor = actionAnchor(a);
    const updates: UpdateView[] = d.updates.map((u, i) => {
      const date = updateDate(u, dateOf);
      const where = meetingLink(u.meeting);
      return {
        index: i + 1,
        anchor: `update-${i + 1}`,
        // The update's own date is shown only when it differs from the meeting's (the meeting label carries its date).
        heading: !date || date === exactDate(u.meeting) ? t('actions.updateAt', { meeting: where.label }) : t('actions.update', { date: dateText(date), meeting: where.label }),
        meeting: { href: `${where.href}#${anchor}`, label: where.label },
        date,
        text: u.text,
        status: u.status,
        statusLabel: t(`actions.status.${u.status}`),
      };
    });
    const qLinks = (actionLinks.get(a.id) ?? []).map((qid) => {
      const q = questionById.get(qid);
      return { href: questionUrl(qid), label: q ? q.pageTitle : qid };
    });
    const m = site.meetingById.get(d.raisedAt);
    const pillars = (actionLinks.get(a.id) ?? [])
      .map((qid) => site.questionById.get(qid)?.data.planEntry)
      .map((id) => (id ? planLabels.get(id) : undefined))
      .filter((x): x is string => x !== undefined);
    const textSummary = shorten(plainText(d.text), 90);
    actionViews.set(a.id, {
      id: a.id,
      entry: a,
      url: actionUrl(a.id),
      label,
      pageTitle:
        d.number !== undefined ? t('actions.pageTitle', { number: d.number, meeting: raised.label }) : t('actions.pageTitleUnnumbered', { text: textSummary }),
      docTitle: shorten(
        d.number !== undefined
          ? t('actions.docTitle', { number: d.number, meeting: shortMeeting(d.raisedAt) })
          : t('actions.docTitleUnnumbered', { meeting: shortMeeting(d.raisedAt), text: plainText(d.text) }),
        TITLE_MAX,
      ),
      text: d.text,
      owner: d.owner,
      status: d.status,
      statusLabel,
      raised,
      onMeetingPage: { href: `${raised.href}#${anchor}`, label: t('actions.onMeetingPage', { meeting: raised.label }) },
      age,
      ageText,
      statusHeading: asOfDate ? t('actions.statusAsOf', { date: dateText(asOfDate) }) : t('actions.statusNow'),
      updates,
      questions: qLinks,
      variants: d.textVariants.map((v) => ({ text: v.text, source: provenance(site).named(v.source) })),
      sources: provenance(site).links(d.sources),
      search: searchAttributes({
        type: 'action',
        title: d.number !== undefined ? t('actions.searchTitle', { number: d.number, text: textSummary }) : t('actions.pageTitleUnnumbered', { text: textSummary }),
        date: dateText(raisedOn(d, dateOf)) ?? meetingDateText(d.raisedAt),
        body: m ? bodyName(m.data.body) : undefined,
        year: m ? meetingYear(m) : undefined,
        pillars,
      }),
    });
  }
  for (const q of questions) {
    q.actions = (questionActions.get(q.id) ?? []).map((id) => ({ href: actionUrl(id), label: actionViews.get(id)?.label ?? id }));
  }

  const groups = groupBySeries(site.actions, dateOf);
  const bodyOf = (g: (typeof groups)[number]) => bodyName(site.meetingById.get(g.actions[0]!.data.raisedAt)?.data.body ?? '');
  const series: SeriesView[] = groups.map((g) => {
    // A body with more than one series (the Forum's actions of 2017 and of 2018): each heading names its year, so the sections have distinct names.
    const year = /-(\d{4})$/.exec(g.series)?.[1];
    const body = groups.filter((x) => bodyOf(x) === bodyOf(g)).length > 1 && year ? `${bodyOf(g)} ${year}` : bodyOf(g);
    const note =
      g.firstRaised === undefined
        ? t('actions.seriesUndated')
        : g.firstRaised === g.lastRaised
          ? t('actions.seriesOne', { date: dateText(g.firstRaised) })
          : t('actions.seriesRange', { from: dateText(g.firstRaised), to: dateText(g.lastRaised) });
    return { id: `series-${g.series}`, heading: t('actions.series', { body }), note, actions: g.actions.map((a) => actionViews.get(a.id)!) };
  });
  const ordered = series.flatMap((s) => s.actions);

  return {
    site,
    actions: ordered,
    actionById: actionViews,
    series,
    counts: viewCounts(site.actions),
    questions,
    questionById,
    meetingLink,
    meetingName,
    planLabels,
  };
}

let cache: Promise<FindFollowModel> | undefined;

/** The find-and-follow pages' data, built once per build. */
export function findFollowModel(): Promise<FindFollowModel> {
  cache ??= build();
  return cache;
}
