/**
 * Reports presented to a meeting, read from an agenda pack.
 *
 * A report starts at its ORIGINATOR header block (each label on its own line,
 * its value two lines below: ORIGINATOR, REASON FOR SUBMISSION, SUBMITTED TO,
 * SUBJECT, SUMMARY, RECOMMENDATION), runs to its "END." / "END" line, may carry
 * an enclosure printed after END (the April 2025 inspectorate's letter), and
 * closes with its originator checklist (a two-column TAB table). Everything in
 * between becomes one `reports` entry (the header fields and the narrative as
 * `body` blocks) plus its `tables`, `figures` and `inspections` entries.
 *
 * `parseReports` is pure: it reads a SourceDoc and returns entry drafts, the
 * line ranges it consumed, the lines it consumed without turning them into
 * content (with the reason), and the page-break joins it made.
 */
import type { z } from 'astro/zod';
import { SCHEMAS } from '../src/schemas/index.ts';
import { numberedFigure, introducedFigure, untitledFigure, type FigureDraft } from './figures.ts';
import { buildInspection, isGradeGrid } from './inspections.ts';
import {
  bodyBlocks,
  isHeadingCandidate,
  joinPageBreaks,
  lexBlocks,
  sameHeading,
  type Block,
  type Node,
} from './reports-body.ts';
import { HintedImportError } from './meetings-util.ts';
import { profile } from './profile.ts';
import { ImportError, type CollectionName, type DraftData, type EntryDraft, type SourceDoc } from './source.ts';
import { buildTables, noteKind, parseCaption, type Caption, type TableDraft, type TableNote } from './tables.ts';

export interface ReportsContext {
  /** Id of the meeting the reports were presented to. */
  meetingId: string;
  /** That meeting's printed agenda, in order. */
  agenda: Array<{ number?: string; title: string }>;
}

export interface ReportsResult {
  /** reports, tables, figures and inspections entries, every one valid against its schema. */
  entries: EntryDraft[];
  /** 1-based inclusive line ranges consumed (each report from ORIGINATOR to its checklist, plus residue between reports). */
  claimed: Array<[number, number]>;
  /** Lines inside `claimed` whose text reaches no entry, and why. */
  skipped: Array<{ lines: [number, number]; text: string; reason: string }>;
  /** Sentences re-joined across page breaks: [last line of the first part, line of the continuation]. */
  joins: Array<[number, number]>;
}

const HEADER_FIELDS = [
  ['ORIGINATOR:', 'originator'],
  ['REASON FOR SUBMISSION:', 'reason'],
  ['SUBMITTED TO:', 'submittedTo'],
  ['SUBJECT:', 'subject'],
  ['SUMMARY:', 'summary'],
  ['RECOMMENDATION:', 'recommendation'],
] as const;

