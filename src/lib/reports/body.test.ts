import { describe, expect, it } from 'vitest';
import { placedAt, reportHeadings } from './body.ts';
import type { ReportBlock } from '../../schemas/reports.ts';

const heading = (text: string, level: number, line = 1): ReportBlock => ({ kind: 'heading', level, text, line });

describe('reportHeadings', () => {
  it('gives each heading the id Astro markdown gave it: the visible text slugged, repeats numbered', () => {
    const blocks: ReportBlock[] = [
      heading('PILLAR 1 SUSTAIN NORFOLK CONSTABULARY', 2),
      heading('ICT/Digital update', 3),
      { kind: 'paragraph', lines: ['Text.'], line: 2 },
      heading('Appendix A - Overviews for each section of Pillar 1', 2),
      heading('Continue to Invest in and Support Officer and all Police Staff’s Health and Wellbeing', 3),
      heading('Overview', 4),
      heading('Overview', 4),
      heading('**Bold** and [lost link](#)', 4),
    ];
    expect(reportHeadings(blocks).map((h) => [h.block, h.slug])).toEqual([
      [0, 'pillar-1-sustain-norfolk-constabulary'],
      [1, 'ictdigital-update'],
      [3, 'appendix-a---overviews-for-each-section-of-pillar-1'],
      [4, 'continue-to-invest-in-and-support-officer-and-all-police-staffs-health-and-wellbeing'],
      [5, 'overview'],
      [6, 'overview-1'],
      [7, 'bold-and-lost-link'],
    ]);
  });

  it('keeps the levels in order under the page h2: the first heading becomes h2 and none skips a level', () => {
    const levels = reportHeadings([heading('A', 3), heading('B', 5), heading('C', 4), heading('D', 3)]).map((h) => [h.text, h.depth, h.level]);
    expect(levels).toEqual([
      ['A', 3, 2],
      ['B', 5, 3],
      ['C', 4, 3],
      ['D', 3, 2],
    ]);
    expect(reportHeadings([heading('A', 2), heading('B', 3)]).map((h) => h.level)).toEqual([2, 3]);
  });
});

describe('placedAt', () => {
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', lines: ['<DataTable id="t-2" />'], line: 1 },
    { kind: 'table', id: 't-1', line: 2 },
    { kind: 'figure', id: 't-1', line: 3 },
    { kind: 'inspection', id: 'peel', line: 4 },
  ];
  it('finds where the body places an entry by kind and id, and never reads text as a placement', () => {
    expect(placedAt(blocks, 'table', 't-1')).toBe(1);
    expect(placedAt(blocks, 'figure', 't-1')).toBe(2);
    expect(placedAt(blocks, 'inspection', 'peel')).toBe(3);
    expect(placedAt(blocks, 'table', 't-2')).toBe(-1);
  });
});
