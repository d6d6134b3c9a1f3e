/**
 * Reads a JSON content collection straight from `src/content/<collection>/`, outside Astro, the way
 * `src/content.config.ts` has Astro read it: every `**\/*.json` file, its id the file's path without
 * `.json`, each segment slugged as Astro's glob loader slugs it (github-slugger), and its data parsed
 * by the same schema. Used by build steps that run beside Astro (src/integrations/open-data-files.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { slug } from 'github-slugger';
import type { z } from 'astro/zod';

/** The id Astro's glob loader gives the file at this path (relative to the collection's folder). */
export const entryIdOf = (relativePath: string): string =>
  relativePath
    .replace(/\.json$/, '')
    .split(sep)
    .join('/')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');

/** Every entry of one collection, sorted by id; a file that is not valid JSON or fails the schema is an error naming the file. */
export function readJsonCollection<S extends z.ZodType>(contentDir: string, collection: string, schema: S): { id: string; data: z.output<S> }[] {
  return readJsonCollectionAs(contentDir, collection, schema, (data) => data);
}

/**
 * As readJsonCollection, keeping of each entry only what `keep` takes from its checked data, as each
 * file is read: a step that needs two fields of the reports does not hold every report's narrative.
 */
export function readJsonCollectionAs<S extends z.ZodType, K>(contentDir: string, collection: string, schema: S, keep: (data: z.output<S>) => K): { id: string; data: K }[] {
  const dir = join(contentDir, collection);
  // A collection with no folder is empty, as Astro's glob loader finds it (a publisher whose papers have no tables).
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const entries: { id: string; data: K }[] = [];
  for (const file of files) {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push(`${path}: not valid JSON (${(err as Error).message}); run the importer again or restore the file`);
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ')}`);
      continue;
    }
    entries.push({ id: entryIdOf(file), data: keep(parsed.data) });
  }
  if (problems.length > 0) throw new Error(`Content in ${dir} could not be read:\n- ${problems.join('\n- ')}`);
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
