/**
 * The site index (/site-index/): every page of the portal as plain links, grouped by section.
 * It is the no-JavaScript fallback of the search page, so it lists every meeting, report, action,
 * question, body, plan and glossary term. Pure: takes schema-shaped entries and a translate function.
 */
import type { Meeting } from '../../schemas/meetings.ts';
import type { Report } from '../../schemas/reports.ts';
import type { Action } from '../../schemas/actions.ts';
import type { Question } from '../../schemas/questions.ts';
import type { Body } from '../../schemas/bodies.ts';
import type { Plan } from '../../schemas/plans.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Person } from '../../schemas/people.ts';
import { comparePeople, latestRoleText, personUrl } from '../people/page.ts';
import type { SourceDocument } from '../../schemas/documents.ts';
import { plainText, shorten } from '../text/inline.ts';
import { glossaryHref } from '../glossary/glossary.ts';
import { paperUrl, PAPERS_URL } from '../papers/parts.ts';
import { actionUrl, bodyUrl, compareMeetings, formatDate, meetingUrl, meetingYear, planUrl, questionUrl, reportUrl } from '../meetings/meetings.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export interface SiteIndexInput {
  meetings: Entry<Meeting>[];
  reports: Entry<Report>[];
  actions: Entry<Action>[];
  questions: Entry<Question>[];
  bodies: Entry<Body>[];
  plans: Entry<Plan>[];
  glossary: Entry<GlossaryEntry>[];
  /** The people the papers name; each has a page under /people/. */
  people?: Entry<Person>[];
  /** The source papers; each has its own page under /papers/. */
  documents?: Entry<SourceDocument>[];
}

export interface IndexLink {
  href: string;
  label: string;
  /** Extra context shown after the link (e.g. the meeting). */
  detail?: string;
}

