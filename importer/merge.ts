/**
 * Merge every paper's extract into the final content entries.
 *
 * - Meetings told by several papers (agenda in one, minutes in another, the
 *   same summary twice, mentions elsewhere) become one meeting: agenda facts
 *   beat minutes, minutes beat mentions; every date and venue wording is kept
 *   as a claim with its source; conflicting dates get a `dateConflict`.
 * - Two papers holding the same minutes must agree after normalisation, or
 *   the import fails naming both (never a silent choice).
 * - Questions with the same id must agree; their sources are combined. Two
 *   papers giving one question different answers: both answers are kept as a
 *   `conflict` (the first paper's is shown) and a warning names both places.
 * - An action seen in several papers is one action with a history: its
 *   updates are combined by date and meeting, later description wordings are
 *   kept as `textVariants`. Papers disagreeing about an update's status or the
 *   owner: both values are kept as a `conflict` and a warning names both
 *   places; a disagreement never closes an action (the open status is shown).
 *   Papers disagreeing about when an action was raised, or giving one update
 *   under two dates, stop the import: the action's history (and its age)
 *   would rest on a guess. An action said to be raised at a meeting whose
 *   minutes the papers hold, but not recorded there, stops the import.
 * - Meetings: papers giving different times for one meeting are a `conflict`
 *   (the best-ranked paper's time is shown); the same minutes under two dates
 *   stop the import unless an identity decision (aliases.json) makes them one.
 * - Recorded identity decisions (aliases.json) rename meetings, add
 *   mentions and link questions to actions.
 * - People, bodies and (through the import-plan helper) plans and glossary
 *   are built from everything at once. Two papers giving one person different
 *   titles at one meeting: both roles are kept and a warning names both places.
 */
import type { Aliases } from './aliases.ts';
import { renameIds } from './aliases.ts';
import { groupBy } from '../src/lib/content/group.ts';
import type { ConflictDraft, DateClaimDraft, Extract, MeetingDraftData, Ref } from './meetings-types.ts';
import { actionIdOf, BODIES, clean, collapse, compact, HintedImportError } from './meetings-util.ts';
import { NAME_END, NAME_WORD, buildPeople, letterRoles, narrativeRoles, type RoleClaim } from './people.ts';
import { statusWordsPattern } from './profile.ts';
import { continueSeries, numberAcrossPapers, resolveQuotedActions } from './quoted-actions.ts';
import { draftSources, draftsOf, ImportError, withIdAndData, type ActionUpdateDraft, type EntryDraft, type EntryDraftOf, type MinuteSectionDraft, type SourceDoc } from './source.ts';

export interface MergeOptions {
  /** Notice templates per language code: key path → template with {{phone}} etc. Undefined when no notice files exist. */
  notice?: { templates: Record<string, Record<string, string>>; values: Record<string, string> };
  buildPlans?: (drafts: EntryDraft[], docs: SourceDoc[]) => EntryDraft[];
  buildGlossary?: (docs: SourceDoc[]) => EntryDraft[];
  /** Where the publisher's original of a paper is, by document id (imports/originals.json, checked by importer/originals.ts). */
  originals?: ReadonlyMap<string, string>;
}

export interface MergeResult {
  entries: EntryDraft[];
  warnings: string[];
}

const key = (e: EntryDraft) => `${e.collection}/${e.id}`;
const refKey = (r: Ref) => `${r.doc}:${r.line}:${r.endLine ?? ''}`;
const docOf = (e: EntryDraft) => draftSources(e)[0]?.doc ?? '?';

/** Whether a value is a place in a paper ({ doc, line }). */
function isRef(x: unknown): x is Ref {
  return typeof x === 'object' && x !== null && 'doc' in x && typeof x.doc === 'string' && 'line' in x && typeof x.line === 'number';
}

/** The line an item of a meeting's list records: its own `_source` (attendance, signatures) or its first source (sections). */
function itemLine(item: unknown): number | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  if ('_source' in item && isRef(item._source)) return item._source.line;
  if ('sources' in item && Array.isArray(item.sources) && isRef(item.sources[0])) return item.sources[0].line;
  return undefined;
}

/** JSON of a value with internal (`_`) keys and all `sources`/`source` removed, for comparing versions. */
export function comparable(v: unknown): string {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(strip);
    if (x && typeof x === 'object') {
      return Object.fromEntries(
        Object.entries(x)
          .filter(([k]) => !k.startsWith('_') && k !== 'sources' && k !== 'source')
          .map(([k, y]) => [k, strip(y)]),
      );
    }
    if (typeof x === 'string') return collapse(x);
    return x;
  };
  return JSON.stringify(strip(v));
}

/** First path at which two values differ, for error messages. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (comparable(a) === comparable(b)) return '';
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (k.startsWith('_') || k === 'sources' || k === 'source') continue;
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return `${path} (${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)})`;
}

function unionRefs(a: Ref[] = [], b: Ref[] = []): Ref[] {
  const seen = new Set(a.map(refKey));
  return [...a, ...b.filter((r) => !seen.has(refKey(r)) && (seen.add(refKey(r)), true))];
}

/** Combine minute sections of two papers holding the same minutes: same content, both sources. */
function mergeSections(a: MinuteSectionDraft[], b: MinuteSectionDraft[]): MinuteSectionDraft[] {
  return a.map((s, i) => ({ ...s, sources: unionRefs(s.sources, b[i]?.sources) }));
}

const MINUTES_FIELDS = ['attendance', 'apologies', 'declarations', 'minutes', 'nextMeeting', 'signatories'] as const;

