/**
 * Every data table of the papers, as rendered in the built report pages,
 * compared cell by cell with its source content: caption, header cells (text,
 * colspan, rowspan), every body row (group, label, each printed value), the
 * screen-reader forms, numeric alignment, headers/id references, the scroll
 * region, and each chart's accessible name and one-sentence summary.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closePage, openPage, problems } from '../browser/helpers.ts';
import { plainText } from '../../src/lib/text/inline.ts';
import { captionText, numericColumns, rowSections, spokenForm } from '../../src/lib/tables/tables.ts';
import { chartsFor } from '../../src/lib/charts/charts.ts';
import type { DataTable } from '../../src/schemas/tables.ts';
import { loadTables, squash } from './content.ts';

interface DomCell {
  tag: string;
  text: string;
  spoken: string;
  scope: string | null;
  colspan: number;
  rowspan: number;
  headers: string | null;
  num: boolean;
  group: boolean;
}
interface DomTable {
  id: string;
  caption: string;
  region: { role: string | null; label: string | null; tabindex: string | null } | null;
  head: DomCell[][];
  bodies: DomCell[][][];
  ids: string[];
  charts: { label: string | null; role: string | null; summary: string; rows: { label: string; bars: number }[] }[];
}

/** Runs in the page: the visible text (without screen-reader-only text) and structure of every data table. */
function extract(): DomTable[] {
  const visible = (el: Element | null): string => {
    if (!el) return '';
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden, .repair-mark').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const spoken = (el: Element): string =>
    [...el.querySelectorAll('.visually-hidden')]
      .filter((n) => !n.closest('.repair-mark'))
      .map((n) => (n.textContent ?? '').trim())
      .join(' ');
  const cell = (c: HTMLTableCellElement): DomCell => ({
    tag: c.tagName.toLowerCase(),
    text: visible(c),
    spoken: spoken(c),
    scope: c.getAttribute('scope'),
    colspan: c.colSpan,
    rowspan: c.rowSpan,
    headers: c.getAttribute('headers'),
    num: c.classList.contains('num'),
    group: c.classList.contains('group'),
  });
  return [...document.querySelectorAll<HTMLTableElement>('table[data-table-id]')].map((t) => {
    const region = t.closest('.table-scroll');
    const box = t.closest('.data-table');
    return {
      id: t.dataset['tableId'] ?? '',
      caption: visible(t.caption),
      // A labelled <section> is a region landmark (html-validate prefers it to role="region").
      region: region
        ? {
            role: region.getAttribute('role') ?? (region.tagName === 'SECTION' && region.hasAttribute('aria-label') ? 'region' : null),
            label: region.getAttribute('aria-label'),
            tabindex: region.getAttribute('tabindex'),
          }
        : null,
      head: [...(t.tHead?.rows ?? [])].map((r) => [...r.cells].map(cell)),
      bodies: [...t.tBodies].map((b) => [...b.rows].map((r) => [...r.cells].map(cell))),
      ids: [...t.querySelectorAll('[id]')].map((e) => e.id),
      charts: [...(box?.querySelectorAll('.chart') ?? [])].map((c) => ({
        label: c.querySelector('.plot')?.getAttribute('aria-label') ?? null,
        role: c.querySelector('.plot')?.getAttribute('role') ?? null,
        summary: (c.querySelector('.chart-summary')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        rows: [...c.querySelectorAll('.plot .row')]
          .map((r) => ({ label: (r.querySelector('.label')?.textContent ?? '').trim(), bars: r.querySelectorAll('svg.bars rect.bar').length }))
          .filter((r) => r.label !== ''),
      })),
    };
  });
}

const tables = loadTables();
const byReport = new Map<string, [string, DataTable][]>();
for (const [id, t] of tables) {
  const list = byReport.get(t.report) ?? [];
  list.push([id, t]);
  byReport.set(t.report, list);
}
const stats = { tables: 0, headerCells: 0, bodyCells: 0, spoken: 0, charts: 0 };
afterAll(() => {
  console.log(
    `report tables: ${stats.tables} tables, ${stats.headerCells} header cells and ${stats.bodyCells} body cells compared, ${stats.spoken} spoken forms, ${stats.charts} charts`,
  );
});

/** Compares one rendered table with its content; returns one message per difference. */
function compare(id: string, t: DataTable, dom: DomTable): string[] {
  const diffs: string[] = [];
  const at = (where: string, got: unknown, want: unknown): void => {
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`${id} ${where}: rendered ${JSON.stringify(got)}, source ${JSON.stringify(want)}`);
  };
  const caption = squash(captionText({ ...t, caption: plainText(t.caption) }, 'Table', id));
  at('caption', dom.caption, caption);
  at('scroll region', dom.region, { role: 'region', label: caption, tabindex: '0' });

  // Header: same rows, same cells, same spans; blank corners are <td>, the rest <th scope>.
  at('header row count', dom.head.length, t.header.length);
  t.header.forEach((row, r) => {
    at(`header row ${r + 1} cell count`, dom.head[r]?.length, row.length);
    row.forEach((h, c) => {
      const d = dom.head[r]?.[c];
      stats.headerCells++;
      at(`header ${r + 1}.${c + 1}`, d && { text: d.text, colspan: d.colspan, rowspan: d.rowspan }, {
        text: squash(plainText(h.text)),
        colspan: h.colspan,
        rowspan: h.rowspan,
      });
      if (d && h.text.trim() !== '') at(`header ${r + 1}.${c + 1} is a th with scope`, [d.tag, d.scope === 'col' || d.scope === 'colgroup'], ['th', true]);
    });
  });

  // Body: one <tbody> per section; in each row, the last cells are the values, before them the label, and in
  // the first row of a grouped section the group header.
  const numeric = numericColumns(t);
  const sections = rowSections(t);
  at('tbody count', dom.bodies.length, sections.length);
  const ids = new Set(dom.ids);
  sections.forEach((section, s) => {
    const rows = dom.bodies[s] ?? [];
    at(`section ${s + 1} row count`, rows.length, section.rows.length);
    section.rows.forEach((row, i) => {
      const cells = rows[i] ?? [];
      const where = `row "${row.label}" (line ${row.line})`;
      const values = cells.slice(cells.length - t.columns.length);
      const label = cells[cells.length - t.columns.length - 1];
      const before = cells.slice(0, cells.length - t.columns.length - 1);
      at(`${where} label`, label?.text, squash(plainText(row.label)));
      if (row.kind !== 'subheader') at(`${where} label is a row header`, label && [label.tag, label.scope === 'row' || label.scope === 'rowgroup'], ['th', true]);
      if (t.grouped) {
        const groupCell = before.find((c) => c.group);
        const first = section.rows.findIndex((r) => r.kind !== 'subheader');
        if (i === first && section.group) at(`${where} group header`, groupCell && [groupCell.text, groupCell.scope], [squash(plainText(section.group)), 'rowgroup']);
      } else at(`${where} cells before the label`, before.length, 0);
      at(`${where} value cell count`, values.length, row.cells.length);
      row.cells.forEach((c, j) => {
        const d = values[j];
        stats.bodyCells++;
        at(`${where} column "${t.columns[j]}"`, d?.text, squash(c.raw));
        if (row.kind === 'subheader') return;
        const want = spokenForm(c.raw, c.value) ?? '';
        if (want) stats.spoken++;
        at(`${where} column "${t.columns[j]}" spoken form`, d?.spoken, want);
        at(`${where} column "${t.columns[j]}" numeric alignment`, d?.num, numeric[j]);
        for (const ref of (d?.headers ?? '').split(/\s+/).filter(Boolean)) if (!ids.has(ref)) diffs.push(`${id} ${where}: headers="${d?.headers}" names "${ref}", which is not an id in the table`);
      });
    });
  });

  // Charts: one per unit group, each with role="img", an accessible name, the computed summary, and drawn in the
  // HTML (no JavaScript): a row per plotted row of the table, named as it, with one bar per compared column.
  const specs = chartsFor(t);
  at('chart count', dom.charts.length, specs.length);
  specs.forEach((spec, k) => {
    const c = dom.charts[k];
    stats.charts++;
    at(`chart ${k + 1} role`, c?.role, 'img');
    if (!c?.label || c.label.length < 20) diffs.push(`${id} chart ${k + 1}: accessible name missing or too short: ${JSON.stringify(c?.label)}`);
    if (!c?.summary.endsWith(spec.summary)) diffs.push(`${id} chart ${k + 1}: summary ${JSON.stringify(c?.summary)} does not give ${JSON.stringify(spec.summary)}`);
    at(`chart ${k + 1} row names`, c?.rows.map((r) => r.label), spec.labels);
    at(`chart ${k + 1} bars per row`, c?.rows.map((r) => r.bars), spec.labels.map(() => spec.series.length));
  });
  return diffs;
}

test('the content has tables to compare', () => {
  expect(tables.size, 'no tables in the content: nothing would be compared').toBeGreaterThan(0);
});

describe.concurrent('each report page renders its tables exactly as the source', () => {
  for (const [report, list] of byReport) {
    test(`/reports/${report}/ (${list.length} tables)`, async () => {
      const page = await openPage(`/reports/${report}/`, { width: 375, waitUntil: 'networkidle' });
      try {
        const dom = (await page.evaluate(extract)) as DomTable[];
        const rendered = new Map(dom.map((d) => [d.id, d]));
        const diffs: string[] = [];
        for (const [id, t] of list) {
          const d = rendered.get(id);
          if (!d) {
            diffs.push(`${id}: not rendered on /reports/${report}/`);
            continue;
          }
          stats.tables++;
          diffs.push(...compare(id, t, d));
        }
        expect(diffs, diffs.slice(0, 40).join('\n')).toEqual([]);
        // The page never scrolls sideways on a phone: wide tables scroll inside their region.
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(widths[0], `/reports/${report}/ is ${widths[0]}px wide at 375px`).toBeLessThanOrEqual(widths[1] ?? 0);
        expect(await problems(page)).toEqual([]);
      } finally {
        await closePage(page);
      }
    });
  }
});
