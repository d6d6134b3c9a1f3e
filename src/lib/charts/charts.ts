/**
 * Which tables get a chart, what it plots, and the one-sentence summary shown
 * beside it. Pure: the <Chart> component draws the spec as SVG in the page
 * (bar and tick positions from ./plot.ts), with no JavaScript.
 *
 * A table is charted when at least two of its columns compare periods or a
 * plan with its outturn (Last 12 months / Previous 12 months / Long-term
 * average, Budget / Forecast, March 2024 / March 2023, July 24 / Aug 24 …), or
 * when the importer's `chart` hint names the columns. Difference columns
 * ("% difference …", "Variance", "Over/Under spend") are never plotted: they
 * are derived, and their sign conventions differ. Rows are plotted in groups
 * that share one unit (counts, percentages, £000, durations), one chart per
 * group, so that no chart mixes units on one axis. A table is not charted when
 * fewer than half of its data rows can be plotted (e.g. Table 3, mostly blank),
 * or when in-table sub-headers redefine what the columns mean (Table 13).
 */
import type { Cell, CellValue, TableRow } from '../../schemas/tables.ts';
import type { TableData } from '../tables/tables.ts';
import { numberOf, rowName } from '../tables/tables.ts';
import { isPeriodLabel } from '../indicators/indicators.ts';
import { getOrMake } from '../content/group.ts';

/** The unit every value in one chart shares. */
export type ChartUnit = 'number' | 'percent' | 'duration' | 'money:£' | 'money:£000' | 'money:£m';

/** How the plotted columns relate: successive periods, or a plan against its outturn/forecast. */
export type Relation = 'periods' | 'plan';

export interface ChartSeries {
  /** Column heading, used in the legend. */
  label: string;
  /** Plotted values, one per category (row). */
  values: number[];
  /** Printed text of each value. */
  raw: string[];
}

export interface ChartSpec {
  /** Unique within the table, e.g. "percent". */
  key: string;
  type: 'bar' | 'line';
  unit: ChartUnit;
  relation: Relation;
  /** Category labels: the rows' names. */
  labels: string[];
  series: ChartSeries[];
  /** Index into `series` of the earlier period / the plan, and of the latest period / the forecast. */
  base: number;
  latest: number;
  /** One sentence computed from the data. */
  summary: string;
  /** How many data rows the table has, and how many this chart plots. */
  rowsPlotted: number;
  rowsInTable: number;
  /** Total rows left out of the plot (they would dwarf the rest); the summary still uses them. */
  totalsOmitted: number;
  /**
   * When one unit's rows differ too much in size to share an axis, they are split into charts of
   * similar scale: which of them this is (1 = the largest figures), of how many, and the largest
   * figure it plots as printed.
   */
  scale?: { index: number; of: number; largest: string } | undefined;
}

/** Rows whose largest figures differ by more than this factor never share an axis. */
export const MAX_SCALE_RATIO = 10;

/**
 * Splits rows into groups that can share an axis: largest first, a row joins the current group
 * while the group's largest figure is at most MAX_SCALE_RATIO times the row's own largest;
 * otherwise it starts a new group. Rows keep their table order within a group. Zero rows join
 * the smallest group.
 */
export function splitByScale<R>(rows: readonly R[], size: (row: R) => number): R[][] {
  const order = rows.map((r, i) => ({ r, i, v: Math.abs(size(r)) })).sort((a, b) => b.v - a.v || a.i - b.i);
  const groups: { top: number; members: { r: R; i: number }[] }[] = [];
  for (const x of order) {
    const current = groups.at(-1);
    if (current && (x.v === 0 || current.top <= x.v * MAX_SCALE_RATIO)) current.members.push(x);
    else groups.push({ top: x.v, members: [x] });
  }
  return groups.map((g) => g.members.sort((a, b) => a.i - b.i).map((m) => m.r));
}

/** Message templates (i18next-style {{placeholders}}). The component passes the site's translated ones. */
export type Format = (key: SummaryKey, vars: Record<string, string | number>) => string;

