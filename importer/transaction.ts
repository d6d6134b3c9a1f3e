/**
 * All-or-nothing writing of one import: content entries, removals, the
 * manifest and the extract cache change together or not at all.
 *
 * 1. Stage: every new file is written under imports/.import-tx/new/, beside
 *    the targets (same file system, so the moves below are renames).
 * 2. Journal: imports/.import-tx/journal.json lists every target, whether it
 *    existed, and the directories that had to be created. It is written
 *    under another name and renamed, so it is either whole or absent.
 * 3. Apply: each existing target is moved to imports/.import-tx/old/ (its
 *    backup), then the staged file is moved in, or, for a removal, nothing.
 * 4. Commit: the journal is deleted. Then the transaction folder (staged
 *    leftovers and backups) is removed.
 *
 * A failure in 1–3 rolls back in the same run: backups are moved back,
 *    files that did not exist are removed, created directories are removed
 *    when empty. src/content, imports/manifest.json and imports/extracts are
 *    then byte for byte as before.
 * A crash (the process dies, or the rollback itself fails) leaves the
 *    journal; the next import rolls it back first and says so
 *    (`recoverInterrupted`). A transaction folder without a journal is from
 *    a run that died while staging (nothing was touched) or after its commit
 *    (everything was written): either way it is removed.
 *
 * Every file-system change goes through a `TxFs`, so tests can make any
 * single step fail (`failingFs`), or every step from some point on, as a
 * crash would. `OS_IMPORT_FAIL_AFTER=<n>` does the same from the command
 * line: the first n changes succeed and the next one fails.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file-system operations a transaction uses. Those that change something are counted by failingFs. */
export interface TxFs {
  mkdir(path: string): void;
  writeFile(path: string, text: string): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** Remove an empty directory. */
  rmdir(path: string): void;
  /** Remove a directory and everything in it. */
  rmTree(path: string): void;
  exists(path: string): boolean;
  readFile(path: string): string;
  isEmptyDir(path: string): boolean;
}

export const nodeFs: TxFs = {
  mkdir: (p) => void mkdirSync(p, { recursive: true }),
  writeFile: (p, t) => writeFileSync(p, t),
  rename: (a, b) => renameSync(a, b),
  unlink: (p) => unlinkSync(p),
  rmdir: (p) => rmdirSync(p),
  rmTree: (p) => rmSync(p, { recursive: true, force: true }),
  exists: (p) => existsSync(p),
  readFile: (p) => readFileSync(p, 'utf8'),
  isEmptyDir: (p) => readdirSync(p).length === 0,
};

/**
 * A TxFs whose change number `failAt` (0-based, counting mkdir, writeFile,
 * rename, unlink, rmdir and rmTree) throws. With `crash`, every later change
 * throws too, as if the process had died there: nothing can be rolled back
 * in the same run. `count()` says how many changes were attempted.
 */
export function failingFs(base: TxFs, failAt: number, crash = false): TxFs & { count(): number } {
  let n = 0;
  const step =
    <A extends unknown[]>(name: string, f: (...a: A) => void) =>
    (...a: A) => {
      const k = n++;
      if (k === failAt || (crash && k > failAt)) throw new Error(`injected failure at step ${k} (${name} ${String(a[0])})`);
      f(...a);
    };
  return {
    mkdir: step('mkdir', base.mkdir),
    writeFile: step('writeFile', base.writeFile),
    rename: step('rename', base.rename),
    unlink: step('unlink', base.unlink),
    rmdir: step('rmdir', base.rmdir),
    rmTree: step('rmTree', base.rmTree),
    exists: base.exists,
    readFile: base.readFile,
    isEmptyDir: base.isEmptyDir,
    count: () => n,
  };
}

/** The file system to use: node's, or with OS_IMPORT_FAIL_AFTER=<n> one that fails after n changes. */
export function defaultFs(env: NodeJS.ProcessEnv = process.env): TxFs {
  const n = env['OS_IMPORT_FAIL_AFTER'];
  if (n === undefined || n === '') return nodeFs;
  if (!/^\d+$/.test(n)) throw new Error(`OS_IMPORT_FAIL_AFTER must be a whole number of steps; found ${JSON.stringify(n)}`);
  return failingFs(nodeFs, Number(n));
}

export const TX_DIR = 'imports/.import-tx';
const JOURNAL = 'journal.json';

interface Journal {
  version: 1;
  targets: Array<{ path: string; action: 'write' | 'remove'; existed: boolean }>;
  /** Directories (relative to the root) that did not exist and were created for new files; shallowest first. */
  createdDirs: string[];
}

