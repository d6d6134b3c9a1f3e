import { describe, expect, it } from 'vitest';
import { lostLinkPages, lostLinkTexts, missingFigures } from './accessibility.ts';
import type { Figure } from '../../schemas/figures.ts';

describe('lostLinkTexts', () => {
  it('finds "[text](#)" anywhere in nested data, as plain text', () => {
    const data = { blocks: [{ type: 'p', text: 'See [Norfolk PEEL Assessment 2023 – 2025](#) and [**Inspections | Norfolk PCC**](#).' }], n: 3 };
    expect(lostLinkTexts(data)).toEqual(['Norfolk PEEL Assessment 2023 – 2025', 'Inspections | Norfolk PCC']);
  });
  it('ignores links that have a target', () => {
    expect(lostLinkTexts('[a](https://example.org/) [b](/x/)')).toEqual([]);
  });
});

describe('lostLinkPages', () => {
  it('groups the texts by the page that shows them, including report bodies', () => {
    const pages = lostLinkPages([
      { entries: [{ id: 'm1', data: { x: '[A](#)' } }, { id: 'm2', data: { x: 'none' } }], href: (e) => `/meetings/${e.id}/`, label: (e) => `Meeting ${e.id}` },
      {
        entries: [{ id: 'r1', data: { title: 't', body: [{ kind: 'paragraph', lines: ['Read [B](#).', 'Then [C](#)'], line: 1 }] } }],
        href: (e) => `/reports/${e.id}/`,
        label: () => 'Report',
      },
      { entries: [{ id: 't1', data: { cells: ['[D](#)'] } }], href: () => `/reports/r1/`, label: () => 'Report' },
    ]);
    expect(pages).toEqual([
      { href: '/meetings/m1/', label: 'Meeting m1', texts: ['A'] },
      { href: '/reports/r1/', label: 'Report', texts: ['B', 'C', 'D'] },
    ]);
  });
});

describe('missingFigures', () => {
  it('links each figure to its anchor on the report page, in report order', () => {
    const fig = (id: string, report: string, order: number): { id: string; data: Figure } => ({
      id,
      data: { caption: `Caption ${id}`, report, dataInPapers: false, missing: 'The chart data', order, source: { doc: 'd', line: 1 } } as Figure,
    });
    const out = missingFigures([fig('f2', 'r1', 2), fig('f1', 'r1', 1)], (id) => (id === 'r1' ? 'Pillar 3' : undefined));
    expect(out).toEqual([
      { href: '/reports/r1/#figure-f1', caption: 'Caption f1', report: 'Pillar 3' },
      { href: '/reports/r1/#figure-f2', caption: 'Caption f2', report: 'Pillar 3' },
    ]);
  });
});
