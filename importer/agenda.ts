/**
 * Agenda covers (the first page of an agenda pack or a supplementary agenda),
 * the "Enquiries to" block and the multilingual availability notice.
 *
 * PCC Accountability Meeting covers (001:3-31, 004:3-31): title, purpose,
 * date, time, a bold venue that may run over two lines, "A G E N D A" and a
 * TAB table `Item | Time | Agenda Item | Page Number` whose rows may end in
 * empty cells, carry blank (page-break) lines and `-----\t--` separators.
 * The "Date of Next Scrutiny Meetings" row lists further meetings inside one
 * cell (run together, or as `<p>` paragraphs); each becomes a meeting.
 *
 * Police and Crime Panel supplementary agendas (002:3-21): bold field values,
 * "SECOND SUPPLEMENTARY AGENDA", numbered items in plain lines, a page label
 * and "Date Published".
 */
import type { DateClaimDraft, MeetingDraftData } from './meetings-types.ts';
import {
  bodyByName,
  BODIES,
  cells,
  clean,
  collapse,
  compact,
  DATE_WORDING,
  HintedImportError,
  humanDate,
  isBlank,
  isSeparatorRow,
  meetingId,
  numberAfter,
  paragraphs,
  parseClock,
  parseDateText,
  parseTimeRange,
  plainLine,
  ref,
  throwProblems,
} from './meetings-util.ts';
import { profile } from './profile.ts';
import { ImportError, isDraftOf, type EntryDraft, type EntryDraftOf, type SourceDoc } from './source.ts';

export interface AgendaItemDraft {
  number?: string;
  time?: string;
  title: string;
  page?: string;
  verbalUpdate: boolean;
  lists: string[];
  details: string[];
  /** Line of the row, for linking and errors. Removed before writing. */
  line: number;
}

export interface CoverResult {
  /** The meeting this cover announces. */
  meeting: EntryDraftOf<'meetings'>;
  /** Meetings the cover lists or mentions (next scrutiny meetings, the previous meeting). */
  others: EntryDraft[];
  /** Agenda rows as the report parsers need them. */
  agenda: Array<{ number?: string; title: string }>;
  /** Heading of the paper ("A G E N D A", "SECOND SUPPLEMENTARY AGENDA"). */
  heading?: string;
  /** "Date Published", when printed. */
  published?: string;
  claimed: Array<[number, number]>;
  /** Blocks of the cover the parser does not know ("Membership"): kept in the meeting's notes, each reported. */
  warnings: string[];
}

/** A claim for a written date, with notes on a weekday that does not match. */
export function dateClaim(doc: SourceDoc, line: number, text: string): DateClaimDraft {
  const parsed = parseDateText(text);
  const claim: DateClaimDraft = { text: collapse(text), source: ref(doc.id, line) };
  if (parsed.date) claim.date = parsed.date;
  if (parsed.weekdayMatches === false) {
    claim.note = `"${collapse(text)}" names a ${parsed.weekday}, but ${humanDate(parsed.date!)} was a ${parsed.actualWeekday}. The date is kept as printed.`;
  }
  return claim;
}

const LISTING = new RegExp(
  String.raw`\s*(.+?): ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}) from (\d{1,2}[:.]\d{2}\s*[ap]m\s*[–-]\s*\d{1,2}[:.]\d{2}\s*[ap]m)`,
  'y',
);

/** Split "Name[: topic| on topic]" into a body and a topic. */
function bodyAndTopic(label: string): { body: string; topic?: string } | undefined {
  const names = BODIES.flatMap((b) => b.names.map((n) => ({ b, n }))).sort((x, y) => y.n.length - x.n.length);
  for (const { b, n } of names) {
    if (label.toLowerCase() === n.toLowerCase()) return { body: b.id };
    const rest = label.slice(n.length);
    if (label.toLowerCase().startsWith(n.toLowerCase())) {
      const topic = /^(?::\s*|\s+on\s+)(.+)$/.exec(rest);
      if (topic) return { body: b.id, topic: topic[1]!.trim() };
    }
  }
  return undefined;
}

/**
 * Meetings listed inside one agenda cell ("Police and Crime Panel: Tuesday 4
 * February 2025 from 10:00am – 1:00pm Strategic Deep Dive: ..."). Every
 * character must belong to a listing; anything else is an error.
 */
