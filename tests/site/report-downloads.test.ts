/**
 * The data downloads: every table's CSV parses with a real CSV parser (csv-parse)
 * and matches the table's source content cell by cell (printed text, with a
 * leading ' where a spreadsheet would read it as a formula; parsed number; unit); every table's JSON holds the same rows; every indicator's CSV
 * parses and each figure in it is a figure printed in the table it names.
 * Plus: pages without a chart load no chart code, and pages with one do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { builtFiles, htmlFiles } from './checks.ts';
import type { CellValue } from '../../src/schemas/tables.ts';
import { loadTables } from './content.ts';

const dir = siteDir();
const tables = loadTables();

/** The number a value should have in the CSV, worked out here independently of src/lib/open-data/csv.ts. */
function expectedNumber(v: CellValue): string {
  if (v.type === 'duration') return String(v.seconds);
  if (v.type === 'text' || v.type === 'blank') return '';
  return String(v.value);
}
/** Text as the CSV writes it: a cell a spreadsheet would read as a formula starts with a single quote (OWASP). */
function asWritten(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}
function expectedUnit(v: CellValue): string {
  return { number: '', percent: '%', pp: 'percentage points', money: v.type === 'money' ? v.unit : '', duration: 'seconds', text: 'text', blank: '' }[v.type];
}

describe('table downloads', () => {
  test('every table has a CSV and a JSON file', () => {
    expect(tables.size).toBeGreaterThan(0);
    const missing = [...tables.keys()].flatMap((id) =>
      ['csv', 'json'].filter((ext) => !existsSync(join(dir, 'data/tables', `${id}.${ext}`))).map((ext) => `/data/tables/${id}.${ext}`),
    );
    expect(missing).toEqual([]);
  });

  test('every table CSV parses and matches its source, cell by cell', () => {
    let cells = 0;
    const diffs: string[] = [];
    for (const [id, t] of tables) {
      const records = parse(readFileSync(join(dir, 'data/tables', `${id}.csv`)), { bom: true, relax_column_count: false }) as string[][];
      const header = records[0] ?? [];
      const off = t.grouped ? 3 : 2;
      if (records.length !== t.rows.length + 1) diffs.push(`${id}: ${records.length - 1} CSV rows for ${t.rows.length} table rows`);
      t.columns.forEach((c, j) => {
        if (!header[off + j * 3]?.startsWith(c.trim() || 'Column')) diffs.push(`${id}: CSV column ${off + j * 3 + 1} is "${header[off + j * 3]}", expected "${c}"`);
      });
      t.rows.forEach((row, i) => {
        const rec = records[i + 1] ?? [];
        if (t.grouped && rec[0] !== asWritten(row.group ?? '')) diffs.push(`${id} line ${row.line}: group "${rec[0]}" ≠ "${row.group}"`);
        if (rec[off - 2] !== asWritten(row.label)) diffs.push(`${id} line ${row.line}: label "${rec[off - 2]}" ≠ "${row.label}"`);
        row.cells.forEach((cell, j) => {
          cells++;
          const got = [rec[off + j * 3], rec[off + j * 3 + 1], rec[off + j * 3 + 2]];
          const want = [asWritten(cell.raw), expectedNumber(cell.value), expectedUnit(cell.value)];
          if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`${id} line ${row.line} "${t.columns[j]}": CSV ${JSON.stringify(got)}, source ${JSON.stringify(want)}`);
        });
        if ((rec.at(-1) ?? '') !== asWritten(row.repair ?? '')) diffs.push(`${id} line ${row.line}: correction column "${rec.at(-1)}" ≠ "${row.repair ?? ''}"`);
      });
    }
    console.log(`table CSVs: ${tables.size} files, ${cells} cells compared`);
    expect(diffs, diffs.slice(0, 30).join('\n')).toEqual([]);
  });

  test('every table JSON holds the source rows, header and notes', () => {
    for (const [id, t] of tables) {
      const json = JSON.parse(readFileSync(join(dir, 'data/tables', `${id}.json`), 'utf8')) as Record<string, unknown>;
      expect(json['id']).toBe(id);
      expect(json['rows'], id).toEqual(t.rows);
      expect(json['header'], id).toEqual(t.header);
      expect(json['notes'], id).toEqual(t.notes);
      expect(json['columns'], id).toEqual(t.columns);
    }
  });
});

