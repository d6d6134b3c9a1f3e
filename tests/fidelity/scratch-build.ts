/**
 * A scratch copy of the project for tests that need a real `astro build`: src, public, the papers (the
 * site renders them, read with the importer's decoder), importer, imports and the
 * config are copied to a temporary directory (node_modules symlinked), and `astro build` runs
 * there with its own cache and output directories, so the project's own dist/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const scratch: string[] = [];

/** Remove every scratch copy made so far (call from afterAll). */
export function removeScratch(): void {
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function copyProject(prefix = 'scratch-build-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  for (const p of ['src', 'public', 'importer', 'papers', 'imports', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** `astro build` in `dir` into `dir/<outDir>`, with extra environment variables. */
export function build(dir: string, env: Record<string, string> = {}, outDir = 'dist'): { status: number | null; output: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, outDir)], {
    cwd: dir,
    env: { ...process.env, ASTRO_CACHE_DIR: join(dir, `.astro-cache-${outDir}`), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  // Colour codes (when a runner forces colour) would split the words the assertions look for.
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}