/** A failure while writing. `rolledBack` says whether the files are as before (else the next run rolls back). */
export class WriteError extends Error {
  readonly rolledBack: boolean;
  constructor(message: string, rolledBack: boolean) {
    super(message);
    this.name = 'WriteError';
    this.rolledBack = rolledBack;
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Write `files` and remove `remove` (paths relative to `root`) as one transaction.
 * Returns notes (a leftover folder that could not be removed after the commit).
 */
export function writeTransaction(root: string, files: Array<{ path: string; text: string }>, remove: string[], fs: TxFs = nodeFs): string[] {
  if (files.length === 0 && remove.length === 0) return [];
  const tx = join(root, TX_DIR);
  if (fs.exists(tx)) throw new WriteError(`${TX_DIR} exists: an earlier import was interrupted; run the import again to roll it back`, true);
  const journal: Journal = { version: 1, targets: [], createdDirs: [] };
  const created = new Set<string>();
  for (const f of files) journal.targets.push({ path: f.path, action: 'write', existed: fs.exists(join(root, f.path)) });
  for (const r of remove) journal.targets.push({ path: r, action: 'remove', existed: fs.exists(join(root, r)) });
  for (const t of journal.targets) {
    for (let d = dirname(t.path); d !== '.' && d !== '/' && !fs.exists(join(root, d)); d = dirname(d)) created.add(d);
  }
  journal.createdDirs = [...created].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));

  // 1 and 2: stage and write the journal. A failure here has touched no target.
  try {
    fs.mkdir(tx);
    for (const f of files) {
      const p = join(tx, 'new', f.path);
      fs.mkdir(dirname(p));
      fs.writeFile(p, f.text);
    }
    fs.writeFile(join(tx, `${JOURNAL}.tmp`), `${JSON.stringify(journal, null, 1)}\n`);
    fs.rename(join(tx, `${JOURNAL}.tmp`), join(tx, JOURNAL));
  } catch (e) {
    try {
      fs.rmTree(tx);
    } catch {
      // Only staged copies are there; the next run removes them.
    }
    throw new WriteError(`could not stage the files to write (${reason(e)}); nothing was changed`, true);
  }

  // 3 and 4: apply, then commit by deleting the journal.
  try {
    for (const d of journal.createdDirs) fs.mkdir(join(root, d));
    for (const t of journal.targets) {
      const abs = join(root, t.path);
      if (t.existed) {
        const backup = join(tx, 'old', t.path);
        fs.mkdir(dirname(backup));
        fs.rename(abs, backup);
      }
      if (t.action === 'write') fs.rename(join(tx, 'new', t.path), abs);
    }
    fs.unlink(join(tx, JOURNAL));
  } catch (e) {
    try {
      rollBack(root, fs);
    } catch (e2) {
      throw new WriteError(
        `writing failed (${reason(e)}) and so did putting the files back (${reason(e2)}); the next import rolls back what was written, from ${TX_DIR}/${JOURNAL}`,
        false,
      );
    }
    throw new WriteError(`writing failed (${reason(e)}); every file was put back as it was`, true);
  }
  try {
    fs.rmTree(tx);
    return [];
  } catch (e) {
    return [`note: the import is complete, but its working folder ${TX_DIR} could not be removed (${reason(e)}); the next import removes it`];
  }
}

/** Undo an applied-in-part transaction from its journal, then remove the transaction folder. */
function rollBack(root: string, fs: TxFs): number {
  const tx = join(root, TX_DIR);
  const journal = JSON.parse(fs.readFile(join(tx, JOURNAL))) as Journal;
  let restored = 0;
  for (const t of [...journal.targets].reverse()) {
    const abs = join(root, t.path);
    const backup = join(tx, 'old', t.path);
    if (fs.exists(backup)) {
      fs.rename(backup, abs);
      restored++;
    } else if (!t.existed && fs.exists(abs)) {
      fs.unlink(abs);
      restored++;
    }
  }
  for (const d of [...journal.createdDirs].reverse()) {
    const abs = join(root, d);
    if (fs.exists(abs) && fs.isEmptyDir(abs)) fs.rmdir(abs);
  }
  fs.unlink(join(tx, JOURNAL));
  fs.rmTree(tx);
  return restored;
}

/**
 * Before an import: finish what an interrupted one left. Returns what was
 * done, for the log, or undefined when there was nothing to do.
 */
export function recoverInterrupted(root: string, fs: TxFs = nodeFs): string | undefined {
  const tx = join(root, TX_DIR);
  if (!fs.exists(tx)) return undefined;
  if (fs.exists(join(tx, JOURNAL))) {
    const n = rollBack(root, fs);
    return `an earlier import was interrupted while writing: rolled back ${n} file(s) to how they were before it (from ${TX_DIR}/${JOURNAL})`;
  }
  fs.rmTree(tx);
  return `removed ${TX_DIR}, left by an earlier import that stopped before changing anything or after finishing`;
}

/** Whether an interrupted import left a journal to roll back. */
export function interrupted(root: string, fs: TxFs = nodeFs): boolean {
  return fs.exists(join(root, TX_DIR, JOURNAL));
}

export const LOCK_FILE = 'imports/.import-lock';

/**
 * One import at a time: the lock file holds the process id of the import that runs. Without it,
 * a second import would take the first one's half-applied transaction for an interrupted one and
 * roll it back. A lock left by a process that no longer runs is taken over. Returns the release
 * function, or the pid of the import that holds the lock.
 */
export function acquireLock(root: string): { release: () => void } | { heldBy: number } {
  const path = join(root, LOCK_FILE);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid)) return { heldBy: pid };
    if (pid === process.pid) return { heldBy: pid };
    rmSync(path, { force: true }); // stale: its process is gone
  }
  return { heldBy: Number(readFileSync(path, 'utf8').trim()) };
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
