/**
 * Types shared by the meeting-side parsers and the merge step. Parsers return
 * `EntryDraft`s (see source.ts) plus the line ranges they consumed; these
 * types describe the partial entries they produce before merging.
 */
import type { DraftData, EntryDraft, SourceDoc } from './source.ts';

/** 1-based inclusive line range a parser consumed. */
export type Claimed = Array<[number, number]>;

export interface Ref {
  doc: string;
  line: number;
  endLine?: number | undefined;
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

/**
 * A partial meeting, as one paper tells it: the meetings schema's input shape with the merge's
 * internal fields (source.ts `DraftData`). Merged with the other papers' partials by id.
 */
export type MeetingDraftData = DraftData<'meetings'>;

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
