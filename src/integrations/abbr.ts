/**
 * Astro integration: after the build, mark the first use of each glossary
 * acronym on every page (see src/lib/glossary/abbr.ts for the rules). Runs before
 * Pagefind indexes the output, so search sees the same text.
 *
 * Glossary entries are read from src/content/glossary/*.json and validated
 * with the same schema as the content collection.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { markFirstUses } from '../lib/glossary/abbr.ts';
import { abbrTerms } from '../lib/glossary/glossary.ts';

/** Read and validate every glossary entry; a bad file is a build error naming the file and field. */
export function readGlossary(dir: string): GlossaryEntry[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: expected JSON (${(error as Error).message})`);
    }
    const parsed = glossarySchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
      throw new Error(`${path}: not a valid glossary entry: ${issues}`);
    }
    return parsed.data;
  });
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(abs));
    else if (entry.name.endsWith('.html')) out.push(abs);
  }
  return out;
}

export default function abbrIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'open-scrutiny:abbr',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const terms = abbrTerms(readGlossary(join(root, 'src/content/glossary')));
        if (terms.length === 0) {
          logger.warn('no glossary entries in src/content/glossary: acronyms left unmarked');
          return;
        }
        let pages = 0;
        let marks = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const result = markFirstUses(html, terms);
          if (result.marked.length === 0) continue;
          writeFileSync(file, result.html);
          pages += 1;
          marks += result.marked.length;
        }
        logger.info(`marked ${marks} first uses of ${terms.length} acronyms on ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