const LABELS = new Set<string>(HEADER_FIELDS.map(([label]) => label));
const END = /^END\.?$/;
const CHECKLIST = /^ORIGINATOR CHECKLIST\b/;
const LOGO_RESIDUE = /^[A-Z][A-Z&' ]*$/;

type HeaderValues = Record<(typeof HEADER_FIELDS)[number][1], string[]>;

/** Reads the header block from `start` (the ORIGINATOR line, 0-based). Returns the values and the index after RECOMMENDATION's value. */
export function parseHeader(doc: SourceDoc, start: number, limit: number): { values: HeaderValues; next: number } {
  const values = {} as HeaderValues;
  let i = start;
  const skipBlank = () => {
    while (i < limit && (doc.lines[i] ?? '').trim() === '') i += 1;
  };
  for (const [label, key] of HEADER_FIELDS) {
    skipBlank();
    const found = (doc.lines[i] ?? '').trim();
    if (found !== label) throw new ImportError(doc.file, i + 1, `the report header label "${label}" on its own line`, i < limit ? found : 'the end of the report');
    const labelLine = i + 1;
    i += 1;
    const paragraphs: string[] = [];
    for (;;) {
      skipBlank();
      const text = (doc.lines[i] ?? '').trim();
      if (i >= limit || LABELS.has(text)) break;
      const para: string[] = [];
      while (i < limit && (doc.lines[i] ?? '').trim() !== '' && !LABELS.has((doc.lines[i] ?? '').trim())) {
        para.push((doc.lines[i] ?? '').trim());
        i += 1;
      }
      paragraphs.push(para.join(' '));
      if (key === 'recommendation') break;
    }
    if (paragraphs.length === 0) {
      throw new ImportError(doc.file, labelLine, `a value for "${label}" two lines below the label`, (doc.lines[i] ?? '').trim() || 'nothing');
    }
    if (key !== 'summary' && paragraphs.length > 1) {
      throw new ImportError(doc.file, labelLine, `a single paragraph as the value of "${label}"`, paragraphs.join(' | '));
    }
    values[key] = paragraphs;
  }
  return { values, next: i };
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (ws: readonly string[]) => (ws.length ? ws.map(escapeRe).join('|') : '(?!)');
/** The words the profile's plans name their parts with ("Pillar", "Priority"). */
const PART_ALT = alternatives([...new Set(profile().plans.flatMap((p) => p.partWords))]);
/** The plans each of whose parts has its own report (the profile lists their report sections), and their part words. */
const REPORT_PLANS = profile().plans.filter((p) => Object.keys(p.reportSections).length > 0);
const REPORT_ALT = alternatives([...new Set(REPORT_PLANS.flatMap((p) => p.partWords))]);
/** "<part word> N" of a plan with part reports, the word captured. */
const REPORT_PART_RE = new RegExp(`\\b(${REPORT_ALT}) (\\d+)\\b`, 'i');
/** A part report's banner ("<PART WORD> 1 …"), any case. */
const REPORT_BANNER_RE = new RegExp(`^(?:${REPORT_ALT}) \\d+\\b`, 'i');
const unitOfReportWord = (word: string) => REPORT_PLANS.find((p) => p.partWords.some((w) => w.toLowerCase() === word.toLowerCase()))?.unit;

/** The plan elements a SUMMARY says the report covers: "elements 1-4 & 6 of Pillar 2" → [1, 2, 3, 4, 6]. */
export function elementsOf(summary: string): number[] | undefined {
  const m = new RegExp(`\\belements?\\s+([\\d\\s,&–-]+(?:\\s*and\\s*[\\d\\s,&–-]+)*)\\s+of\\s+(?:${PART_ALT})\\b`, 'i').exec(summary);
  if (!m) return undefined;
  const out: number[] = [];
  for (const part of (m[1] ?? '').split(/,|&|\band\b/)) {
    const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(part);
    if (range) for (let n = Number(range[1]); n <= Number(range[2]); n += 1) out.push(n);
    else if (/^\s*\d+\s*$/.test(part)) out.push(Number(part));
  }
  return out.length > 0 ? out : undefined;
}

/** Words left out of a report id: small words, and the area's name (from the publisher profile). */
const SLUG_STOP = new Set(['update', 'of', 'the', 'and', 'in', 'on', 'for', 'a', 'an', 'to', ...profile().site.area.toLowerCase().split(/[^a-z0-9]+/), 'constabulary', 'report']);

/**
 * Report id: meeting date + "pillar-N" when the SUBJECT names a pillar, else the
 * SUBJECT's significant words, with any phrase the report abbreviates
 * ("Joint targeted area inspection (JTAI)") replaced by its abbreviation.
 */
export function reportSlug(subject: string, summary: string[]): string {
  const part = REPORT_PART_RE.exec(subject);
  const unit = part ? unitOfReportWord(part[1] ?? '') : undefined;
  if (part && unit) return `${unit}-${part[2]}`;
  let text = subject.toLowerCase();
  for (const m of summary.join(' ').matchAll(/((?:[A-Za-z-]+ ){1,6}[A-Za-z-]+) \(([A-Z]{2,})\)/g)) {
    const acronym = m[2] ?? '';
    const words = (m[1] ?? '').split(' ');
    const phrase = words.slice(-acronym.length).join(' ').toLowerCase();
    if (phrase !== '' && text.includes(phrase)) text = text.replace(phrase, acronym.toLowerCase());
  }
  const words = text
    .replace(/[’‘']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !SLUG_STOP.has(w));
  return words.join('-');
}

/** The agenda item a report presents: by pillar number, or by the title that best shares the SUBJECT's words. */
export function matchAgenda(subject: string, agenda: ReportsContext['agenda']): ReportsContext['agenda'][number] | undefined {
  const part = REPORT_PART_RE.exec(subject);
  if (part) return agenda.find((item) => new RegExp(`\\b${escapeRe(part[1] ?? '')} ${part[2]}\\b`, 'i').test(item.title));
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  const mine = words(subject);
  let best: { item: ReportsContext['agenda'][number]; score: number } | undefined;
  for (const item of agenda) {
    const theirs = words(item.title);
    const common = [...mine].filter((w) => theirs.has(w)).length;
    const score = common / Math.max(1, new Set([...mine, ...theirs]).size);
    if (score >= 0.5 && (!best || score > best.score)) best = { item, score };
  }
  return best?.item;
}

/** Plan entry an agenda title names: "Police, Crime & Community Safety Plan 2022-24: Pillar 1 - …" → "2022-24-pillar-1". */
export function planEntryOf(agendaTitle: string, subject: string): string | undefined {
  const m = new RegExp(`\\bPlan (\\d{4}-\\d{2,4})\\s*:\\s*(${PART_ALT}) (\\d+)\\b`, 'i').exec(agendaTitle);
  if (!m) return undefined;
  const word = (m[2] ?? '').toLowerCase();
  const plan = profile().plans.find((p) => p.period === m[1] && p.partWords.some((w) => w.toLowerCase() === word));
  if (!plan) return undefined;
  if (!new RegExp(`\\b${escapeRe(word)} ${m[3]}\\b`, 'i').test(subject)) return undefined;
  return `${m[1]}-${plan.unit}-${m[3]}`;
}

interface HeadingMeta {
  node: Extract<Node, { kind: 'heading' }>;
  afterHeading: boolean;
  glued: boolean;
}

interface RegionResult {
  nodes: Node[];
  headings: HeadingMeta[];
}

interface Builder {
  doc: SourceDoc;
  reportId: string;
  planEntry: string | undefined;
  tables: TableDraft[];
  figures: FigureDraft[];
  inspections: Array<{ id: string; data: Record<string, unknown> }>;
  charts: number;
  joins: Array<[number, number]>;
}

const blockText = (b: Block | undefined): string =>
  b === undefined ? '' : b.type === 'item' ? b.text : b.type === 'para' ? b.lines.join(' ') : '';

const isTitleLine = (text: string): boolean =>
  REPORT_BANNER_RE.test(text) || /^Appendix [A-Z]\b/.test(text) || (/[A-Z]{2}/.test(text) && !/[a-z]/.test(text));

/** Turns one region of printed lines (the narrative, or an enclosure after END) into nodes and entries. */
function buildRegion(lines: string[], firstLine: number, region: 'main' | 'enclosure', bld: Builder): RegionResult {
  const { blocks, joins } = joinPageBreaks(lexBlocks(lines, firstLine));
  bld.joins.push(...joins);
  const nodes: Node[] = [];
  const headings: HeadingMeta[] = [];
  let list: Extract<Node, { kind: 'list' }> | undefined;
  let lastHeading: string | undefined;
  const residue = new Map<number, { text: string; line: number }>();

  const nextIndex = (from: number): number => {
    let j = from;
    while (blocks[j]?.type === 'gap') j += 1;
    return j;
  };
  const prevIndex = (from: number): number => {
    let j = from;
    while (j >= 0 && blocks[j]?.type === 'gap') j -= 1;
    return j;
  };
  const captionAt = (j: number): Caption | undefined => {
    const b = blocks[j];
    return b?.type === 'para' && b.lines.length === 1 ? parseCaption(b.lines[0] ?? '', b.start) : undefined;
  };
  // Letters: the letterhead (up to "Dear …") and the signature block (from "Yours sincerely") hold no headings.
  // Before a report's title line ("PILLAR 1 …", an all-capitals title), lines are notes, never headings.
  const titleAt = region === 'main' ? blocks.findIndex((b) => b.type === 'para' && b.lines.length === 1 && isTitleLine(b.lines[0] ?? '')) : -1;
  const salutation = region === 'enclosure' ? blocks.findIndex((b) => b.type === 'para' && /^Dear\b/.test(b.lines[0] ?? '')) : -1;
  const closing = region === 'enclosure' ? blocks.findIndex((b) => b.type === 'para' && /^Yours (sincerely|faithfully|truly)\b/i.test(b.lines[0] ?? '')) : -1;

  const figureBase = (line: number, endLine: number) => ({ reportId: bld.reportId, docId: bld.doc.id, order: bld.tables.length + bld.figures.length, line, endLine });
  const addFigure = (fig: FigureDraft, line: number) => {
    bld.figures.push(fig);
    nodes.push({ kind: 'figure', id: fig.id, line });
    list = undefined;
  };

  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    if (b === undefined) continue;
    switch (b.type) {
      case 'gap': {
        const prev = blocks[i - 1];
        if (b.count >= 3 && prev && (prev.type === 'item' || prev.type === 'para') && blockText(prev).trim().endsWith(':')) {
          bld.charts += 1;
          addFigure(introducedFigure({ ...figureBase(prev.start, b.end), index: bld.charts, intro: blockText(prev).trim() }), b.start);
        }
        break;
      }
      case 'item': {
        if (!list) {
          list = { kind: 'list', items: [] };
          nodes.push(list);
        }
        list.items.push({ depth: b.depth, number: b.number, text: b.text, line: b.start });
        break;
      }
      case 'placeholder': {
        list = undefined;
        if (captionAt(nextIndex(i + 1))?.kind === 'figure') break; // the figure's image position; the caption builds it
        bld.charts += 1;
        addFigure(untitledFigure({ ...figureBase(b.start, b.end), index: bld.charts, heading: lastHeading }), b.start);
        break;
      }
      case 'table': {
        list = undefined;
        if (isGradeGrid(b.rows)) {
          const context: string[] = [];
          const lead = prevIndex(i - 1);
          const leadText = blockText(blocks[lead]);
          if (leadText.trim().endsWith(':')) {
            const before = blocks[lead - 1];
            if (before && (before.type === 'item' || before.type === 'para')) context.push(blockText(before));
          } else if (leadText !== '') context.push(leadText);
          for (let j = nextIndex(i + 1); blocks[j]?.type === 'item' || blocks[j]?.type === 'para'; j += 1) context.push(blockText(blocks[j]));
          const insp = buildInspection(b.rows, { file: bld.doc.file, docId: bld.doc.id, reportId: bld.reportId, context });
          bld.inspections.push(insp);
          nodes.push({ kind: 'inspection', id: insp.id, line: b.start });
          break;
        }
        // A table split by a page break: a blank line, then more rows before the caption, with the
        // header repeated or not. The rows join the table when they have as many cells as the rows above.
        let rows = b.rows;
        let c = nextIndex(i + 1);
        for (let prev = i, more = blocks[c]; more?.type === 'table' && c === prev + 2 && blocks[prev + 1]?.type === 'gap'; more = blocks[c]) {
          const before = rows[rows.length - 1]!;
          const head = rows[0]!;
          const bad = more.rows.find((r) => r.cells.length !== before.cells.length);
          if (bad) {
            throw new HintedImportError(
              bld.doc.file,
              bad.line,
              `a table row with ${before.cells.length} cells, like line ${before.line} above the page break (a table split by a page break goes on with rows of the same shape)`,
              `${bad.cells.length} cells: ${bad.cells.join(' | ').slice(0, 80)}`,
              `if the rows continue the table above, give them the same columns (a TAB between cells, an empty cell kept as a TAB); if they are another table, print its caption "Table N: …" under each table`,
            );
          }
          const repeated = more.rows[0]!.cells.join('\t') === head.cells.join('\t');
          bld.joins.push([before.line, more.rows[0]!.line]);
          rows = [...rows, ...(repeated ? more.rows.slice(1) : more.rows)];
          prev = c;
          c = nextIndex(c + 1);
        }
        const caption = captionAt(c);
        if (!caption || caption.kind !== 'table') {
          const found = blocks[c];
          throw new HintedImportError(
            bld.doc.file,
            found ? found.start : b.end,
            `a "Table N: …" caption under the table printed at lines ${b.start}-${blocks[prevIndex(c - 1)]?.end ?? b.end}`,
            blockText(found) || (found ? found.type : 'the end of the report'),
            'every table of a report is followed by its caption ("Table 4: …" or "Table 4 – …") on its own line after a blank line; a table split by a page break goes on with rows of the same number of cells',
          );
        }
        const notes: TableNote[] = [];
        let last = c;
        for (let j = nextIndex(c + 1); ; j = nextIndex(j + 1)) {
          const nb = blocks[j];
          if (nb?.type !== 'para' || nb.lines.length !== 1) break;
          const kind = noteKind(nb.lines[0] ?? '', caption.number);
          if (kind === undefined) break;
          notes.push({ kind, text: nb.lines[0] ?? '' });
          last = j;
        }
        const built = buildTables(rows, caption, {
          file: bld.doc.file,
          docId: bld.doc.id,
          reportId: bld.reportId,
          planEntry: bld.planEntry,
          order: bld.tables.length + bld.figures.length,
          notes,
          endLine: blocks[last]?.end ?? caption.line,
        });
        for (const t of built) {
          bld.tables.push(t);
          nodes.push({ kind: 'table', id: t.id, line: b.start });
        }
        i = last;
        break;
      }
      case 'para': {
        list = undefined;
        const caption = b.lines.length === 1 ? parseCaption(b.lines[0] ?? '', b.start) : undefined;
        if (caption?.kind === 'table') {
          throw new ImportError(bld.doc.file, b.start, `a table printed above the caption "Table ${caption.number}"`, b.lines[0]);
        }
        if (caption?.kind === 'figure') {
          const title = residue.get(b.start);
          const ph = prevIndex(i - 1);
          const start = title?.line ?? (blocks[ph]?.type === 'placeholder' ? (blocks[ph]?.start ?? b.start) : b.start);
          addFigure(numberedFigure({ ...figureBase(start, b.end), number: caption.number, caption: caption.text, residue: title?.text }), b.start);
          break;
        }
        const text = b.lines[0] ?? '';
        const inLetterhead = salutation >= 0 && i <= salutation;
        const inSignature = closing >= 0 && i >= closing;
        const beforeTitle = titleAt >= 0 && i < titleAt;
        if (b.lines.length === 1 && !inLetterhead && !inSignature && !beforeTitle && isHeadingCandidate(text)) {
          // A chart title left above an image placeholder and a figure caption belongs to that figure.
          const ph = nextIndex(i + 1);
          const cap = nextIndex(ph + 1);
          const figCaption = captionAt(cap);
          if (blocks[ph]?.type === 'placeholder' && figCaption?.kind === 'figure') {
            residue.set(figCaption.line, { text, line: b.start });
            break;
          }
          const node = { kind: 'heading' as const, text, level: 0, line: b.start };
          headings.push({ node, afterHeading: nodes[nodes.length - 1]?.kind === 'heading', glued: b.glued });
          nodes.push(node);
          lastHeading = text;
          break;
        }
        nodes.push({ kind: 'para', lines: b.lines, line: b.start });
        break;
      }
    }
  }
  return { nodes, headings };
}

/**
 * Heading levels. The page's h1 is the report title, so the body starts at h2:
 * - h2: the report's title line ("PILLAR 1 …", the first heading), "Appendix A …" lines, all-capitals lines;
 * - h3: sections. In a pillar report the SUMMARY says how many plan elements it covers
 *   ("elements 1-4 & 6" = 5); the sections are the first heading, the headings that
 *   Appendix A repeats, then the longest remaining free-standing headings until that count;
 * - deeper: a heading printed straight after another heading sits one level below it;
 *   any other heading is a sub-heading (h4 in a pillar report, h3 elsewhere).
 */
function assignLevels(headings: HeadingMeta[], elementCount: number | undefined): void {
  if (headings.length === 0) return;
  const title = headings.map((h, i) => i === 0 || isTitleLine(h.node.text));
  const appendixAt = headings.findIndex((h) => /^Appendix [A-Z]\b/.test(h.node.text));
  const elements = new Set<HeadingMeta>();
  if (elementCount !== undefined) {
    const main = headings.filter((_, i) => !title[i] && (appendixAt < 0 || i < appendixAt));
    const appendix = appendixAt < 0 ? [] : headings.filter((_, i) => !title[i] && i > appendixAt);
    const candidates = main.filter((h) => {
      const i = headings.indexOf(h);
      const afterSub = h.afterHeading && i > 0 && !title[i - 1];
      return !h.glued && !afterSub && !/\bupdate:?$/i.test(h.node.text);
    });
    const first = candidates[0];
    if (first) elements.add(first);
    for (const c of candidates) if (appendix.some((a) => sameHeading(a.node.text, c.node.text))) elements.add(c);
    const rest = candidates.filter((c) => !elements.has(c)).sort((a, b) => b.node.text.length - a.node.text.length);
    for (const c of rest) {
      if (elements.size >= elementCount) break;
      elements.add(c);
    }
    for (const a of appendix) if ([...elements].some((e) => sameHeading(e.node.text, a.node.text))) elements.add(a);
  }
  let prev = 1;
  headings.forEach((h, i) => {
    let level: number;
    if (title[i]) level = 2;
    else if (elements.has(h)) level = 3;
    else if (h.afterHeading) level = prev + 1;
    else level = elementCount !== undefined ? 4 : 3;
    level = Math.min(level, prev + 1, 6);
    h.node.level = level;
    prev = level;
  });
}

/** Checks a drafted entry against its collection's schema: afterwards it is typed as that collection's draft. */
function validate<C extends CollectionName>(doc: SourceDoc, collection: C, id: string, data: unknown, line: number): asserts data is DraftData<C> {
  const schema: z.ZodType = SCHEMAS[collection];
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ImportError(doc.file, line, `the ${collection} entry "${id}" to satisfy its schema (${issues})`);
  }
}

/** The line a drafted table, figure or inspection gives as its source, else `fallback`. */
function lineOf(data: Record<string, unknown>, fallback: number): number {
  const src = data['source'];
  return src && typeof src === 'object' && 'line' in src && typeof src.line === 'number' ? src.line : fallback;
}

/** Reads every report in an agenda pack. Lines before the first ORIGINATOR block are left to the other parsers. */
export function parseReports(doc: SourceDoc, ctx: ReportsContext): ReportsResult {
  const lines = doc.lines;
  const starts = lines.flatMap((l, i) => (l.trim() === 'ORIGINATOR:' ? [i] : []));
  const entries: EntryDraft[] = [];
  const claimed: Array<[number, number]> = [];
  const skipped: ReportsResult['skipped'] = [];
  const joins: Array<[number, number]> = [];
  const datePrefix = /^\d{4}-\d{2}-\d{2}/.exec(ctx.meetingId)?.[0];
  if (starts.length > 0 && datePrefix === undefined) {
    throw new ImportError(doc.file, (starts[0] ?? 0) + 1, `a meeting id starting with its date (YYYY-MM-DD) to name the reports after`, ctx.meetingId);
  }

  starts.forEach((start, order) => {
    const limit = starts[order + 1] ?? lines.length;
    const { values, next } = parseHeader(doc, start, limit);
    let endAt = -1;
    for (let i = next; i < limit; i += 1) {
      if (END.test((lines[i] ?? '').trim())) {
        endAt = i;
        break;
      }
    }
    if (endAt < 0) {
      const atNext = limit < lines.length;
      throw new ImportError(
        doc.file,
        atNext ? limit + 1 : limit,
        `an "END." line closing the report that starts at line ${start + 1}, before ${atNext ? 'the next report starts here' : 'the end of the file'}`,
      );
    }
    let checklistAt = -1;
    for (let i = endAt + 1; i < limit; i += 1) {
      if (CHECKLIST.test((lines[i] ?? '').trim())) {
        checklistAt = i;
        break;
      }
    }
    if (checklistAt < 0) {
      throw new ImportError(doc.file, endAt + 1, `the "ORIGINATOR CHECKLIST" table after END (report starting at line ${start + 1})`);
    }
    const checklistHeading = (lines[checklistAt] ?? '').split('\t').map((s) => s.trim());
    if (checklistHeading.length !== 2) {
      throw new ImportError(doc.file, checklistAt + 1, 'two TAB-separated checklist headings', lines[checklistAt]);
    }
    const rows: Array<{ question: string; answer: string }> = [];
    let last = checklistAt;
    for (let i = checklistAt + 1; i < limit && (lines[i] ?? '').includes('\t'); i += 1) {
      const cells = (lines[i] ?? '').split('\t').map((s) => s.trim());
      if (cells.length !== 2 || cells[0] === '') {
        throw new ImportError(doc.file, i + 1, 'a checklist row with a question and an answer separated by one TAB', lines[i]);
      }
      rows.push({ question: cells[0] ?? '', answer: cells[1] ?? '' });
      last = i;
    }
    if (rows.length === 0) throw new ImportError(doc.file, checklistAt + 2, 'at least one checklist question under the checklist heading');
    claimed.push([start + 1, last + 1]);
    skipped.push({ lines: [endAt + 1, endAt + 1], text: (lines[endAt] ?? '').trim(), reason: 'end-of-report marker' });

    // Anything between this report's checklist and the next report must be blank or logo residue.
    const residueLines: number[] = [];
    for (let i = last + 1; i < limit; i += 1) {
      const text = (lines[i] ?? '').trim();
      if (text === '') continue;
      if (!LOGO_RESIDUE.test(text)) {
        throw new ImportError(doc.file, i + 1, `only blank lines or a logo's words between the checklist of the report starting at line ${start + 1} and the next report`, text);
      }
      residueLines.push(i + 1);
    }
    if (residueLines.length > 0) {
      const range: [number, number] = [residueLines[0] ?? 0, residueLines[residueLines.length - 1] ?? 0];
      claimed.push(range);
      skipped.push({
        lines: range,
        text: residueLines.map((n) => (lines[n - 1] ?? '').trim()).join(' '),
        reason: 'logo residue: words of an image printed between two reports (the force crest), not text of either report',
      });
    }

    const subject = values.subject[0] ?? '';
    const summary = values.summary;
    const reportId = `${datePrefix}-${reportSlug(subject, summary)}`;
    const agendaItem = matchAgenda(subject, ctx.agenda);
    if (ctx.agenda.length > 0 && !agendaItem) {
      const subjectLine = lines.findIndex((l, i) => i > start && l.trim() === 'SUBJECT:') + 1;
      throw new ImportError(doc.file, subjectLine, `an agenda item of meeting ${ctx.meetingId} whose title matches this report's subject`, subject);
    }
    const planEntry = agendaItem ? planEntryOf(agendaItem.title, subject) : undefined;
    const bld: Builder = { doc, reportId, planEntry, tables: [], figures: [], inspections: [], charts: 0, joins };
    const main = buildRegion(lines.slice(next, endAt), next + 1, 'main', bld);
    const enclosureLines = lines.slice(endAt + 1, checklistAt);
    const enclosure = enclosureLines.some((l) => l.trim() !== '') ? buildRegion(enclosureLines, endAt + 2, 'enclosure', bld) : undefined;
    assignLevels(main.headings, elementsOf(summary.join(' '))?.length);
    if (enclosure) assignLevels(enclosure.headings, undefined);
    const nodes: Node[] = enclosure ? [...main.nodes, { kind: 'break', line: endAt + 1 }, ...enclosure.nodes] : main.nodes;
    if (!nodes.some((n) => n.kind !== 'break')) throw new ImportError(doc.file, next + 1, 'some narrative between the report header and END');

    const data: Record<string, unknown> = {
      title: subject.replace(/\.\s*$/, ''),
      meeting: ctx.meetingId,
      originator: values.originator[0],
      reason: values.reason[0],
      submittedTo: values.submittedTo[0],
      subject,
      summary,
      recommendation: values.recommendation[0],
      planEntries: planEntry ? [planEntry] : [],
      tables: bld.tables.map((t) => t.id),
      figures: bld.figures.map((f) => f.id),
      checklist: { headings: [checklistHeading[0] ?? '', checklistHeading[1] ?? ''], rows },
      document: doc.id,
      source: { doc: doc.id, line: start + 1, endLine: last + 1 },
      order,
    };
    if (agendaItem?.number !== undefined) data.agendaItem = agendaItem.number;
    data.body = bodyBlocks(nodes);

    validate(doc, 'reports', reportId, data, start + 1);
    entries.push({ collection: 'reports', id: reportId, data });
    for (const t of bld.tables) {
      const d = t.data;
      validate(doc, 'tables', t.id, d, lineOf(d, start + 1));
      entries.push({ collection: 'tables', id: t.id, data: d });
    }
    for (const f of bld.figures) {
      const d = f.data;
      validate(doc, 'figures', f.id, d, lineOf(d, start + 1));
      entries.push({ collection: 'figures', id: f.id, data: d });
    }
    for (const ins of bld.inspections) {
      const d = ins.data;
      validate(doc, 'inspections', ins.id, d, lineOf(d, start + 1));
      entries.push({ collection: 'inspections', id: ins.id, data: d });
    }
  });

  const ids = new Set<string>();
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    if (ids.has(key)) throw new ImportError(doc.file, undefined, `unique entry ids, but "${key}" is produced twice`);
    ids.add(key);
  }
  return { entries, claimed, skipped, joins };
}