export function parseListings(doc: SourceDoc, line: number, text: string): Array<{ detail: string; draft: EntryDraft }> {
  const out: Array<{ detail: string; draft: EntryDraft }> = [];
  LISTING.lastIndex = 0;
  let pos = 0;
  const t = text.trim();
  while (pos < t.length) {
    LISTING.lastIndex = pos;
    const m = LISTING.exec(t);
    if (!m) {
      throw new ImportError(
        doc.file,
        line,
        'each listed meeting written "<body>[: topic]: <Weekday d Month yyyy> from <time> – <time>"',
        t.slice(pos),
      );
    }
    pos = LISTING.lastIndex;
    const label = m[1]!.trim();
    const bt = bodyAndTopic(label);
    if (!bt) throw new ImportError(doc.file, line, `a known body name (${BODIES.map((b) => b.name).join(', ')})`, label);
    const claim = dateClaim(doc, line, m[2]!);
    if (!claim.date) throw new ImportError(doc.file, line, 'a full date such as "Tuesday 4 February 2025"', m[2]);
    const range = parseTimeRange(m[3]!);
    if (!range) throw new ImportError(doc.file, line, 'a time range such as "10:00am – 1:00pm"', m[3]);
    const detail = collapse(m[0]);
    const data: MeetingDraftData = compact({
      body: bt.body,
      topic: bt.topic,
      date: { kind: 'exact', date: claim.date },
      dateClaims: [claim],
      startTime: range.start,
      endTime: range.end,
      timeText: collapse(m[3]!),
      status: 'scheduled',
      mentions: [{ source: ref(doc.id, line), text: detail }],
      _rank: 3,
      _timeSource: ref(doc.id, line),
    });
    out.push({ detail, draft: { collection: 'meetings', id: meetingId(claim.date, bt.body), data } });
  }
  return out;
}

const HEADER_NAMES = {
  number: /^item$/i,
  time: /^time$/i,
  title: /^agenda item$/i,
  page: /^page( number)?$/i,
};

function isTableHeader(line: string): boolean {
  const c = cells(line).map(plainLine);
  return c.some((x) => HEADER_NAMES.number.test(x)) && c.some((x) => HEADER_NAMES.title.test(x));
}

/**
 * Parse an agenda cover from `from` to `to` (1-based, inclusive). Every
 * non-blank line in the range is either understood or an ImportError.
 */
