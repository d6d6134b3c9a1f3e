/**
 * Glossary entries for the first-use acronym marking (src/middleware.ts marks each page as it renders;
 * see src/lib/glossary/abbr.ts for the rules), validated with the same schema as the content collection, and an
 * integration that warns when there are none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { abbrTerms } from '../lib/glossary/glossary.ts';
import { startMarker } from '../lib/glossary/marker.ts';

/** Validate glossary entries given as parsed JSON by file path, in file-name order; a bad file is a build error naming the file and field. */
export function parseGlossary(files: Record<string, unknown>): GlossaryEntry[] {
  return Object.keys(files)
    .sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0))
    .map((path) => {
      const parsed = glossarySchema.safeParse(files[path]);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
        throw new Error(`${path}: not a valid glossary entry: ${issues}`);
      }
      return parsed.data;
    });
}

/** Read and validate every glossary entry of a folder; a bad file is a build error naming the file and field. */
export function readGlossary(dir: string): GlossaryEntry[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const raw: Record<string, unknown> = {};
  for (const file of files) {
    const path = join(dir, file);
    try {
      raw[path] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: expected JSON (${(error as Error).message})`);
    }
  }
  return parseGlossary(raw);
}

export default function abbrIntegration(): AstroIntegration {
  let root = process.cwd();
  let stop: (() => Promise<void>) | undefined;
  return {
    name: 'open-scrutiny:abbr',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // The marking happens while each page renders (src/middleware.ts), in a worker thread started here
      // (src/lib/glossary/marker.ts) so that the rendering thread goes on meanwhile.
      'astro:build:start': ({ logger }) => {
        const entries = readGlossary(join(root, 'src/content/glossary'));
        if (entries.length === 0) logger.warn('no glossary entries in src/content/glossary: acronyms left unmarked');
        else stop = startMarker(abbrTerms(entries));
      },
      'astro:build:done': async () => {
        await stop?.();
        stop = undefined;
      },
    },
  };
}
