/** Shared helpers for the meeting importer tests: fixtures as SourceDocs, seeds, an empty aliases record. */
import { SEEDS_DIR } from '../../seeds.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Aliases } from '../../../src/lib/import/aliases.ts';
import { toSourceDoc, type SourceDoc } from '../../../src/lib/import/source.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/import/meetings/`;
export const SEEDS = SEEDS_DIR;

export function fixture(name: string): SourceDoc {
  return toSourceDoc(name, readFileSync(FIXTURES + name, 'utf8'));
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

/** The project's recorded decisions. */
export function projectAliases(): Aliases {
  return JSON.parse(readFileSync(`${ROOT}imports/aliases.json`, 'utf8')) as Aliases;
}
