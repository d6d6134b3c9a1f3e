/**
 * The importer's contract. Parsers read a `SourceDoc` (one seed-format text
 * file) and return `EntryDraft`s in the exact shape of the content schemas in
 * `src/schemas/`. Bad input throws `ImportError`, which names the file, the
 * line and what was expected; the CLI then writes nothing.
 */
import type { z } from 'astro/zod';
import type { CollectionKey, SCHEMAS } from '../src/schemas/index.ts';

export interface SourceDoc {
  /** Document id: the file name without `.txt`, e.g. `001_1defd7e170de073f`. */
  id: string;
  /** File name, e.g. `001_1defd7e170de073f.txt`. */
  file: string;
  /** The file's lines; `lines[0]` is line 1. */
  lines: string[];
}

export type CollectionName = CollectionKey;

/** A place in a paper, as drafts give it (src/schemas/common.ts `sourceRef`). */
interface DraftRef {
  doc: string;
  line: number;
  endLine?: number | undefined;
}

/** The availability notice as one paper prints it, kept on a meeting draft until the merge. */
export interface NoticeDraft {
  code: string;
  text: string;
  line: number;
  doc: string;
}

type Input<C extends CollectionName> = z.input<(typeof SCHEMAS)[C]>;
type MeetingInput = Input<'meetings'>;
type ActionInput = Input<'actions'>;

/** An agenda row with the line it was read from (internal). */
export type AgendaItemDraftData = NonNullable<MeetingInput['agenda']>[number] & { line?: number };
/** One minuted section, as the meetings schema takes it. */
export type MinuteSectionDraft = NonNullable<MeetingInput['minutes']>[number];
/** A person in an attendance or apologies list, with the line it was read from (internal). */
export type AttendeeDraft = NonNullable<MeetingInput['attendance']>[number] & { _source?: DraftRef };
/** A signature line, with the line of the name (internal). */
export type SignatoryDraft = NonNullable<MeetingInput['signatories']>[number] & { _source?: DraftRef };
/** An action's update as one paper gives it: the meeting it was recorded at (internal) until the merge places it. */
export type ActionUpdateDraft = Omit<NonNullable<ActionInput['updates']>[number], 'status'> & {
  /** Absent when the paper states none; the merge then keeps the action ongoing, with a warning. */
  status?: NonNullable<ActionInput['updates']>[number]['status'] | undefined;
  _recordedAt?: string | undefined;
};

/**
 * The fields a parser keeps on a draft for the merge, by collection. The merge removes them before
 * validating and writing; they never reach a content file.
 */
interface DraftInternals {
  meetings: {
    /** Where the venue/time came from: agenda (1) beats minutes (2) beats a mention (3, 4). */
    _rank?: number;
    /** The line that gives startTime/endTime, for naming both places when papers disagree. */
    _timeSource?: DraftRef | undefined;
    /** The availability notice as each paper prints it. */
    _notice?: NoticeDraft[];
    /** The id this meeting had before a recorded decision renamed it. */
    _aliasedFrom?: string;
  };
  actions: {
    /** The meeting whose paper drafted this action. */
    _recordedAt?: string;
    /** Every meeting whose papers record the action (set by the merge). */
    _recordedIn?: string[];
    /** An update of an earlier action, found by its words (quoted-actions.ts). */
    _quotes?: true | undefined;
  };
  documents: {
    /** Notes the paper's identity decision gives. */
    _notes?: string[] | undefined;
  };
}

/**
 * What a parser drafts for one collection: the input shape of the collection's schema (the schema
 * the site validates with, so fields with defaults may be left out) and the merge's internal fields.
 */
export type DraftData<C extends CollectionName> = C extends 'meetings'
  ? Omit<MeetingInput, 'attendance' | 'apologies' | 'signatories' | 'papers' | 'agenda'> & {
      /** The printed agenda; each row keeps its line until the merge. */
      agenda?: AgendaItemDraftData[];
      /** Which papers hold the agenda, minutes and reports: a partial meeting from a mention has none until the merge. */
      papers?: MeetingInput['papers'];
      attendance?: AttendeeDraft[];
      apologies?: AttendeeDraft[];
      signatories?: SignatoryDraft[];
    } & DraftInternals['meetings']
  : C extends 'actions'
    ? Omit<ActionInput, 'updates'> & { updates?: ActionUpdateDraft[] } & DraftInternals['actions']
    : C extends 'documents'
      ? Input<C> & DraftInternals['documents']
      : Input<C>;

