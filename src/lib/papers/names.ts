/**
 * How a source paper is named in a resident's words, for "Source" links: "the agenda pack of
 * 29 January 2025", "the summary of the meeting of 8 October 2024". The date is the date of the
 * meeting the paper belongs to (an agenda pack or supplementary agenda: the meeting whose agenda it
 * holds; minutes or a summary: the meeting it records); failing that, the date the paper was
 * published; failing that, the meeting's year; failing that, the paper's title. Never a file name.
 * Pure: schema-shaped entries and the shared `t`.
 */
import type { SourceDocument } from '../../schemas/documents.ts';
import type { SourceRef } from '../../schemas/common.ts';
import { t } from '../i18n/i18n.ts';
import { formatDate, meetingYear, type MeetingLike } from '../meetings/meetings.ts';
import { sourceUrl } from './parts.ts';

export interface DocumentLike {
  id: string;
  data: SourceDocument;
}

/** The meeting a paper belongs to: its agenda's meeting for agendas, the recorded meeting for minutes and summaries. */
export function owningMeeting(doc: DocumentLike, meetings: readonly MeetingLike[]): MeetingLike | undefined {
  const agenda = doc.data.kind === 'agenda-pack' || doc.data.kind === 'supplementary-agenda';
  const own = (m: MeetingLike) => (agenda ? m.data.papers.agenda : m.data.papers.minutes).includes(doc.id);
  const any = (m: MeetingLike) => m.data.papers.agenda.includes(doc.id) || m.data.papers.minutes.includes(doc.id) || m.data.papers.reports.includes(doc.id);
  return meetings.find(own) ?? meetings.find(any);
}

/** "the agenda pack of 29 January 2025": a paper named by its kind and date, without file names or line numbers. */
export function paperName(doc: DocumentLike, meetings: readonly MeetingLike[]): string {
  const m = owningMeeting(doc, meetings);
  const kind = doc.data.kind;
  if (m?.data.date.kind === 'exact') return t(`papers.name.${kind}`, { date: formatDate(m.data.date.date, { weekday: false }) });
  if (doc.data.published) return t(`papers.namePublished.${kind}`, { date: formatDate(doc.data.published, { weekday: false }) });
  const year = m ? meetingYear(m) : undefined;
  if (year !== undefined) return t(`papers.nameYear.${kind}`, { year });
  return t('papers.nameTitle', { title: doc.data.title });
}

/** Every paper's name by document id, worked out once per build. */
export function paperNames(documents: readonly DocumentLike[], meetings: readonly MeetingLike[]): Map<string, string> {
  return new Map(documents.map((d) => [d.id, paperName(d, meetings)]));
}

/** A link to where a fact was read. `text` names the paper, never a file or a line. */
export interface SourceLinkView {
  href: string;
  text: string;
}

/** Names a paper by id; an unknown id (never expected: integrity checks references) still reads as words. */
export type PaperNamer = (doc: string) => string | undefined;

const nameOf = (doc: string, name: PaperNamer): string => name(doc) ?? t('papers.unknownPaper');

/** "Source in the agenda pack of 29 January 2025" → /papers/<doc>/<part>/#L<line>. */
export function sourceLink(ref: SourceRef, name: PaperNamer): SourceLinkView {
  return { href: sourceUrl(ref), text: t('papers.sourceIn', { paper: nameOf(ref.doc, name) }) };
}

/**
 * Several sources as links, in order, without repeating a place. Links into the same paper are told
 * apart by number ("Source 2 in the agenda pack of …"), so every link text names a different place.
 */
export function sourceLinks(refs: readonly SourceRef[], name: PaperNamer): SourceLinkView[] {
  const seen = new Set<string>();
  const unique = refs.filter((r) => {
    const href = sourceUrl(r);
    if (seen.has(href)) return false;
    seen.add(href);
    return true;
  });
  const perDoc = new Map<string, number>();
  for (const r of unique) perDoc.set(r.doc, (perDoc.get(r.doc) ?? 0) + 1);
  const nth = new Map<string, number>();
  return unique.map((r) => {
    if ((perDoc.get(r.doc) ?? 0) < 2) return sourceLink(r, name);
    const n = (nth.get(r.doc) ?? 0) + 1;
    nth.set(r.doc, n);
    return { href: sourceUrl(r), text: t('papers.sourceNth', { n, paper: nameOf(r.doc, name) }) };
  });
}
