/**
 * The content the built site was made from, read straight from the content
 * files (src/content, or $CONTENT_DIR), for the site and browser tests that
 * compare the built pages with their source. Tables are also checked with
 * the same schema as the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableSchema, type DataTable } from '../../src/schemas/tables.ts';

export const CONTENT_DIR = resolve(process.env['CONTENT_DIR'] ?? resolve(import.meta.dirname, '../../src/content'));

/** One JSON entry of a collection: its id (file name without .json) and its parsed data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** Every JSON entry of a collection (e.g. "actions"), sorted by file name; none when the collection has no folder. */
export function readCollection<T = Record<string, any>>(name: string, dir: string = CONTENT_DIR): Entry<T>[] {
  const collectionDir = join(dir, name);
  if (!existsSync(collectionDir)) return [];
  return readdirSync(collectionDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), data: JSON.parse(readFileSync(join(collectionDir, f), 'utf8')) as T }));
}

/** Every table entry, by id, checked with the build's table schema. */
export function loadTables(dir: string = CONTENT_DIR): Map<string, DataTable> {
  const out = new Map<string, DataTable>();
  for (const { id, data } of readCollection<unknown>('tables', dir)) {
    const parsed = tableSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${join(dir, 'tables', `${id}.json`)}: ${parsed.error.message}`);
    out.set(id, parsed.data);
  }
  return out;
}

/** Collapses runs of white space and trims, as a browser's text rendering does. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
