import { z } from 'astro/zod';
import { entryId, sourceRef } from './common.ts';

/**
 * The parsed value of one table cell. The cell's original text is kept
 * beside it (`raw`) so the page can show it exactly as the papers do.
 */
export const cellValue = z.discriminatedUnion('type', [
  /** A plain count or measure: "1,827.8", "(1,094)" → -1094. */
  z.object({ type: z.literal('number'), value: z.number() }),
  /** A percentage: "3.82%", "(0.47%)" → -0.47, "37.5" in a % column. */
  z.object({ type: z.literal('percent'), value: z.number() }),
  /** Percentage points: "0.5pp", "3.5p.p", "0p.p". */
  z.object({ type: z.literal('pp'), value: z.number() }),
  /** Money in a stated unit: "£" pounds, "£000" thousands, "£m" millions. */
  z.object({ type: z.literal('money'), value: z.number(), unit: z.enum(['£', '£000', '£m']) }),
  /** A duration "124:52:31" as seconds. */
  z.object({ type: z.literal('duration'), seconds: z.number().int().nonnegative() }),
  /** Text such as "Data not available", "No change", "All premium courses". */
  z.object({ type: z.literal('text') }),
  /** An empty cell, or "-" meaning nil. */
  z.object({ type: z.literal('blank') }),
]);
export type CellValue = z.infer<typeof cellValue>;

/** One table cell. */
export const cellSchema = z.object({
  /** The text exactly as in the papers, markup such as `<i>` removed. */
  raw: z.string(),
  /** Whether the papers set it in italics. */
  italic: z.boolean().optional(),
  /** The typed value. */
  value: cellValue,
});
export type Cell = z.infer<typeof cellSchema>;

/** One header cell, spanning columns or rows where the papers' header does. */
export const headerCellSchema = z.object({
  /** Heading text as printed; empty for a blank corner cell. */
  text: z.string(),
  /** Columns spanned. */
  colspan: z.number().int().positive().default(1),
  /** Header rows spanned. */
  rowspan: z.number().int().positive().default(1),
});

/** One body row. */
export const tableRowSchema = z.object({
  /** What the row is: data, an in-table sub-header that redefines the columns, or a label for the group below it. */
  kind: z.enum(['data', 'subheader', 'group-label']).default('data'),
  /** The group this row belongs to when a row header spans several rows (e.g. "Domestic Abuse"). */
  group: z.string().optional(),
  /** The row header (first column) as printed. */
  label: z.string(),
  /** The remaining cells, one per leaf column after the row-header column(s). */
  cells: z.array(cellSchema),
  /** Line in the source paper. */
  line: z.number().int().positive(),
  /** How the importer repaired the row, when it had to (e.g. "values shifted one column left in the paper"). */
  repair: z.string().optional(),
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** A data table from a report, numbered or not. */
export const tableSchema = z
  .object({
    /** Table number as printed; absent for unnumbered tables. */
    number: z.number().int().positive().optional(),
    /** Caption text as printed, without "Table N:". */
    caption: z.string().min(1),
    /** Separator printed between number and caption (":" or "–"). */
    captionSeparator: z.string().optional(),
    /** Id of the report that holds it. */
    report: entryId,
    /** Header rows, top to bottom. Multi-level headers have several rows. */
    header: z.array(z.array(headerCellSchema)).min(1),
    /** Whether the first column holds a group label spanning rows (so there are two row-header columns). */
    grouped: z.boolean().default(false),
    /** Leaf column labels after the row-header column(s), one per cell, used for CSV and charts. */
    columns: z.array(z.string()),
    /** Body rows, top to bottom. */
    rows: z.array(tableRowSchema).min(1),
    /** Notes tied to the table: date ranges, rounding, footnotes. */
    notes: z.array(z.object({ kind: z.enum(['date-range', 'rounding', 'note']), text: z.string().min(1) })).default([]),
    /** Whether the table compares periods or groups such that a chart helps, and which columns to chart. */
    chart: z
      .object({
        /** Indexes into `columns` to plot as series. */
        columns: z.array(z.number().int().nonnegative()).min(1),
        /** Bar or line. */
        type: z.enum(['bar', 'line']),
      })
      .optional(),
    /** Plan entry (pillar or priority) the table reports on. */
    planEntry: z.string().optional(),
    /** Order within its report. */
    order: z.number().int().nonnegative(),
    /** Where the table is in the source paper. */
    source: sourceRef,
  })
  .refine((t) => t.rows.every((r) => r.cells.length === t.columns.length), {
    message: 'every row must have exactly one cell per entry in `columns`',
    path: ['rows'],
  });
export type DataTable = z.infer<typeof tableSchema>;
