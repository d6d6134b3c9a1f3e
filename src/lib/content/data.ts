/**
 * Loads every content collection once per build and indexes it.
 *
 * Pages call `loadSite()`; the first call reads the collections and checks
 * cross-references, later calls reuse the same promise. Build cost therefore
 * grows with the amount of content, not with content × pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkReferences } from './integrity.ts';
import { REFERENCE_RULES } from './reference-rules.ts';
import { groupBy } from './group.ts';
import { paperNames } from '../papers/names.ts';

export type MeetingEntry = CollectionEntry<'meetings'>;
export type QuestionEntry = CollectionEntry<'questions'>;
export type ActionEntry = CollectionEntry<'actions'>;
export type ReportEntry = CollectionEntry<'reports'>;
export type TableEntry = CollectionEntry<'tables'>;

const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

async function build() {
  const [bodies, documents, meetings, questions, actions, reports, tables, figures, plans, grid, inspections, people, glossary] =
    await Promise.all([
      getCollection('bodies'),
      getCollection('documents'),
      getCollection('meetings'),
      getCollection('questions'),
      getCollection('actions'),
      getCollection('reports'),
      getCollection('tables'),
      getCollection('figures'),
      getCollection('plans'),
      getCollection('grid'),
      getCollection('inspections'),
      getCollection('people'),
      getCollection('glossary'),
    ]);

  const problems = checkReferences(
    { bodies, documents, meetings, questions, actions, reports, tables, figures, plans, grid, inspections, people, glossary },
    REFERENCE_RULES,
  );
  if (problems.length > 0) throw new Error(`Content references are broken:\n- ${problems.join('\n- ')}`);

  return {
    bodies,
    documents,
    meetings,
    questions,
    actions,
    reports,
    tables,
    figures,
    plans,
    grid,
    inspections,
    people,
    glossary,
    bodyById: byId(bodies),
    documentById: byId(documents),
    meetingById: byId(meetings),
    questionById: byId(questions),
    actionById: byId(actions),
    reportById: byId(reports),
    tableById: byId(tables),
    figureById: byId(figures),
    inspectionById: byId(inspections),
    questionsByMeeting: groupBy(questions, (q) => q.data.meeting),
    reportsByMeeting: groupBy(reports, (r) => r.data.meeting),
    tablesByReport: groupBy(tables, (t) => t.data.report),
    figuresByReport: groupBy(figures, (f) => f.data.report),
    inspectionsByReport: groupBy(inspections, (i) => i.data.report),
    gridByReport: groupBy(grid, (g) => g.data.report),
    /** Each source paper named in words ("the agenda pack of 29 January 2025"), for "Source" links. */
    paperNames: paperNames(documents, meetings),
  };
}

export type SiteData = Awaited<ReturnType<typeof build>>;

let cache: Promise<SiteData> | undefined;

/** All content, loaded and indexed once per build. */
export function loadSite(): Promise<SiteData> {
  cache ??= build();
  return cache;
}
