/**
 * An import writes everything or nothing. A real import of a paper into a scratch project, one
 * that writes new, changed and removed content files, a new content folder, the manifest and the
 * extract cache, is made to fail at every single file-system step k in turn:
 *
 * - a failure (the step throws, the importer carries on): the run fails, and every file and folder
 *   is byte for byte as before; the next clean run succeeds and calls nothing hand-edited;
 * - a crash (every step from k on throws, so the same run cannot put anything back): the next run
 *   rolls the interrupted import back from its journal, says so, and then imports as a clean run
 *   would; recovering alone restores the files as they were.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../importer/cli.ts';
import { defaultFs, failingFs, LOCK_FILE, nodeFs, recoverInterrupted, TX_DIR, writeTransaction } from '../../../importer/transaction.ts';
import { sha256 } from '../../../importer/write.ts';
import { ROOT, SEEDS } from './meetings-helpers.ts';

const PAPER = join(SEEDS, '003_b68bda4d25e51753.txt');
/** What the importer says when it takes a file for a hand edit (the summary's "0 kept as hand-edited" is fine). */
const HAND_EDITED = /^(?:kept |overwriting hand-edited|warning: the hand edit)|[1-9]\d* kept as hand-edited/m;
const dirs: string[] = [];
let template: string;
/** The project after a clean import from the template: what every run must end in. */
let expected: Map<string, string>;
let steps: number;

/** Every file (with its bytes) and folder of a project, apart from the linked code. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(root, r));
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) {
        out.set(`${r}/`, 'folder');
        walk(r);
      } else out.set(r, readFileSync(join(root, r)).toString('base64'));
    }
  };
  walk('');
  return out;
}

/** The paths whose bytes differ, are missing or are extra: [] when the two snapshots are the same. */
function differences(actual: Map<string, string>, wanted: Map<string, string>): string[] {
  return [...new Set([...actual.keys(), ...wanted.keys()])].filter((p) => actual.get(p) !== wanted.get(p)).sort();
}

const copy = () => {
  const d = mkdtempSync(join(tmpdir(), 'import-atomic-'));
  dirs.push(d);
  cpSync(template, d, { recursive: true, verbatimSymlinks: true });
  return d;
};

const manifestOf = (root: string) => JSON.parse(readFileSync(join(root, 'imports/manifest.json'), 'utf8')) as { version: 1; files: Record<string, string> };

beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), 'import-atomic-template-'));
  dirs.push(template);
  mkdirSync(join(template, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'src/lib'), join(template, 'src/lib'));
  symlinkSync(join(ROOT, 'src/i18n'), join(template, 'src/i18n'));
  // A copy, not a link: the importer's version (a hash of its files) must not change while the test runs.
  cpSync(join(ROOT, 'importer'), join(template, 'importer'), { recursive: true });
  mkdirSync(join(template, 'imports'));
  cpSync(join(ROOT, 'imports/aliases.json'), join(template, 'imports/aliases.json'));
  const first = await run([PAPER], template);
  if (!first.ok) throw new Error(first.log.join('\n'));

  // Make the next import of the same paper a many-sided one.
  const m = manifestOf(template);
  const content = (p: string) => join(template, 'src/content', p);
  // Changed: an entry the importer wrote differently last time (its manifest record agrees, so it is not a hand edit).
  const changed = 'questions/2024-10-08-pcc-accountability-meeting-q-16.json';
  const older = readFileSync(content(changed), 'utf8').replace('around 200', 'around 150');
  writeFileSync(content(changed), older);
  m.files[`src/content/${changed}`] = sha256(older);
  // New: an entry missing, in a folder that is missing too.
  for (const f of readdirSync(content('bodies'))) delete m.files[`src/content/bodies/${f}`];
  rmSync(content('bodies'), { recursive: true });
  // Removed: an entry the importer wrote but no longer produces.
  writeFileSync(content('questions/stale-q-99.json'), '{}\n');
  m.files['src/content/questions/stale-q-99.json'] = sha256('{}\n');
  writeFileSync(join(template, 'imports/manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
  // The extract cache is rewritten as well.
  const x = join(template, 'imports/extracts/003_b68bda4d25e51753.json');
  writeFileSync(x, readFileSync(x, 'utf8').replace(/"parser": "[0-9a-f]+"/, '"parser": "older-importer"'));

  // The reference: a clean run, counting its file-system steps.
  const ref = copy();
  const counting = failingFs(nodeFs, Number.POSITIVE_INFINITY);
  const clean = await run([PAPER], ref, undefined, { fs: counting });
  if (!clean.ok) throw new Error(clean.log.join('\n'));
  steps = counting.count();
  expected = snapshot(ref);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the scenario', () => {
  it('writes new, changed and removed files, a new folder, the manifest and the extract', async () => {
    const before = snapshot(template);
    const changedFiles = [...expected].filter(([p, v]) => before.has(p) && before.get(p) !== v).map(([p]) => p);
    const added = [...expected.keys()].filter((p) => !before.has(p));
    const removed = [...before.keys()].filter((p) => !expected.has(p));
    expect(changedFiles).toEqual(
      expect.arrayContaining(['src/content/questions/2024-10-08-pcc-accountability-meeting-q-16.json', 'imports/manifest.json', 'imports/extracts/003_b68bda4d25e51753.json']),
    );
    expect(added).toEqual(expect.arrayContaining(['src/content/bodies/', 'src/content/bodies/pcc-accountability-meeting.json']));
    expect(removed).toEqual(['src/content/questions/stale-q-99.json']);
    expect(steps).toBeGreaterThan(20);
  });
});

