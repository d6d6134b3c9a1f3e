/**
 * The dictionaries read from `src/i18n/` with the file system, for code that runs outside Vite (the
 * build's worker threads): the same files src/lib/i18n/i18n.ts has Vite bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesOf, type Resource, type Resources } from './core.ts';

const readFolder = (dir: string): Record<string, Resource> => {
  const out: Record<string, Resource> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, file);
    try {
      out[path] = JSON.parse(readFileSync(path, 'utf8')) as Resource;
    } catch (err) {
      throw new Error(`${path}: expected JSON (${(err as Error).message})`);
    }
  }
  return out;
};

/** The resources of `src/i18n/` (`i18nDir`): `ui/<lang>.json` and `<lang>.json`. */
export const resourcesFromFiles = (i18nDir: string): Resources => resourcesOf(readFolder(join(i18nDir, 'ui')), readFolder(i18nDir));
