/**
 * Document dispatch: split a paper into blocks, hand each block to the parser
 * that owns it, and prove that every line with visible content was consumed
 * by some parser or by an explicit, reasoned skip. Unclaimed content is an
 * ImportError naming the file and line: nothing is dropped silently.
 *
 * Blocks a paper can hold, in order:
 *   agenda cover            → agenda.ts (parseCover)
 *   "Enquiries to"          → agenda.ts (parseEnquiries)  → documents.enquiries
 *   multilingual notice     → agenda.ts (parseNotice)     → meetings.languageNotice
 *   meeting summary         → minutes.ts (parseSummary)
 *   2017-style minutes      → paf.ts (parsePaf), identity from imports/aliases.json
 *   reports ("ORIGINATOR:") → reports.ts (parseReports)
 *   performance grid        → grid.ts (parseGrid)
 *
 * The reports and grid parsers are passed in (`Parsers`): the command line
 * gives the real ones (PARSERS), tests may give their own or none.
 */
import { parseCover, parseEnquiries, parseNotice } from './agenda.ts';
import type { Aliases } from './aliases.ts';
import type { Claimed } from './meetings-types.ts';
import { bodyByName, BODIES, compact, isBlank, plainLine } from './meetings-util.ts';
import { parseSummary } from './minutes.ts';
import { formalMinutesAt, parseFormalMinutes, parsePaf } from './paf.ts';
import { profile, profilePath, publisherOf } from './profile.ts';
import { parseGrid } from './grid.ts';
import { parseReports } from './reports.ts';
import { draftsOf, ImportError, type EntryDraft, type SourceDoc } from './source.ts';

export type ReportsParser = (
  doc: SourceDoc,
  ctx: { meetingId: string; agenda: Array<{ number?: string; title: string }> },
) => { entries: EntryDraft[]; claimed: Claimed };
export type GridParser = (doc: SourceDoc, ctx: { meetingId: string }) => { entries: EntryDraft[]; claimed: Claimed };

export interface Parsers {
  reports?: ReportsParser;
  grid?: GridParser;
}

/** The importer's reports and grid parsers. */
export const PARSERS: Parsers = { reports: parseReports, grid: parseGrid };

/** A skip: lines that carry no content for the portal, with the reason. */
export interface Skip {
  reason: string;
  /** Consecutive lines (trimmed) that must match, in order. */
  lines: RegExp[];
}

/** The explicit skip list, from the publisher profile. Every entry says why. */
export const SKIPS: Skip[] = profile().skips.map((s) => ({ reason: s.reason, lines: s.lines.map((l) => new RegExp(l, 'u')) }));

export interface DispatchResult {
  entries: EntryDraft[];
  claims: Array<{ by: string; from: number; to: number }>;
  warnings: string[];
}

const findLine = (doc: SourceDoc, re: RegExp, from = 1, to = doc.lines.length): number | undefined => {
  for (let n = from; n <= to; n++) if (re.test(plainLine(doc.lines[n - 1] ?? ''))) return n;
  return undefined;
};

const ORIGINATOR = /^ORIGINATOR:?$/;