export function parseCover(doc: SourceDoc, from: number, to: number): CoverResult {
  const line = (n: number) => doc.lines[n - 1] ?? '';
  let n = from;
  while (n <= to && isBlank(line(n))) n++;
  const titleLine = n;
  const body = bodyByName(plainLine(line(n)));
  if (!body) {
    throw new ImportError(doc.file, n, `an agenda title naming a known body (${BODIES.map((b) => b.name).join(', ')})`, line(n));
  }
  n++;
  let purpose: { text: string; line: number } | undefined;
  let date: { claim: DateClaimDraft; line: number } | undefined;
  let time: { text: string; line: number } | undefined;
  let venue: { text: string; line: number; end: number } | undefined;
  let heading: string | undefined;
  let published: string | undefined;
  const items: AgendaItemDraft[] = [];
  const others: EntryDraft[] = [];
  let header: string[] | undefined;
  const unknownBlocks: Array<{ title: string; rows: string[]; line: number; end: number }> = [];
  /** A line the cover reads ("Date:", the agenda heading, …): where a block the parser does not know ends. */
  const known = (raw: string): boolean => {
    const t = plainLine(raw);
    return (
      /^\(Purpose:/.test(t) ||
      /^(?:Date|Time|Date Published):/.test(t) ||
      /^\**\s*Venue:/.test(raw) ||
      /^(?:A G E N D A|(?:[A-Z]+ )*AGENDA)$/.test(t) ||
      (raw.includes('\t') && isTableHeader(raw))
    );
  };
  /**
   * A held meeting of this body named by its date in an agenda line (`wording` captures the date):
   * "the previous meeting held on Tuesday 8 October 2024" in an item's title, or "To confirm the
   * minutes of the meeting [of the Panel] held on 31 July 2025" under an item. The item lists it.
   */
  const listHeldMeeting = (n: number, text: string, item: AgendaItemDraft, wording: RegExp) => {
    const m = wording.exec(text);
    if (!m) return;
    const claim = dateClaim(doc, n, m[1]!);
    if (!claim.date) return;
    const id = meetingId(claim.date, body.id);
    item.lists.push(id);
    const data: MeetingDraftData = {
      body: body.id,
      date: { kind: 'exact', date: claim.date },
      dateClaims: [claim],
      status: 'held',
      mentions: [{ source: ref(doc.id, n), text }],
      _rank: 3,
    };
    others.push({ collection: 'meetings', id, data });
  };
  const MINUTES_HELD_ON = new RegExp(`\\bminutes of the meeting (?:of the [A-Za-z ]+ )?held on (${DATE_WORDING})`);
  const MEETING_HELD_ON = /\bmeeting held on ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4})/;

  const parseRow = (n: number, raw: string) => {
    if (!header) throw new ImportError(doc.file, n, 'the agenda table header "Item\\tTime\\tAgenda Item\\tPage Number" before its rows');
    const c = cells(raw);
    const at = (re: RegExp) => {
      const i = header!.findIndex((h) => re.test(h));
      return i < 0 ? '' : (c[i] ?? '');
    };
    const extra = c.slice(header.length).filter((x) => x.trim() !== '');
    if (extra.length > 0) throw new ImportError(doc.file, n, `at most ${header.length} cells in an agenda row`, raw);
    const numberText = plainLine(at(HEADER_NAMES.number));
    if (numberText && !/^\d+\.?$/.test(numberText)) throw new ImportError(doc.file, n, 'an item number such as "5."', numberText);
    let timeText = at(HEADER_NAMES.time).trim();
    let titleCell = at(HEADER_NAMES.title);
    // A row shifted one column left: the title sits in the time column.
    if (timeText && !parseClock(plainLine(timeText)) && titleCell.trim() === '') {
      titleCell = timeText;
      timeText = '';
    }
    if (timeText && !parseClock(plainLine(timeText))) throw new ImportError(doc.file, n, 'a time such as "10:15am"', timeText);
    const pageText = plainLine(at(HEADER_NAMES.page));
    const item: AgendaItemDraft = { title: '', verbalUpdate: false, lists: [], details: [], line: n };
    if (numberText) item.number = numberText;
    if (timeText) item.time = plainLine(timeText);
    if (/^verbal update$/i.test(pageText)) item.verbalUpdate = true;
    else if (pageText) item.page = pageText;
    // "<u>Date of Next Scrutiny Meetings</u> <listings>" (plain or in <p> paragraphs).
    const u = /^\s*(?:<p>)?\s*<u>(.*?)<\/u>\s*(?:<\/p>)?\s*(.*)$/s.exec(titleCell);
    if (u && u[2]!.trim() !== '') {
      item.title = clean(u[1]!);
      for (const para of paragraphs(u[2]!)) {
        for (const l of parseListings(doc, n, para)) {
          item.details.push(l.detail);
          item.lists.push(l.draft.id);
          others.push(l.draft);
        }
      }
    } else {
      item.title = paragraphs(titleCell).join(' ');
    }
    if (!item.title) throw new ImportError(doc.file, n, 'an agenda item title', raw);
    // "the previous meeting held on Tuesday 8 October 2024" names a held meeting of the same body.
    listHeldMeeting(n, item.title, item, MEETING_HELD_ON);
    items.push(item);
  };

  for (; n <= to; n++) {
    const raw = line(n);
    if (isBlank(raw)) continue;
    const text = plainLine(raw);
    let m: RegExpExecArray | null;
    if (header && (raw.includes('\t') || isSeparatorRow(raw))) {
      if (!isSeparatorRow(raw)) parseRow(n, raw);
      continue;
    }
    if ((m = /^\(Purpose:\s*(.+?)\)?$/.exec(text))) {
      purpose = { text: m[1]!.replace(/\)$/, ''), line: n };
    } else if ((m = /^Date:\s*(.+)$/.exec(text))) {
      const claim = dateClaim(doc, n, m[1]!);
      if (!claim.date) throw new ImportError(doc.file, n, 'a meeting date such as "Wednesday 29 January 2025"', m[1]);
      date = { claim, line: n };
    } else if ((m = /^Time:\s*(.+)$/.exec(text))) {
      if (!parseTimeRange(m[1]!)) throw new ImportError(doc.file, n, 'a time such as "10:00am"', m[1]);
      time = { text: m[1]!, line: n };
    } else if (/^\**\s*Venue:/.test(raw)) {
      // A bold venue may run over several lines until the closing "**".
      let end = n;
      let joined = raw;
      if (/^\s*\*\*/.test(raw) && !/\*\*\s*$/.test(raw.replace(/^\s*\*\*/, ''))) {
        while (end < to && !/\*\*\s*$/.test(line(end))) {
          end++;
          if (isBlank(line(end))) throw new ImportError(doc.file, end, 'the bold venue to close with "**" before a blank line');
          joined += ` ${line(end)}`;
        }
      }
      venue = { text: plainLine(joined).replace(/^Venue:\s*/, ''), line: n, end };
      n = end;
    } else if (/^(?:A G E N D A|(?:[A-Z]+ )*AGENDA)$/.test(text)) {
      heading = text;
    } else if (raw.includes('\t') && isTableHeader(raw)) {
      header = cells(raw).map(plainLine);
    } else if ((m = /^Date Published:\s*(.+)$/.exec(text))) {
      const p = parseDateText(m[1]!);
      if (!p.date) throw new ImportError(doc.file, n, 'a publication date such as "22 September 2017"', m[1]);
      published = p.date;
    } else if ((m = /^(\d+\.)\s+(.+)$/.exec(text)) && heading) {
      items.push({ number: m[1]!, title: m[2]!, verbalUpdate: false, lists: [], details: [], line: n });
    } else if (/^[A-Z]{1,3}\d{1,3}$/.test(text) && items.length > 0 && !items[items.length - 1]!.page) {
      items[items.length - 1]!.page = text; // a page label such as "AA3"
    } else if (items.length > 0 && !header) {
      items[items.length - 1]!.details.push(text); // e.g. "Annex 1 – Appendix A (Performance grid for 2016/17)"
      listHeldMeeting(n, text, items[items.length - 1]!, MINUTES_HELD_ON);
    } else if (!heading && items.length === 0 && !header) {
      // A block the parser does not know, before the agenda ("Membership" and its rows): kept as printed, reported.
      const block = { title: text, rows: [] as string[], line: n, end: n };
      while (block.end < to && !known(line(block.end + 1))) {
        block.end++;
        const r = line(block.end);
        if (!isBlank(r)) block.rows.push(cells(r).map(plainLine).filter((c) => c !== '').join(', '));
      }
      while (block.end > n && isBlank(line(block.end))) block.end--;
      unknownBlocks.push(block);
      n = block.end;
    } else {
      throw new ImportError(
        doc.file,
        n,
        'an agenda cover line: purpose, "Date:", "Time:", "Venue:", the agenda heading, an agenda row or "Date Published:"',
        raw,
      );
    }
  }
  if (!date) throw new ImportError(doc.file, titleLine, 'a "Date:" line on the agenda cover');
  throwProblems(agendaOrderProblems(doc, items));
  const id = meetingId(date.claim.date!, body.id);
  // Listed meetings dated before this one get a note, now that this meeting's date is known.
  for (const o of others) {
    if (!isDraftOf(o, 'meetings')) continue;
    const d = o.data;
    for (const c of d.dateClaims ?? []) {
      if (c.date && c.date < date.claim.date! && d.status === 'scheduled') {
        const extra = `It is listed among the next scrutiny meetings on the agenda of ${humanDate(date.claim.date!)}, yet ${humanDate(c.date)} is before that date.`;
        c.note = c.note ? `${c.note} ${extra}` : extra;
      }
    }
  }
  const range = time ? parseTimeRange(time.text) : undefined;
  const meeting: MeetingDraftData = compact({
    body: body.id,
    date: { kind: 'exact', date: date.claim.date! },
    dateClaims: [date.claim],
    startTime: range?.start,
    endTime: range?.end,
    timeText: time?.text,
    _timeSource: time ? ref(doc.id, time.line) : undefined,
    venue: venue?.text,
    venueClaims: venue ? [{ text: venue.text, source: ref(doc.id, venue.line, venue.end) }] : undefined,
    status: 'scheduled',
    purpose: purpose?.text,
    agenda: items.map((i) => ({ ...i })),
    papers: { agenda: [doc.id] },
    notes: unknownBlocks.length
      ? unknownBlocks.map((b) => {
          const text = `The agenda cover also prints "${b.title}"${b.rows.length ? `: ${b.rows.join('; ')}` : ''}`;
          // One full stop: a block whose last row ends a sentence keeps its own.
          return /[.!?]$/.test(text) ? text : `${text}.`;
        })
      : undefined,
    _rank: 1,
  });
  const warnings = unknownBlocks.map(
    (b) =>
      `${doc.file}:${b.line}${b.end > b.line ? `-${b.end}` : ''}: the agenda cover block "${b.title.slice(0, 60)}" is not one the importer reads (purpose, date, time, venue, agenda); kept as printed in the meeting's notes`,
  );
  return compact({
    meeting: { collection: 'meetings', id, data: meeting },
    others,
    agenda: items.map((i) => compact({ number: i.number, title: i.title })),
    heading,
    published,
    claimed: [[from, to]] as Array<[number, number]>,
    warnings,
  });
}

