/**
 * The tables, figures and reports the built site was made from, read straight
 * from the content files (src/content, or $CONTENT_DIR) and checked with the
 * same schemas as the build. Used by the report-pages site tests to compare
 * the built pages and downloads with their source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableSchema, type DataTable } from '../../src/schemas/tables.ts';

export const CONTENT_DIR = resolve(process.env['CONTENT_DIR'] ?? resolve(import.meta.dirname, '../../src/content'));

/** Every table entry, by id (file name without .json). */
export function loadTables(dir: string = CONTENT_DIR): Map<string, DataTable> {
  const tablesDir = join(dir, 'tables');
  const out = new Map<string, DataTable>();
  if (!existsSync(tablesDir)) return out;
  for (const file of readdirSync(tablesDir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = tableSchema.safeParse(JSON.parse(readFileSync(join(tablesDir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${join(tablesDir, file)}: ${parsed.error.message}`);
    out.set(file.replace(/\.json$/, ''), parsed.data);
  }
  return out;
}

/** Collapses runs of white space and trims, as a browser's text rendering does. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
