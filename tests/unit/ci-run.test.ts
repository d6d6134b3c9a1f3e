import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function checkReadme(cwd: string, script = join(cwd, '.ci/run')) {
  return spawnSync('bash', [script, '--check-readme'], { cwd, encoding: 'utf8' });
}

/** A throwaway copy of the files `.ci/run` reads, so a test can change the README. */
function copyOfProject(): string {
  const dir = tempDir('ci-run-');
  cpSync(join(ROOT, '.ci'), join(dir, '.ci'), { recursive: true });
  cpSync(join(ROOT, 'README.md'), join(dir, 'README.md'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return dir;
}

describe('.ci/run README check', () => {
  it('finds both set-up commands in the README', () => {
    const result = checkReadme(ROOT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  // The old check piped sed into `grep -q`: under pipefail it failed whenever grep found the command
  // and exited while sed still had output to write (sed died of SIGPIPE, exit 141). With a short
  // README that was a race, so the test used to run the check 60 times. A README with megabytes after
  // the commands makes the race certain: sed cannot fit it into the pipe's buffer, so the old pipeline
  // fails on every run and one run of the check proves the same thing, with no timing in it.
  it('finds both commands in a README far larger than a pipe buffer (no SIGPIPE under pipefail)', () => {
    const dir = copyOfProject();
    const padding = 'A line of the README after the set-up commands, to fill the pipe.\n'.repeat(40_000);
    writeFileSync(join(dir, 'README.md'), `${readFileSync(join(dir, 'README.md'), 'utf8')}\n${padding}`);
    // The fixture provokes the race for sure: the old `sed | grep -q` form fails on it.
    const old = spawnSync('bash', ['-c', 'set -o pipefail; sed -e "s/^[[:space:]]*//" README.md | grep -qFx -- "npm test"'], { cwd: dir, encoding: 'utf8' });
    expect(old.status).toBe(141); // 128 + SIGPIPE: sed was killed writing to the closed pipe
    const result = checkReadme(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('works when the script is not read from a file, run from the clone root', () => {
    const source = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const result = spawnSync('bash', ['-c', source, 'ci-run', '--check-readme'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails, naming the command, when the README stops giving one of them', () => {
    const dir = copyOfProject();
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    writeFileSync(join(dir, 'README.md'), readme.replace(/^\s*npm test\s*$/m, '   npm run test:unit'));
    const result = checkReadme(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"npm test"');
  });

  it('says where it looked when run outside a clone', () => {
    const dir = tempDir('ci-run-empty-');
    const result = spawnSync('bash', ['-c', readFileSync(join(ROOT, '.ci/run'), 'utf8'), 'ci-run', '--check-readme'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`no README.md and package.json in ${dir}`);
  });
});
