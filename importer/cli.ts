/**
 * The importer's command line: `npm run import -- <file.txt> [...] [--all] [--force] [--dry-run]`.
 *
 * 1. Each named paper is read (paper.ts: encodings, line endings, control
 *    characters; a file that is not a paper's text is refused) and
 *    dispatched (meetings-dispatch.ts) into an extract, cached as
 *    imports/extracts/<doc-id>.json with the paper's lines.
 * 2. All cached extracts (the named ones fresh, the others from the cache;
 *    a cache made by older parser code is re-dispatched from its stored lines)
 *    are merged (merge.ts) into the final entries.
 * 3. Everything is validated with the content schemas and the build's
 *    reference rules. Every problem of every paper in the run is reported
 *    (up to PROBLEM_LIMIT), each as `<file>:<line>: <found> — expected <…>.
 *    Hint: <…>`, naming the paper (papers/<file>.txt) it is about; then the
 *    run fails and nothing is written.
 * 4. Files are written in one transaction (transaction.ts): all or none,
 *    even after a crash; hand-edited files are kept unless --force.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ALIASES_FILE, parseAliases, verifyAliases, type Aliases } from './aliases.ts';
import { buildGlossary } from './glossary.ts';
import { dispatch, PARSERS } from './meetings-dispatch.ts';
import type { Extract } from './meetings-types.ts';
import { merge, type MergeOptions } from './merge.ts';
import { ImportProblems } from './meetings-util.ts';
import { buildPlans } from './plans.ts';
import { sameDocument } from './replace.ts';
import { ORIGINALS_FILE, parseOriginals } from './originals.ts';
import { cleanText, readPaper } from './paper.ts';
import { formatRefusal, ImportError, toSourceDoc, type EntryDraft, type Refusal, type SourceDoc } from './source.ts';
import { acquireLock, defaultFs, interrupted, LOCK_FILE, recoverInterrupted, TX_DIR, WriteError, type TxFs } from './transaction.ts';
import { applyWrites, entryPath, loadReferenceRules, planWrites, serialise, sha256, validate, MANIFEST, SCHEMAS, type Problem } from './write.ts';

export const EXTRACT_VERSION = 1;
export const EXTRACTS_DIR = 'imports/extracts';
/** The content directories the importer manages: one per collection. */
export const CONTENT_DIRS = Object.keys(SCHEMAS).map((c) => `src/content/${c}/`);

