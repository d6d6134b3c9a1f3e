/**
 * What the action pages say depends on the papers only: an open action's status and age are
 * stated "as of" the date of the latest papers of its body, never counted to the build date.
 * The site is built twice from the same content with two build dates years apart, and every
 * action page and the actions feed must be byte-for-byte the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeScratch } from './scratch-build.ts';

afterAll(removeScratch);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('action pages do not depend on the build date', () => {
  it('two builds, one in 2025 and one in 2031, give the same action pages and feed', () => {
    const dir = copyProject('build-date-');
    const early = build(dir, { BUILD_DATE: '2025-05-01' }, 'dist-early');
    expect(early.status, early.output).toBe(0);
    const late = build(dir, { BUILD_DATE: '2031-06-01' }, 'dist-late');
    expect(late.status, late.output).toBe(0);
    const a = join(dir, 'dist-early');
    const b = join(dir, 'dist-late');
    // The build date does reach other pages (what is upcoming), so the comparison is not vacuous.
    expect(readFileSync(join(a, 'meetings/index.html'), 'utf8')).not.toBe(readFileSync(join(b, 'meetings/index.html'), 'utf8'));
    const pages = files(join(a, 'actions'));
    expect(pages.length).toBeGreaterThan(1);
    expect(files(join(b, 'actions'))).toEqual(pages);
    for (const p of [...pages.map((f) => join('actions', f)), 'actions.xml']) {
      expect(readFileSync(join(b, p), 'utf8'), p).toBe(readFileSync(join(a, p), 'utf8'));
    }
  }, 600_000);
});
