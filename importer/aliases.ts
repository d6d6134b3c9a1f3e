/**
 * Recorded identity decisions (imports/aliases.json): who and when for a
 * paper that does not say; meetings that are the same meeting under two
 * dates; meetings the papers mention only in narrative; question→action
 * links the papers imply but do not print. Every decision quotes the paper
 * and names the line, and the importer checks the quote is really there.
 */
import type { DocIdentity } from './paf.ts';
import type { Ref } from './meetings-types.ts';
import { clean } from './meetings-util.ts';
import { ImportError, type SourceDoc } from './source.ts';

export interface Evidence {
  doc: string;
  line: number;
  quote: string;
}

export interface MeetingAlias {
  /** The id the wording would give ("2025-01-21-pcc-accountability-meeting"). */
  alias: string;
  /** The meeting it really is. */
  sameAs: string;
  /** Plain-English account of which paper says what. */
  dateConflict: string;
  reason: string;
  evidence: Evidence[];
}

export interface MentionDecision {
  meeting: string;
  body: string;
  /** ISO date when the mention names a full date. */
  date?: string;
  dateText?: string;
  status: 'held' | 'scheduled';
  venue?: string;
  topic?: string;
  source: Ref;
  quote: string;
  reason: string;
}

export interface LinkDecision {
  /** The question, by where it starts in a paper. */
  question: { doc: string; line: number };
  action: string;
  reason: string;
}

export interface BodyDecision {
  id: string;
  purpose: string;
  purposeIsQuoted: boolean;
  chair?: string;
  attendees?: string[];
  organiser?: string;
  alsoKnownAs?: string[];
  evidence: Evidence[];
}

export interface Aliases {
  documents: Array<DocIdentity & { evidence: Evidence[] }>;
  meetings: MeetingAlias[];
  mentions: MentionDecision[];
  links: LinkDecision[];
  bodies: BodyDecision[];
}

export const ALIASES_FILE = 'imports/aliases.json';

const FILE = ALIASES_FILE;

function need(cond: unknown, where: string, expected: string): asserts cond {
  if (!cond) throw new ImportError(FILE, undefined, `${expected} at ${where}`);
}

/** Check the shape of aliases.json; a wrong shape names the entry and what was expected. */
export function parseAliases(json: unknown): Aliases {
  need(json && typeof json === 'object', 'the top level', 'an object');
  const o = json as Record<string, unknown>;
  const arr = (k: string) => {
    const v = o[k] ?? [];
    need(Array.isArray(v), k, 'an array');
    return v as Array<Record<string, unknown>>;
  };
  const evidence = (v: unknown, where: string): Evidence[] => {
    need(Array.isArray(v) && v.length > 0, `${where}.evidence`, 'at least one {doc, line, quote}');
    return (v as Array<Record<string, unknown>>).map((e, i) => {
      need(typeof e['doc'] === 'string' && typeof e['line'] === 'number' && typeof e['quote'] === 'string', `${where}.evidence[${i}]`, '{doc, line, quote}');
      return { doc: e['doc'] as string, line: e['line'] as number, quote: e['quote'] as string };
    });
  };
  const documents = arr('documents').map((d, i) => {
    const w = `documents[${i}]`;
    need(typeof d['doc'] === 'string' && typeof d['meeting'] === 'string' && typeof d['body'] === 'string', w, 'doc, meeting and body');
    need(d['date'] && typeof d['date'] === 'object', `${w}.date`, 'a date object');
    need(typeof d['reason'] === 'string', `${w}.reason`, 'a reason');
    return { ...(d as unknown as DocIdentity), evidence: evidence(d['evidence'], w) };
  });
  const meetings = arr('meetings').map((m, i) => {
    const w = `meetings[${i}]`;
    need(typeof m['alias'] === 'string' && typeof m['sameAs'] === 'string', w, 'alias and sameAs');
    need(typeof m['dateConflict'] === 'string' && typeof m['reason'] === 'string', w, 'dateConflict and reason');
    return { ...(m as unknown as MeetingAlias), evidence: evidence(m['evidence'], w) };
  });
  const mentions = arr('mentions').map((m, i) => {
    const w = `mentions[${i}]`;
    need(typeof m['meeting'] === 'string' && typeof m['body'] === 'string', w, 'meeting and body');
    need(m['status'] === 'held' || m['status'] === 'scheduled', `${w}.status`, '"held" or "scheduled"');
    need(m['source'] && typeof m['quote'] === 'string' && typeof m['reason'] === 'string', w, 'source, quote and reason');
    return m as unknown as MentionDecision;
  });
  const links = arr('links').map((l, i) => {
    const w = `links[${i}]`;
    need(l['question'] && typeof l['action'] === 'string' && typeof l['reason'] === 'string', w, 'question {doc, line}, action and reason');
    return l as unknown as LinkDecision;
  });
  const bodies = arr('bodies').map((b, i) => {
    const w = `bodies[${i}]`;
    need(typeof b['id'] === 'string' && typeof b['purpose'] === 'string' && typeof b['purposeIsQuoted'] === 'boolean', w, 'id, purpose and purposeIsQuoted');
    return { ...(b as unknown as BodyDecision), evidence: evidence(b['evidence'], w) };
  });
  return { documents, meetings, mentions, links, bodies };
}

/**
 * Check every quote against the papers at hand. Quotes from papers that are
 * not (yet) imported are not checked; they are simply not applied.
 */
export function verifyAliases(aliases: Aliases, docs: Map<string, SourceDoc>): void {
  const check = (e: { doc: string; line: number; quote: string }, where: string) => {
    const doc = docs.get(e.doc);
    if (!doc) return;
    const text = clean((doc.lines[e.line - 1] ?? '').replace(/\*\*/g, ''));
    if (!text.includes(clean(e.quote))) {
      throw new ImportError(FILE, undefined, `the quote of ${where} ("${e.quote}") on ${e.doc}:${e.line}`, text.slice(0, 120));
    }
  };
  aliases.documents.forEach((d, i) => d.evidence.forEach((e) => check(e, `documents[${i}]`)));
  aliases.meetings.forEach((m, i) => m.evidence.forEach((e) => check(e, `meetings[${i}]`)));
  aliases.mentions.forEach((m, i) => check({ doc: m.source.doc, line: m.source.line, quote: m.quote }, `mentions[${i}]`));
  aliases.bodies.forEach((b, i) => b.evidence.forEach((e) => check(e, `bodies[${i}]`)));
}

/** Replace every string equal to an alias id (also as a question-id prefix) by the id it stands for. */
export function renameIds<T>(value: T, map: Map<string, string>): T {
  if (map.size === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const hit = map.get(v);
      if (hit) return hit;
      const q = /^(.*)-q-(\d+)$/.exec(v);
      if (q && map.has(q[1]!)) return `${map.get(q[1]!)}-q-${q[2]}`;
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