function mergeMeeting(
  id: string,
  parts: Array<{ data: MeetingDraftData; aliased: boolean; doc: string }>,
  place: Place,
  warnings: string[],
): MeetingDraftData {
  const byRank = [...parts].sort((x, y) => (x.data._rank ?? 9) - (y.data._rank ?? 9));
  const own = byRank.filter((p) => !p.aliased);
  const base = own[0] ?? byRank[0]!;
  const out: MeetingDraftData = { body: base.data.body, date: base.data.date, status: 'scheduled' };
  for (const p of parts) {
    if (p.data.body !== out.body) throw new ImportError(p.doc, undefined, `meeting ${id} to be of body "${out.body}" in every paper`, p.data.body);
  }
  // Date: an exact date from a paper that names this meeting directly.
  const exact = own.find((p) => p.data.date.kind === 'exact');
  if (exact) out.date = exact.data.date;
  out.dateClaims = [];
  const seenClaims = new Set<string>();
  for (const p of byRank) {
    for (const c of p.data.dateClaims ?? []) {
      const k = `${refKey(c.source)}|${c.text}`;
      if (seenClaims.has(k)) continue;
      seenClaims.add(k);
      out.dateClaims.push(c);
    }
  }
  // Time, venue, purpose, topic: the best-ranked paper that gives them.
  const withTime = byRank.find((p) => p.data.startTime);
  if (withTime) {
    out.startTime = withTime.data.startTime!;
    if (withTime.data.timeText) out.timeText = withTime.data.timeText;
    // The end time: its own, else the best-ranked paper with the same start that gives one (and its wording).
    const withEnd = withTime.data.endTime !== undefined ? withTime : byRank.find((p) => p.data.endTime && p.data.startTime === withTime.data.startTime);
    const end = withEnd?.data.endTime;
    if (end) {
      out.endTime = end;
      if (withEnd !== withTime && withEnd!.data.timeText) out.timeText = withEnd!.data.timeText;
    }
    // Papers giving another start, or another end, for this meeting: kept as a conflict, never dropped.
    const timed = byRank.filter((p) => p.data.startTime && p.data._timeSource);
    const differs = timed.filter(
      (p) => p.data.startTime !== out.startTime || (p.data.endTime !== undefined && out.endTime !== undefined && p.data.endTime !== out.endTime),
    );
    if (differs.length > 0) {
      const shownBy = timed.find((p) => !differs.includes(p)) ?? withTime;
      const claims = [shownBy, ...differs].filter((p) => p.data._timeSource).map((p) => ({ value: p.data.timeText ?? p.data.startTime!, source: p.data._timeSource! }));
      out.conflicts = [
        {
          about: 'the time of the meeting',
          claims,
          shown: `The portal shows "${out.timeText ?? out.startTime!}", the time ${shownBy.data._rank === 1 ? "on the meeting's own agenda" : 'in the paper that ranks first (agenda, then minutes, then mentions)'}.`,
        },
      ];
      warnings.push(`meeting ${id}: the papers give different times: ${claims.map((c) => `"${c.value}" (${place(c.source)})`).join(' vs ')}; both kept as a conflict`);
    }
  }
  for (const f of ['venue', 'purpose', 'topic'] as const) {
    const p = byRank.find((x) => x.data[f]);
    if (p) out[f] = p.data[f]!;
  }
  out.venueClaims = [];
  for (const p of byRank) {
    for (const v of p.data.venueClaims ?? []) {
      if (!out.venueClaims.some((x) => refKey(x.source) === refKey(v.source))) out.venueClaims.push(v);
    }
  }
  out.status = parts.some((p) => p.data.status === 'held') ? 'held' : parts.some((p) => p.data.status === 'cancelled') ? 'cancelled' : 'scheduled';
  // Agenda: from the agenda paper; two agendas must agree.
  const agendas = parts.filter((p) => p.data.agenda && p.data.agenda.length > 0);
  if (agendas.length > 0) {
    out.agenda = agendas[0]!.data.agenda!;
    for (const other of agendas.slice(1)) {
      const d = firstDifference(out.agenda, other.data.agenda);
      if (d) throw new ImportError(other.doc, undefined, `the same agenda for ${id} as in ${agendas[0]!.doc}; differs at ${d}`);
    }
  }
  // Minutes: one set; a second paper with the same minutes must agree.
  const minuted = parts.filter((p) => p.data.minutes && p.data.minutes.length > 0);
  if (minuted.length > 0) {
    const first = minuted[0]!;
    // In MINUTES_FIELDS order, so the meeting's keys keep their order.
    const fd = first.data;
    if (fd.attendance !== undefined) out.attendance = fd.attendance;
    if (fd.apologies !== undefined) out.apologies = fd.apologies;
    if (fd.declarations !== undefined) out.declarations = fd.declarations;
    if (fd.minutes !== undefined) out.minutes = fd.minutes;
    if (fd.nextMeeting !== undefined) out.nextMeeting = fd.nextMeeting;
    if (fd.signatories !== undefined) out.signatories = fd.signatories;
    for (const other of minuted.slice(1)) {
      for (const f of MINUTES_FIELDS) {
        const d = firstDifference(first.data[f], other.data[f], f);
        if (d) {
          // The line of the differing item in each paper, where the item records it.
          const lineOf = (m: MeetingDraftData) => {
            const i = /^\w+\[(\d+)\]/.exec(d)?.[1];
            const list: unknown = m[f];
            return i === undefined || !Array.isArray(list) ? undefined : itemLine(list[Number(i)]);
          };
          const firstLine = lineOf(first.data);
          throw new HintedImportError(
            other.doc,
            lineOf(other.data),
            `the same minutes of ${id} as ${first.doc}${firstLine === undefined ? '' : `:${firstLine}`} (one meeting, one set of minutes); they differ at ${d}`,
            undefined,
            'two papers holding the minutes of one meeting must say the same: correct the paper that differs from the original',
          );
        }
      }
      out.minutes = mergeSections(out.minutes!, other.data.minutes!);
    }
  }
  out.papers = { agenda: [], minutes: [], reports: [] };
  for (const p of parts) {
    for (const k of ['agenda', 'minutes', 'reports'] as const) {
      for (const d of p.data.papers?.[k] ?? []) if (!out.papers[k]!.includes(d)) out.papers[k]!.push(d);
    }
  }
  out.languageNotice = parts.some((p) => p.data.languageNotice);
  out.mentions = [];
  for (const p of parts) {
    for (const m of p.data.mentions ?? []) {
      if (!out.mentions.some((x) => refKey(x.source) === refKey(m.source) && x.text === m.text)) out.mentions.push(m);
    }
  }
  out.notes = [...new Set(parts.flatMap((p) => p.data.notes ?? []))];
  const notices = parts.flatMap((p) => p.data._notice ?? []);
  if (notices.length) out._notice = notices;
  return out;
}

