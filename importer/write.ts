/**
 * Validation and atomic writing of content entries.
 *
 * - Every entry is validated with the Zod schema of its collection (the same
 *   schemas Astro uses) and every cross-reference with the build's rules, so
 *   an import that would break the build writes nothing.
 * - Entries are serialised deterministically: JSON with two-space indent (a
 *   report's narrative too: its `body` blocks are data).
 * - imports/manifest.json keeps the sha256 of each file as the importer last
 *   wrote it. A file whose current hash differs was edited by hand and is
 *   kept (and reported) unless `force` is set.
 * - Writing is one transaction (importer/transaction.ts): staged beside the
 *   targets, applied with a journal and backups, rolled back on failure.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { SCHEMAS as ALL_SCHEMAS } from '../src/schemas/index.ts';
import { checkReferences, type RefRule } from '../src/lib/content/integrity.ts';
import { REFERENCE_RULES } from '../src/lib/content/reference-rules.ts';
import { ImportError, type CollectionName, type EntryDraft } from './source.ts';
import { defaultFs, writeTransaction, type TxFs } from './transaction.ts';

export const SCHEMAS: Record<CollectionName, z.ZodType> = ALL_SCHEMAS;

/** Path of an entry's file, relative to the project root. */
export function entryPath(e: Pick<EntryDraft, 'collection' | 'id'>): string {
  return `src/content/${e.collection}/${e.id}.json`;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The build's cross-reference rules (src/lib/content/reference-rules.ts). `root` is kept for callers; the rules are code, not read from disk. */
export function loadReferenceRules(_root?: string): RefRule[] {
  return REFERENCE_RULES;
}

/** One readable problem per invalid field. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  from?: string;
}

/** Whether a value is a place in a paper ({ doc, line }). */
const isPlace = (x: unknown): x is { doc: string; line: number } =>
  typeof x === 'object' && x !== null && 'doc' in x && typeof x.doc === 'string' && 'line' in x && typeof x.line === 'number';

const firstSource = (data: unknown): string | undefined => {
  if (typeof data !== 'object' || data === null) return undefined;
  const first = 'sources' in data && Array.isArray(data.sources) ? data.sources[0] : 'source' in data ? data.source : undefined;
  return isPlace(first) ? `${first.doc}.txt:${first.line}` : undefined;
};

/**
 * An entry as validation takes it: data not yet known to match its schema (a merged draft, or data
 * a test or a hand edit supplies). Validation is what checks it.
 */
export interface UncheckedEntry {
  collection: CollectionName;
  id: string;
  data: unknown;
}

/** Keys present in `draft` but dropped by the schema (unknown fields), as dotted paths. */
export function droppedKeys(draft: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(draft) && Array.isArray(parsed)) return draft.flatMap((d, i) => droppedKeys(d, parsed[i], `${path}[${i}]`));
  if (draft && typeof draft === 'object' && parsed && typeof parsed === 'object' && !Array.isArray(draft)) {
    return Object.entries(draft).flatMap(([k, v]) =>
      k in (parsed as object) ? droppedKeys(v, (parsed as Record<string, unknown>)[k], path ? `${path}.${k}` : k) : [path ? `${path}.${k}` : k],
    );
  }
  return [];
}

/**
 * Validate every entry and every reference. Returns the entries as drafted
 * (schema defaults are not written out, so files stay as the parsers shaped
 * them) and the problems. References are checked on the parsed data.
 */
export function validate<E extends UncheckedEntry>(entries: E[], rules: RefRule[]): { entries: E[]; problems: Problem[]; dropped: string[] } {
  const problems: Problem[] = [];
  const dropped: string[] = [];
  /** The entries as their schemas parse them (defaults filled in), for the reference check. */
  const parsed: Array<{ collection: CollectionName; id: string; data: unknown }> = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const file = entryPath(e);
    if (seen.has(file)) problems.push({ file, field: '(id)', message: 'two entries with the same id' });
    seen.add(file);
    if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(e.id)) problems.push({ file, field: '(id)', message: 'expected an id of lower-case letters, digits, hyphens or underscores' });
    const r = SCHEMAS[e.collection].safeParse(e.data);
    if (!r.success) {
      for (const issue of r.error.issues) {
        problems.push({ file, field: issue.path.join('.') || '(entry)', message: issue.message, ...(firstSource(e.data) ? { from: firstSource(e.data)! } : {}) });
      }
      continue;
    }
    for (const k of droppedKeys(e.data, r.data)) dropped.push(`${file}: field "${k}" is not in the ${e.collection} schema and was not written`);
    parsed.push({ collection: e.collection, id: e.id, data: r.data });
  }
  const valid = new Set(parsed.map((e) => entryPath(e)));
  const byCollection: Record<string, Array<{ id: string; filePath: string; data: unknown }>> = {};
  for (const e of parsed) (byCollection[e.collection] ??= []).push({ id: e.id, filePath: entryPath(e), data: e.data });
  for (const msg of checkReferences(byCollection, rules)) {
    const [file, rest] = msg.split(/: (.*)/s) as [string, string];
    const field = /field "([^"]+)"/.exec(rest)?.[1] ?? '(reference)';
    problems.push({ file, field, message: rest });
  }
  return { entries: entries.filter((e) => valid.has(entryPath(e))), problems, dropped };
}

