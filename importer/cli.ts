/**
 * The importer's command line: `npm run import -- <file.txt> [...] [--all] [--force] [--dry-run]`.
 *
 * 1. Each named paper is dispatched (meetings-dispatch.ts) into an extract,
 *    cached as imports/extracts/<doc-id>.json with the paper's lines.
 * 2. All cached extracts (the named ones fresh, the others from the cache;
 *    a cache made by older parser code is re-dispatched from its stored lines)
 *    are merged (merge.ts) into the final entries.
 * 3. Everything is validated with the content schemas and the build's
 *    reference rules. Any error: a message naming file, line/field and what
 *    was expected, and nothing is written.
 * 4. Files are written atomically; hand-edited files are kept unless --force.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ALIASES_FILE, parseAliases, verifyAliases } from './aliases.ts';
import { buildGlossary } from './glossary.ts';
import { dispatch, PARSERS } from './meetings-dispatch.ts';
import type { Extract } from './meetings-types.ts';
import { merge, type MergeOptions } from './merge.ts';
import { buildPlans } from './plans.ts';
import { ImportError, toSourceDoc, type EntryDraft, type SourceDoc } from './source.ts';
import { applyWrites, entryPath, formatProblem, loadReferenceRules, planWrites, serialise, sha256, validate, MANIFEST, SCHEMAS } from './write.ts';

export const EXTRACT_VERSION = 1;
export const EXTRACTS_DIR = 'imports/extracts';
/** The content directories the importer manages: one per collection. */
export const CONTENT_DIRS = Object.keys(SCHEMAS).map((c) => `src/content/${c}/`);

export interface CliOptions {
  files: string[];
  all: boolean;
  force: boolean;
  dryRun: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { files: [], all: false, force: false, dryRun: false };
  for (const a of argv) {
    if (a === '--all') o.all = true;
    else if (a === '--force') o.force = true;
    else if (a === '--dry-run') o.dryRun = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!o.all && o.files.length === 0) throw new UsageError('name at least one paper (.txt) or use --all');
  return o;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run import -- <paper.txt> [more.txt ...] [--all] [--force] [--dry-run]

  <paper.txt>  a paper in the seeds' text format; it is parsed and merged with every paper imported before
  --all        import every .txt in papers/
  --force      overwrite content files that were edited by hand since the importer wrote them
  --dry-run    show what would change; write nothing`;

/** Hash of the importer's own code: a cached extract made by other code is re-dispatched. */
export function parserVersion(root: string): string {
  const dir = join(root, 'importer');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(dir, f)));
  h.update(readFileSync(join(root, ALIASES_FILE)));
  return h.digest('hex').slice(0, 16);
}

function extractOf(doc: SourceDoc, aliases: ReturnType<typeof parseAliases>, version: string): Extract {
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

/** Run the importer in `root` (the project directory). Pure apart from reading and writing files under `root`. */
export async function run(argv: string[], root = process.cwd(), seedsDir = resolve(root, 'papers')): Promise<RunResult> {
  const log: string[] = [];
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { ok: !e.message, log: [e.message, USAGE].filter(Boolean) };
    throw e;
  }
  try {
    const aliases = parseAliases(JSON.parse(readFileSync(join(root, ALIASES_FILE), 'utf8')));
    const version = parserVersion(root);

    const files = [...opts.files.map((f) => resolve(f))];
    if (opts.all) {
      if (!existsSync(seedsDir)) throw new ImportError(seedsDir, undefined, 'a seeds directory for --all');
      for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) files.push(join(seedsDir, f));
    }
    const fresh = new Map<string, Extract>();
    const docs = new Map<string, SourceDoc>();
    for (const f of files) {
      if (!existsSync(f)) throw new ImportError(f, undefined, 'an existing .txt file');
      if (!f.endsWith('.txt')) throw new ImportError(f, undefined, 'a .txt paper in the seeds text format');
      const text = readFileSync(f, 'utf8');
      const doc = toSourceDoc(basename(f), text);
      docs.set(doc.id, doc);
    }
    // Aliases quote papers: check the quotes against every paper at hand (fresh and cached).
    const cached = new Map<string, Extract>();
    const extractsDir = join(root, EXTRACTS_DIR);
    if (existsSync(extractsDir)) {
      for (const f of readdirSync(extractsDir).filter((x) => x.endsWith('.json')).sort()) {
        const x = JSON.parse(readFileSync(join(extractsDir, f), 'utf8')) as Extract;
        if (x.version !== EXTRACT_VERSION) throw new ImportError(join(EXTRACTS_DIR, f), undefined, `an extract of version ${EXTRACT_VERSION}; re-import ${x.file}`);
        cached.set(x.doc, x);
      }
    }
    const allDocs = new Map<string, SourceDoc>([...[...cached.values()].map((x) => [x.doc, { id: x.doc, file: x.file, lines: x.lines }] as const), ...docs]);
    verifyAliases(aliases, allDocs);

    for (const [id, doc] of docs) fresh.set(id, extractOf(doc, aliases, version));
    for (const [id, x] of cached) {
      if (fresh.has(id)) continue;
      if (x.parser !== version) {
        log.push(`re-reading ${x.file} from the extract cache (the importer changed since it was cached)`);
        fresh.set(id, extractOf({ id: x.doc, file: x.file, lines: x.lines }, aliases, version));
      } else fresh.set(id, x);
    }
    const extracts = [...fresh.values()].sort((a, b) => a.doc.localeCompare(b.doc));
    for (const x of extracts) for (const w of x.warnings) log.push(`note: ${w}`);

    const mergeOpts: MergeOptions = { buildPlans, buildGlossary };
    const notice = await noticeResources(root);
    if (notice) mergeOpts.notice = notice;
    const merged = merge(extracts, aliases, mergeOpts);
    for (const w of merged.warnings) log.push(`note: ${w}`);

    const v = validate(merged.entries, loadReferenceRules(root));
    for (const d of v.dropped) log.push(`warning: ${d}`);
    if (v.problems.length > 0) {
      log.push(`error: ${v.problems.length} problem(s); nothing was written:`);
      for (const p of v.problems.slice(0, 50)) log.push(`  ${formatProblem(p)}`);
      if (v.problems.length > 50) log.push(`  … and ${v.problems.length - 50} more`);
      return { ok: false, log };
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
    log.push(
      `${opts.dryRun ? 'would write' : 'wrote'} ${plan.write.length} file(s) (${plan.write.filter((w) => w.reason === 'new').length} new), ` +
        `${plan.unchanged.length} unchanged, ${plan.kept.length} kept as hand-edited, ${plan.remove.length} removed; ` +
        `entries: ${Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ')}`,
    );
    if (!opts.dryRun) applyWrites(root, [...plan.write, ...support], plan.remove);
    else for (const w of plan.write) log.push(`  ${w.reason}: ${w.path}`);
    return { ok: true, log, entries: v.entries };
  } catch (e) {
    if (e instanceof ImportError) {
      log.push(`error: ${e.message}`, 'nothing was written');
      return { ok: false, log };
    }
    throw e;
  }
}