/**
 * Item numbers of one agenda must go up without repeating: reports, minutes and questions are tied
 * to agenda items by number, so a repeated or backward number would tie them to the wrong item.
 * Every such problem of the agenda is returned, in line order.
 */
export function agendaOrderProblems(doc: SourceDoc, items: Array<{ number?: string; title: string; line: number }>): ImportError[] {
  const problems: ImportError[] = [];
  let previous: { number: string; title: string; line: number } | undefined;
  const seen = new Map<string, { title: string; line: number }>();
  for (const item of items) {
    if (item.number === undefined) continue;
    const key = item.number.replace(/\.$/, '');
    const same = seen.get(key);
    if (same) {
      problems.push(
        new HintedImportError(
          doc.file,
          item.line,
          `an agenda item number not used before in this agenda; item ${key} is already "${same.title.slice(0, 60)}" (line ${same.line})`,
          item.title.slice(0, 80),
          `give this item the number printed on the agenda (a report, minutes or questions tied to item ${key} could not tell the two apart)`,
        ),
      );
    } else if (previous && !numberAfter(item.number, previous.number)) {
      problems.push(
        new HintedImportError(
          doc.file,
          item.line,
          `an agenda item number after ${previous.number.replace(/\.$/, '')} (line ${previous.line}): the items of one agenda are numbered upwards`,
          `${item.number} ${item.title.slice(0, 80)}`,
          `correct the number or the order of the rows to match the printed agenda`,
        ),
      );
    }
    seen.set(key, { title: item.title, line: item.line });
    previous = { number: item.number, title: item.title, line: item.line };
  }
  return problems;
}