export interface CliOptions {
  files: string[];
  all: boolean;
  force: boolean;
  dryRun: boolean;
  /** Papers to take out of the content (`--remove <paper>`): their extract and their file in papers/ go too. */
  remove?: string[];
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { files: [], all: false, force: false, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--remove') {
      const paper = argv[++i];
      if (paper === undefined || paper.startsWith('-')) throw new UsageError('--remove needs the paper to remove: --remove papers/<file>.txt');
      (o.remove ??= []).push(paper);
    } else if (a === '--all') o.all = true;
    else if (a === '--force') o.force = true;
    else if (a === '--dry-run') o.dryRun = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!o.all && o.files.length === 0 && !o.remove) throw new UsageError('name at least one paper (.txt) or use --all');
  return o;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run import -- <paper.txt> [more.txt ...] [--all] [--force] [--dry-run] [--remove <paper.txt>]

  <paper.txt>  a paper in the seeds' text format; it is parsed and merged with every paper imported before
  --all        import every .txt in papers/
  --force      overwrite content files that were edited by hand since the importer wrote them
  --dry-run    show what would change; write nothing
  --remove <paper.txt>  take a paper out: its content goes, and its extract and its file in papers/ are deleted
               (a corrected paper imported under a new name replaces the old one when it is the same document:
               same kind of paper, same body, same meeting)`;

/** Hash of the importer's own code: a cached extract made by other code is re-dispatched. */
export function parserVersion(root: string): string {
  const dir = join(root, 'importer');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(dir, f)));
  h.update(readFileSync(join(root, ALIASES_FILE)));
  return h.digest('hex').slice(0, 16);
}

function extractOf(doc: SourceDoc, aliases: Aliases, version: string): Extract {
  const r = dispatch(doc, aliases, PARSERS);
  return {
    version: EXTRACT_VERSION,
    parser: version,
    doc: doc.id,
    file: doc.file,
    sha256: sha256(doc.lines.join('\n')),
    lines: doc.lines,
    entries: r.entries,
    claims: r.claims,
    warnings: r.warnings,
  };
}

/** Notice templates from src/i18n/<code>.json (flattened key paths) and the values interpolated into them. */
export async function noticeResources(root: string): Promise<MergeOptions['notice']> {
  const dir = join(root, 'src/i18n');
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length === 0) return undefined;
  const templates: Record<string, Record<string, string>> = {};
  const flat = (o: unknown, prefix: string, into: Record<string, string>) => {
    if (typeof o === 'string') into[prefix] = o;
    else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, into);
  };
  for (const f of files) {
    const code = f.replace(/\.json$/, '');
    flat(JSON.parse(readFileSync(join(dir, f), 'utf8')), '', (templates[code] = {}));
  }
  const { siteConfig } = (await import('../src/site.config.ts')) as { siteConfig: { office: Record<string, string> } };
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(siteConfig.office)) if (typeof v === 'string') values[k] = v;
  return { templates, values };
}

export interface RunResult {
  ok: boolean;
  log: string[];
  entries?: EntryDraft[];
}

export interface RunOptions {
  /** The file system the writing goes through (tests make it fail; default: node's, see transaction.ts). */
  fs?: TxFs;
}

/** At most this many problems are listed; the rest are counted. */
export const PROBLEM_LIMIT = 50;

/** A paper's file name becomes its document id, its URL and its sources' `doc`. */
const DOC_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/**
 * The refusals an ImportError stands for (several for ImportProblems); `shown` maps a paper's file
 * name (as the parsers name it) to how messages name it.
 */
function refusalsOf(e: ImportError, shown: Map<string, string>, hint?: string): Refusal[] {
  if (e instanceof ImportProblems) return e.problems.flatMap((p) => refusalsOf(p, shown, hint));
  // Other papers named inside the message ("as in 001_x.txt:63") are named the same way as the file.
  const names = [...shown].filter(([file, disp]) => file !== disp);
  const rename = (text: string | undefined) =>
    text === undefined
      ? undefined
      : names.reduce((t, [file, disp]) => t.replace(new RegExp(`(?<![\\w/.-])${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=:\\d|[\\s,;)]|$)`, 'g'), disp), text);
  return [
    {
      file: shown.get(e.file) ?? e.file,
      line: e.line,
      found: e.found,
      description: rename(e.description),
      expected: rename(e.expected) ?? e.expected,
      hint: rename(e.hint ?? hint),
    },
  ];
}

/** A quoted place in a paper that a recorded decision relies on. */
function quotedPlaces(aliases: Aliases): Array<{ doc: string; line: number; quote: string; where: string }> {
  return [
    ...aliases.documents.flatMap((d, i) => d.evidence.map((e) => ({ ...e, where: `documents[${i}]` }))),
    ...aliases.meetings.flatMap((m, i) => m.evidence.map((e) => ({ ...e, where: `meetings[${i}]` }))),
    ...aliases.mentions.map((m, i) => ({ doc: m.source.doc, line: m.source.line, quote: m.quote, where: `mentions[${i}]` })),
    ...aliases.bodies.flatMap((b, i) => b.evidence.map((e) => ({ ...e, where: `bodies[${i}]` }))),
    ...aliases.links.map((l, i) => ({ doc: l.question.doc, line: l.question.line, quote: '', where: `links[${i}]` })),
  ];
}

const PARSE_HINT = 'the text at this line does not have the shape the importer reads there: compare it with the original paper and with the same part of a paper already in papers/';

/** Run the importer in `root` (the project directory). Pure apart from reading and writing files under `root`. */
export async function run(argv: string[], root = process.cwd(), seedsDir = resolve(root, 'papers'), options: RunOptions = {}): Promise<RunResult> {
  const log: string[] = [];
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { ok: !e.message, log: [e.message, USAGE].filter(Boolean) };
    throw e;
  }
  const refusals: Refusal[] = [];
  const refused = (): RunResult => {
    const shown = refusals.slice(0, PROBLEM_LIMIT);
    for (const r of shown) log.push(`error: ${formatRefusal(r)}`);
    if (refusals.length > shown.length) log.push(`error: … and ${refusals.length - shown.length} more`);
    log.push(`nothing was written: ${refusals.length} problem(s)`);
    return { ok: false, log };
  };
  // How messages name each paper: its path from the project root (papers/x.txt), or as given when outside it.
  const display = (abs: string) => {
    const r = relative(root, abs);
    return r && !r.startsWith('..') && !isAbsolute(r) ? r.split(sep).join('/') : abs;
  };
  const lock = acquireLock(root);
  if ('heldBy' in lock) {
    refusals.push({
      file: LOCK_FILE,
      description: `another import is running (process ${lock.heldBy})`,
      expected: 'one import at a time',
      hint: `wait for it to finish; if no import is running, delete ${LOCK_FILE}`,
    });
    return refused();
  }
  try {
    return await runLocked({ opts, root, seedsDir, options, log, refusals, refused, display });
  } finally {
    lock.release();
  }
}

/** One run's settings and what it has to say so far. */
interface Run {
  opts: CliOptions;
  root: string;
  seedsDir: string;
  options: RunOptions;
  log: string[];
  refusals: Refusal[];
  /** Report the refusals and fail. */
  refused: () => RunResult;
  /** How messages name a file: from the project root when inside it. */
  display: (abs: string) => string;
}

async function runLocked({ opts, root, seedsDir, options, log, refusals, refused, display }: Run): Promise<RunResult> {
  try {
    const fs = options.fs ?? defaultFs();
    if (opts.dryRun) {
      if (interrupted(root, fs)) {
        refusals.push({
          file: `${TX_DIR}/journal.json`,
          description: 'the journal of an import that was interrupted while writing',
          expected: 'no unfinished import',
          hint: 'run the import without --dry-run: it first rolls the interrupted one back',
        });
        return refused();
      }
    } else {
      let recovered: string | undefined;
      try {
        recovered = recoverInterrupted(root, fs);
      } catch (e) {
        refusals.push({
          file: TX_DIR,
          description: `an interrupted import that could not be rolled back (${e instanceof Error ? e.message : String(e)})`,
          expected: 'no unfinished import',
          hint: `fix the cause (permissions, a locked file) and run the import again; ${TX_DIR}/old holds the files as they were before it`,
        });
        return refused();
      }
      if (recovered) log.push(`note: ${recovered}`);
    }

    let aliases: Aliases;
    try {
      aliases = parseAliases(JSON.parse(readFileSync(join(root, ALIASES_FILE), 'utf8')));
    } catch (e) {
      if (e instanceof ImportError) refusals.push(...refusalsOf(e, new Map(), 'correct the recorded decision'));
      else if (e instanceof SyntaxError) refusals.push({ file: ALIASES_FILE, description: `invalid JSON (${e.message})`, expected: 'the recorded decisions as JSON', hint: 'correct the JSON syntax' });
      else if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        refusals.push({ file: ALIASES_FILE, description: 'no such file', expected: 'the recorded decisions', hint: 'run the import from the project directory; a new project starts with an aliases.json of empty lists' });
      } else throw e;
      return refused();
    }
    const version = parserVersion(root);

    // 0. Papers to take out (--remove): by file name or path; each must have been imported.
    const removing = new Set((opts.remove ?? []).map((f) => basename(f).replace(/\.txt$/, '')));
    for (const id of removing) {
      if (!existsSync(join(root, EXTRACTS_DIR, `${id}.json`)) && !existsSync(join(seedsDir, `${id}.txt`))) {
        refusals.push({ file: display(join(seedsDir, `${id}.txt`)), description: 'a paper that was never imported', expected: 'the file name of an imported paper (as in papers/)', hint: 'check the name: imports/extracts/ holds one file per imported paper' });
      }
      if (opts.files.some((f) => basename(f) === `${id}.txt`)) {
        refusals.push({ file: display(join(seedsDir, `${id}.txt`)), description: 'a paper named both to import and to remove', expected: 'each paper either imported or removed', hint: 'run the import twice, or leave one of the two out' });
      }
    }

    // 1. Read every paper named, refusing each one that is not a readable text.
    const files = [...new Set(opts.files.map((f) => resolve(f)))];
    if (opts.all) {
      if (!existsSync(seedsDir)) {
        refusals.push({ file: display(seedsDir), description: 'no such directory', expected: 'the papers directory for --all', hint: 'run the import from the project directory' });
        return refused();
      }
      for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) if (!removing.has(f.slice(0, -4))) files.push(join(seedsDir, f));
    }
    const papers = new Map<string, { doc: SourceDoc; display: string }>();
    /** A paper's file name → how messages name it. */
    const shown = new Map<string, string>();
    const seen = new Map<string, string>();
    for (const abs of [...new Set(files)]) {
      const disp = display(abs);
      const base = basename(abs);
      if (!base.endsWith('.txt')) {
        refusals.push({
          file: disp,
          description: `a file named "${base}"`,
          expected: 'a paper: a .txt file holding the text extracted from the PDF or Word file',
          hint: 'extract the text into a .txt file and import that',
        });
        continue;
      }
      const id = base.slice(0, -4);
      if (!DOC_ID.test(id)) {
        const suggestion = id.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^[-_]+|[-_]+$/g, '') || 'paper';
        refusals.push({
          file: disp,
          description: `the file name "${base}"`,
          expected: 'a file name of lower-case letters, digits, hyphens or underscores ending ".txt" (it becomes the document\'s id and web address)',
          hint: `rename it, for example to "${suggestion}.txt"`,
        });
        continue;
      }
      if (seen.has(id)) {
        refusals.push({ file: disp, description: `a second paper named "${base}" (the other is ${seen.get(id)!})`, expected: 'one paper per file name', hint: 'import one of them, or rename the other' });
        continue;
      }
      seen.set(id, disp);
      try {
        const decoded = readPaper(abs, disp);
        for (const w of decoded.warnings) log.push(`warning: ${w}`);
        papers.set(id, { doc: toSourceDoc(base, decoded.text), display: disp });
        shown.set(base, disp);
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        refusals.push(...refusalsOf(e, shown));
      }
    }

    // 2. The papers imported before, from the extract cache.
    const cached = new Map<string, Extract>();
    const extractsDir = join(root, EXTRACTS_DIR);
    if (existsSync(extractsDir)) {
      for (const f of readdirSync(extractsDir).filter((x) => x.endsWith('.json')).sort()) {
        const id = f.slice(0, -5);
        if (seen.has(id) || removing.has(id)) continue; // re-imported now: the cache is replaced; or taken out
        const where = `${EXTRACTS_DIR}/${f}`;
        let x: Extract;
        try {
          x = JSON.parse(readFileSync(join(extractsDir, f), 'utf8')) as Extract;
        } catch (e) {
          refusals.push({ file: where, description: `invalid JSON (${e instanceof Error ? e.message : String(e)})`, expected: 'an extract written by the importer', hint: `import papers/${id}.txt again, or delete ${where} if that paper is no longer wanted` });
          continue;
        }
        if (typeof x !== 'object' || x === null || x.version !== EXTRACT_VERSION || !Array.isArray(x.lines) || typeof x.file !== 'string' || x.doc !== id) {
          const what = typeof x === 'object' && x !== null ? `an extract of version ${String(x.version)}${x.doc === id ? '' : ` for ${String(x.doc)}`}` : `${JSON.stringify(x)}`;
          refusals.push({ file: where, description: what, expected: `an extract of version ${EXTRACT_VERSION} for ${id}, as the importer writes it`, hint: `import papers/${id}.txt again` });
          continue;
        }
        cached.set(x.doc, x);
        // The cached text is the paper's text when papers/ holds the same text; otherwise name the cache.
        const onDisk = join(seedsDir, x.file);
        let same = false;
        try {
          same = existsSync(onDisk) && sha256(toSourceDoc(x.file, readPaper(onDisk, x.file).text).lines.join('\n')) === x.sha256;
        } catch {
          // Not readable as a paper now: the cached text is what is parsed, so name the cache.
        }
        shown.set(x.file, same ? display(onDisk) : `${where} (the text of ${x.file} as imported before)`);
      }
    }

    // 3. Parse every paper; a paper that cannot be parsed is refused, and the others are still parsed.
    const fresh = new Map<string, Extract>();
    const parse = (doc: SourceDoc) => {
      try {
        fresh.set(doc.id, extractOf(doc, aliases, version));
      } catch (e) {
        const disp = shown.get(doc.file) ?? doc.file;
        if (e instanceof ImportError) refusals.push(...refusalsOf(e, shown, e.file === doc.file ? PARSE_HINT : undefined));
        else {
          refusals.push({
            file: disp,
            description: `the importer failed on this paper (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})`,
            expected: 'a paper the parsers can read, or a clear error naming its line',
            hint: 'this is a fault in the importer: report it together with the paper',
          });
        }
      }
    };
    const docs = new Map<string, SourceDoc>();
    for (const [id, p] of papers) {
      docs.set(id, p.doc);
      parse(p.doc);
    }
    for (const [id, x] of cached) {
      if (x.parser !== version) {
        log.push(`re-reading ${x.file} from the extract cache (the importer changed since it was cached)`);
        // Text cached by an older importer may hold characters that reading a paper now removes.
        const cleaned = cleanText(shown.get(x.file) ?? x.file, x.lines.join('\n'));
        for (const w of cleaned.warnings) log.push(`warning: ${w}`);
        const doc = { id, file: x.file, lines: cleaned.text.split('\n') };
        docs.set(id, doc);
        parse(doc);
      } else {
        docs.set(id, { id, file: x.file, lines: x.lines });
        fresh.set(id, x);
      }
    }

    // A paper named now under a new file name that is the same document as one imported before replaces it.
    const wasCached = new Set(existsSync(extractsDir) ? readdirSync(extractsDir).map((f) => f.replace(/\.json$/, '')) : []);
    for (const [id, p] of papers) {
      const x = fresh.get(id);
      if (!x || wasCached.has(id)) continue;
      for (const [old, y] of fresh) {
        const same = old !== id && !papers.has(old) ? sameDocument(x, y) : undefined;
        if (!same) continue;
        log.push(`note: ${p.display} replaces ${shown.get(y.file) ?? y.file}: the same document (${same}); the older one is removed`);
        removing.add(old);
        fresh.delete(old);
        docs.delete(old);
      }
    }

    // 4. Recorded decisions quote the papers: check each quote, blaming the paper when the paper is what is wrong.
    const places = quotedPlaces(aliases);
    for (const [id, doc] of docs) {
      const disp = shown.get(doc.file) ?? doc.file;
      const beyond = places.filter((q) => q.doc === id && q.line > doc.lines.length);
      if (beyond.length > 0) {
        const q = beyond.sort((a, b) => b.line - a.line)[0]!;
        refusals.push({
          file: disp,
          line: doc.lines.length,
          description: `the paper ends at line ${doc.lines.length}, but ${ALIASES_FILE} (${q.where}) quotes its line ${q.line}${q.quote ? ` ("${q.quote}")` : ''}`,
          expected: 'the whole paper',
          hint: 'the file looks truncated: extract the text of the paper again',
        });
        continue;
      }
      if (!fresh.has(id)) continue; // the paper's own error is what matters
      try {
        verifyAliases(aliases, new Map([[id, doc]]));
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        refusals.push(...refusalsOf(e, shown, `either ${disp} changed since the decision was recorded (then check the paper against the original) or the decision quotes the wrong line (then correct ${ALIASES_FILE})`));
      }
    }
    if (refusals.length > 0) {
      // One paper's problems together, in line order; the papers in the order they were read.
      const order = new Map<string, number>();
      for (const r of refusals) if (!order.has(r.file)) order.set(r.file, order.size);
      refusals.sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
      return refused();
    }

    const extracts = [...fresh.values()].sort((a, b) => a.doc.localeCompare(b.doc));
    for (const x of extracts) for (const w of x.warnings) log.push(`note: ${w}`);

    // The office's record of where each paper's original is (optional).
    let originals = new Map<string, string>();
    if (existsSync(join(root, ORIGINALS_FILE))) {
      try {
        originals = parseOriginals(readFileSync(join(root, ORIGINALS_FILE), 'utf8'), new Set(extracts.map((x) => x.doc)));
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        refusals.push(...refusalsOf(e, new Map(), 'correct the address in imports/originals.json'));
        return refused();
      }
    }

    // 5. Merge. A paper unchanged since its last import is rarely the cause of a conflict: the hint says so.
    const mergeOpts: MergeOptions = { buildPlans, buildGlossary, originals };
    const notice = await noticeResources(root);
    if (notice) mergeOpts.notice = notice;
    let merged: ReturnType<typeof merge>;
    try {
      merged = merge(extracts, aliases, mergeOpts);
    } catch (e) {
      if (!(e instanceof ImportError)) {
        refusals.push({
          file: 'importer/merge.ts',
          description: `the importer failed while merging the papers (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})`,
          expected: 'the papers merged, or a clear error naming a paper and line',
          hint: `this is a fault in the importer: report it together with the papers of this run (${[...papers.values()].map((p) => p.display).join(', ') || 'from the extract cache'})`,
        });
        return refused();
      }
      // A paper is new or changed when its cached extract (from before this run) holds other text.
      const cachedSha = (id: string) => {
        try {
          return (JSON.parse(readFileSync(join(extractsDir, `${id}.json`), 'utf8')) as Extract).sha256;
        } catch {
          return undefined;
        }
      };
      const changed = new Set([...papers].filter(([id, p]) => cachedSha(id) !== sha256(p.doc.lines.join('\n'))).map(([, p]) => p.display));
      for (const r of refusalsOf(e, shown, 'two papers disagree about the same thing: check both against the original papers')) {
        const others = [...changed].filter((d) => d !== r.file);
        if (!changed.has(r.file) && others.length > 0 && [...shown.values()].includes(r.file)) {
          const note = `${r.file} is unchanged since it was last imported; the difference more likely comes from ${others.join(', ')}, new or changed in this import`;
          r.hint = r.hint ? `${r.hint.replace(/\.$/, '')}. Note: ${note}` : note;
        }
        refusals.push(r);
      }
      return refused();
    }
    for (const w of merged.warnings) log.push(`note: ${w}`);

    // 6. Validate every entry and reference.
    const v = validate(merged.entries, loadReferenceRules(root));
    for (const d of v.dropped) log.push(`warning: ${d}`);
    if (v.problems.length > 0) {
      refusals.push(...v.problems.map((p) => refusalOfProblem(p, aliases, shown)));
      return refused();
    }

    const contentFiles = v.entries.map((e) => ({ path: entryPath(e), text: serialise(e) }));
    const plan = planWrites(root, contentFiles, opts.force, CONTENT_DIRS);
    const extractFiles = [...fresh.values()].map((x) => ({ path: `${EXTRACTS_DIR}/${x.doc}.json`, text: `${JSON.stringify(x, null, 1)}\n` }));
    const manifestText = `${JSON.stringify(plan.manifest, null, 2)}\n`;
    const support = [...extractFiles, { path: MANIFEST, text: manifestText }].filter(
      (f) => !existsSync(join(root, f.path)) || readFileSync(join(root, f.path), 'utf8') !== f.text,
    );

    for (const k of plan.kept) log.push(`kept hand-edited ${k.path} (${k.why}); use --force to overwrite it`);
    for (const k of plan.keptStale) log.push(`kept ${k}: no longer produced, but edited by hand; remove it yourself if it is obsolete`);
    for (const f of plan.forced) log.push(`overwriting hand-edited ${f} (--force)`);
    const corrections = existsSync(join(root, 'imports/CORRECTIONS.md')) ? readFileSync(join(root, 'imports/CORRECTIONS.md'), 'utf8') : '';
    for (const k of plan.kept) {
      if (!corrections.includes(k.path)) log.push(`warning: the hand edit of ${k.path} is not recorded in imports/CORRECTIONS.md`);
    }
    const counts: Record<string, number> = {};
    for (const e of v.entries) counts[e.collection] = (counts[e.collection] ?? 0) + 1;
    const summary =
      `${plan.write.filter((w) => w.reason === 'new').length} new), ` +
      `${plan.unchanged.length} unchanged, ${plan.kept.length} kept as hand-edited, ${plan.remove.length} removed; ` +
      `entries: ${Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ')}`;
    // Papers taken out: their extract, and their file when it is in papers/.
    const takenOut = [...removing].flatMap((id) =>
      [join(EXTRACTS_DIR, `${id}.json`), relative(root, join(seedsDir, `${id}.txt`))].filter((p) => !p.startsWith('..') && !isAbsolute(p) && existsSync(join(root, p))).map((p) => p.split(sep).join('/')),
    );
    for (const r of takenOut) log.push(`${opts.dryRun ? 'would remove' : 'removing'} ${r}`);
    plan.remove.push(...takenOut);
    if (opts.dryRun) {
      log.push(`would write ${plan.write.length} file(s) (${summary}`);
      for (const w of plan.write) log.push(`  ${w.reason}: ${w.path}`);
      return { ok: true, log, entries: v.entries };
    }
    try {
      log.push(...applyWrites(root, [...plan.write, ...support], plan.remove, fs));
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      log.push(`error: ${e.message}`, e.rolledBack ? 'nothing was written' : 'the files are not as before until the next import rolls them back');
      return { ok: false, log };
    }
    log.push(`wrote ${plan.write.length} file(s) (${summary}`);
    return { ok: true, log, entries: v.entries };
  } catch (e) {
    if (e instanceof ImportError) {
      refusals.push(...refusalsOf(e, new Map()));
      return refused();
    }
    throw e;
  }
}

