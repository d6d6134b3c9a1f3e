/**
 * Scale benchmark: how fast does the portal build at N pages, against Astro alone?
 *
 *   npm run bench:scale -- --pages 10000
 *
 * 1. Copies the project to a temporary folder (node_modules linked; the real
 *    src/content is never touched) and adds synthetic meetings shaped like the
 *    real ones: each is a clone of a real meeting (agenda and minutes), four of
 *    its questions, two of its actions and one of its reports with three tables
 *    (and so the tables' indicators), with new ids, dates shifted into the past
 *    and "Synthetic benchmark" in every title. Reports are cloned in whichever
 *    form src/content/reports holds (JSON with a `body` of blocks, or MDX).
 * 2. Builds the copy, timing `astro build` and the search indexes (`scripts/search-index.ts`: Pagefind, one
 *    run per period of years) separately, each with
 *    its peak memory (GNU time's %M when /usr/bin/time exists, else the highest
 *    VmHWM of the child's process tree polled from /proc).
 * 3. Builds the "astro floor": a minimal Astro project with the same page count
 *    (one JSON collection, one layout, one dynamic route) using the same Astro.
 *
 * The last line is the result, e.g.
 *   bench: 10010 pages; astro 67.5 s (148 pages/s, peak 1870 MB); pagefind 13.1 s (peak 1610 MB); total 124 pages/s; astro floor 17.2 s; ratio 3.92
 * (ratio = the portal's astro time / the floor's). Pure parts are exported for tests/unit/bench-scale.test.ts.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One content file: `src/content/<collection>/<id>.<ext>`. */
export interface ContentFile {
  collection: string;
  id: string;
  ext: 'json' | 'mdx';
  text: string;
}

/** The real entries a synthetic meeting is cloned from. */
export interface Template {
  meeting: ContentFile;
  questions: ContentFile[];
  actions: ContentFile[];
  report: ContentFile;
  /** The report's tables kept in the clone (the report's other tables are left out of it). */
  tables: ContentFile[];
  /** Ids of every entry of the template meeting (questions, actions, reports, tables) not cloned: references to them are dropped. */
  dropped: string[];
}

export const SYNTHETIC_BODY = 'synthetic-benchmark';
const MARK = 'Synthetic benchmark';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: Json | undefined): v is { [key: string]: Json } => v !== undefined && v !== null && typeof v === 'object' && !Array.isArray(v);
const parseJson = (text: string): Json => JSON.parse(text) as Json;

/**
 * Deep copy with ids renamed (`ids`: old → new, or null to drop the reference:
 * removed from arrays, the key deleted from objects) and exact ISO dates shifted by `shift` days.
 */
export function remap(value: Json, ids: ReadonlyMap<string, string | null>, shift: number): Json {
  if (typeof value === 'string') {
    if (ids.has(value)) return ids.get(value) ?? null;
    return ISO_DATE.test(value) ? addDays(value, shift) : value;
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (const v of value) {
      if (typeof v === 'string' && ids.has(v) && ids.get(v) === null) continue;
      out.push(remap(v, ids, shift));
    }
    return out;
  }
  if (isObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && ids.has(v) && ids.get(v) === null) continue;
      out[k] = remap(v, ids, shift);
    }
    return out;
  }
  return value;
}

/** Prefix a string field of an object (when it is a non-empty string) with the synthetic mark. */
function mark(obj: Json, key: string, k: number): void {
  if (!isObject(obj)) return;
  const v = obj[key];
  if (typeof v === 'string' && v.length > 0) obj[key] = `${MARK} ${k}: ${v}`;
  else if (Array.isArray(v) && typeof v[0] === 'string') v[0] = `${MARK} ${k}: ${v[0]}`;
}

const jsonFile = (collection: string, id: string, data: Json): ContentFile => ({ collection, id, ext: 'json', text: `${JSON.stringify(data, null, 2)}\n` });

