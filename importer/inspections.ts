/**
 * Inspection grades printed as a grid: one column per grade (Outstanding, Good,
 * Adequate, Requires improvement, Inadequate), each column listing the areas
 * given that grade. The grid is column-oriented: a blank cell only means that
 * column has no more areas, never that the row continues the one above.
 */
import { gradeName } from '../src/schemas/inspections.ts';
import { stripMarkup } from './cells.ts';
import { ImportError } from './source.ts';
import type { PrintedRow } from './tables.ts';

const GRADES = gradeName.options;

const plain = (s: string | undefined) => stripMarkup(s ?? '').text;

/** Whether a printed block is a grade grid: its first row is exactly the five grade names in order. */
export function isGradeGrid(rows: PrintedRow[]): boolean {
  const head = (rows[0]?.cells ?? []).map(plain).filter((c) => c !== '');
  return head.length === GRADES.length && head.every((c, i) => c === GRADES[i]);
}

export interface InspectionContext {
  file: string;
  docId: string;
  reportId: string;
  /** Sentences printed around the grid, as written (inline markdown kept). */
  context: string[];
}

/** Inspectorate named in the context, e.g. "HMICFRS". */
function inspectorateOf(context: string[]): string | undefined {
  for (const text of context) {
    const m = /\b(HMICFRS|HMIC|HMIP|Ofsted|CQC)\b/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** Title as the papers give it: the text of the first link in the context, e.g. "Norfolk PEEL Assessment 2023 – 2025". */
function titleOf(context: string[]): string | undefined {
  for (const text of context) {
    const m = /\[([^\]]+)\]\([^)]*\)/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

export function buildInspection(rows: PrintedRow[], ctx: InspectionContext): { id: string; data: Record<string, unknown> } {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) throw new ImportError(ctx.file, undefined, 'a grade grid with a header row');
  const inspectorate = inspectorateOf(ctx.context);
  if (inspectorate === undefined) {
    throw new ImportError(ctx.file, first.line, 'a sentence naming the inspectorate (for example HMICFRS) next to the grade grid');
  }
  const title = titleOf(ctx.context) ?? `${inspectorate} graded judgements`;
  const grades = GRADES.map((grade, column) => ({
    grade,
    areas: rows.slice(1).flatMap((r) => {
      const text = plain(r.cells[column]);
      return text === '' ? [] : [text];
    }),
  }));
  for (const r of rows.slice(1)) {
    const extra = r.cells.slice(GRADES.length).map(plain).filter((c) => c !== '');
    if (extra.length > 0) throw new ImportError(ctx.file, r.line, `at most ${GRADES.length} cells, one per grade`, r.cells.join('\t'));
  }
  const years = /\bPEEL\b.*?(\d{4})\s*[–-]\s*(\d{4})/.exec(title);
  const id = years ? `${inspectorate.toLowerCase()}-peel-${years[1]}-${years[2]}` : `${ctx.reportId}-inspection`;
  return {
    id,
    data: {
      title,
      inspectorate,
      report: ctx.reportId,
      context: ctx.context,
      grades,
      source: { doc: ctx.docId, line: first.line, endLine: last.line },
    },
  };
}