export interface IndexSection {
  /** i18n key under siteIndex.sections and the heading's id. */
  key: 'pages' | 'meetings' | 'bodies' | 'reports' | 'actions' | 'questions' | 'plans' | 'glossary' | 'people' | 'papers';
  /** Link to the section's own listing page, when it has one. */
  listing?: string;
  links: IndexLink[];
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The fixed pages every portal has, with their navigation keys (nav.*). */
export const FIXED_PAGES: readonly (readonly [string, string])[] = [
  ['home', '/'],
  ['meetings', '/meetings/'],
  ['actions', '/actions/'],
  ['questions', '/questions/'],
  ['people', '/people/'],
  ['reports', '/reports/'],
  ['performance', '/performance/'],
  ['plan', '/plan/'],
  ['search', '/search/'],
  ['glossary', '/glossary/'],
  ['papers', PAPERS_URL],
  ['languages', '/languages/'],
  ['accessibility', '/accessibility/'],
  ['sitemap', '/site-index/'],
];


/**
 * How a meeting is named in lists: "PCC Accountability Meeting, 29 January 2025". When the papers do not
 * state the date, the bounds they support tell meetings apart: "…, date not stated (between 1 November 2017
 * and 4 February 2018)", "…, date not stated (before 4 February 2018)", else the year, else nothing.
 */
export function meetingLabel(meeting: Entry<Meeting>, bodyName: string, t: Translate): string {
  const d = meeting.data.date;
  if (d.kind === 'exact') return t('siteIndex.meetingLabel', { body: bodyName, date: formatDate(d.date, { weekday: false }) });
  const day = (iso: string): string => formatDate(iso, { weekday: false });
  if (d.notBefore && d.notAfter) return t('siteIndex.meetingBetween', { body: bodyName, from: day(d.notBefore), to: day(d.notAfter) });
  if (d.notAfter) return t('siteIndex.meetingBefore', { body: bodyName, date: day(d.notAfter) });
  if (d.notBefore) return t('siteIndex.meetingAfter', { body: bodyName, date: day(d.notBefore) });
  const year = meetingYear(meeting);
  return year === undefined ? t('siteIndex.meetingUndated', { body: bodyName }) : t('siteIndex.meetingYearOnly', { body: bodyName, year });
}

/** Every section of the site index, in order, with its links. */
export function buildSiteIndex(site: SiteIndexInput, t: Translate): IndexSection[] {
  const bodyName = new Map(site.bodies.map((b) => [b.id, b.data.name]));
  const meetings = [...site.meetings].sort(compareMeetings);
  const meetingRank = new Map(meetings.map((m, i) => [m.id, i]));
  const rank = (id: string): number => meetingRank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const labelOf = new Map(meetings.map((m) => [m.id, meetingLabel(m, bodyName.get(m.data.body) ?? m.data.body, t)]));
  const atMeeting = (id: string): string => t('siteIndex.atMeeting', { meeting: labelOf.get(id) ?? id });

  const reports = [...site.reports].sort((a, b) => rank(a.data.meeting) - rank(b.data.meeting) || a.data.order - b.data.order || a.id.localeCompare(b.id));
  const actions = [...site.actions].sort(
    (a, b) => rank(a.data.raisedAt) - rank(b.data.raisedAt) || (a.data.number ?? 0) - (b.data.number ?? 0) || a.id.localeCompare(b.id),
  );
  const questions = [...site.questions].sort((a, b) => rank(a.data.meeting) - rank(b.data.meeting) || a.data.order - b.data.order);

  return [
    { key: 'pages', links: FIXED_PAGES.map(([key, href]) => ({ href, label: t(`nav.${key}`) })) },
    { key: 'meetings', listing: '/meetings/', links: meetings.map((m) => ({ href: meetingUrl(m.id), label: labelOf.get(m.id) ?? m.id })) },
    {
      key: 'bodies',
      links: [...site.bodies].sort((a, b) => a.data.order - b.data.order).map((b) => ({ href: bodyUrl(b.id), label: b.data.name })),
    },
    {
      key: 'reports',
      listing: '/reports/',
      links: reports.map((r) => ({ href: reportUrl(r.id), label: plainText(r.data.title), detail: atMeeting(r.data.meeting) })),
    },
    {
      key: 'actions',
      listing: '/actions/',
      links: actions.map((a) => ({
        href: actionUrl(a.id),
        label: a.data.number === undefined ? shorten(plainText(a.data.text)) : t('siteIndex.actionLabel', { number: a.data.number, text: shorten(plainText(a.data.text)) }),
        detail: atMeeting(a.data.raisedAt),
      })),
    },
    {
      key: 'questions',
      listing: '/questions/',
      links: questions.map((q) => ({
        href: questionUrl(q.id),
        label: shorten(plainText(q.data.question[0] ?? '')),
        detail: atMeeting(q.data.meeting),
      })),
    },
    {
      key: 'people',
      listing: '/people/',
      links: [...(site.people ?? [])]
        .sort((a, b) => comparePeople({ id: a.id, name: a.data.name }, { id: b.id, name: b.data.name }))
        .map((p) => ({ href: personUrl(p.id), label: p.data.name, detail: latestRoleText(p.data) })),
    },
    {
      key: 'plans',
      listing: '/plan/',
      links: [...site.plans].sort((a, b) => a.data.order - b.data.order).map((p) => ({ href: planUrl(p.id), label: p.data.title })),
    },
    {
      key: 'glossary',
      listing: '/glossary/',
      links: [...site.glossary]
        .sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB'))
        .map((g) => ({ href: glossaryHref(g.data.term), label: g.data.term })),
    },
    {
      key: 'papers',
      listing: PAPERS_URL,
      links: [...(site.documents ?? [])].sort((a, b) => a.id.localeCompare(b.id)).map((d) => ({ href: paperUrl(d.id), label: d.data.title })),
    },
  ];
}

/** Links per page of a site-index section: each part stays a short page on a phone. */
export const SITE_INDEX_PART = 60;

/** Address of part `n` (from 1) of a section of the site index. */
export const siteIndexPartUrl = (key: string, n: number): string => (n <= 1 ? `/site-index/${key}/` : `/site-index/${key}/${n}/`);

/** A section cut into parts of SITE_INDEX_PART links, in order (one empty part for an empty section). */
export function siteIndexParts<T>(links: readonly T[], size = SITE_INDEX_PART): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < links.length; i += size) parts.push(links.slice(i, i + size));
  return parts.length > 0 ? parts : [[]];
}