/** The "Enquiries to:" block: from its heading to the first "Email" line. */
export function parseEnquiries(doc: SourceDoc, from: number): { lines: string[]; end: number } {
  const head = doc.lines[from - 1] ?? '';
  if (!/^(?:All )?Enquiries to:?\s*$/i.test(plainLine(head))) {
    throw new ImportError(doc.file, from, '"Enquiries to:"', head);
  }
  const out: string[] = [];
  for (let n = from + 1; n <= Math.min(doc.lines.length, from + 25); n++) {
    const raw = doc.lines[n - 1] ?? '';
    if (isBlank(raw)) continue;
    out.push(plainLine(raw));
    if (/^E-?mail\b/i.test(plainLine(raw))) return { lines: out, end: n };
  }
  throw new ImportError(doc.file, from, 'the enquiries block to end with an "Email" line within 25 lines');
}

/** Languages of the availability notice (publisher profile), recognised by the language name each paragraph names. */
export const NOTICE_LANGUAGES: Array<{ code: string; marker: RegExp }> = profile().noticeLanguages.map((l) => ({ code: l.code, marker: new RegExp(l.marker, 'u') }));

/** The notice paragraphs that follow the enquiries block; stops at the first paragraph in no known language. */
export function parseNotice(doc: SourceDoc, from: number): { languages: Array<{ code: string; text: string; line: number }>; end: number } {
  const languages: Array<{ code: string; text: string; line: number }> = [];
  let end = from - 1;
  for (let n = from; n <= doc.lines.length; n++) {
    const raw = doc.lines[n - 1] ?? '';
    if (isBlank(raw)) continue;
    const lang = NOTICE_LANGUAGES.find((l) => l.marker.test(raw));
    if (!lang) break;
    if (languages.some((l) => l.code === lang.code)) throw new ImportError(doc.file, n, `one notice paragraph per language; ${lang.code} repeats`);
    languages.push({ code: lang.code, text: collapse(raw), line: n });
    end = n;
  }
  return { languages, end };
}