export type SummaryKey =
  | 'rose'
  | 'fell'
  | 'unchanged'
  | 'roseFromZero'
  | 'above'
  | 'below'
  | 'equal'
  | 'manyPeriods'
  | 'countRose'
  | 'countFell'
  | 'countSame'
  | 'listAnd'
  | 'manyPlan'
  | 'allUnchanged'
  | 'percentagePoints'
  | 'thousand'
  | 'million'
  | 'minus'
  | 'lessThan'
  | 'inPeriod';

/** English templates; src/i18n/ui/en-GB.json "charts.summary" holds the same strings (a unit test keeps them equal). */
export const ENGLISH_TEMPLATES: Record<SummaryKey, string> = {
  rose: '{{label}} rose {{change}}, from {{from}} to {{to}}.',
  fell: '{{label}} fell {{change}}, from {{from}} to {{to}}.',
  unchanged: '{{label}} was unchanged at {{to}}.',
  roseFromZero: '{{label}} rose from {{from}} to {{to}}.',
  above: '{{label}}: {{latestName}} {{to}}, {{change}} above the {{baseName}} of {{from}}.',
  below: '{{label}}: {{latestName}} {{to}}, {{change}} below the {{baseName}} of {{from}}.',
  equal: '{{label}}: {{latestName}} {{to}}, the same as the {{baseName}}.',
  manyPeriods:
    'Of {{count}} rows, {{counts}} between {{baseName}} and {{latestName}}; the largest change: {{detail}}',
  countRose: '{{count}} rose',
  countFell: '{{count}} fell',
  countSame: '{{count}} did not change',
  listAnd: ' and ',
  manyPlan:
    '{{latestName}} is above {{baseName}} on {{up}} of {{count}} rows and below it on {{down}}; {{detail}}',
  allUnchanged: 'None of the {{count}} rows changed between {{baseName}} and {{latestName}}.',
  percentagePoints: '{{value}} percentage points',
  thousand: '£{{value}} thousand',
  million: '£{{value}} million',
  minus: 'minus {{value}}',
  lessThan: 'less than {{value}}',
  inPeriod: '{{value}} in {{period}}',
};

export const englishFormat: Format = (key, vars) =>
  ENGLISH_TEMPLATES[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));