/** One collection's entry draft. */
export interface EntryDraftOf<C extends CollectionName> {
  collection: C;
  /** Entry id = file name without extension. Lower-case slug. */
  id: string;
  data: DraftData<C>;
}

/** One content entry to be written as JSON: `src/content/<collection>/<id>.json`; a union keyed by collection. */
export type EntryDraft = { [C in CollectionName]: EntryDraftOf<C> }[CollectionName];

/** Whether a draft belongs to a collection (narrows its data to that collection's draft shape). */
export function isDraftOf<C extends CollectionName>(e: EntryDraft, collection: C): e is Extract<EntryDraft, { collection: C }> {
  return e.collection === collection;
}

/** The drafts of one collection, typed by it. */
export function draftsOf<C extends CollectionName>(entries: readonly EntryDraft[], collection: C): Array<Extract<EntryDraft, { collection: C }>> {
  return entries.filter((e): e is Extract<EntryDraft, { collection: C }> => isDraftOf(e, collection));
}

/** A copy of a draft with another id and data of its own collection (ids renamed in it, say). */
export function withIdAndData<E extends EntryDraft>(e: E, id: string, data: E['data']): E {
  const copy = { ...e };
  copy.id = id;
  copy.data = data;
  return copy;
}

/** The sources a draft names (its `sources`, else its `source`), whatever its collection. */
export function draftSources(e: EntryDraft): DraftRef[] {
  const d = e.data;
  if ('sources' in d && d.sources) return d.sources;
  if ('source' in d && d.source) return [d.source];
  return [];
}

export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly expected: string;
  /** The text found at that place, as printed (quoted when shown). */
  readonly found: string | undefined;
  /** What was found, in words, when it is not a text to quote ("an empty file (0 bytes)"). */
  readonly description: string | undefined;
  /** What to do about it. */
  readonly hint: string | undefined;
  constructor(file: string, line: number | undefined, expected: string, found?: string, more: { description?: string; hint?: string } = {}) {
    const where = line === undefined ? file : `${file}:${line}`;
    const got = found === undefined ? '' : `; found ${JSON.stringify(found.length > 120 ? `${found.slice(0, 117)}...` : found)}`;
    const said = more.description === undefined ? '' : `; found ${more.description}`;
    super(`${where}: expected ${expected}${got}${said}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.expected = expected;
    this.found = found;
    this.description = more.description;
    this.hint = more.hint;
  }
}

/** One refusal as the importer reports it: `<file>:<line>: <found> — expected <…>. Hint: <…>`. */
export interface Refusal {
  file: string;
  line?: number | undefined;
  /** Text from the paper, quoted when shown. */
  found?: string | undefined;
  /** What was found, in words. */
  description?: string | undefined;
  expected: string;
  hint?: string | undefined;
}

const quote = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);

export function formatRefusal(r: Refusal): string {
  const where = r.line === undefined ? r.file : `${r.file}:${r.line}`;
  const found = [r.found === undefined ? undefined : `found ${quote(r.found)}`, r.description].filter((x) => x !== undefined).join(': ');
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  return `${where}: ${found ? `${found} — ` : ''}expected ${sentence(r.expected)}${r.hint ? ` Hint: ${sentence(r.hint)}` : ''}`;
}

/**
 * Validate a draft's data against its content schema; on failure throw an
 * ImportError naming the file, the line and the first failing field.
 */
export function assertSchema<S extends z.ZodType>(schema: S, data: unknown, file: string, line: number | undefined, what: string): asserts data is z.input<S> {
  const checked = schema.safeParse(data);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new ImportError(file, line, `${what} (${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''})`);
}

/** Read a seed-format text into a SourceDoc. The files have LF endings and no final newline. */
export function toSourceDoc(file: string, text: string): SourceDoc {
  const base = file.replace(/^.*[\\/]/, '');
  return { id: base.replace(/\.txt$/, ''), file: base, lines: text.replace(/\r\n?/g, '\n').split('\n') };
}
