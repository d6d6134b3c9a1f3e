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
  it('finds both set-up commands in the README every time (no SIGPIPE race under pipefail)', () => {
    // The old check piped sed into `grep -q`; under pipefail it failed about one run in six.
    for (let run = 0; run < 60; run++) {
      const result = checkReadme(ROOT);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
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
