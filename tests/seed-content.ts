/**
 * The content of the five seed papers alone, imported into a temporary project: for tests that
 * check what the seed papers say (21 actions, their histories) rather than the live src/content,
 * which grows each quarter as papers are added to papers/.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../importer/cli.ts';
import { SEEDS_DIR } from './seeds.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A scratch project holding `papers` (file paths) in its papers/, with the project's recorded decisions. */
export function scratchProject(papers: string[], prefix = 'seed-content-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'src'), { recursive: true });
  for (const p of ['src/lib', 'src/i18n', 'importer']) symlinkSync(join(ROOT, p), join(root, p));
  mkdirSync(join(root, 'imports'));
  cpSync(join(ROOT, 'imports/aliases.json'), join(root, 'imports/aliases.json'));
  mkdirSync(join(root, 'papers'));
  for (const f of papers) cpSync(f, join(root, 'papers', f.split('/').pop()!));
  return root;
}

/** Import the seed papers (tests/fixtures/seed-papers/) into a scratch project; returns its content folder and a remover. */
export async function importSeeds(): Promise<{ root: string; content: string; remove: () => void }> {
  const root = scratchProject(
    readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SEEDS_DIR, f)),
  );
  const r = await run(['--all'], root);
  if (!r.ok) throw new Error(`importing the seed papers failed:\n${r.log.join('\n')}`);
  return { root, content: join(root, 'src/content'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
