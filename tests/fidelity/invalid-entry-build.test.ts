/**
 * An invalid content entry makes the build fail with a message that names the
 * file and the field. The project is copied to a scratch directory (src,
 * public, config; node_modules symlinked), one entry is corrupted, and
 * `astro build` runs there with its own cache and output directories.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeScratch } from './scratch-build.ts';

afterAll(removeScratch);

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
