/**
 * Stop-gap writer for the "import-plan" entries (grid, plans, glossary and the
 * grid's report), until `scripts/import.ts` calls `parseGrid`, `buildPlans`
 * and `buildGlossary` itself. It writes exactly the ids and shapes the CLI
 * will write, after validating every entry against its Zod schema.
 *
 *   npx node src/lib/import/plans-write.ts [seed-dir]
 *
 * Only the collections this helper owns are touched: stale JSON files in
 * src/content/{grid,plans,glossary} are removed, the report file is replaced.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glossarySchema } from '../../schemas/glossary.ts';
import { gridObjectiveSchema } from '../../schemas/grid.ts';
import { planSchema } from '../../schemas/plans.ts';
import { reportSchema } from '../../schemas/reports.ts';
import { buildGlossary } from './glossary.ts';
import { findGridHeader, parseGrid } from './grid.ts';
import { buildPlans } from './plans.ts';
import { toSourceDoc, type EntryDraft, type SourceDoc } from './source.ts';

/** The meeting the 2016/17 grid was presented to (002: Police and Crime Panel, 26 September 2017). */
export const GRID_MEETING_ID = '2017-09-26-police-and-crime-panel';

const schemas = { grid: gridObjectiveSchema, plans: planSchema, glossary: glossarySchema, reports: reportSchema } as const;

export function loadSeeds(dir: string): SourceDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => toSourceDoc(f, readFileSync(join(dir, f), 'utf8')));
}

/** All entries this helper produces from the seeds. */
export function planEntries(docs: SourceDoc[]): EntryDraft[] {
  const grid = docs.filter((d) => findGridHeader(d) >= 0).flatMap((d) => parseGrid(d, { meetingId: GRID_MEETING_ID }).entries);
  return [...grid, ...buildPlans(grid, docs), ...buildGlossary(docs)];
}

/** Validate one draft with its collection's schema; throws naming the entry and field. */
export function validateDraft(d: EntryDraft): void {
  const schema = schemas[d.collection as keyof typeof schemas];
  if (!schema) throw new Error(`${d.collection}/${d.id}: no schema for this collection in plans-write`);
  const r = schema.safeParse(d.data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${d.collection}/${d.id}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`);
  }
}

/** Front matter as a JSON object (valid YAML), the same form `scripts/import.ts` writes. */
export function frontMatter(data: Record<string, unknown>): string {
  return `---\n${JSON.stringify(data, null, 2)}\n---\n`;
}

export function writeEntries(root: string, drafts: EntryDraft[]): string[] {
  const written: string[] = [];
  for (const d of drafts) validateDraft(d);
  for (const collection of ['grid', 'plans', 'glossary'] as const) {
    const dir = join(root, 'src/content', collection);
    mkdirSync(dir, { recursive: true });
    const keep = new Set(drafts.filter((d) => d.collection === collection).map((d) => `${d.id}.json`));
    for (const f of readdirSync(dir)) if (f.endsWith('.json') && !keep.has(f)) rmSync(join(dir, f));
  }
  for (const d of drafts) {
    const dir = join(root, 'src/content', d.collection);
    mkdirSync(dir, { recursive: true });
    const file = d.collection === 'reports' ? join(dir, `${d.id}.mdx`) : join(dir, `${d.id}.json`);
    const text = d.collection === 'reports' ? `${frontMatter(d.data)}\n${d.body ?? ''}` : `${JSON.stringify(d.data, null, 2)}\n`;
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1] ? resolve(process.argv[1]) : ''}`) {
  const seeds = process.argv[2] ?? '/work/shared/seeds';
  const root = resolve(import.meta.dirname, '../../..');
  const drafts = planEntries(loadSeeds(seeds));
  const files = writeEntries(root, drafts);
  const count = (c: string) => drafts.filter((d) => d.collection === c).length;
  console.log(
    `wrote ${files.length} files: grid ${count('grid')}, plans ${count('plans')}, glossary ${count('glossary')}, reports ${count('reports')}`,
  );
}