/** The synthetic body every synthetic meeting belongs to (so its pages say "Synthetic benchmark meeting"). */
export function syntheticBody(template: ContentFile): ContentFile {
  const body = parseJson(template.text);
  if (!isObject(body)) throw new Error('body template: expected an object');
  return jsonFile('bodies', SYNTHETIC_BODY, {
    ...body,
    name: `${MARK} meeting`,
    abbreviation: 'SBM',
    alsoKnownAs: [],
    purpose: 'Synthetic meetings generated by npm run bench:scale to measure build speed; not real.',
    purposeIsQuoted: false,
    order: 99,
  });
}

/**
 * The date of synthetic meeting k (0-based): one a week going back from 2015-12-31, before every real
 * meeting. A meeting a week is busier than any real area's bodies (a PCC's meetings are monthly or
 * quarterly), and spreads the pages over the years as a long-running portal's are, which the search
 * index, split by year, depends on (at one a day, 40,000 pages fell in 4 years of 10,000 pages each).
 */
export const syntheticDate = (k: number): string => addDays('2015-12-31', -7 * k);

/**
 * The content files of synthetic meeting k: the meeting, its questions, actions,
 * report (same form as the template's) and tables, with new ids and shifted dates.
 */
export function syntheticMeeting(template: Template, k: number): ContentFile[] {
  const meetingData = parseJson(template.meeting.text);
  if (!isObject(meetingData)) throw new Error(`${template.meeting.id}: expected an object`);
  const date = syntheticDate(k);
  const oldDate = isObject(meetingData['date']) && typeof meetingData['date']['date'] === 'string' ? meetingData['date']['date'] : date;
  const shift = daysBetween(oldDate, date);
  const meetingId = `${date}-${SYNTHETIC_BODY}`;
  const reportId = `${meetingId}-report`;
  const ids = new Map<string, string | null>([[template.meeting.id, meetingId]]);
  for (const id of template.dropped) ids.set(id, null);
  template.questions.forEach((q, i) => ids.set(q.id, `${meetingId}-q-${i + 1}`));
  template.actions.forEach((a, i) => ids.set(a.id, `${SYNTHETIC_BODY}-action-${2 * k + i + 1}`));
  ids.set(template.report.id, reportId);
  template.tables.forEach((t, i) => ids.set(t.id, `${reportId}-table-${i + 1}`));
  const idOf = (id: string): string => ids.get(id) ?? id;

  const out: ContentFile[] = [];
  const meeting = remap(meetingData, ids, shift);
  if (isObject(meeting)) {
    meeting['body'] = SYNTHETIC_BODY;
    // Links to real neighbouring meetings and notes about the real one's date do not hold for a clone.
    delete meeting['nextMeeting'];
    delete meeting['dateConflict'];
  }
  out.push(jsonFile('meetings', meetingId, meeting));

  for (const q of template.questions) {
    const data = remap(parseJson(q.text), ids, shift);
    mark(data, 'question', k);
    mark(data, 'section', k);
    out.push(jsonFile('questions', idOf(q.id), data));
  }
  template.actions.forEach((a, i) => {
    const data = remap(parseJson(a.text), ids, shift);
    if (isObject(data)) {
      data['series'] = SYNTHETIC_BODY;
      data['number'] = 2 * k + i + 1;
      // Updates given at real meetings become updates given at the synthetic one.
      if (Array.isArray(data['updates'])) for (const u of data['updates']) if (isObject(u)) u['meeting'] = meetingId;
    }
    mark(data, 'text', k);
    out.push(jsonFile('actions', idOf(a.id), data));
  });
  template.tables.forEach((t, i) => {
    const data = remap(parseJson(t.text), ids, shift);
    if (isObject(data)) data['number'] = i + 1;
    // A distinct caption gives each synthetic report its own indicators (an indicator is its row name and caption).
    mark(data, 'caption', k);
    out.push(jsonFile('tables', idOf(t.id), data));
  });
  out.push(syntheticReport(template, ids, shift, k, reportId));
  return out;
}

