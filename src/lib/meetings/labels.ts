/**
 * Words for meetings, from the UI strings (src/i18n/ui/en-GB.json, namespace
 * "meetings"): titles, date labels, status labels, page descriptions and
 * source references. Shared by the pages, calendars and feeds so they all
 * name a meeting the same way.
 */
import { t } from '../i18n/i18n.ts';
import { formatDate, meetingYear, type MeetingLike, type MeetingState, type PapersHeld } from './meetings.ts';
import { clampDescription } from '../site/seo.ts';

/** The date part of a meeting's title: "Wednesday 29 January 2025" or "2017, date not stated". */
export function meetingDateLabel(m: MeetingLike, options: { weekday?: boolean } = {}): string {
  if (m.data.date.kind === 'exact') return formatDate(m.data.date.date, options);
  const year = meetingYear(m);
  return year !== undefined ? t('meetings.dateNotStatedYear', { year }) : t('meetings.dateNotStated');
}

/**
 * For a meeting whose date is not stated, the bounds the papers support:
 * "between 1 November 2017 and 4 February 2018". Undefined
 * when the papers support no bound. Used to tell apart undated meetings that
 * would otherwise share a title.
 */
export function meetingBoundsLabel(m: MeetingLike): string | undefined {
  const d = m.data.date;
  if (d.kind === 'exact') return undefined;
  const from = d.notBefore ? formatDate(d.notBefore, { weekday: false }) : undefined;
  const to = d.notAfter ? formatDate(d.notAfter, { weekday: false }) : undefined;
  if (from && to) return t('meetings.bounds.between', { from, to });
  if (to) return t('meetings.bounds.onOrBefore', { to });
  if (from) return t('meetings.bounds.onOrAfter', { from });
  return undefined;
}

/** "PCC Accountability Meeting, 29 January 2025" / "Police Accountability Forum, 2017 (date not stated)". */
export function meetingTitle(m: MeetingLike, body: string): string {
  // A Strategic Deep Dive is known by its subject: "Strategic Deep Dive: Cyber Security, 26 February 2025".
  const bodyName = m.data.topic ? t('meetings.page.withTopic', { body, topic: m.data.topic }) : body;
  if (m.data.date.kind === 'exact') return t('meetings.page.title', { body: bodyName, date: formatDate(m.data.date.date, { weekday: false }) });
  const year = meetingYear(m);
  return year !== undefined
    ? t('meetings.page.titleUndated', { body: bodyName, year })
    : t('meetings.page.titleUnknown', { body: bodyName });
}

/**
 * The page <title> text for a meeting: the full title when it fits in
 * `max` characters (so that "<title> – <site name>" stays within 70), else
 * shorter forms ("Police Accountability Forum, 2017", "PAF, 2017 (date not stated)").
 */
export function meetingPageTitle(
  m: MeetingLike,
  body: { name: string; abbreviation?: string | undefined },
  max: number,
  full: string = meetingTitle(m, body.name),
): string {
  const year = meetingYear(m);
  const candidates = [full];
  // A title made unique by the date bounds keeps the bounds in its short forms.
  const bounds = full !== meetingTitle(m, body.name) ? meetingBoundsLabel(m) : undefined;
  if (bounds) candidates.push(`${body.name}, ${bounds}`);
  if (bounds && body.abbreviation) candidates.push(`${body.abbreviation}, ${bounds}`);
  if (m.data.date.kind !== 'exact' && year !== undefined) candidates.push(`${body.name}, ${year}`);
  if (body.abbreviation) candidates.push(meetingTitle(m, body.abbreviation));
  if (body.abbreviation && m.data.date.kind !== 'exact' && year !== undefined) candidates.push(`${body.abbreviation}, ${year}`);
  return candidates.find((c) => c.length <= max) ?? candidates.at(-1)!;
}

/** The status label shown to readers ("Held", "Date passed – no papers in this portal", …). */
export function stateLabel(state: MeetingState): string {
  return t(`meetings.state.${state}`);
}

/** CSS class for a state's tag (uses the global .tag.status-* colours). */
export function stateClass(state: MeetingState): string {
  switch (state) {
    case 'held':
      return 'status-held';
    case 'cancelled':
      return 'status-cancelled';
    case 'upcoming':
    case 'undated':
      return 'status-scheduled';
    default:
      return 'status-passed';
  }
}

/**
 * Titles and date labels for a set of meetings, unique where the papers allow:
 * undated meetings whose year-based title would repeat another's are named by
 * the bounds the papers support instead; any that still repeat get their id.
 */
export function uniqueMeetingLabels<T extends MeetingLike>(
  meetings: readonly T[],
  bodyName: (m: T) => string,
): Map<string, { title: string; dateLabel: string }> {
  const out = new Map<string, { title: string; dateLabel: string }>();
  for (const m of meetings) out.set(m.id, { title: meetingTitle(m, bodyName(m)), dateLabel: meetingDateLabel(m) });
  const clashes = (): Map<string, T[]> => {
    const byTitle = new Map<string, T[]>();
    for (const m of meetings) {
      const title = out.get(m.id)!.title;
      byTitle.set(title, [...(byTitle.get(title) ?? []), m]);
    }
    return new Map([...byTitle].filter(([, list]) => list.length > 1));
  };
  for (const list of clashes().values()) {
    for (const m of list) {
      const short = meetingBoundsLabel(m);
      if (!short) continue;
      const bounds = t('meetings.bounds.undated', { bounds: short });
      out.set(m.id, {
        title: t('meetings.page.titleBounds', { body: bodyName(m), bounds }),
        dateLabel: bounds.charAt(0).toUpperCase() + bounds.slice(1),
      });
    }
  }
  for (const list of clashes().values()) {
    for (const m of list) {
      const l = out.get(m.id)!;
      out.set(m.id, { title: `${l.title} (${m.id})`, dateLabel: `${l.dateLabel} (${m.id})` });
    }
  }
  return out;
}

/** What the portal holds for a meeting, as short phrases ("Agenda", "Minutes", "3 reports", "25 questions"). */
export function papersPhrases(p: PapersHeld, counts: { reports: number; questions: number; actions: number }): string[] {
  const out: string[] = [];
  if (p.agenda) out.push(t('meetings.papers.agenda'));
  if (p.minutes) out.push(t('meetings.papers.minutes'));
  if (counts.reports > 0) out.push(t('meetings.papers.reports', { count: counts.reports }));
  else if (p.reports) out.push(t('meetings.papers.reports', { count: 1 }));
  if (counts.questions > 0) out.push(t('meetings.papers.questions', { count: counts.questions }));
  if (counts.actions > 0) out.push(t('meetings.papers.actions', { count: counts.actions }));
  return out;
}

/** A one-sentence description of a meeting page for search engines and link previews. */
export function meetingDescription(
  m: MeetingLike,
  bodyName: string,
  p: PapersHeld,
  counts: { reports: number; questions: number; actions: number },
): string {
  const phrases = papersPhrases(p, counts).map((s) => s.toLowerCase());
  const contents = phrases.length > 0 ? phrases.join(', ') : t('meetings.page.descriptionOnlyKnown');
  const text =
    m.data.date.kind === 'exact'
      ? t('meetings.page.description', { body: bodyName, date: formatDate(m.data.date.date), contents })
      : t('meetings.page.descriptionUndated', { body: bodyName, year: meetingYear(m) ?? '?', contents });
  return clampDescription(text, 200);
}