const DIFFERENCE = /difference|variance|over\s*\(?-?\)?\s*\/\s*under|under\s*spend|change|growth/i;
const PERIOD =
  /last\s+(?:12|twelve|six|6)\s+months|previous\s+(?:12|twelve)\s+months|long[-\s]term\s+average|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*(?:'?\d{2}|\d{4})\b|^(?:19|20)\d{2}(?:\/\d{2})?$/i;
const PLAN = /\bbudget\b|\bforecast\b|\boutturn\b/i;
/** A single month set against a multi-month period is not a like-for-like comparison (Table 13). */
const NOT_COMPARABLE = /\bonly\b/i;

/** Whether a column heading names a period or a plan figure that can be compared with its neighbours. */
export function isComparableColumn(label: string): boolean {
  if (DIFFERENCE.test(label) || NOT_COMPARABLE.test(label)) return false;
  return PERIOD.test(label) || PLAN.test(label);
}

/** The unit of a numeric value, or undefined for text and blanks. */
export function unitOf(value: CellValue): ChartUnit | undefined {
  switch (value.type) {
    case 'number':
      return 'number';
    case 'percent':
      return 'percent';
    case 'duration':
      return 'duration';
    case 'money':
      return `money:${value.unit}`;
    default:
      return undefined;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A sortable month number (year × 12 + month) for headings such as "March 2024" or "Sept 24"; undefined otherwise. */
export function monthKey(label: string): number | undefined {
  const m = /\b([a-z]{3})[a-z]*\.?\s*'?(\d{2}|\d{4})\b/i.exec(label);
  if (!m?.[1] || !m[2]) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  if (month < 0) return undefined;
  const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return year * 12 + month;
}

/**
 * Which of the plotted columns is the base (earlier period, or the plan) and
 * which the latest (current period, or the forecast), and how they relate.
 */
export function comparisonOf(labels: string[]): { base: number; latest: number; relation: Relation } {
  const find = (re: RegExp): number => labels.findIndex((l) => re.test(l));
  const budget = find(/\bbudget\b/i);
  const forecast = find(/\bforecast\b|\boutturn\b/i);
  if (budget >= 0 && forecast >= 0) return { base: budget, latest: forecast, relation: 'plan' };
  const previous = find(/previous|prior|last year/i);
  const current = find(/^last\s|current|this year/i);
  if (previous >= 0 && current >= 0) return { base: previous, latest: current, relation: 'periods' };
  const keys = labels.map(monthKey);
  if (keys.every((k): k is number => k !== undefined)) {
    let first = 0;
    let last = 0;
    keys.forEach((k, i) => {
      if (k < (keys[first] ?? Infinity)) first = i;
      if (k > (keys[last] ?? -Infinity)) last = i;
    });
    return { base: first, latest: last, relation: 'periods' };
  }
  const years = labels.map((l) => /^((?:19|20)\d{2})/.exec(l.trim())?.[1]);
  if (years.every(Boolean)) {
    const nums = years.map(Number);
    return { base: nums.indexOf(Math.min(...nums)), latest: nums.indexOf(Math.max(...nums)), relation: 'periods' };
  }
  return { base: 0, latest: labels.length - 1, relation: 'periods' };
}

function decimalsOf(raw: string): number {
  const m = /\.(\d+)/.exec(raw);
  return m?.[1] ? m[1].length : 0;
}

/** One number format per number of decimals (a handful): `toLocaleString` with options makes a new one on every call. */
const groupFormats = new Map<number, Intl.NumberFormat>();

function group(n: number, decimals: number): string {
  return getOrMake(groupFormats, decimals, () => new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })).format(n);
}

/** A value as a sentence should say it: the printed text, with "(x)" as "minus x" and money in words. */
export function sayValue(cell: Pick<Cell, 'raw' | 'value'>, format: Format = englishFormat): string {
  const raw = cell.raw.trim();
  const v = cell.value;
  if (v.type === 'money') {
    const decimals = decimalsOf(raw);
    const digits = group(Math.abs(v.value), decimals);
    const amount =
      v.unit === '£000' ? format('thousand', { value: digits }) : v.unit === '£m' ? format('million', { value: digits }) : `£${digits}`;
    return v.value < 0 ? format('minus', { value: amount }) : amount;
  }
  const paren = /^\((.+)\)$/.exec(raw);
  if (paren?.[1]) return format('minus', { value: paren[1] });
  return raw;
}

/** "15%", "0.3%", "less than 0.1%": a relative change, rounded for reading. */
export function sayPercentChange(fraction: number, format: Format = englishFormat): string {
  const pct = Math.abs(fraction) * 100;
  const whole = Math.round(pct);
  if (whole >= 1) return `${whole}%`;
  const tenth = Math.round(pct * 10) / 10;
  if (tenth > 0) return `${tenth.toFixed(1)}%`;
  return format('lessThan', { value: '0.1%' });
}

/** "0.5 percentage points": a difference between two percentages. */
export function sayPointsChange(points: number, format: Format = englishFormat): string {
  const rounded = Math.round(Math.abs(points) * 10) / 10;
  return format('percentagePoints', { value: rounded.toFixed(1).replace(/\.0$/, '') });
}

interface RowComparison {
  label: string;
  from: string;
  to: string;
  direction: 1 | -1 | 0;
  /** Size of the change, comparable across rows of one unit (points for percentages, else relative). */
  magnitude: number;
  change: string;
  /** The base was zero, so no relative change exists. */
  fromZero: boolean;
  total: boolean;
}

function compareRow(label: string, base: Cell, latest: Cell, unit: ChartUnit, format: Format): RowComparison {
  const a = numberOf(base.value) ?? 0;
  const b = numberOf(latest.value) ?? 0;
  const diff = b - a;
  const direction = diff > 0 ? 1 : diff < 0 ? -1 : 0;
  const fromZero = a === 0 && b !== 0;
  let change: string;
  let magnitude: number;
  if (unit === 'percent') {
    change = sayPointsChange(diff, format);
    magnitude = Math.abs(diff);
  } else {
    const rel = a === 0 ? 0 : diff / Math.abs(a);
    change = sayPercentChange(rel, format);
    magnitude = fromZero ? Infinity : Math.abs(rel);
  }
  return {
    label,
    from: sayValue(base, format),
    to: sayValue(latest, format),
    direction,
    magnitude,
    change,
    fromZero,
    total: TOTAL.test(label.trim()),
  };
}

function sentenceFor(c: RowComparison, relation: Relation, names: { baseName: string; latestName: string }, format: Format): string {
  const vars = { label: c.label, from: c.from, to: c.to, change: c.change, ...names };
  if (relation === 'plan') {
    if (c.direction === 0) return format('equal', vars);
    return format(c.direction > 0 ? 'above' : 'below', vars);
  }
  if (c.direction === 0) return format('unchanged', vars);
  if (c.fromZero && c.direction > 0) return format('roseFromZero', vars);
  return format(c.direction > 0 ? 'rose' : 'fell', vars);
}

/** A column heading as a sentence names it: units such as "£000" dropped ("Budget 2024/25 £000" → "Budget 2024/25"). */
export function seriesName(label: string): string {
  return label.replace(/\(?£(?:000|m)?\)?/g, ' ').replace(/\s+/g, ' ').trim();
}

const TOTAL = /^(?:grand\s+)?total\b/i;

/** "Last 12 months" → "last 12 months" mid-sentence; month names and other headings keep their capital. */
const lowerFirst = (s: string): string => (/^(?:Last|Previous|Long-term|Current|Prior|This)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * The one-sentence summary of a chart's rows: for one row, how it changed
 * ("Complaints fell 15%, from 393 to 334."); for several, how many rose and fell
 * and the largest change, or for budgets, the Total line.
 */
export function summarise(
  rows: { label: string; base: Cell; latest: Cell }[],
  unit: ChartUnit,
  relation: Relation,
  names: { baseName: string; latestName: string },
  format: Format = englishFormat,
): string {
  // Period names read mid-sentence in lower case ("between previous 12 months and last 12 months"); plan columns keep their printed names.
  const sayNames =
    relation === 'periods' ? { baseName: lowerFirst(names.baseName), latestName: lowerFirst(names.latestName) } : names;
  const comparisons = rows.map((r) => compareRow(r.label, r.base, r.latest, unit, format));
  const only = comparisons.length === 1 ? comparisons[0] : undefined;
  if (only) return sentenceFor(only, relation, sayNames, format);
  const up = comparisons.filter((c) => c.direction > 0).length;
  const down = comparisons.filter((c) => c.direction < 0).length;
  const same = comparisons.length - up - down;
  const total = comparisons.find((c) => c.total);
  if (up + down === 0) return format('allUnchanged', { count: comparisons.length, ...sayNames });
  let pick: RowComparison | undefined;
  if (relation === 'plan' && total) pick = total;
  else {
    const changed = comparisons.filter((c) => c.direction !== 0);
    const comparable = changed.filter((c) => !c.total && !c.fromZero);
    for (const c of comparable.length > 0 ? comparable : changed) if (!pick || c.magnitude > pick.magnitude) pick = c;
  }
  const detail = pick ? sentenceFor(pick, relation, sayNames, format) : '';
  const vars = { count: comparisons.length, up, down, same, detail, ...sayNames };
  if (relation === 'plan') return format('manyPlan', vars);
  // "2 rose, 1 fell and 1 did not change", leaving out the kinds that did not happen.
  const parts = [
    up > 0 ? format('countRose', { count: up }) : '',
    down > 0 ? format('countFell', { count: down }) : '',
    same > 0 ? format('countSame', { count: same }) : '',
  ].filter(Boolean);
  const counts = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}${format('listAnd', {})}${parts.at(-1)}` : (parts[0] ?? '');
  return format('manyPeriods', { ...vars, counts });
}

/** The <Chart> component has six distinct colour-and-pattern styles; a chart never needs more series than that. */
export const MAX_SERIES = 6;

export function chartColumns(table: Pick<TableData, 'columns' | 'chart' | 'rows'>): { columns: number[]; type: 'bar' | 'line' } | undefined {
  if (table.chart) return { columns: table.chart.columns.filter((c) => c < table.columns.length), type: table.chart.type };
  if (table.rows.some((r) => r.kind === 'subheader')) return undefined;
  const columns = table.columns.flatMap((label, i) => (isComparableColumn(label) ? [i] : []));
  return columns.length >= 2 ? { columns, type: 'bar' } : undefined;
}

/**
 * The charts of a table: none when it does not compare periods or plan
 * figures, otherwise one per unit shared by its rows, largest group first.
 */
export function chartsFor(table: Pick<TableData, 'columns' | 'chart' | 'rows'>, format: Format = englishFormat): ChartSpec[] {
  const plan = chartColumns(table);
  if (!plan || plan.columns.length < 2) return table.chart ? [] : monthlyCharts(table, format);
  if (plan.columns.length > MAX_SERIES) return [];
  const dataRows = table.rows.filter((r) => (r.kind ?? 'data') === 'data');
  const groups = new Map<ChartUnit, TableRow[]>();
  for (const row of dataRows) {
    const cells = plan.columns.map((c) => row.cells[c]);
    const units = cells.map((cell) => (cell ? unitOf(cell.value) : undefined));
    const unit = units[0];
    if (!unit || units.some((u) => u !== unit)) continue;
    const list = groups.get(unit);
    if (list) list.push(row);
    else groups.set(unit, [row]);
  }
  const plotted = [...groups.values()].reduce((n, rows) => n + rows.length, 0);
  if (plotted === 0 || plotted * 2 < dataRows.length) return [];
  const labels = plan.columns.map((c) => table.columns[c] ?? '');
  const { base, latest, relation } = comparisonOf(labels);
  const names = { baseName: seriesName(labels[base] ?? ''), latestName: seriesName(labels[latest] ?? '') };
  const isTotal = (r: TableRow): boolean => TOTAL.test(r.label.trim());
  return [...groups.entries()]
    .sort((x, y) => y[1].length - x[1].length)
    .flatMap(([unit, rows]) => {
      const plottable = rows.filter((r) => !isTotal(r)).length >= 2 ? rows.filter((r) => !isTotal(r)) : rows;
      const rowSize = (r: TableRow): number => Math.max(...plan.columns.map((c) => Math.abs(numberOf((r.cells[c] as Cell).value) ?? 0)));
      const parts = splitByScale(plottable, rowSize);
      return parts.map((plottedRows, p) => {
        // A split chart's sentence speaks of its own rows; an unsplit one of every row of the unit (totals too).
        const summarised = parts.length > 1 ? plottedRows : rows;
        const series = plan.columns.map((c, i) => ({
          label: labels[i] ?? '',
          values: plottedRows.map((r) => numberOf((r.cells[c] as Cell).value) ?? 0),
          raw: plottedRows.map((r) => (r.cells[c] as Cell).raw),
        }));
        const baseCol = plan.columns[base] ?? 0;
        const latestCol = plan.columns[latest] ?? 0;
        const summary = summarise(
          summarised.map((r) => ({ label: rowName(r), base: r.cells[baseCol] as Cell, latest: r.cells[latestCol] as Cell })),
          unit,
          relation,
          names,
          format,
        );
        const largest = plottedRows.reduce((best, r) => (rowSize(r) > rowSize(best) ? r : best), plottedRows[0] as TableRow);
        const largestCell = plan.columns.map((c) => largest.cells[c] as Cell).reduce((a, b) => (Math.abs(numberOf(b.value) ?? 0) > Math.abs(numberOf(a.value) ?? 0) ? b : a));
        return {
          key: parts.length > 1 ? `${unitKey(unit)}-${p + 1}` : unitKey(unit),
          type: plan.type,
          unit,
          relation,
          labels: plottedRows.map(rowName),
          series,
          base,
          latest,
          summary,
          rowsPlotted: plottedRows.length,
          rowsInTable: dataRows.length,
          totalsOmitted: p === parts.length - 1 ? rows.length - plottable.length : 0,
          scale: parts.length > 1 ? { index: p + 1, of: parts.length, largest: sayValue(largestCell, format) } : undefined,
        } satisfies ChartSpec;
      });
    });
}

/** A column that sums the others ("Norfolk Total"), as opposed to a measure that is a total ("Total Fines Issued"). */
const TOTAL_COLUMN = /\btotal$/i;

/**
 * Charts of a table whose rows are months (Tables 24–28: "January", "July 2024"):
 * the months are the categories and each column a series, one chart per unit.
 * Total rows and total columns are left out of the plot. The sentence follows
 * the total column when there is one, else the series that changed most, from
 * the first month to the last.
 */
export function monthlyCharts(table: Pick<TableData, 'columns' | 'rows'>, format: Format = englishFormat): ChartSpec[] {
  if (table.rows.some((r) => r.kind === 'subheader')) return [];
  const dataRows = table.rows.filter((r) => (r.kind ?? 'data') === 'data');
  const months = dataRows.filter((r) => isPeriodLabel(r.label));
  if (months.length < 2 || months.length * 2 < dataRows.length) return [];
  const first = months[0] as TableRow;
  const last = months[months.length - 1] as TableRow;
  const unitOfColumn = (j: number): ChartUnit | undefined => {
    const units = months.map((r) => (r.cells[j] ? unitOf((r.cells[j] as Cell).value) : undefined));
    return units[0] && units.every((u) => u === units[0]) ? units[0] : undefined;
  };
  const groups = new Map<ChartUnit, number[]>();
  const totals = new Map<ChartUnit, number>();
  table.columns.forEach((label, j) => {
    const unit = unitOfColumn(j);
    if (!unit) return;
    if (TOTAL_COLUMN.test(label.trim())) {
      if (!totals.has(unit)) totals.set(unit, j);
      return;
    }
    const list = groups.get(unit);
    if (list) list.push(j);
    else groups.set(unit, [j]);
  });
  return [...groups.entries()]
    .filter(([, columns]) => columns.length <= MAX_SERIES)
    .sort((x, y) => y[1].length - x[1].length)
    .map(([unit, columns]) => {
      const compare = (j: number) =>
        compareRow(table.columns[j] ?? '', first.cells[j] as Cell, last.cells[j] as Cell, unit, format);
      const totalColumn = totals.get(unit);
      let headline = totalColumn;
      if (headline === undefined) {
        let best: { j: number; magnitude: number } | undefined;
        for (const j of columns) {
          const c = compare(j);
          const m = Number.isFinite(c.magnitude) ? c.magnitude : 0;
          if (!best || m > best.magnitude) best = { j, magnitude: m };
        }
        headline = best?.j ?? columns[0] ?? 0;
      }
      const c = compare(headline);
      const withMonth = (value: string, month: string): string => format('inPeriod', { value, period: month });
      const summary = sentenceFor(
        { ...c, from: withMonth(c.from, first.label), to: withMonth(c.to, last.label) },
        'periods',
        { baseName: first.label, latestName: last.label },
        format,
      );
      return {
        key: unitKey(unit),
        type: 'bar' as const,
        unit,
        relation: 'periods' as const,
        labels: months.map((r) => r.label),
        series: columns.map((j) => ({
          label: table.columns[j] ?? '',
          values: months.map((r) => numberOf((r.cells[j] as Cell).value) ?? 0),
          raw: months.map((r) => (r.cells[j] as Cell).raw),
        })),
        base: 0,
        latest: 0,
        summary,
        rowsPlotted: months.length,
        rowsInTable: dataRows.length,
        totalsOmitted: dataRows.length - months.length,
      } satisfies ChartSpec;
    });
}

/** A key for a unit that is safe in i18n keys and class names: number, percent, duration, money, money000, moneym. */
export function unitKey(unit: ChartUnit): string {
  return unit.replace(/[^a-z0-9]/gi, '');
}

/** Whether any chart is drawn for the table. */
export function hasChart(table: TableData): boolean {
  return chartsFor(table).length > 0;
}