/** The dateConflict text for a meeting, from an alias decision or from the claims' own notes. */
function conflictText(m: MeetingDraftData, aliasText: string | undefined, where: (r: Ref) => string): string | undefined {
  if (aliasText) return aliasText;
  const noted = (m.dateClaims ?? []).filter((c) => c.note && /yet|but/.test(c.note));
  const dates = new Set((m.dateClaims ?? []).map((c) => c.date).filter(Boolean));
  const parts = noted.map((c) => `${c.note} (${where(c.source)})`);
  if (dates.size > 1 && parts.length === 0) {
    parts.push(`The papers give different dates: ${(m.dateClaims ?? []).map((c) => `"${c.text}" (${where(c.source)})`).join('; ')}.`);
  }
  return parts.length ? parts.join(' ') : undefined;
}

/** Share of words (3+ letters) two texts have in common (Dice coefficient, 0 to 1). */
export function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size + y.size === 0) return 1;
  return (2 * [...x].filter((w) => y.has(w)).length) / (x.size + y.size);
}

/** "001_x.txt:12": a source as a place in a paper, for warnings and errors. */
type Place = (r: Ref) => string;

/** The status sentence an update ends with, as printed ("Action closed."), or the status itself. */
/** The status sentences the publisher profile's status words make: "Action <closed or ongoing word>.", "<new word> Action (<date>).". */
const STATUS_SENTENCE_SOURCE = `(?:Action ${statusWordsPattern(['closed', 'ongoing'])}|${statusWordsPattern(['new'])} Action(?: \\([^)]*\\))?)\\.$`;
const STATUS_SENTENCE = new RegExp(STATUS_SENTENCE_SOURCE, 'i');
const statusWording = (u: ActionUpdateDraft): string => {
  const last = collapse(u.text.join(' '));
  return STATUS_SENTENCE.exec(last)?.[0] ?? String(u['status']);
};

/** A status that leaves the action open wins over "closed": a disagreement never closes an action. */
const OPENNESS: Record<string, number> = { new: 2, ongoing: 1, closed: 0 };

/**
 * Merge the updates of one action told by several papers. The same update (same wording, status
 * sentence aside) with two statuses is kept once, with the open status and a conflict naming both
 * papers; the same update under two dates is refused.
 */
function mergeUpdates(
  actionId: string,
  all: ActionUpdateDraft[],
  place: Place,
  fileOf: (doc: string) => string,
  conflicts: ConflictDraft[],
  warnings: string[],
): ActionUpdateDraft[] {
  const out: ActionUpdateDraft[] = [];
  const norm = (u: ActionUpdateDraft) =>
    collapse(u.text.join(' '))
      .replace(/[–-]/g, '-')
      .replace(new RegExp(`\\s*${STATUS_SENTENCE_SOURCE}`, 'i'), '')
      .replace(/^\d{1,2} [A-Z][a-z]+ \d{4}\s*-\s*/, '');
  const src = (u: ActionUpdateDraft) => u.sources[0]!;
  for (const u of all) {
    // One update's wording under another date: which date is right cannot be told.
    // An undated update and the same update dated with its own meeting's date are one update (a later paper
    // repeats "New Action." as "29 January 2025 – New Action."): the dates agree where both are given.
    const datesAgree = (x: ActionUpdateDraft) => x['date'] === undefined || u['date'] === undefined || x['date'] === u['date'];
    const moved = out.find((x) => norm(x).length >= 20 && norm(x) === norm(u) && (x['meeting'] !== u['meeting'] || !datesAgree(x)));
    if (moved) {
      throw new HintedImportError(
        fileOf(src(u).doc),
        src(u).line,
        `the update of action ${actionId} under the date ${place(src(moved))} gives it (${String(moved['dateText'] ?? moved['meeting'])}); this paper gives the same update under ${String(u['dateText'] ?? u['meeting'])}`,
        u.text.join(' ').slice(0, 80),
        `correct the date in the paper that has it wrong; an update's date sets the meeting it was given at and, for a closing update, the action's age`,
      );
    }
    let same = out.find((x) => x['meeting'] === u['meeting'] && datesAgree(x) && norm(x) === norm(u));
    if (same) {
      same['sources'] = unionRefs(same['sources'], u['sources']);
      // The repeat that prints the date gives it to the update (date and wording first, as printed).
      if (same['date'] === undefined && u['date'] !== undefined) {
        const dated = compact<ActionUpdateDraft>({ date: u['date'], dateText: u['dateText'], ...same });
        out[out.indexOf(same)] = dated;
        same = dated;
      }
      // A repeat that omits the status sentence gives way to the version that states it.
      if (!same['status'] && u['status']) {
        same['text'] = u['text'];
        same['status'] = u['status'];
        if (u['dateText']) same['dateText'] = u['dateText'];
        same['sources'] = unionRefs(u['sources'], same['sources']);
      } else if (same['status'] && u['status'] && same['status'] !== u['status']) {
        const when = String(same['dateText'] ?? same['meeting']);
        const open = (OPENNESS[String(u['status'])] ?? 0) > (OPENNESS[String(same['status'])] ?? 0) ? u : same;
        conflicts.push({
          about: `the status after the update of ${when}`,
          claims: [
            { value: statusWording(same), source: src(same) },
            { value: statusWording(u), source: src(u) },
          ],
          shown: `The portal shows the action as ${String(open['status'])} after this update: the papers disagree, and a disagreement never closes an action.`,
        });
        warnings.push(
          `action ${actionId}: the update of ${when} ends "${statusWording(same)}" in ${place(src(same))} but "${statusWording(u)}" in ${place(src(u))}; both kept as a conflict, shown as ${String(open['status'])}`,
        );
        if (open === u) {
          same['text'] = u['text'];
          same['status'] = u['status'];
          same['sources'] = unionRefs(u['sources'], same['sources']);
        }
      }
      continue;
    }
    out.push({ ...u });
  }
  return out;
}