/** The report clone, JSON (`body` blocks) or MDX (JSON front matter, <DataTable id="…" /> lines). */
function syntheticReport(template: Template, ids: ReadonlyMap<string, string | null>, shift: number, k: number, reportId: string): ContentFile {
  const edit = (data: Json): Json => {
    const out = remap(data, ids, shift);
    mark(out, 'title', k);
    mark(out, 'subject', k);
    if (isObject(out) && Array.isArray(out['body'])) {
      // Blocks naming a dropped table lose their id in remap(); drop the whole block.
      out['body'] = out['body'].filter((b) => !(isObject(b) && b['kind'] === 'table' && typeof b['id'] !== 'string'));
    }
    return out;
  };
  if (template.report.ext === 'json') return jsonFile('reports', reportId, edit(parseJson(template.report.text)));
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template.report.text);
  if (!m) throw new Error(`${template.report.id}.mdx: expected JSON front matter between --- lines`);
  let body = m[2]!;
  for (const [from, to] of ids) {
    body = to === null ? body.replace(new RegExp(`^.*<DataTable id="${from}"\\s*/>.*\\n?`, 'gm'), '') : body.replaceAll(`"${from}"`, `"${to}"`);
  }
  return { collection: 'reports', id: reportId, ext: 'mdx', text: `---\n${JSON.stringify(edit(parseJson(m[1]!)), null, 2)}\n---\n${body}` };
}

/** HTML pages a set of entries is expected to add (Astro's "page(s) built" counts HTML pages, not .ics/.csv/.json routes). */
export function pagesPerMeeting(files: readonly ContentFile[]): number {
  let pages = 0;
  for (const f of files) {
    if (['meetings', 'questions', 'actions', 'reports'].includes(f.collection)) pages += 1;
    else if (f.collection === 'tables') pages += indicatorCount(parseJson(f.text)); // one performance page per indicator
  }
  return pages;
}

/** Rough count of a table's indicators: data rows with at least one figure. */
function indicatorCount(table: Json): number {
  if (!isObject(table) || !Array.isArray(table['rows'])) return 0;
  return table['rows'].filter(
    (r) =>
      isObject(r) &&
      (r['kind'] ?? 'data') === 'data' &&
      Array.isArray(r['cells']) &&
      r['cells'].some((c) => isObject(c) && isObject(c['value']) && ['number', 'percent', 'pp', 'money', 'duration'].includes(String(c['value']['type']))),
  ).length;
}

/** How many synthetic meetings bring a site of `basePages` to about `target` pages. */
export const meetingsFor = (target: number, basePages: number, perMeeting: number): number =>
  Math.max(0, Math.round((target - basePages) / Math.max(1, perMeeting)));

export interface BenchResult {
  pages: number;
  astroSeconds: number;
  astroPeakMb: number;
  pagefindSeconds: number;
  pagefindPeakMb: number;
  floorSeconds: number;
}

/** The benchmark's result line (the script's last line). */
export function benchLine(r: BenchResult): string {
  const rate = (s: number): number => Math.round(r.pages / s);
  return (
    `bench: ${r.pages} pages; astro ${r.astroSeconds.toFixed(1)} s (${rate(r.astroSeconds)} pages/s, peak ${Math.round(r.astroPeakMb)} MB); ` +
    `pagefind ${r.pagefindSeconds.toFixed(1)} s (peak ${Math.round(r.pagefindPeakMb)} MB); ` +
    `total ${rate(r.astroSeconds + r.pagefindSeconds)} pages/s; astro floor ${r.floorSeconds.toFixed(1)} s; ratio ${(r.astroSeconds / r.floorSeconds).toFixed(2)}`
  );
}

/**
 * `--pages N` (default 2000); `--cpu-prof DIR` writes a V8 CPU profile of the portal's astro build to DIR;
 * `--keep DIR` keeps the built synthetic site (with its Pagefind index) in DIR, e.g. to measure search on it
 * (scripts/search-metrics.ts); `--project DIR` writes the synthetic project to DIR (emptied first) and keeps it,
 * so that it can be rebuilt with `npx astro build` there while a change is measured; `--max-period-pages N`
 * passes `--max-pages N` to scripts/search-index.ts (the most pages in one period's search index).
 */
