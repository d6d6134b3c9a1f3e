/**
 * The `papers` content collection's loader: every `papers/<doc>.txt` becomes one entry, id `<doc>`,
 * data `{ lines }`. The text is decoded exactly as the importer decodes it (`decodePaper`: UTF-8 or
 * UTF-16 with BOM, CRLF/CR to LF, control and bidi-override characters removed), so line n here is
 * line n in every `{ doc, line }` source reference. Read once per build by the content layer; a file
 * that is not text fails the build naming it. The lines are data: pages print them as escaped text.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { decodePaper } from '../../../importer/paper.ts';

/** A paper's file name: lower-case letters, digits, hyphens or underscores, then `.txt` (as the importer requires). */
export const PAPER_FILE = /^([a-z0-9_-]+)\.txt$/;

/** The text as lines, 1-based by position + 1. A final newline does not start another line. */
export function paperLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** The loader over `<root>/papers/*.txt`. */
export function papersLoader(dir = 'papers/'): Loader {
  return {
    name: 'open-scrutiny-papers',
    load: async ({ store, config, parseData, generateDigest, logger }) => {
      const base = new URL(dir, config.root);
      const files = (await readdir(base)).filter((f) => PAPER_FILE.test(f)).sort();
      store.clear();
      for (const file of files) {
        const id = PAPER_FILE.exec(file)![1]!;
        const decoded = decodePaper(`${dir}${file}`, await readFile(new URL(file, base)));
        for (const w of decoded.warnings) logger.warn(w);
        const data = await parseData({ id, data: { lines: paperLines(decoded.text) } });
        store.set({ id, data, digest: generateDigest(decoded.text) });
      }
    },
  };
}