export function merge(extracts: Extract[], aliases: Aliases, opts: MergeOptions = {}): MergeResult {
  const warnings: string[] = [];
  const docs = new Map<string, SourceDoc>(extracts.map((x) => [x.doc, { id: x.doc, file: x.file, lines: x.lines }]));
  const docFile = (id: string) => docs.get(id)?.file ?? id;
  const place: Place = (r) => `${docFile(r.doc)}:${r.line}`;
  let drafts: EntryDraft[] = extracts.flatMap((x) => x.entries.map((e) => withIdAndData(e, e.id, structuredClone(e.data))));
  // Actions the papers do not number are numbered on across the papers of their series, not from 1 in each
  // (first: a quoted update below must find the one action it names, by a unique id).
  drafts = numberAcrossPapers(drafts, actionIdOf);
  // Minutes that quote an earlier meeting's action instead of numbering it: the update joins that action.
  drafts = resolveQuotedActions(drafts, docFile);
  // An actions list that begins partway through a series the papers already hold continues that series.
  drafts = continueSeries(drafts, docFile, actionIdOf);

  // Mentions recorded as decisions become meeting drafts (only for papers that are imported).
  for (const m of aliases.mentions) {
    if (!docs.has(m.source.doc)) continue;
    const claims: DateClaimDraft[] = m.dateText ? [compact({ date: m.date, text: m.dateText, source: m.source })] : [];
    const data: MeetingDraftData = compact({
      body: m.body,
      date: m.date ? { kind: 'exact' as const, date: m.date } : { kind: 'not-stated' as const, evidence: m.quote },
      dateClaims: claims,
      venue: m.venue,
      venueClaims: m.venue ? [{ text: m.venue, source: m.source }] : undefined,
      topic: m.topic,
      status: m.status,
      mentions: [{ source: m.source, text: m.quote }],
      _rank: m.date ? 3 : 4,
    });
    drafts.push({ collection: 'meetings', id: m.meeting, data });
  }

  // Identity decisions: one meeting under two dates.
  const aliasMap = new Map(aliases.meetings.map((a) => [a.alias, a.sameAs]));
  /** Meetings that some paper names under another (aliased) id. */
  const aliasTargets = new Set<string>();
  drafts = drafts.map((e) => {
    if (e.collection === 'meetings' && aliasMap.has(e.id)) aliasTargets.add(aliasMap.get(e.id)!);
    const renamed = renameIds(e, aliasMap);
    if (renamed.collection === 'meetings' && aliasMap.has(e.id)) renamed.data._aliasedFrom = e.id;
    return renamed;
  });

  // Group by collection and id.
  const groups = groupBy(drafts, key);

  const out: EntryDraft[] = [];
  const meetings = new Map<string, MeetingDraftData>();
  const questions: Array<EntryDraftOf<'questions'>> = [];
  const actions: Array<EntryDraftOf<'actions'>> = [];
  for (const [, group] of groups) {
    const first = group[0]!;
    if (first.collection === 'meetings') {
      const merged = mergeMeeting(
        first.id,
        draftsOf(group, 'meetings').map((e) => ({
          data: e.data,
          aliased: Boolean(e.data._aliasedFrom),
          doc: docFile(draftDoc(e.data)),
        })),
        place,
        warnings,
      );
      meetings.set(first.id, merged);
      continue;
    }
    if (first.collection === 'questions') {
      const [firstQ, ...otherQs] = draftsOf(group, 'questions');
      if (!firstQ) continue;
      const conflicts: ConflictDraft[] = [];
      const without = (d: EntryDraftOf<'questions'>['data']) => ({ ...d, answer: undefined, answeredBy: undefined });
      for (const other of otherQs) {
        const here = firstQ.data.sources[0]!;
        const there = other.data.sources[0]!;
        const d = firstDifference(without(firstQ.data), without(other.data));
        if (d) {
          throw new HintedImportError(
            docFile(docOf(other)),
            there.line,
            `question ${first.id} to read as in ${place(here)}; differs at ${d}`,
            undefined,
            'two papers holding the same minutes must hold the same questions in the same order; if a question is missing or added in one paper, restore it there',
          );
        }
        if (firstDifference(firstQ.data.answer, other.data.answer)) {
          const text = (q: EntryDraftOf<'questions'>['data']) => (q.answer ?? []).join(' ') || '(no answer recorded)';
          conflicts.push({
            about: 'the answer',
            claims: [
              { value: text(firstQ.data), source: here },
              { value: text(other.data), source: there },
            ],
            shown: `The portal shows the answer as ${place(here)} gives it; the other wording is listed here.`,
          });
          warnings.push(`question ${first.id}: ${place(here)} and ${place(there)} give different answers; both kept as a conflict`);
        }
        firstQ.data.sources = unionRefs(firstQ.data.sources, other.data.sources);
      }
      if (conflicts.length) firstQ.data.conflicts = conflicts;
      questions.push(firstQ);
      continue;
    }
    if (first.collection === 'actions') {
      const group2 = draftsOf(group, 'actions');
      const firstA = group2[0]!;
      const data = firstA.data;
      const allUpdates: ActionUpdateDraft[] = [];
      const variants: Array<{ text: string; source: Ref }> = [];
      const conflicts: ConflictDraft[] = [];
      const here = data.sources[0]!;
      // Two actions are one only when they are the same number of the same series, never by number alone.
      const stray = group2.find((e) => e.data.series !== data.series);
      if (stray) {
        const at = stray.data.sources[0]!;
        throw new HintedImportError(
          docFile(at.doc),
          at.line,
          `action ${first.id} of series ${String(data.series)} (as ${place(here)} gives it)`,
          `the same id in series ${String(stray.data.series)}`,
          'two series must give different action ids: check the publisher profile\'s actionIdPrefixes',
        );
      }
      for (const e of group2) {
        allUpdates.push(...(e.data.updates ?? []).map((u) => ({ ...u, _recordedAt: e.data._recordedAt })));
        if (e !== firstA) {
          const there = e.data.sources[0]!;
          data.sources = unionRefs(data.sources, e.data.sources);
          if (collapse(String(e.data.text)) !== collapse(String(data.text)) && !variants.some((v) => v.text === e.data.text)) {
            variants.push({ text: String(e.data.text), source: there });
          }
          if (e.data.raisedAt !== data.raisedAt) {
            // A later paper may date the action ("Action 6 (8 October 2024)") where the first did not; both then name one meeting.
            throw new HintedImportError(
              docFile(there.doc),
              there.line,
              `action ${first.id} raised at ${String(data.raisedAt)}, as ${place(here)} says; this paper says it was raised at ${String(e.data.raisedAt)}`,
              String(e.data.text).slice(0, 80),
              'correct the date in brackets after the action number in the paper that has it wrong; if these are two different actions, one of them has the wrong number',
            );
          }
          if (similarity(String(e.data.text), String(data.text)) < 0.5) {
            // Another wording of the same action shares most of its words; this shares few: likely another action's number.
            throw new HintedImportError(
              docFile(there.doc),
              there.line,
              `action ${first.id} described as in ${place(here)} ("${String(data.text).slice(0, 60)}…"); this description shares few of its words`,
              String(e.data.text).slice(0, 80),
              'check the action number: if this is another action, give it its own number; if the action was reworded, keep enough of its words for it to be recognised',
            );
          }
          if (e.data.owner !== data.owner && !conflicts.some((c) => c.about === 'who is to act' && c.claims.some((x) => x.value === e.data.owner))) {
            conflicts.push({
              about: 'who is to act',
              claims: [
                { value: String(data.owner), source: here },
                { value: String(e.data.owner), source: there },
              ],
              shown: `The portal names "${String(data.owner)}", as ${place(here)} does.`,
            });
            warnings.push(`action ${first.id}: owner "${String(data.owner)}" (${place(here)}) vs "${String(e.data.owner)}" (${place(there)}); both kept as a conflict`);
          }
        }
      }
      data.updates = mergeUpdates(first.id, allUpdates, place, docFile, conflicts, warnings);
      if (variants.length) data.textVariants = variants;
      if (conflicts.length) data.conflicts = conflicts;
      data._recordedIn = group2.map((e) => e.data._recordedAt).filter((x) => x !== undefined);
      actions.push(firstA);
      continue;
    }
    if (group.length > 1) {
      for (const other of group.slice(1)) {
        const d = firstDifference(first.data, other.data);
        if (d) throw new ImportError(docFile(docOf(other)), undefined, `one ${first.collection} entry "${first.id}"; two papers produce different ones (${d})`);
      }
    }
    out.push(first);
  }

  // Table and figure numbers within one paper go up: text and readers refer to "Table 7" by its number.
  for (const collection of ['tables', 'figures'] as const) {
    const numbered = draftsOf(out, collection)
      .flatMap((e) => (typeof e.data.number === 'number' ? [{ e, number: e.data.number, src: e.data.source }] : []))
      .sort((a, b) => a.src.doc.localeCompare(b.src.doc) || a.src.line - b.src.line);
    const word = collection === 'tables' ? 'Table' : 'Figure';
    for (let i = 1; i < numbered.length; i++) {
      const prev = numbered[i - 1]!;
      const cur = numbered[i]!;
      if (prev.src.doc !== cur.src.doc) continue;
      // The parts of one caption (Table 33a, 33b) share its number.
      const partsOfOne = prev.number === cur.number && prev.e.data.report === cur.e.data.report && /\d[a-z]$/.test(cur.e.id);
      if (partsOfOne || cur.number > prev.number) continue;
      throw new HintedImportError(
        docFile(cur.src.doc),
        cur.src.line,
        `a ${word.toLowerCase()} number after ${prev.number} (${word} ${prev.number} is at ${place(prev.src)}): ${word.toLowerCase()}s of one paper are numbered upwards`,
        `${word} ${cur.number}: ${String(cur.e.data.caption ?? '').slice(0, 60)}`,
        `correct the caption's number to the one printed in the paper; two ${word.toLowerCase()}s numbered ${cur.number} could not be told apart`,
      );
    }
  }

  // The same minutes under two dates: two papers disagree about when the meeting was held.
  const byMinutes = new Map<string, string>();
  for (const [id, m] of meetings) {
    if (!m.minutes?.length) continue;
    const k = `${m.body}|${comparable(m.minutes)}`;
    const other = byMinutes.get(k);
    if (other === undefined) {
      byMinutes.set(k, id);
      continue;
    }
    const o = meetings.get(other)!;
    const claimOf = (x: MeetingDraftData) => (x.dateClaims ?? []).find((c) => x.papers?.minutes?.includes(c.source.doc));
    const c1 = claimOf(o);
    const c2 = claimOf(m);
    throw new HintedImportError(
      c2 ? docFile(c2.source.doc) : id,
      c2?.source.line,
      `one date for one set of minutes: ${c1 ? place(c1.source) : other} dates the same minutes "${c1?.text ?? other}"`,
      c2?.text,
      'correct the date in the paper that has it wrong; if the papers really disagree, record the decision in imports/aliases.json (meetings: alias, sameAs, dateConflict) so that the meeting page shows both dates as a conflict',
    );
  }

  // Dates of meetings, for ordering updates and resolving where an update was given.
  const meetingDate = (id: string): string => {
    const m = meetings.get(id);
    if (!m) return '9999';
    return m.date.kind === 'exact' ? m.date.date : (m.date.notAfter ?? m.date.notBefore ?? '9999');
  };

  // An action said to be raised at a meeting whose minutes the papers hold must be recorded in those minutes.
  for (const a of actions) {
    const recordedIn = a.data._recordedIn ?? [];
    delete a.data._recordedIn;
    const raisedAt = a.data.raisedAt;
    const minutesDocs = meetings.get(raisedAt)?.papers?.minutes ?? [];
    if (a.data.number === undefined || recordedIn.length === 0 || minutesDocs.length === 0 || recordedIn.includes(raisedAt)) continue;
    const src = a.data.sources[0]!;
    throw new HintedImportError(
      docFile(src.doc),
      src.line,
      `an action the papers know: action ${a.id} is said to be raised at ${raisedAt}, but the minutes of that meeting (${minutesDocs.map(docFile).join(', ')}) do not record it`,
      String(a.data.text).slice(0, 80),
      'check the action number (an update must not be given to an action that does not exist) and the date in brackets after it',
    );
  }

  // Actions: updates given at meetings the papers hold; order; status.
  for (const a of actions) {
    const ups = (a.data.updates ??= []);
    for (const u of ups) {
      if (!meetings.has(u.meeting) && u._recordedAt !== undefined) {
        warnings.push(`action ${a.id}: no meeting on ${String(u.date)} for the update "${String(u.text[0]).slice(0, 40)}…"; recorded at ${u._recordedAt}`);
        u.meeting = u._recordedAt;
      }
      if (!u['status']) {
        warnings.push(`action ${a.id}: the update of ${String(u['dateText'] ?? u['meeting'])} states no status and no other paper gives one; kept as ongoing because later updates follow`);
        u['status'] = 'ongoing';
      }
      delete u['_recordedAt'];
    }
    ups.sort((x, y) => meetingDate(String(x['meeting'])).localeCompare(meetingDate(String(y['meeting']))));
    const latest = ups.at(-1)?.status;
    if (latest) a.data.status = latest;
    delete a.data._recordedAt;
  }

  // Question ↔ action links: "See Action 9" in answers, and recorded decisions.
  const actionById = new Map(actions.map((a) => [a.id, a]));
  for (const l of aliases.links) {
    if (!docs.has(l.question.doc)) continue;
    const q = questions.find((x) => x.data.sources.some((s) => s.doc === l.question.doc && s.line === l.question.line));
    if (!q) throw new ImportError('imports/aliases.json', undefined, `a question starting at ${l.question.doc}:${l.question.line} for the link to ${l.action}`);
    const acts = (q.data.actions ??= []);
    if (!acts.includes(l.action)) acts.push(l.action);
  }
  for (const q of questions.sort((a, b) => meetingDate(String(a.data.meeting)).localeCompare(meetingDate(String(b.data.meeting))) || Number(a.data.order) - Number(b.data.order))) {
    for (const aid of q.data.actions ?? []) {
      const a = actionById.get(aid);
      if (!a) continue; // the reference check reports it
      if (!a.data.question) a.data.question = q.id;
      else if (a.data.question !== q.id) warnings.push(`action ${aid} is linked from ${String(a.data.question)} and ${q.id}; kept the first`);
    }
  }

  // Meetings: agenda links, date conflicts, notices; strip internal fields.
  const reportsByMeeting = groupBy(draftsOf(out, 'reports'), (e) => e.data.meeting);
  for (const [mid, reps] of reportsByMeeting) {
    const m = meetings.get(mid);
    if (!m) continue; // the reference check names the report
    m.papers ??= {};
    const list = (m.papers.reports ??= []);
    for (const r of reps) if (!list.includes(r.data.document)) list.push(r.data.document);
  }
  const aliasConflict = new Map(aliases.meetings.map((a) => [a.sameAs, a.dateConflict]));
  const meetingEntries: EntryDraft[] = [];
  for (const [id, m] of meetings) {
    const hasAlias = aliasTargets.has(id);
    const where = (r: Ref) => {
      const d = draftsOf(out, 'documents').find((e) => e.id === r.doc);
      return `${d ? d.data.title : r.doc}, line ${r.line}`;
    };
    const conflict = conflictText(m, hasAlias ? aliasConflict.get(id) : undefined, where);
    if (conflict) m.dateConflict = conflict;
    const sections = m.minutes ?? [];
    const words = (s: string) => new Set(clean(s).toLowerCase().match(/[a-z]{4,}/g) ?? []);
    m.agenda = (m.agenda ?? []).map((item) => {
      const it = { ...item };
      delete it['line'];
      const num = typeof it['number'] === 'string' ? it['number'].replace(/\.$/, '') : undefined;
      const sec = num ? sections.find((s) => s['number'] === num) : undefined;
      if (sec) {
        const a = words(String(it['title']));
        const shared = [...words(String(sec['title']))].some((w) => a.has(w));
        if (shared) it['minuteSection'] = sec['id'];
        else warnings.push(`meeting ${id}: agenda item ${num} "${String(it['title'])}" and minutes item ${num} "${String(sec['title'])}" share no words; not linked`);
      }
      const reps = (reportsByMeeting.get(id) ?? []).filter((r) => it['number'] !== undefined && r.data.agendaItem === it['number']);
      if (reps.length > 1) {
        const s2 = reps[1]!.data.source;
        throw new HintedImportError(
          s2 ? docFile(s2.doc) : id,
          s2?.line,
          `one report per agenda item; reports ${reps.map((r) => r.id).join(' and ')} both present item ${String(it['number'])} of ${id}`,
          String(it['title']).slice(0, 80),
          'check the agenda numbers and the report titles: each report must name its own agenda item',
        );
      }
      if (reps[0]) it['report'] = reps[0].id;
      return it;
    });
    const notices = m._notice ?? [];
    if (notices.length && opts.notice) {
      const variants: Record<string, string> = {};
      for (const n of notices) {
        const templates = opts.notice.templates[n.code];
        if (!templates) throw new ImportError(docFile(n.doc), n.line, `a notice resource src/i18n/${n.code}.json for this ${n.code} notice`);
        const fill = (t: string) => collapse(t.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => opts.notice!.values[k] ?? `{{${k}}}`));
        const hit = Object.entries(templates).find(([, t]) => fill(t) === collapse(n.text));
        if (!hit) {
          throw new ImportError(docFile(n.doc), n.line, `the ${n.code} notice to match a wording in src/i18n/${n.code}.json (add it there, e.g. under "variants")`, n.text);
        }
        if (hit[0] !== 'notice') variants[n.code] = hit[0];
      }
      m.languageNoticeVariants = variants;
    } else if (notices.length) {
      warnings.push(`meeting ${id}: no notice resources (src/i18n/<lang>.json) to check the printed notice against`);
    }
    // The merge's own fields go; the rest keeps its order (attendance, apologies and signatories last when absent).
    const { _rank: _r, _timeSource: _t, _notice: _n, _aliasedFrom: _a, ...data } = m;
    data.attendance = (m.attendance ?? []).map(({ _source: _s, ...a }) => a);
    data.apologies = (m.apologies ?? []).map(({ _source: _s, ...a }) => a);
    data.signatories = (m.signatories ?? []).map(({ _source: _s, ...a }) => a);
    meetingEntries.push({ collection: 'meetings', id, data: compact<MeetingDraftData>(data) });
  }

  // Documents: the same minutes in two papers, and recorded notes.
  for (const d of draftsOf(out, 'documents')) {
    const notes = d.data._notes ?? [];
    delete d.data._notes;
    for (const [, m] of meetings) {
      const papers = m.papers?.minutes ?? [];
      if (papers.length > 1 && papers.indexOf(d.id) > 0 && d.data.kind === 'meeting-summary') {
        const firstDoc = draftsOf(out, 'documents').find((x) => x.id === papers[0]);
        notes.push(`The same meeting summary as in "${String(firstDoc?.data.title ?? papers[0])}", rendered with markdown headings and HTML tags; the portal shows it once.`);
      }
    }
    if (notes.length) d.data.note = notes.join(' ');
    const original = opts.originals?.get(d.id);
    if (original !== undefined) d.data.originalUrl = original;
  }

  // People: every role as each paper states it.
  const claims: RoleClaim[] = [];
  for (const x of extracts) {
    for (const e of draftsOf(x.entries, 'meetings')) {
      const m = e.data;
      const mid = aliasMap.get(e.id) ?? e.id;
      const asOf = m.date.kind === 'exact' ? m.date.date : undefined;
      for (const a of [...(m.attendance ?? []), ...(m.apologies ?? [])]) {
        claims.push(
          compact<RoleClaim>({
            name: a.name,
            title: a.role,
            organisation: a.organisation,
            meeting: mid,
            asOf,
            source: a._source ?? { doc: x.doc, line: 1 },
          }),
        );
      }
      for (const s of m.signatories ?? []) {
        claims.push(compact({ name: s.name, title: s.role, meeting: mid, asOf, source: s._source ?? { doc: x.doc, line: 1 } }));
      }
    }
  }
  for (const [id, doc] of docs) {
    const ident = aliases.documents.find((d) => d.doc === id);
    if (ident) claims.push(...narrativeRoles(doc, doc.lines.map((_, i) => i + 1), ident.meeting));
    claims.push(...letterRoles(doc));
  }
  // Report originators ("Deputy Chief Constable Megicks"): a known person by surname.
  const known = new Map<string, string>();
  for (const c of claims) known.set(c.name.split(' ').pop()!, c.name);
  for (const r of draftsOf(out, 'reports')) {
    if (!r.data.originator) continue;
    const text = r.data.originator;
    const m = new RegExp(String.raw`^(.*) (${NAME_WORD})$`, 'u').exec(text);
    const full = m ? known.get(m[2]!) : undefined;
    const src = r.data.source;
    const doc = docs.get(src.doc);
    let line = src.line;
    if (doc) for (let n = src.line; n <= (src.endLine ?? src.line + 10); n++) if (collapse(doc.lines[n - 1] ?? '') === text) { line = n; break; }
    const rm = meetings.get(r.data.meeting);
    const asOf = rm?.date.kind === 'exact' ? rm.date.date : undefined;
    if (full && m) claims.push({ name: full, title: m[1]!, source: { doc: src.doc, line }, alias: text, ...(asOf ? { asOf } : {}) });
    else warnings.push(`report ${r.id}: originator "${text}" is not matched to a named person`);
  }
  // Officers the papers name by rank and surname only ("Detective Supt Wwendth") and who are named nowhere else.
  const RANK_AND_SURNAME = new RegExp(String.raw`\b(Detective Supt|Detective Superintendent|Superintendent|Detective Inspector|Detective Sergeant) (${NAME_WORD})${NAME_END}(?! \p{Lu})`, 'gu');
  for (const [id, doc] of docs) {
    doc.lines.forEach((l, i) => {
      // A surname may be double-barrelled ("Lyle-Penrose") or have an apostrophe or a capital inside ("O'Neill", "McDonald"): all of it is the surname.
      for (const m of clean(l).matchAll(RANK_AND_SURNAME)) {
        if (!known.has(m[2]!)) claims.push({ name: m[2]!, title: m[1]!, source: { doc: id, line: i + 1 }, alias: `${m[1]} ${m[2]}` });
      }
    });
  }
  // "All enquiries to" a named person.
  for (const d of draftsOf(out, 'documents')) {
    const enq = d.data.enquiries ?? [];
    const who = enq[0];
    const doc = docs.get(d.id);
    if (who && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(who) && doc) {
      const line = doc.lines.findIndex((l) => l.trim() === who) + 1;
      claims.push({
        name: who,
        title: 'Contact for enquiries ("All enquiries to")',
        organisation: enq.slice(1, 3).join(' ').replace(/,$/, ''),
        source: { doc: d.id, line },
        ...(d.data.published ? { asOf: d.data.published } : {}),
      });
    }
  }
  const texts = [...docs.values()].flatMap((d) => d.lines);
  const people = buildPeople(claims, texts);
  // Two papers giving one person different titles at the same meeting: both roles are kept (each with
  // its paper and line, shown on the person's page); the import says so, naming both places.
  for (const p of people) {
    const roles = p.data.roles.filter((r) => r.meeting !== undefined);
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const [a, b] = [roles[i]!, roles[j]!];
        if (a.meeting === b.meeting && a.title !== b.title && a.source.doc !== b.source.doc) {
          warnings.push(`person ${p.id}: "${a.title}" (${place(a.source)}) vs "${b.title}" (${place(b.source)}) at meeting ${a.meeting}; both roles kept`);
        }
      }
    }
  }

  // Bodies.
  const bodies: Array<EntryDraftOf<'bodies'>> = BODIES.map((b) => {
    const dec = aliases.bodies.find((x) => x.id === b.id);
    const sources = (dec?.evidence ?? []).filter((e) => docs.has(e.doc)).map((e) => ({ doc: e.doc, line: e.line }));
    const purposeFromAgenda = [...meetings.values()].find((m) => m.body === b.id && m.purpose)?.purpose;
    const purpose = purposeFromAgenda ?? dec?.purpose ?? 'Not stated in the papers.';
    return {
      collection: 'bodies' as const,
      id: b.id,
      data: compact({
        name: b.name,
        abbreviation: b.abbreviation,
        alsoKnownAs: dec?.alsoKnownAs ?? [],
        purpose,
        purposeIsQuoted: purposeFromAgenda ? true : (dec?.purposeIsQuoted ?? false),
        chair: dec?.chair,
        attendees: dec?.attendees ?? [],
        organiser: dec?.organiser,
        order: b.order,
        sources,
      }),
    };
  });

  let all: EntryDraft[] = [...out, ...meetingEntries, ...questions, ...actions, ...people, ...bodies];
  if (opts.buildPlans) all = [...all, ...opts.buildPlans(all, [...docs.values()])];
  if (opts.buildGlossary) all = [...all, ...opts.buildGlossary([...docs.values()])];

  // Plan entries named by minutes and questions must exist when plans are built: a part the plans do not
  // have is left unlinked, with a warning (never a link to nothing).
  const planIds = new Set(draftsOf(all, 'plans').flatMap((p) => (p.data.entries ?? []).map((x) => x.id)));
  if (opts.buildPlans) {
    for (const e of all) {
      if (e.collection === 'questions' && e.data.planEntry && !planIds.has(e.data.planEntry)) {
        warnings.push(`question ${e.id}: plan entry ${e.data.planEntry} is not among the plans the papers give; not linked`);
        delete e.data.planEntry;
      }
      if (e.collection === 'meetings') {
        for (const m of e.data.minutes ?? []) {
          if (m.planEntry && !planIds.has(m.planEntry)) {
            warnings.push(`meeting ${e.id}, section ${m.id}: plan entry ${m.planEntry} is not among the plans the papers give; not linked`);
            delete m.planEntry;
          }
        }
      }
    }
  }
  return { entries: sortEntries(all), warnings };
}

function draftDoc(m: MeetingDraftData): string {
  return m.papers?.minutes?.[0] ?? m.papers?.agenda?.[0] ?? m.mentions?.[0]?.source.doc ?? m.dateClaims?.[0]?.source.doc ?? '';
}

const ORDER = ['bodies', 'documents', 'meetings', 'questions', 'actions', 'people', 'reports', 'tables', 'figures', 'inspections', 'grid', 'plans', 'glossary'];

export function sortEntries(entries: EntryDraft[]): EntryDraft[] {
  return [...entries].sort((a, b) => ORDER.indexOf(a.collection) - ORDER.indexOf(b.collection) || a.id.localeCompare(b.id));
}
