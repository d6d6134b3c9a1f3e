/**
 * Recorded identity decisions (imports/aliases.json): who and when for a
 * paper that does not say; meetings that are the same meeting under two
 * dates; meetings the papers mention only in narrative; question→action
 * links the papers imply but do not print. Every decision quotes the paper
 * and names the line, and the importer checks the quote is really there.
 */
import { z } from 'zod';
import { clean } from './meetings-util.ts';
import { ImportError, type SourceDoc } from './source.ts';

const text = z.string().min(1, 'must not be empty');
const line = z.number().int().positive();
const notStated = z.looseObject({
  kind: z.literal('not-stated'),
  notBefore: z.string().optional(),
  notAfter: z.string().optional(),
  evidence: text,
});

const evidenceSchema = z.looseObject({ doc: text, line, quote: text });
const evidenceList = z.array(evidenceSchema).min(1, 'at least one {doc, line, quote}');

/** Who and when for a paper that does not say (also the type paf.ts reads a paper's identity as). */
const docIdentitySchema = z.looseObject({
  doc: text,
  meeting: text,
  body: text,
  date: z.discriminatedUnion('kind', [z.looseObject({ kind: z.literal('exact'), date: text }), notStated]),
  /** The meeting "the previous meeting" refers to, when the paper mentions one. */
  previousMeeting: z.looseObject({ id: text, date: notStated }).optional(),
  /** Plan period the paper's plan parts refer to, e.g. "2016-17". */
  planPeriod: z.string().optional(),
  notes: z.array(z.string()).optional(),
  reason: text,
});

const meetingAliasSchema = z.looseObject({
  /** The id the wording would give ("2025-01-21-pcc-accountability-meeting"). */
  alias: text,
  /** The meeting it really is. */
  sameAs: text,
  /** Plain-English account of which paper says what. */
  dateConflict: text,
  reason: text,
  evidence: evidenceList,
});

const mentionSchema = z.looseObject({
  meeting: text,
  body: text,
  /** ISO date when the mention names a full date. */
  date: z.string().optional(),
  dateText: z.string().optional(),
  status: z.enum(['held', 'scheduled']),
  venue: z.string().optional(),
  topic: z.string().optional(),
  source: z.looseObject({ doc: text, line, endLine: line.optional() }),
  quote: text,
  reason: text,
});

const linkSchema = z.looseObject({
  /** The question, by where it starts in a paper. */
  question: z.looseObject({ doc: text, line }),
  action: text,
  reason: text,
});

const bodyDecisionSchema = z.looseObject({
  id: text,
  purpose: text,
  purposeIsQuoted: z.boolean(),
  chair: z.string().optional(),
  attendees: z.array(z.string()).optional(),
  organiser: z.string().optional(),
  alsoKnownAs: z.array(z.string()).optional(),
  evidence: evidenceList,
});

/** imports/aliases.json: every kind of decision, each list optional. */
export const aliasesSchema = z.looseObject({
  $comment: z.string().optional(),
  documents: z.array(docIdentitySchema.extend({ evidence: evidenceList })).default([]),
  meetings: z.array(meetingAliasSchema).default([]),
  mentions: z.array(mentionSchema).default([]),
  links: z.array(linkSchema).default([]),
  bodies: z.array(bodyDecisionSchema).default([]),
});

export type Evidence = z.output<typeof evidenceSchema>;
export type DocIdentity = z.output<typeof docIdentitySchema>;
export type MeetingAlias = z.output<typeof meetingAliasSchema>;
export type MentionDecision = z.output<typeof mentionSchema>;
export type LinkDecision = z.output<typeof linkSchema>;
export type BodyDecision = z.output<typeof bodyDecisionSchema>;
export type Aliases = z.output<typeof aliasesSchema>;

export const ALIASES_FILE = 'imports/aliases.json';

const FILE = ALIASES_FILE;

/** "mentions[2].source.line": a Zod issue's path as the decision file's reader would write it. */
const pathOf = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)), '') || 'the top level';

/** Check the shape of aliases.json; a wrong shape names the entry and what was expected. */
export function parseAliases(json: unknown): Aliases {
  const r = aliasesSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new ImportError(FILE, undefined, `a recorded decision of the documented shape at ${pathOf(issue.path)} (${issue.message})`, undefined, {
    hint: 'see imports/README.md for the fields each kind of decision takes',
  });
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
