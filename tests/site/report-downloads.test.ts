/**
 * The data downloads: every table's CSV parses with a real CSV parser (csv-parse)
 * and matches the table's source content cell by cell (printed text, with a
 * leading ' where a spreadsheet would read it as a formula; parsed number; unit); every table's JSON holds the same rows; every indicator's CSV
 * parses and each figure in it is a figure printed in the table it names.
 * Plus: pages without a chart load no chart code, and pages with one do.
 */
import { scriptsRun } from '../../scripts/page-weight.ts';
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

describe('charts are drawn in the HTML and need no script', () => {
  const js = builtFiles(dir).filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));

  test('every chart has its bars in the page, and a page with a chart runs no script for it', () => {
    const wrong: string[] = [];
    let charts = 0;
    for (const page of htmlFiles(dir)) {
      const html = readFileSync(join(dir, page), 'utf8');
      const plots = html.match(/<div class="plot[^"]*" role="img"/g)?.length ?? 0;
      if (plots === 0) continue;
      charts += plots;
      if (!/<rect class="bar /.test(html)) wrong.push(`${page}: a chart without bars`);
      // Its row names and tick labels repeat the table's: kept out of the search index.
      const ignored = html.match(/<div class="plot[^"]*" role="img"[^>]*data-pagefind-ignore="all"/g)?.length ?? 0;
      if (ignored !== plots) wrong.push(`${page}: ${plots - ignored} chart drawing(s) not kept out of the search index`);
      const run = scriptsRun(html).filter((s) => !/\/(Search|Filter)\.astro_astro_type_script/.test(s));
      if (run.length > 0) wrong.push(`${page}: has a chart and runs ${run.join(', ')}`);
    }
    console.log(`charts: ${charts} drawn in HTML`);
    expect(wrong).toEqual([]);
  });

  test('no built script carries chart code', () => {
    const chartCode = js.filter((f) => /os-chart|Canvas is already in use/.test(readFileSync(join(dir, f), 'utf8')));
    expect(chartCode).toEqual([]);
  });
});
