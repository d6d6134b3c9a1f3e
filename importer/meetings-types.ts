/**
 * Types shared by the meeting-side parsers and the merge step. Parsers return
 * `EntryDraft`s (see source.ts) plus the line ranges they consumed; these
 * types describe the partial entries they produce before merging.
 */
import type { EntryDraft, SourceDoc } from './source.ts';

/** 1-based inclusive line range a parser consumed. */
export type Claimed = Array<[number, number]>;

export interface Ref {
  doc: string;
  line: number;
  endLine?: number;
}

export interface DateClaimDraft {
  date?: string;
  text: string;
  source: Ref;
  note?: string;
}

/** Two or more papers disagreeing about one fact (src/schemas/common.ts `conflict`). */
export interface ConflictDraft {
  about: string;
  claims: Array<{ value: string; source: Ref }>;
  shown: string;
}

/** A partial meeting, as one paper tells it. Merged with the other papers' partials by id. */
export interface MeetingDraftData {
  body: string;
  date: { kind: 'exact'; date: string } | { kind: 'not-stated'; notBefore?: string; notAfter?: string; evidence: string };
  dateClaims?: DateClaimDraft[];
  dateConflict?: string;
  topic?: string;
  startTime?: string;
  endTime?: string;
  timeText?: string;
  venue?: string;
  venueClaims?: Array<{ text: string; source: Ref }>;
  status: 'scheduled' | 'held' | 'cancelled';
  purpose?: string;
  agenda?: Array<Record<string, unknown>>;
  attendance?: Array<Record<string, unknown>>;
  apologies?: Array<Record<string, unknown>>;
  declarations?: string[];
  minutes?: Array<Record<string, unknown>>;
  nextMeeting?: { text: string; meeting: string };
  signatories?: Array<{ name: string; role: string }>;
  papers?: { agenda?: string[]; minutes?: string[]; reports?: string[] };
  languageNotice?: boolean;
  languageNoticeVariants?: Record<string, string>;
  mentions?: Array<{ source: Ref; text: string }>;
  notes?: string[];
  /** Where the venue/time came from: agenda beats minutes beats a mention. Internal; removed before writing. */
  _rank?: number;
  /** The line that gives startTime/endTime, for naming both places when papers disagree. Internal. */
  _timeSource?: Ref;
  /** Facts two papers disagree about (set by the merge). */
  conflicts?: ConflictDraft[];
}

/** Per-document extract cached in imports/extracts/<doc-id>.json. */
export interface Extract {
  /** Format version of the cache. */
  version: number;
  /** Hash of the importer code that made it (cli.ts parserVersion); a cache made by other code is re-dispatched. */
  parser?: string;
  doc: string;
  file: string;
  /** sha256 of the source text. */
  sha256: string;
  /** Source lines, so later imports can merge without the original file at hand. */
  lines: string[];
  entries: EntryDraft[];
  /** Which parser consumed which lines. */
  claims: Array<{ by: string; from: number; to: number }>;
  warnings: string[];
}

export type { EntryDraft, SourceDoc };
