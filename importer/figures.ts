/**
 * Figures and charts the reports print but whose data is not in the text:
 * numbered figures ("Figure 1: …"), blank image placeholders (whitespace-only
 * lines) and sentences that introduce charts or lists the text does not hold
 * (followed by a run of empty lines). Every one becomes a `figures` entry with
 * `dataInPapers: false` and a plain sentence saying what is missing, so the
 * page can say so instead of showing nothing.
 */
import type { SourceRef } from '../src/schemas/common.ts';
import { ref } from './meetings-util.ts';

export interface FigureDraft {
  id: string;
  data: Record<string, unknown>;
}

interface Base {
  reportId: string;
  docId: string;
  order: number;
  line: number;
  endLine: number;
}

/** Where the figure is printed (the lines run forward, so `endLine` is given when it is past `line`). */
function source(b: Base): SourceRef {
  return ref(b.docId, b.line, b.endLine);
}

/** A numbered figure: its caption survives, the chart does not. `residue` is a chart title left above the image. */
export function numberedFigure(b: Base & { number: number; caption: string; residue?: string | undefined }): FigureDraft {
  const missing =
    b.residue === undefined
      ? 'The chart is not in the text of the papers: only its caption is, so its data cannot be shown.'
      : `The chart is not in the text of the papers: only its caption and the title printed above it (“${b.residue}”) are, so its data cannot be shown.`;
  return {
    id: `${b.reportId}-figure-${b.number}`,
    data: { number: b.number, caption: b.caption, report: b.reportId, dataInPapers: false, missing, order: b.order, source: source(b) },
  };
}

/** A chart or list that a sentence introduces ("The charts below show …:") but the text leaves out. */
export function introducedFigure(b: Base & { index: number; intro: string }): FigureDraft {
  const chart = /\b(chart|graph|figure|image|diagram|map)s?\b/i.test(b.intro);
  const missing = chart
    ? 'The papers leave a blank where the charts this sentence introduces were printed: they are not in the text, so their data cannot be shown.'
    : 'The papers leave a blank where the list this sentence introduces was printed: it is not in the text.';
  return {
    id: `${b.reportId}-chart-${b.index}`,
    data: { caption: b.intro, report: b.reportId, dataInPapers: false, missing, order: b.order, source: source(b) },
  };
}

/** A blank image placeholder with no caption and no introducing sentence. */
export function untitledFigure(b: Base & { index: number; heading?: string | undefined }): FigureDraft {
  const where = b.heading === undefined ? '' : `, under the heading “${b.heading}”`;
  return {
    id: `${b.reportId}-chart-${b.index}`,
    data: {
      caption: 'Image without a caption',
      report: b.reportId,
      dataInPapers: false,
      missing: `The papers leave a blank line where an image or chart was printed${where}; it has no caption and what it showed is not in the text.`,
      order: b.order,
      source: source(b),
    },
  };
}
