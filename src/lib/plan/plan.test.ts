import { describe, expect, it } from 'vitest';
import { gridByPriority, gridCounts, ownerNames, questionsForReport, questionsOnSamePlanEntries, soNumber } from './plan.ts';

const fallback = { OPCCN: 'Office of the Police and Crime Commissioner for Norfolk (OPCCN)', NC: 'Norfolk Constabulary (NC)' };
const src = { doc: '002', line: 1 };

describe('owners', () => {
  it('spells out codes from the glossary, else the fallback', () => {
    const glossary = [{ data: { term: 'OPCCN', expansions: [{ text: 'Office of the Police and Crime Commissioner for Norfolk', source: src }] } }];
    expect(ownerNames(glossary, fallback)).toEqual(fallback);
    expect(ownerNames([{ data: { term: 'NC', expansions: [{ text: 'Norfolk Constab', source: src }] } }], fallback).NC).toBe('Norfolk Constab (NC)');
  });
});

describe('grid', () => {
  const action = (owners: ('OPCCN' | 'NC')[], evidence = 0) => ({
    text: 'x', owners, evidence: Array.from({ length: evidence }, () => ({ text: 'e' })), commentary: [], line: 1,
  });
  const objectives = [
    { data: { code: 'SO10', priority: 3, actions: [action(['NC'])] } },
    { data: { code: 'SO2', priority: 1, actions: [action(['OPCCN'], 2), action(['NC'])] } },
    { data: { code: 'SO9', priority: 3, actions: [action(['OPCCN', 'NC'], 1)] } },
  ];
  it('groups objectives by priority in SO order', () => {
    expect(soNumber('SO23')).toBe(23);
    expect(gridByPriority(objectives).map((g) => [g.priority, g.objectives.map((o) => o.data.code)])).toEqual([
      [1, ['SO2']],
      [3, ['SO9', 'SO10']],
    ]);
  });
  it('counts actions, owner codes and rows with evidence', () => {
    expect(gridCounts(objectives)).toEqual({ objectives: 3, actions: 4, owners: { OPCCN: 2, NC: 3 }, withEvidence: 2 });
  });
});

describe('questions about a report', () => {
  const report = { id: 'r1', data: { meeting: 'm2', planEntries: ['p1'] } };
  const q = (id: string, meeting: string, planEntry: string | undefined, minuteSection: string, order: number) => ({
    id, data: { meeting, planEntry, minuteSection, order },
  });
  const questions = [
    q('a', 'm2', 'p1', 'item-5', 2),
    q('b', 'm2', undefined, 'item-5', 1),
    q('c', 'm2', 'p2', 'item-6', 3),
    q('d', 'm1', 'p1', 'item-5', 1),
  ];
  const agenda = [{ report: 'r1', minuteSection: 'item-5' }, { report: 'r2', minuteSection: 'item-6' }];
  it('matches by plan entry or by the agenda item that presents the report, at the same meeting, and says how', () => {
    expect(questionsForReport(report, questions, agenda).map((m) => [m.question.id, m.how])).toEqual([
      ['b', ['agenda-item']],
      ['a', ['plan-entry', 'agenda-item']],
    ]);
  });
  it('lists questions on the same plan entry at other meetings separately', () => {
    expect(questionsOnSamePlanEntries(report, questions).map((x) => x.id)).toEqual(['d']);
  });
});

describe('gridReportOf', () => {
  it('finds the grid report whose objectives carry the plan elements\' codes', async () => {
    const { gridReportOf } = await import('./plan.ts');
    const plan = { entries: [{ elements: [{ code: '1a' }, { code: '1b' }] }] };
    const grids = new Map([
      ['other', [{ data: { code: '9z' } }]],
      ['grid', [{ data: { code: '1b' } }]],
    ]);
    expect(gridReportOf(plan, grids)).toBe('grid');
    expect(gridReportOf(plan, new Map())).toBeUndefined();
  });
});