export function parseArgs(argv: readonly string[]): { pages: number; cpuProf?: string; keep?: string; project?: string; maxPeriodPages?: number } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const raw = value('--pages') ?? argv.find((a) => /^\d+$/.test(a));
  const pages = raw === undefined ? 2000 : Number(raw);
  if (!Number.isInteger(pages) || pages <= 0) throw new Error(`bench:scale: --pages must be a positive whole number, got ${raw}`);
  const cpuProf = value('--cpu-prof');
  const keep = value('--keep');
  const project = value('--project');
  const rawMax = value('--max-period-pages');
  const maxPeriodPages = rawMax === undefined ? undefined : Number(rawMax);
  if (maxPeriodPages !== undefined && (!Number.isInteger(maxPeriodPages) || maxPeriodPages <= 0)) throw new Error(`bench:scale: --max-period-pages must be a positive whole number, got ${rawMax}`);
  return {
    pages,
    ...(maxPeriodPages === undefined ? {} : { maxPeriodPages }),
    ...(cpuProf === undefined ? {} : { cpuProf }),
    ...(keep === undefined ? {} : { keep }),
    ...(project === undefined ? {} : { project }),
  };
}

// ---------------------------------------------------------------------------------------------
// Running (not unit-tested: it builds).

interface Run {
  seconds: number;
  peakMb: number;
  /** User + system CPU seconds (GNU time's %U + %S; NaN without it): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/** Highest VmHWM (kB) of a process and its descendants, read from /proc. */
function treeHwmKb(pid: number): number {
  let max = 0;
  const visit = (p: number): void => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      max = Math.max(max, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
      }
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return max;
}

/** Run a command, timing it and measuring its peak resident memory. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(cwd, '.bench-time');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakKb = 0;
    let cpuSeconds = NaN;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    const poll = useTime ? undefined : setInterval(() => (peakKb = Math.max(peakKb, child.pid ? treeHwmKb(child.pid) : 0)), 250);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stdout.slice(-4000)}`));
        return;
      }
      if (useTime) {
        const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
        peakKb = kb ?? NaN;
        cpuSeconds = (user ?? NaN) + (system ?? NaN);
      }
      resolve({ seconds, peakMb: peakKb / 1024, cpuSeconds, stdout });
    });
  });
}

const readEntry = (root: string, collection: string, id: string): ContentFile => {
  for (const ext of ['json', 'mdx'] as const) {
    const path = join(root, 'src/content', collection, `${id}.${ext}`);
    if (existsSync(path)) return { collection, id, ext, text: readFileSync(path, 'utf8') };
  }
  throw new Error(`bench:scale: no src/content/${collection}/${id}.json or .mdx`);
};
const entryIds = (root: string, collection: string): string[] =>
  readdirSync(join(root, 'src/content', collection))
    .filter((f) => /\.(json|mdx)$/.test(f))
    .map((f) => f.replace(/\.(json|mdx)$/, ''))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const field = (file: ContentFile, key: string): unknown => {
  const text = file.ext === 'json' ? file.text : (/^---\n([\s\S]*?)\n---\n/.exec(file.text)?.[1] ?? '{}');
  const data = parseJson(text);
  return isObject(data) ? data[key] : undefined;
};

/** The real meeting with reports, questions and actions that synthetic meetings are cloned from. */
export function loadTemplate(root: string, meetingId = '2025-01-29-pcc-accountability-meeting', reportId = '2025-01-29-pillar-1'): Template {
  const meeting = readEntry(root, 'meetings', meetingId);
  const of = (collection: string, key: string): ContentFile[] =>
    entryIds(root, collection)
      .map((id) => readEntry(root, collection, id))
      .filter((f) => field(f, key) === meetingId);
  const questions = of('questions', 'meeting');
  const actions = of('actions', 'raisedAt');
  const reports = of('reports', 'meeting');
  const report = reports.find((r) => r.id === reportId);
  if (!report) throw new Error(`bench:scale: report ${reportId} is not a report of ${meetingId}`);
  const tables = entryIds(root, 'tables')
    .map((id) => readEntry(root, 'tables', id))
    .filter((t) => typeof field(t, 'report') === 'string' && reports.some((r) => r.id === field(t, 'report')));
  const reportTables = tables.filter((t) => field(t, 'report') === reportId).sort((a, b) => Number(field(a, 'order') ?? 0) - Number(field(b, 'order') ?? 0));
  const keep = { questions: questions.slice(0, 4), actions: actions.slice(0, 2), tables: reportTables.slice(0, 3) };
  if (keep.questions.length < 4 || keep.actions.length < 2 || keep.tables.length < 3) throw new Error(`bench:scale: ${meetingId} has too few questions, actions or tables to clone`);
  const kept = new Set([...keep.questions, ...keep.actions, ...keep.tables, report].map((f) => f.id));
  const dropped = [...questions, ...actions, ...reports, ...tables].map((f) => f.id).filter((id) => !kept.has(id));
  return { meeting, report, dropped, ...keep };
}

/** HTML files under a folder. */
const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);