describe('indicator downloads', () => {
  const files = builtFiles(dir).filter((f) => f.startsWith('data/indicators/') && f.endsWith('.csv'));
  test('there is one CSV and one JSON per indicator page', () => {
    const pages = htmlFiles(dir).filter((f) => /^performance\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]);
    expect(pages.length).toBeGreaterThan(0);
    expect(files.map((f) => f.replace(/^data\/indicators\/|\.csv$/g, '')).sort()).toEqual([...pages].sort());
    for (const id of pages) expect(existsSync(join(dir, 'data/indicators', `${id}.json`)), id).toBe(true);
  });
  test('every indicator CSV parses, and each figure is printed in the table it names', () => {
    const byNumber = new Map<string, Set<string>>();
    for (const t of tables.values()) {
      if (t.number === undefined) continue;
      const set = byNumber.get(`Table ${t.number}`) ?? new Set<string>();
      for (const r of t.rows) for (const c of r.cells) set.add(asWritten(c.raw));
      byNumber.set(`Table ${t.number}`, set);
    }
    let figures = 0;
    const diffs: string[] = [];
    for (const f of files) {
      const records = parse(readFileSync(join(dir, f)), { bom: true, columns: true }) as Record<string, string>[];
      if (records.length === 0) diffs.push(`${f}: no figures`);
      for (const r of records) {
        figures++;
        const printed = byNumber.get(r['Table'] ?? '') ?? new Set([...tables.values()].flatMap((t) => t.rows.flatMap((row) => row.cells.map((c) => asWritten(c.raw)))));
        if (!printed.has(r['As printed'] ?? '')) diffs.push(`${f}: "${r['As printed']}" is not a figure of ${r['Table']}`);
      }
    }
    console.log(`indicator CSVs: ${files.length} files, ${figures} figures checked`);
    expect(diffs, diffs.slice(0, 30).join('\n')).toEqual([]);
  });
});

describe('chart code loads only where a chart is', () => {
  const js = builtFiles(dir).filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
  const source = new Map(js.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  /** A file is chart code when it defines <os-chart> or carries Chart.js itself. */
  const isChartCode = (text: string): boolean => text.includes('os-chart') || text.includes('Canvas is already in use');
  const chartFiles = new Set([...source].filter(([, text]) => isChartCode(text)).map(([f]) => f));

  /** The JS files a page loads: its module scripts and modulepreloads, and everything they import, transitively. */
  function scriptsOf(html: string, page: string): Set<string> {
    const out = new Set<string>();
    const queue: string[] = [];
    for (const m of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.js)"[^>]*>/g)) queue.push(m[1] ?? '');
    while (queue.length > 0) {
      const url = queue.shift() ?? '';
      const file = url.startsWith('/') ? url.slice(1) : join(page, '..', url);
      if (out.has(file)) continue;
      out.add(file);
      const text = source.get(file) ?? '';
      for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
        const spec = m[1] ?? '';
        queue.push(spec.startsWith('/') ? spec : `/${join(file, '..', spec)}`);
      }
    }
    return out;
  }

  test('the chart code is found in the build', () => {
    expect(chartFiles.size, 'no built JS file defines <os-chart>').toBeGreaterThan(0);
  });

  test('pages with a chart load it; no other page loads any chart code', () => {
    const wrong: string[] = [];
    const bytes = { chartPages: 0, chartBytes: 0, otherPages: 0, otherMaxBytes: 0 };
    for (const page of htmlFiles(dir)) {
      const html = readFileSync(join(dir, page), 'utf8');
      const scripts = scriptsOf(html, page);
      const size = [...scripts].reduce((n, f) => n + (source.get(f)?.length ?? 0), 0);
      const loadsChart = [...scripts].some((f) => chartFiles.has(f));
      const hasChart = html.includes('<os-chart');
      if (hasChart) {
        bytes.chartPages++;
        bytes.chartBytes = Math.max(bytes.chartBytes, size);
        if (!loadsChart) wrong.push(`${page} has a chart but loads no chart code`);
      } else {
        bytes.otherPages++;
        bytes.otherMaxBytes = Math.max(bytes.otherMaxBytes, [...scripts].filter((f) => chartFiles.has(f)).reduce((n, f) => n + (source.get(f)?.length ?? 0), 0));
        if (loadsChart) wrong.push(`${page} has no chart but loads ${[...scripts].filter((f) => chartFiles.has(f)).join(', ')}`);
      }
    }
    console.log(
      `chart code: ${bytes.chartPages} pages with charts load up to ${bytes.chartBytes} bytes of JS; ${bytes.otherPages} pages without charts load ${bytes.otherMaxBytes} bytes of chart code`,
    );
    expect(wrong).toEqual([]);
  });

  test('the chart bundle holds only the Chart.js controllers and elements it uses (bars), tree-shaken', () => {
    const text = [...chartFiles].map((f) => source.get(f) ?? '').join('\n');
    const ids = [...text.matchAll(/static id\s*=\s*[`'"]([A-Za-z]+)[`'"]/g)].map((m) => m[1]);
    expect(ids).toContain('bar');
    expect(ids).toContain('category');
    expect(ids).toContain('linear');
    // Unused chart types, elements and scales are gone. The scales go only because the client build
    // treats property reads as free of side effects (astro.config.mjs, clientTreeShaking).
    const unused = ['doughnut', 'pie', 'radar', 'polarArea', 'bubble', 'scatter', 'line', 'arc', 'point'];
    for (const id of [...unused, 'logarithmic', 'radialLinear', 'time', 'timeseries']) expect(ids, id).not.toContain(id);
  });
});