export function formatProblem(p: Problem): string {
  return `${p.file}: field "${p.field}": ${p.message}${p.from ? ` (from ${p.from})` : ''}`;
}

/** The exact bytes written for an entry: its data as JSON with two-space indent and a final newline. */
export function serialise(e: UncheckedEntry): string {
  return `${JSON.stringify(e.data, null, 2)}\n`;
}

export interface Manifest {
  version: 1;
  /** Path → sha256 of the file as the importer last wrote it. */
  files: Record<string, string>;
}

export const MANIFEST = 'imports/manifest.json';

export function readManifest(root: string): Manifest {
  const p = join(root, MANIFEST);
  if (!existsSync(p)) return { version: 1, files: {} };
  const shape = 'the importer\'s record { "version": 1, "files": { path: sha256 } }';
  const hint = `restore ${MANIFEST} from version control; without it every content file that differs from what the importer would write counts as hand-edited`;
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(p, 'utf8')) as Manifest;
  } catch (e) {
    throw new ImportError(MANIFEST, undefined, shape, undefined, { description: `invalid JSON (${e instanceof Error ? e.message : String(e)})`, hint });
  }
  if (!m || m.version !== 1 || typeof m.files !== 'object' || m.files === null) throw new ImportError(MANIFEST, undefined, shape, undefined, { description: 'another shape', hint });
  return m;
}

export interface WritePlan {
  write: Array<{ path: string; text: string; reason: 'new' | 'changed' }>;
  unchanged: string[];
  /** Hand-edited files kept as they are. */
  kept: Array<{ path: string; why: string }>;
  /** Hand-edited files that --force overwrites. */
  forced: string[];
  remove: string[];
  /** Stale generated files left because they were edited by hand. */
  keptStale: string[];
  manifest: Manifest;
}

/**
 * Decide, for every content file, whether to write, keep or remove it.
 * `extra` files (extract cache, manifest) are always written when changed.
 */
export function planWrites(root: string, files: Array<{ path: string; text: string }>, force: boolean, managedDirs: string[]): WritePlan {
  const old = readManifest(root);
  const plan: WritePlan = { write: [], unchanged: [], kept: [], forced: [], remove: [], keptStale: [], manifest: { version: 1, files: {} } };
  const produced = new Set(files.map((f) => f.path));
  for (const f of files) {
    const abs = join(root, f.path);
    const newHash = sha256(f.text);
    if (!existsSync(abs)) {
      plan.write.push({ path: f.path, text: f.text, reason: 'new' });
      plan.manifest.files[f.path] = newHash;
      continue;
    }
    const current = sha256(readFileSync(abs, 'utf8'));
    const recorded = old.files[f.path];
    const handEdited = recorded === undefined ? current !== newHash : current !== recorded;
    if (current === newHash) {
      plan.unchanged.push(f.path);
      plan.manifest.files[f.path] = newHash;
    } else if (handEdited && !force) {
      plan.kept.push({ path: f.path, why: recorded === undefined ? 'not written by the importer (no manifest record)' : 'edited since the importer wrote it' });
      if (recorded !== undefined) plan.manifest.files[f.path] = recorded;
    } else {
      if (handEdited) plan.forced.push(f.path);
      plan.write.push({ path: f.path, text: f.text, reason: 'changed' });
      plan.manifest.files[f.path] = newHash;
    }
  }
  // Files the importer wrote before but no longer produces.
  for (const [path, recorded] of Object.entries(old.files)) {
    if (produced.has(path) || !managedDirs.some((d) => path.startsWith(d))) continue;
    const abs = join(root, path);
    if (!existsSync(abs)) continue;
    if (sha256(readFileSync(abs, 'utf8')) === recorded || force) plan.remove.push(path);
    else {
      plan.keptStale.push(path);
      plan.manifest.files[path] = recorded;
    }
  }
  plan.manifest.files = Object.fromEntries(Object.entries(plan.manifest.files).sort(([a], [b]) => a.localeCompare(b)));
  return plan;
}

/**
 * Write and remove files as one transaction (importer/transaction.ts): all of
 * it happens or none of it does, even when the process dies part-way. `fs`
 * defaults to node's, or to one that fails on purpose with
 * OS_IMPORT_FAIL_AFTER=<n>. Returns notes for the log.
 */
export function applyWrites(root: string, files: Array<{ path: string; text: string }>, remove: string[], fs: TxFs = defaultFs()): string[] {
  return writeTransaction(root, files, remove, fs);
}