/** Page count of the real site: its last build's (dist/) when there is one, else the per-entry rule of pagesPerMeeting plus the fixed pages. */
function basePages(root: string): number {
  if (existsSync(join(root, 'dist'))) return countHtml(join(root, 'dist'));
  const files = ['meetings', 'questions', 'actions', 'reports', 'tables'].flatMap((c) => entryIds(root, c).map((id) => readEntry(root, c, id)));
  return pagesPerMeeting(files) + 30;
}

/** What the temporary copy leaves out: dependencies (linked instead), builds, caches, history and tests. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', 'test-results', 'coverage']);

const writeFiles = (dir: string, files: readonly ContentFile[]): void => {
  for (const f of files) writeFileSync(join(dir, 'src/content', f.collection, `${f.id}.${f.ext}`), f.text);
};
const builtPages = (stdout: string): number => Number(/(\d+) page\(s\) built/.exec(stdout)?.[1] ?? NaN);

/** The minimal Astro project: one JSON collection of `pages` entries, one layout, one dynamic route. */
function writeFloorProject(dir: string, root: string, pages: number): void {
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });\n");
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/items'), { recursive: true });
  mkdirSync(join(dir, 'src/content/items'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { items: defineCollection({ loader: glob({ pattern: '*.json', base: './src/content/items' }), schema: z.object({ title: z.string(), date: z.string(), paragraphs: z.array(z.string()) }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/layouts/Layout.astro'),
    '---\ninterface Props { title: string }\nconst { title } = Astro.props;\n---\n<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8" /><title>{title}</title></head>\n<body><header><a href="/">Home</a></header><main><slot /></main><footer>Floor</footer></body></html>\n',
  );
  writeFileSync(
    join(dir, 'src/pages/items/[id].astro'),
    "---\nimport { getCollection } from 'astro:content';\nimport Layout from '../../layouts/Layout.astro';\n" +
      "export async function getStaticPaths() { return (await getCollection('items')).map((e) => ({ params: { id: e.id }, props: { e } })); }\nconst { e } = Astro.props;\n---\n" +
      '<Layout title={e.data.title}><h1>{e.data.title}</h1><p><time datetime={e.data.date}>{e.data.date}</time></p>{e.data.paragraphs.map((p) => <p>{p}</p>)}</Layout>\n',
  );
  const text = 'The Commissioner asked about response times and the Chief Constable answered with the latest figures for the quarter.';
  for (let i = 0; i < pages; i++) {
    writeFileSync(join(dir, 'src/content/items', `item-${i}.json`), JSON.stringify({ title: `Item ${i}`, date: syntheticDate(i), paragraphs: [text, text, text] }));
  }
}

async function main(): Promise<void> {
  const { pages: target, cpuProf, keep, project, maxPeriodPages } = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const node = process.execPath;
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const searchIndex = join(root, 'scripts/search-index.ts');
  const env = { ...process.env, BUILD_DATE: process.env['BUILD_DATE'] ?? '2026-11-24' };

  const template = loadTemplate(root);
  const perMeeting = pagesPerMeeting(syntheticMeeting(template, 0));
  const base = basePages(root);
  const meetings = meetingsFor(target, base, perMeeting);
  const reportForm = template.report.ext;
  console.log(`bench:scale: about ${base} real pages + ${meetings} synthetic meetings × about ${perMeeting} pages (reports as ${reportForm})`);

  if (project !== undefined) {
    rmSync(resolve(project), { recursive: true, force: true });
    mkdirSync(resolve(project), { recursive: true });
  }
  const dir = project === undefined ? mkdtempSync(join(tmpdir(), 'os-bench-')) : resolve(project);
  const floorDir = mkdtempSync(join(tmpdir(), 'os-floor-'));
  try {
    for (const part of readdirSync(root)) if (!NOT_COPIED.has(part)) cpSync(join(root, part), join(dir, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    writeFiles(dir, [syntheticBody(readEntry(root, 'bodies', 'pcc-accountability-meeting'))]);
    for (let k = 0; k < meetings; k++) writeFiles(dir, syntheticMeeting(template, k));

    const profile = cpuProf === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${resolve(cpuProf)}`];
    const a = await run(node, [...profile, astro, 'build'], dir, { ...env, ASTRO_CACHE_DIR: join(dir, '.cache') });
    const pages = builtPages(a.stdout);
    const abbrLine = /marked and wrote \d+ pages.*/.exec(a.stdout)?.[0];
    console.log(`astro build: ${pages} pages in ${a.seconds.toFixed(1)} s, peak ${Math.round(a.peakMb)} MB${abbrLine ? ` (${abbrLine})` : ''}`);
    const p = await run(node, [searchIndex, 'dist', ...(maxPeriodPages === undefined ? [] : ['--max-pages', String(maxPeriodPages)])], dir, env);
    console.log(`${p.stdout.trim()}\npagefind (scripts/search-index.ts, one Pagefind run per period): ${p.seconds.toFixed(1)} s, peak ${Math.round(p.peakMb)} MB`);
    if (keep !== undefined) {
      rmSync(resolve(keep), { recursive: true, force: true });
      cpSync(join(dir, 'dist'), resolve(keep), { recursive: true });
      console.log(`kept the built site in ${resolve(keep)}`);
    }
    // The copy is deleted only after the floor's build (in `finally`): on ext4 without a journal, as on the 2-core
    // machines measured here, files created just after many were deleted cost the kernel far more (it skips
    // recently deleted inodes one by one), so deleting the copy first slowed the floor by up to 4 s.

    writeFloorProject(floorDir, root, pages);
    const f = await run(node, [astro, 'build'], floorDir, { ...env, ASTRO_CACHE_DIR: join(floorDir, '.cache') });
    console.log(`astro floor: ${builtPages(f.stdout)} pages in ${f.seconds.toFixed(1)} s, peak ${Math.round(f.peakMb)} MB`);

    console.log(`cpu: astro ${a.cpuSeconds.toFixed(1)} s (${Math.round(pages / a.cpuSeconds)} pages per cpu-second), astro floor ${f.cpuSeconds.toFixed(1)} s, cpu ratio ${(a.cpuSeconds / f.cpuSeconds).toFixed(2)}`);
    console.log(benchLine({ pages, astroSeconds: a.seconds, astroPeakMb: a.peakMb, pagefindSeconds: p.seconds, pagefindPeakMb: p.peakMb, floorSeconds: f.seconds }));
  } finally {
    if (project === undefined) rmSync(dir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
