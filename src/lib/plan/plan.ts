/**
 * Plans, the 2016/17 performance grid, and the links between plan entries,
 * reports and questions. Pure functions over schema-shaped data; the build-wide
 * indexes over them are made once, in `reportSite()` (src/lib/reports/site.ts).
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { GridObjective } from '../../schemas/grid.ts';
import type { Plan, PlanEntry } from '../../schemas/plans.ts';
import type { Question } from '../../schemas/questions.ts';
import type { Report } from '../../schemas/reports.ts';
import type { AgendaItem } from '../../schemas/meetings.ts';

/** An owner code printed after a grid action ("NC"): one of the publisher profile's `ownerCodes`. */
export type OwnerCode = string;

/**
 * The spelled-out owner names: the glossary's first expansion from the papers
 * when it has one, otherwise the fallback given (the wording the papers use).
 * Returned as "Expansion (CODE)".
 */
export function ownerNames(
  glossary: { data: Pick<GlossaryEntry, 'term' | 'expansions'> }[],
  fallback: Record<OwnerCode, string>,
): Record<OwnerCode, string> {
  const find = (code: OwnerCode): string => {
    const entry = glossary.find((g) => g.data.term === code);
    const text = entry?.data.expansions[0]?.text;
    return text ? `${text} (${code})` : (fallback[code] ?? code);
  };
  return Object.fromEntries(Object.keys(fallback).map((code) => [code, find(code)]));
}

/** Number from a strategic objective code, "SO15" → 15. */
export const soNumber = (code: string): number => Number(code.replace(/\D/g, '')) || 0;

/** Grid objectives grouped by priority (ascending), each group in SO order. */
export function gridByPriority<T extends { data: Pick<GridObjective, 'priority' | 'code'> }>(objectives: T[]): { priority: number; objectives: T[] }[] {
  const map = new Map<number, T[]>();
  for (const o of objectives) {
    const list = map.get(o.data.priority);
    if (list) list.push(o);
    else map.set(o.data.priority, [o]);
  }
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([priority, list]) => ({ priority, objectives: [...list].sort((a, b) => soNumber(a.data.code) - soNumber(b.data.code)) }));
}

/** Counts across a grid: objectives, action rows, owner codes. */
export function gridCounts(objectives: { data: Pick<GridObjective, 'actions'> }[]): { objectives: number; actions: number; owners: Record<OwnerCode, number>; withEvidence: number } {
  const owners: Record<OwnerCode, number> = { OPCCN: 0, NC: 0 };
  let actions = 0;
  let withEvidence = 0;
  for (const o of objectives) {
    for (const a of o.data.actions) {
      actions++;
      if (a.evidence.length > 0) withEvidence++;
      for (const code of a.owners) owners[code] = (owners[code] ?? 0) + 1;
    }
  }
  return { objectives: objectives.length, actions, owners, withEvidence };
}

/** Plan entry → plan, for every entry of every plan. */
export function planEntryIndex<P extends { id: string; data: Pick<Plan, 'entries'> }>(plans: P[]): Map<string, { plan: P; entry: PlanEntry }> {
  const map = new Map<string, { plan: P; entry: PlanEntry }>();
  for (const plan of plans) for (const entry of plan.data.entries) map.set(entry.id, { plan, entry });
  return map;
}

/** How a question was matched to a report. */
export type QuestionMatch = 'plan-entry' | 'agenda-item';

/**
 * The questions asked about a report: a question counts when it was put at the
 * report's meeting and either (a) its plan entry is one of the report's plan
 * entries, or (b) it sits under the minute section of the agenda item that
 * presents the report. Questions at other meetings about the same pillar are
 * not "about this report" and are not matched here.
 */
export function questionsForReport<Q extends { id: string; data: Pick<Question, 'meeting' | 'planEntry' | 'minuteSection' | 'order'> }>(
  report: { id: string; data: Pick<Report, 'meeting' | 'planEntries'> },
  questions: Q[],
  agenda: Pick<AgendaItem, 'report' | 'minuteSection'>[],
): { question: Q; how: QuestionMatch[] }[] {
  const sections = new Set(agenda.filter((a) => a.report === report.id && a.minuteSection).map((a) => a.minuteSection as string));
  const entries = new Set(report.data.planEntries);
  const out: { question: Q; how: QuestionMatch[] }[] = [];
  for (const q of questions) {
    if (q.data.meeting !== report.data.meeting) continue;
    const how: QuestionMatch[] = [];
    if (q.data.planEntry && entries.has(q.data.planEntry)) how.push('plan-entry');
    if (sections.has(q.data.minuteSection)) how.push('agenda-item');
    if (how.length > 0) out.push({ question: q, how });
  }
  return out.sort((a, b) => a.question.data.order - b.question.data.order);
}

/**
 * Questions that relate to a report's plan entries at OTHER meetings (e.g. the
 * October 2024 questions on Pillar 1, reported on in January 2025): listed
 * separately as "questions on the same pillar".
 */
export function questionsOnSamePlanEntries<Q extends { id: string; data: Pick<Question, 'meeting' | 'planEntry' | 'order'> }>(
  report: { data: Pick<Report, 'meeting' | 'planEntries'> },
  questions: Q[],
): Q[] {
  const entries = new Set(report.data.planEntries);
  return questions.filter((q) => q.data.meeting !== report.data.meeting && q.data.planEntry !== undefined && entries.has(q.data.planEntry));
}

/** Plans newest first (highest `order` first). */
export function plansNewestFirst<P extends { data: Pick<Plan, 'order'> }>(plans: P[]): P[] {
  return [...plans].sort((a, b) => b.data.order - a.data.order);
}

/** Every plan entry id, newest plan first and in plan order within a plan: the order pages group by. */
export function planEntryOrder(plans: { data: { order: number; entries: { id: string }[] } }[]): string[] {
  return plansNewestFirst(plans).flatMap((p) => p.data.entries.map((e) => e.id));
}

/** Whether a plan's heading should add its period: not when the title already names it ("… Plan 2022-24"). */
export function showsPeriod(plan: Pick<Plan, 'title' | 'period'>): boolean {
  return !plan.title.includes(plan.period) && !plan.title.includes(plan.period.replace('/', '-'));
}

/**
 * The performance grid report that reports on a plan: the first report whose grid objectives carry a code
 * of the plan's elements ("1a"), or undefined. The plan page and each of its entry pages show it.
 */
export function gridReportOf(
  plan: { entries: readonly { elements: readonly { code: string }[] }[] },
  gridByReport: ReadonlyMap<string, readonly { data: Pick<GridObjective, 'code'> }[]>,
): string | undefined {
  const codes = new Set(plan.entries.flatMap((e) => e.elements.map((el) => el.code)));
  for (const [reportId, objectives] of gridByReport) if (objectives.some((o) => codes.has(o.data.code))) return reportId;
  return undefined;
}
