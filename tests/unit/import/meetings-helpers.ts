/**
 * Shared helpers for the importer tests: fixtures and seeds as SourceDocs, an
 * empty aliases record, the project's aliases, and what a call throws.
 */
import { SEEDS_DIR } from '../../seeds.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Aliases } from '../../../importer/aliases.ts';
import type { MeetingDraftData } from '../../../importer/meetings-types.ts';
import { draftsOf, isDraftOf, toSourceDoc, type CollectionName, type EntryDraft, type SourceDoc } from '../../../importer/source.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/import/meetings/`;
export const SEEDS = SEEDS_DIR;

/** A fixture paper from tests/fixtures/import/<dir>/ (dir: "meetings", "grid", "reports", …). */
export function fixtureDoc(dir: string, name: string): SourceDoc {
  return toSourceDoc(name, readFileSync(join(ROOT, 'tests/fixtures/import', dir, name), 'utf8'));
}

/** A meeting fixture (tests/fixtures/import/meetings/). */
export function fixture(name: string): SourceDoc {
  return fixtureDoc('meetings', name);
}

/** Every seed paper (papers/*.txt), in file-name order. */
export function seedDocs(): SourceDoc[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => toSourceDoc(f, readFileSync(join(SEEDS, f), 'utf8')));
}

export function seed(prefix: string): SourceDoc {
  const files: Record<string, string> = {
    '000': '000_5a15d9d80c2edaab.txt',
    '001': '001_1defd7e170de073f.txt',
    '002': '002_d59e3f7d13789de4.txt',
    '003': '003_b68bda4d25e51753.txt',
    '004': '004_d32a210fd6fbcf1e.txt',
  };
  const file = files[prefix]!;
  return toSourceDoc(file, readFileSync(SEEDS + file, 'utf8'));
}

export function docFrom(name: string, text: string): SourceDoc {
  return toSourceDoc(name, text);
}

export const noAliases = (): Aliases => ({ documents: [], meetings: [], mentions: [], links: [], bodies: [] });

/** What `fn` throws, or undefined when it returns: for tests that look at an ImportError's fields. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** The project's recorded decisions. */
export function projectAliases(): Aliases {
  return JSON.parse(readFileSync(`${ROOT}imports/aliases.json`, 'utf8')) as Aliases;
}

/** The draft of a collection with an id (the first of the collection without one); fails the test when there is none. */
export function draftOf<C extends CollectionName>(entries: readonly EntryDraft[], collection: C, id?: string): Extract<EntryDraft, { collection: C }> {
  const found = draftsOf(entries, collection).find((e) => id === undefined || e.id === id);
  if (!found) throw new Error(`expected a ${collection} draft${id === undefined ? '' : ` "${id}"`}; found none`);
  return found;
}

/** A draft's data as a meeting's; fails the test when the draft is missing or not a meeting. */
export function meetingOf(e: EntryDraft | undefined): MeetingDraftData {
  if (!e || !isDraftOf(e, 'meetings')) throw new Error(`expected a meeting draft; found ${e ? `a ${e.collection} draft` : 'none'}`);
  return e.data;
}
