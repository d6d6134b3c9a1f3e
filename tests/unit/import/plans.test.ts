import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../../src/schemas/plans.ts';
import { parseGrid } from '../../../importer/grid.ts';
import { buildPlans, buildPlansWith, normaliseWording, parseElementList } from '../../../importer/plans.ts';
import { ImportError, toSourceDoc, type SourceDoc } from '../../../importer/source.ts';
import { fixtureDoc, seedDocs, thrownBy } from './meetings-helpers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import/grid');
const docs = seedDocs();
const doc002 = docs.find((d) => d.id === '002_d59e3f7d13789de4') as SourceDoc;

describe('buildPlans on the seeds', () => {
  const grid = parseGrid(doc002, { meetingId: '2017-09-26-police-and-crime-panel' }).entries;
  const drafts = buildPlans(grid, docs);
  const plan = (id: string) => planSchema.parse(drafts.find((d) => d.id === id)?.data) as Plan;

  it('gives three plans, oldest first, all valid against the schema', () => {
    expect(drafts.map((d) => [d.collection, d.id])).toEqual([
      ['plans', '2016-17'],
      ['plans', '2022-24'],
      ['plans', '2025-29'],
    ]);
    const orders = drafts.map((d) => planSchema.parse(d.data).order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it('2016-17: priorities 1-7 with SO1-SO27 as elements, titles as printed in the grid', () => {
    const p = plan('2016-17');
    expect(p.unit).toBe('priority');
    expect(p.title).toBe('Police and Crime Plan');
    expect(p.period).toBe('2016/17');
    expect(p.entries.map((e) => [e.id, e.title])).toEqual([
      ['2016-17-priority-1', 'Increase Visible Policing'],
      ['2016-17-priority-2', 'Support Rural Communities'],
      ['2016-17-priority-3', 'Improve Road Safety'],
      ['2016-17-priority-4', 'Prevent Offending'],
      ['2016-17-priority-5', 'Support Victims and Reduce Vulnerability'],
      ['2016-17-priority-6', 'Deliver a Modern and Innovative Service'],
      ['2016-17-priority-7', "Good Stewardship of Taxpayers' Money"],
    ]);
    const elements = p.entries.flatMap((e) => e.elements);
    expect(elements.map((e) => e.id)).toEqual(Array.from({ length: 27 }, (_, i) => `2016-17-so${i + 1}`));
    expect(elements.map((e) => e.code)).toEqual(Array.from({ length: 27 }, (_, i) => `SO${i + 1}`));
    expect(p.entries.map((e) => e.elements.length)).toEqual([5, 3, 3, 5, 5, 3, 3]);
    expect(elements.find((e) => e.code === 'SO15')?.title).toMatch(/^Recue overall levels/);
    expect(elements.find((e) => e.code === 'SO23')?.sources).toEqual([{ doc: '002_d59e3f7d13789de4', line: 190 }]);
    expect(p.notes.join(' ')).toContain('Performance grid for 2016/17');
  });

  it('2016-17: the PAF minutes (000) name priorities 5, 6 and 7 as plan themes: kept as variants with their sources', () => {
    const p = plan('2016-17');
    const e = (n: number) => p.entries[n - 1] as Plan['entries'][number];
    expect(e(5).titleVariants).toEqual(['Police and Crime Plan Theme: ‘Support Victims and Reduce Vulnerability’']);
    expect(e(6).titleVariants).toEqual(["Police and Crime Plan Theme: 'Deliver a Modern and Innovative Service'"]);
    expect(e(7).titleVariants).toEqual(["Police and Crime Plan Theme: 'Good Stewardship of Taxpayers' Money'"]);
    expect(e(7).sources).toContainEqual({ doc: '000_5a15d9d80c2edaab', line: 99, endLine: 101 });
    expect(e(6).sources).toContainEqual({ doc: '000_5a15d9d80c2edaab', line: 125, endLine: 127 });
    expect(e(5).sources).toContainEqual({ doc: '000_5a15d9d80c2edaab', line: 147, endLine: 149 });
    expect(e(1).titleVariants).toEqual([]);
  });

  it('2022-24: pillars 1-6 as the 001 agenda prints them, with the other wordings as variants', () => {
    const p = plan('2022-24');
    expect(p.title).toBe('Police, Crime & Community Safety Plan 2022-24');
    expect(p.unit).toBe('pillar');
    expect(p.entries.map((e) => [e.id, e.title, e.titleVariants])).toEqual([
      ['2022-24-pillar-1', 'Sustain Norfolk Constabulary', []],
      ['2022-24-pillar-2', 'Visible and Trusted Policing', []],
      ['2022-24-pillar-3', 'Tackling Crime', []],
      ['2022-24-pillar-4', 'Prevent Offending', []],
      ['2022-24-pillar-5', 'Support Victims', ['Supporting Victims']],
      ['2022-24-pillar-6', 'Safer and Stronger Communities', ['Safer Stronger Communities']],
    ]);
    const p5 = p.entries[4] as Plan['entries'][number];
    // agenda 001:26, minutes headings 001:148 / 003:90 / 004:160, SUBJECT 001:1420, banner 001:1432
    expect(p5.sources).toEqual(
      expect.arrayContaining([
        { doc: '001_1defd7e170de073f', line: 26 },
        { doc: '001_1defd7e170de073f', line: 148 },
        { doc: '001_1defd7e170de073f', line: 1420 },
        { doc: '001_1defd7e170de073f', line: 1432 },
        { doc: '003_b68bda4d25e51753', line: 90 },
        { doc: '004_d32a210fd6fbcf1e', line: 160 },
      ]),
    );
  });

  it('2022-24: elements are the report section headings, numbered only from the SUMMARY when the counts match', () => {
    const p = plan('2022-24');
    const codes = p.entries.map((e) => e.elements.map((el) => el.code).join(','));
    expect(codes).toEqual(['1,2,3,4,5,6,7', '1,2,3,4,6', '1,2,3,4', '1,2,3,4,5', '1,2,5,6', '1,2,3,4,5']);
    const p2 = p.entries[1] as Plan['entries'][number];
    expect(p2.elements.map((e) => e.id)).toEqual([1, 2, 3, 4, 6].map((k) => `2022-24-pillar-2-element-${k}`));
    expect(p2.elements[4]?.title).toBe('Active Promotion of National and Local Campaigns across the County');
    const p1 = p.entries[0] as Plan['entries'][number];
    expect(p1.elements[1]).toEqual({
      id: '2022-24-pillar-1-element-2',
      code: '2',
      title: 'Continue to Invest in and Support Officer and all Police Staff’s Health and Wellbeing',
      sources: [
        { doc: '001_1defd7e170de073f', line: 291 },
        { doc: '001_1defd7e170de073f', line: 451 },
        { doc: '001_1defd7e170de073f', line: 226 },
      ],
    });
    expect(p.notes).toHaveLength(6);
    expect(p.notes[1]).toContain('"elements 1-4 & 6 of Pillar 2"');
    expect(p.notes[4]).toContain('"elements 1,2,5 & 6 of Pillar 5"');
    expect(p.notes.every((n) => n.includes('do not print the element numbers'))).toBe(true);
  });

  it('2025-29: priorities 1-3 from the 004 agenda, and a note that the papers give no more', () => {
    const p = plan('2025-29');
    expect(p.title).toBe('Police & Crime Plan 2025-29');
    expect(p.entries.map((e) => [e.id, e.title, e.elements.length, e.sources])).toEqual([
      ['2025-29-priority-1', 'Preventing Crime', 0, [{ doc: '004_d32a210fd6fbcf1e', line: 21 }]],
      ['2025-29-priority-2', 'Cohesive Communities', 0, [{ doc: '004_d32a210fd6fbcf1e', line: 22 }]],
      ['2025-29-priority-3', 'Reducing Harm', 0, [{ doc: '004_d32a210fd6fbcf1e', line: 24 }]],
    ]);
    expect(p.notes).toEqual([
      'The papers give no further detail of this plan than the titles of its 3 priorities: no objectives, elements or report for it are printed. ' +
        'They are named only as agenda items 5, 6 and 7 (004_d32a210fd6fbcf1e), each marked "Verbal Update".',
    ]);
  });
});

describe('buildPlans on small fixtures', () => {
  it('leaves headings unnumbered when their count differs from the SUMMARY list, and numbers them when it matches', () => {
    const doc = fixtureDoc('grid', 'plans-pillars.txt');
    const [plan] = buildPlansWith([], [doc], { '2030-34': { 1: ['Second heading', 'First Heading'], 2: ['Only Heading', 'Another Heading'] } });
    const data = planSchema.parse(plan?.data);
    expect(plan?.id).toBe('2030-34');
    const [p1, p2] = data.entries;
    expect(p1?.titleVariants).toEqual(['Keeping Safe']);
    expect(p1?.elements).toEqual([
      { id: '2030-34-pillar-1-section-1', code: 'Section 1', title: 'First Heading', sources: [{ doc: 'plans-pillars', line: 15 }, { doc: 'plans-pillars', line: 23 }] },
      { id: '2030-34-pillar-1-section-2', code: 'Section 2', title: 'Second Heading', sources: [{ doc: 'plans-pillars', line: 19 }] },
    ]);
    expect(p2?.elements.map((e) => [e.id, e.code])).toEqual([
      ['2030-34-pillar-2-element-1', '1'],
      ['2030-34-pillar-2-element-2', '2'],
    ]);
    expect(data.notes[0]).toBe(
      'Pillar 1: the report\'s SUMMARY says it covers "elements 1-3 & 5 of Pillar 1" (plans-pillars line 11), but the report has 2 section headings, ' +
        "so they are listed as the report's sections, without element numbers.",
    );
  });

  it('rejects a listed heading wording that the report prints as a bullet, naming the file and line', () => {
    const doc = fixtureDoc('grid', 'plans-pillars.txt');
    expect(() => buildPlansWith([], [doc], { '2030-34': { 1: ['First Heading', '- a bullet'] } })).toThrowError(
      /^plans-pillars\.txt:17: expected a section heading of the Pillar 1 report/,
    );
  });

  it('rejects a listed heading wording that is not printed inside its pillar report, naming the wording', () => {
    const doc = fixtureDoc('grid', 'plans-pillars.txt');
    const error = thrownBy(() => buildPlansWith([], [doc], { '2030-34': { 1: ['First Heading', 'Third Heading'] } }));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).line).toBe(13);
    expect((error as ImportError).message).toContain('"Third Heading"');
    expect((error as ImportError).message).toContain('no such line');
  });

  it('takes no elements from a pillar report whose sections the profile does not list', () => {
    const doc = fixtureDoc('grid', 'plans-pillars.txt');
    const [plan] = buildPlansWith([], [doc], {});
    expect(planSchema.parse(plan?.data).entries.every((e) => e.elements.length === 0)).toBe(true);
  });

  it('builds the grid plan from the grid drafts and adds a matching theme heading from other papers', () => {
    const grid = fixtureDoc('grid', 'valid.txt');
    const drafts = parseGrid(grid, { meetingId: '2020-01-01-test-panel' }).entries;
    const [plan] = buildPlans(drafts, [grid, fixtureDoc('grid', 'plans-theme.txt')]);
    const data = planSchema.parse(plan?.data);
    expect(plan?.id).toBe('2019-20');
    expect(data.entries.map((e) => [e.id, e.title, e.elements.map((el) => el.id)])).toEqual([
      ['2019-20-priority-1', 'Keep People Safe', ['2019-20-so1']],
      ['2019-20-priority-2', 'Support Victims', ['2019-20-so2']],
    ]);
    expect(data.entries[1]?.titleVariants).toEqual(['Police and Crime Plan Theme: ‘Support Victims’']);
    expect(data.entries[1]?.sources).toEqual([
      { doc: 'valid', line: 21 },
      { doc: 'plans-theme', line: 2, endLine: 4 },
    ]);
  });

  it('refuses a grid that never names the Police and Crime Plan', () => {
    const text = readFileSync(join(FIXTURES, 'valid.txt'), 'utf8').replace(' on the Police and Crime Plan', '');
    const grid = toSourceDoc('unnamed.txt', text);
    expect(() => buildPlans([], [grid])).toThrowError(/^unnamed\.txt: expected the words "Police and Crime Plan"/);
  });
});

describe('plan helpers', () => {
  it('parses the SUMMARY element lists', () => {
    expect(parseElementList('1-7')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(parseElementList('1-4 & 6')).toEqual([1, 2, 3, 4, 6]);
    expect(parseElementList('1,2,5 & 6')).toEqual([1, 2, 5, 6]);
    expect(parseElementList('1 and 3')).toEqual([1, 3]);
    expect(parseElementList('one')).toEqual([]);
  });

  it('compares wordings without case, quote style or spacing', () => {
    expect(normaliseWording('SUPPORTING VICTIMS')).toBe(normaliseWording('Supporting  Victims'));
    expect(normaliseWording('Police Staff’s')).toBe(normaliseWording("Police staff's"));
    expect(normaliseWording('Safer Stronger Communities')).not.toBe(normaliseWording('Safer and Stronger Communities'));
  });
});