/** Parse one paper into entry drafts and claims. Throws ImportError on anything it cannot place. */
export function dispatch(doc: SourceDoc, aliases: Aliases, parsers: Parsers): DispatchResult {
  const entries: EntryDraft[] = [];
  const claims: DispatchResult['claims'] = [];
  const warnings: string[] = [];
  const claim = (by: string, ranges: Claimed) => {
    for (const [from, to] of ranges) claims.push({ by, from, to });
  };
  const last = doc.lines.length;
  let firstContent = 1;
  while (firstContent <= last && isBlank(doc.lines[firstContent - 1])) firstContent++;

  const identity = aliases.documents.find((d) => d.doc === doc.id);
  const summaryAt = findLine(doc, /^Summary of the .+/);
  const firstIsBody = bodyByName(plainLine(doc.lines[firstContent - 1] ?? '')) !== undefined;
  // Formal minutes name the body on their first line too, then "Minutes of the meeting held on …".
  const formalAt = formalMinutesAt(doc, firstContent);
  let paperBody: string | undefined;
  const gridHeader = doc.lines.findIndex((l) => /^Strategic Objective\tAction\t/.test(l)) + 1 || undefined;
  const originatorAt = findLine(doc, ORIGINATOR);

  let coverMeeting: string | undefined;
  let coverAgenda: Array<{ number?: string; title: string }> = [];
  let coverBody: string | undefined;
  let kind: 'agenda-pack' | 'minutes' | 'meeting-summary' | 'supplementary-agenda';
  let title: string;
  let enquiries: string[] = [];
  let published: string | undefined;
  let cursor = firstContent;

  if (formalAt) {
    kind = 'minutes';
    title = '';
  } else if (firstIsBody) {
    // Agenda cover, then enquiries, then the notice.
    const enqAt = findLine(doc, /^(?:All )?Enquiries to:?$/i, firstContent);
    const coverEnd = (enqAt ?? summaryAt ?? gridHeader ?? last + 1) - 1;
    let coverTo = coverEnd;
    while (coverTo > firstContent && isBlank(doc.lines[coverTo - 1])) coverTo--;
    // Lines the grid parser reads as its own cover (item, title, page label, published) stay in the cover
    // too: they are the agenda's item 7 and the paper's publication date.
    const cover = parseCover(doc, firstContent, coverTo);
    claim('agenda', cover.claimed);
    warnings.push(...cover.warnings);
    coverMeeting = cover.meeting.id;
    coverAgenda = cover.agenda;
    coverBody = cover.meeting.data.body;
    entries.push(cover.meeting, ...cover.others);
    published = cover.published;
    const body = BODIES.find((b) => b.id === coverBody)!;
    const dateText = (cover.meeting.data.dateClaims ?? [])[0]?.text ?? '';
    if (cover.heading && /SUPPLEMENTARY AGENDA/.test(cover.heading)) {
      kind = 'supplementary-agenda';
      title = `${plainLine(doc.lines[firstContent - 1] ?? body.name)}, ${dateText}: ${cover.heading}`;
    } else {
      kind = 'agenda-pack';
      title = `${body.name}, ${dateText}: agenda pack`;
    }
    cursor = coverTo + 1;
    if (enqAt) {
      const enq = parseEnquiries(doc, enqAt);
      claim('enquiries', [[enqAt, enq.end]]);
      enquiries = enq.lines;
      const notice = parseNotice(doc, enq.end + 1);
      if (notice.languages.length > 0) {
        claim('notice', [[enq.end + 1, notice.end]]);
        const m = cover.meeting.data;
        m.languageNotice = true;
        m._notice = notice.languages.map((l) => ({ ...l, doc: doc.id }));
        cursor = notice.end + 1;
      } else {
        cursor = enq.end + 1;
      }
    }
  } else if (summaryAt) {
    kind = 'meeting-summary';
    title = '';
  } else if (identity) {
    kind = 'minutes';
    title = '';
  } else {
    throw new ImportError(
      doc.file,
      firstContent,
      'an agenda cover naming a known body, minutes opening with the body\'s name and "Minutes of the meeting held on <date>", a "Summary of the …" meeting summary, or an identity decision for this paper in imports/aliases.json',
      doc.lines[firstContent - 1],
    );
  }

  if (summaryAt) {
    let end = (originatorAt && originatorAt > summaryAt ? originatorAt : last + 1) - 1;
    while (end > summaryAt && isBlank(doc.lines[end - 1])) end--;
    const s = parseSummary(doc, summaryAt, end);
    claim('minutes', s.claimed);
    entries.push(...s.entries);
    warnings.push(...s.warnings);
    cursor = end + 1;
    if (kind === 'meeting-summary') {
      // The summary's own meeting is its first meeting draft.
      const date = (draftsOf(s.entries, 'meetings')[0]?.data.dateClaims ?? [])[0]?.text ?? '';
      title = `${plainLine(doc.lines[summaryAt - 1] ?? '')}, ${date}`;
    }
  } else if (formalAt) {
    const p = parseFormalMinutes(doc, firstContent, identity);
    claim('minutes', p.claimed);
    entries.push(...p.entries);
    warnings.push(...p.warnings);
    cursor = last + 1;
    paperBody = p.body;
    title = `${BODIES.find((b) => b.id === p.body)?.name ?? p.body} minutes, ${p.dateText}`;
  } else if (kind === 'minutes') {
    const p = parsePaf(doc, identity!);
    claim('paf', p.claimed);
    entries.push(...p.entries);
    warnings.push(...p.warnings);
    cursor = last + 1;
    const body = BODIES.find((b) => b.id === identity!.body);
    title = `${body?.name ?? identity!.body} minutes, ${identity!.meeting.slice(0, 4)} (${identity!.notes?.[0] ? 'fragment' : 'minutes'})`;
  }

  // Reports and the grid belong to the meeting whose agenda this paper is.
  if (originatorAt && originatorAt >= cursor) {
    if (!coverMeeting) throw new ImportError(doc.file, originatorAt, 'an agenda cover before reports, so they can be tied to a meeting');
    if (parsers.reports) {
      const r = parsers.reports(doc, { meetingId: coverMeeting, agenda: coverAgenda });
      claim('reports', r.claimed);
      entries.push(...r.entries);
    } else {
      warnings.push(`${doc.file}:${originatorAt}-${last}: reports parser (importer/reports.ts) not available yet; these lines are held for it`);
      claim('reports (pending)', [[originatorAt, last]]);
    }
  }
  if (gridHeader) {
    if (!coverMeeting) throw new ImportError(doc.file, gridHeader, 'an agenda cover before the performance grid');
    if (parsers.grid) {
      const g = parsers.grid(doc, { meetingId: coverMeeting });
      claim('grid', g.claimed);
      entries.push(...g.entries);
    } else {
      warnings.push(`${doc.file}:${gridHeader}-${last}: grid parser not available yet; these lines are held for it`);
      claim('grid (pending)', [[gridHeader, last]]);
    }
  }

  // Explicit skips, then the coverage check.
  const covered = new Array<boolean>(last + 2).fill(false);
  for (const c of claims) for (let n = c.from; n <= c.to; n++) covered[n] = true;
  for (let n = 1; n <= last; n++) {
    for (const s of SKIPS) {
      if (s.lines.every((re, i) => re.test((doc.lines[n - 1 + i] ?? '').trim())) && s.lines.some((_, i) => !covered[n + i])) {
        claims.push({ by: `skip: ${s.reason}`, from: n, to: n + s.lines.length - 1 });
        for (let i = 0; i < s.lines.length; i++) covered[n + i] = true;
      }
    }
  }
  const unclaimed: number[] = [];
  for (let n = 1; n <= last; n++) if (!covered[n] && !isBlank(doc.lines[n - 1])) unclaimed.push(n);
  if (unclaimed.length > 0) {
    const n = unclaimed[0]!;
    throw new ImportError(
      doc.file,
      n,
      `every line with content to be read by a parser or listed in the skip list; ${unclaimed.length} line(s) unclaimed (${summariseLines(unclaimed)})`,
      doc.lines[n - 1],
    );
  }

  entries.push({
    collection: 'documents',
    id: doc.id,
    data: compact({
      title,
      kind,
      sourceFile: doc.file,
      publisher: documentPublisher(doc, coverBody ?? paperBody ?? identity?.body),
      published,
      enquiries,
      lines: doc.lines.length,
      _notes: identity?.notes,
    }),
  });
  return { entries, claims: claims.sort((a, b) => a.from - b.from || a.to - b.to), warnings };
}

/**
 * The publisher of a paper: the profile's publisher of the paper's body (from its cover or its identity
 * decision); a paper with neither is the site's own publisher's (a meeting summary).
 */
function documentPublisher(doc: SourceDoc, body: string | undefined): string {
  if (body === undefined) return profile().site.publisher;
  const name = publisherOf(body);
  if (name === undefined) throw new ImportError(doc.file, undefined, `a publisher for body "${body}" in the publisher profile (${profilePath()})`, undefined, { hint: 'list the body under one publisher\'s "publishes"' });
  return name;
}

/** "12-14, 20" from [12, 13, 14, 20]. */
export function summariseLines(lines: number[]): string {
  const parts: string[] = [];
  let start = lines[0]!;
  let prev = start;
  for (const n of [...lines.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}-${prev}`);
    start = n;
    prev = n;
  }
  return parts.slice(0, 8).join(', ') + (parts.length > 8 ? ', …' : '');
}
