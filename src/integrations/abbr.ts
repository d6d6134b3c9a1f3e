/**
 * Glossary entries for the first-use acronym marking (see src/lib/glossary/abbr.ts for the rules),
 * validated with the same schema as the content collection, and the integration that marks the pages
 * of a build: it puts the page writer (src/lib/site/page-writer.ts) around Astro's prerenderer, so a
 * worker thread marks and writes each page while Astro renders the next. It warns when there are no
 * entries. The dev server marks its pages in src/middleware.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { abbrTerms } from '../lib/glossary/glossary.ts';
import { writingPrerenderer } from '../lib/site/page-writer.ts';

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
  let outDir: URL | undefined;
  let base = '/';
  let directories = false;
  return {
    name: 'open-scrutiny:abbr',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = config.outDir;
        base = config.base;
        directories = config.build.format === 'directory';
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        const entries = readGlossary(join(root, 'src/content/glossary'));
        if (entries.length === 0) logger.warn('no glossary entries in src/content/glossary: acronyms left unmarked');
        // Another build format puts pages where the writer does not: the middleware then marks them in Astro's thread.
        if (!directories || outDir === undefined) return;
        const dir = outDir;
        logger.info('a worker thread marks the acronyms on each page and writes it; Astro notes "file not created, response body was empty" after those pages');
        setPrerenderer((inner) =>
          writingPrerenderer(inner, {
            terms: abbrTerms(entries),
            outDir: dir,
            base,
            done: (written) => logger.info(`marked and wrote ${written} pages in a worker thread`),
          }),
        );
      },
    },
  };
}