/** "003_x.txt:78" → "papers/003_x.txt:78" when that is how the paper is named in this run. */
function fromPaper(from: string, shown: Map<string, string>): { file: string; line?: number } {
  const m = /^(.*\.txt)(?::(\d+))?$/.exec(from);
  return m ? { file: shown.get(m[1]!) ?? m[1]!, ...(m[2] ? { line: Number(m[2]) } : {}) } : { file: from };
}

/**
 * A content entry that fails its schema or points at an entry that does not exist, named by what
 * is at fault: the recorded decision that made the link, else the paper line the entry was read
 * from, else the entry's file.
 */
export function refusalOfProblem(p: Problem, aliases: Aliases, shown: Map<string, string>): Refusal {
  const what = `the entry ${p.file}, field "${p.field}": ${p.message.replace(`field "${p.field}" `, '')}`;
  const dangling = /refers to "([^"]+)"/.exec(p.message)?.[1];
  if (dangling !== undefined) {
    const link = aliases.links.findIndex((l) => l.action === dangling);
    if (link >= 0) {
      return {
        file: ALIASES_FILE,
        description: what,
        expected: 'links to actions that the papers produce',
        hint: `links[${link}] links a question to ${dangling}, which no imported paper produces: correct the decision or remove it`,
      };
    }
    return {
      ...(p.from ? fromPaper(p.from, shown) : { file: p.file }),
      description: what,
      expected: `a reference to an entry that exists`,
      hint: 'the paper refers to something no imported paper produces: import the paper that holds it, or check the reference in the paper',
    };
  }
  return {
    ...(p.from ? fromPaper(p.from, shown) : { file: p.file }),
    description: what,
    expected: `an entry that fits its schema (src/schemas/)`,
    hint: 'the importer read this part of the paper into something the site cannot show: check the paper at this line against the original; if the paper is right, report it with the paper',
  };
}
