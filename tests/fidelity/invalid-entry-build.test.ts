/**
 * An invalid content entry makes the build fail with a message that names the
 * file and the field. The project is copied to a scratch directory (src,
 * public, config; node_modules symlinked), one entry is corrupted, and
 * `astro build` runs there with its own cache and output directories.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'invalid-entry-'));
  scratch.push(dir);
  for (const p of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
    cwd: dir,
    env: { ...process.env, ASTRO_CACHE_DIR: join(dir, '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  // Colour codes (when a runner forces colour) would split the words the assertions look for.
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

function edit(dir: string, entry: string, change: (data: Record<string, unknown>) => void): void {
  const p = join(dir, 'src/content', entry);
  const data = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(p, JSON.stringify(data, null, 2));
}

describe('an invalid entry stops the build', () => {
  it('a value the schema rejects: the message names the file and the field', () => {
    const dir = copyProject();
    edit(dir, 'meetings/2025-01-29-pcc-accountability-meeting.json', (d) => {
      d['status'] = 'postponed';
    });
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/src\/content\/meetings\/2025-01-29-pcc-accountability-meeting\.json/);
    expect(r.output).toMatch(/status: Invalid option: expected one of "scheduled"\|"held"\|"cancelled"/);
  }, 300_000);

  it('a reference to an entry that does not exist: the message names the file and the field', () => {
    const dir = copyProject();
    edit(dir, 'questions/2025-01-29-pcc-accountability-meeting-q-3.json', (d) => {
      d['meeting'] = '2025-01-30-pcc-accountability-meeting';
    });
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /src\/content\/questions\/2025-01-29-pcc-accountability-meeting-q-3\.json: field "meeting" refers to "2025-01-30-pcc-accountability-meeting", but there is no such entry in the "meetings" collection/,
    );
  }, 300_000);
});