describe('a failure at any step changes nothing', () => {
  it('at every step k: the run fails, every file is as before, and a clean rerun succeeds without calling anything hand-edited', async () => {
    const before = snapshot(template);
    for (let k = 0; k < steps; k++) {
      const root = copy();
      const r = await run([PAPER], root, undefined, { fs: failingFs(nodeFs, k) });
      const last = k === steps - 1;
      if (last) {
        // The last step removes the transaction folder after the commit: the import is complete.
        expect(r.ok, `step ${k}`).toBe(true);
        expect(r.log.join('\n')).toMatch(/the import is complete, but its working folder imports\/\.import-tx could not be removed/);
      } else {
        expect(r.ok, `step ${k}: ${r.log.join('\n')}`).toBe(false);
        expect(r.log.join('\n'), `step ${k}`).toMatch(/injected failure at step \d+.*; every file was put back as it was|could not stage the files to write \(injected failure.*\); nothing was changed/);
        expect(differences(snapshot(root), before), `step ${k}`).toEqual([]);
      }
      const again = await run([PAPER], root);
      expect(again.ok, `rerun after step ${k}: ${again.log.join('\n')}`).toBe(true);
      expect(again.log.join('\n'), `rerun after step ${k}`).not.toMatch(HAND_EDITED);
      expect(differences(snapshot(root), expected), `rerun after step ${k}`).toEqual([]);
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a crash at any step is recovered by the next run', () => {
  it('at every step k: recovering restores every file; the next run says what it rolled back and ends as a clean run', async () => {
    const before = snapshot(template);
    let rolledBack = 0;
    for (let k = 0; k < steps; k++) {
      const root = copy();
      await run([PAPER], root, undefined, { fs: failingFs(nodeFs, k, true) });
      const committed = k === steps - 1;
      const twin = mkdtempSync(join(tmpdir(), 'import-atomic-twin-'));
      dirs.push(twin);
      cpSync(root, twin, { recursive: true, verbatimSymlinks: true });
      // Recovery alone puts back the project as it was (or, after the commit, as imported).
      recoverInterrupted(twin);
      expect(differences(snapshot(twin), committed ? expected : before), `recover after crash at step ${k}`).toEqual([]);
      // The next import recovers first, then imports.
      const journal = existsSync(join(root, TX_DIR, 'journal.json'));
      const again = await run([PAPER], root);
      expect(again.ok, `rerun after crash at step ${k}: ${again.log.join('\n')}`).toBe(true);
      if (journal) {
        rolledBack++;
        expect(again.log.join('\n')).toMatch(/^note: an earlier import was interrupted while writing: rolled back \d+ file\(s\)/m);
      }
      expect(again.log.join('\n'), `rerun after crash at step ${k}`).not.toMatch(HAND_EDITED);
      expect(differences(snapshot(root), expected), `rerun after crash at step ${k}`).toEqual([]);
      rmSync(root, { recursive: true, force: true });
      rmSync(twin, { recursive: true, force: true });
    }
    // Crashes after the journal is written (every step of applying the changes) are real roll-backs.
    expect(rolledBack).toBeGreaterThan(10);
  }, 120_000);

  it('a dry run does not touch an interrupted import: it refuses and says how to recover', async () => {
    const root = copy();
    await run([PAPER], root, undefined, { fs: failingFs(nodeFs, steps - 3, true) });
    expect(existsSync(join(root, TX_DIR, 'journal.json'))).toBe(true);
    const crashed = snapshot(root);
    const r = await run([PAPER, '--dry-run'], root);
    expect(r.ok).toBe(false);
    expect(r.log.join('\n')).toMatch(/imports\/\.import-tx\/journal\.json: the journal of an import that was interrupted while writing — expected no unfinished import\. Hint: run the import without --dry-run/);
    expect(differences(snapshot(root), crashed)).toEqual([]);
  });
});

describe('one import at a time', () => {
  it('refuses while another import holds the lock, and takes over a lock whose process is gone', async () => {
    const root = copy();
    const before = snapshot(root);
    writeFileSync(join(root, LOCK_FILE), String(process.pid));
    const held = await run([PAPER], root);
    expect(held.ok).toBe(false);
    expect(held.log[0]).toBe(
      `error: imports/.import-lock: another import is running (process ${process.pid}) — expected one import at a time. Hint: wait for it to finish; if no import is running, delete imports/.import-lock.`,
    );
    writeFileSync(join(root, LOCK_FILE), '2147483646');
    const stale = await run([PAPER], root);
    expect(stale.ok, stale.log.join('\n')).toBe(true);
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
    expect(differences(snapshot(root), expected)).toEqual([]);
    expect(before).not.toEqual(expected);
  });
});

describe('the transaction on its own', () => {
  it('OS_IMPORT_FAIL_AFTER=n lets n changes through and fails the next one', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-atomic-env-'));
    dirs.push(root);
    mkdirSync(join(root, 'imports'));
    writeFileSync(join(root, 'imports/a.json'), 'old\n');
    expect(() => writeTransaction(root, [{ path: 'imports/a.json', text: 'new\n' }], [], defaultFs({ OS_IMPORT_FAIL_AFTER: '5' }))).toThrowError(
      /writing failed \(injected failure at step 5 .*\); every file was put back as it was/,
    );
    expect(readFileSync(join(root, 'imports/a.json'), 'utf8')).toBe('old\n');
    expect(existsSync(join(root, TX_DIR))).toBe(false);
    expect(defaultFs({})).toBe(nodeFs);
    expect(() => defaultFs({ OS_IMPORT_FAIL_AFTER: 'soon' })).toThrowError(/OS_IMPORT_FAIL_AFTER must be a whole number of steps; found "soon"/);
  });
  it('a leftover folder without a journal (a run that died while staging) is removed and nothing else changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-atomic-left-'));
    dirs.push(root);
    mkdirSync(join(root, TX_DIR, 'new/src'), { recursive: true });
    writeFileSync(join(root, TX_DIR, 'new/src/x.json'), '{}');
    expect(recoverInterrupted(root)).toMatch(/removed imports\/\.import-tx, left by an earlier import that stopped before changing anything or after finishing/);
    expect(readdirSync(join(root, 'imports'))).toEqual([]);
    expect(recoverInterrupted(root)).toBe(undefined);
  });
});
