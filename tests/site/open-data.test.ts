/**
 * The open data on the built site: the bulk download unzips; its datapackage.json lists exactly the
 * CSVs in the zip, each with fields matching the CSV's header and cells matching the field types;
 * every per-kind CSV and datapackage.json under /data/ equals the zip's copy, and every JSON holds
 * the same records; one row per record of the content; fixed timestamps in the zip; /data/ lists
 * every download (the bulk one first) and every page's footer and each section links to /data/.
 * Rules, not counts: they hold whatever papers are added.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/links/check.ts';
import { siteDir } from '../browser/helpers.ts';
import { htmlFiles, siteOriginOf } from './checks.ts';
import { readCollection } from './content.ts';

const SITE = siteDir();
const ORIGIN = siteOriginOf(SITE);
const ZIP = join(SITE, 'data', 'open-scrutiny-data.zip');

interface PackageField {
  name: string;
  type: string;
  format?: string;
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  schema: { fields: PackageField[] };
}
interface DataPackage {
  name: string;
  title: string;
  description: string;
  licenses?: unknown;
  resources: Resource[];
}

const zipBytes = readFileSync(ZIP);
const unzipped = unzipSync(new Uint8Array(zipBytes));
const entry = (name: string): Buffer => {
  const bytes = unzipped[name];
  if (!bytes) throw new Error(`${name} is not in the zip`);
  return Buffer.from(bytes);
};
const pkg = JSON.parse(entry('datapackage.json').toString('utf8')) as DataPackage;
const records = (bytes: Buffer): string[][] => parse(bytes, { bom: true, relax_column_count: false }) as string[][];
const rowsOf = (name: string): Record<string, string>[] => parse(entry(`${name}.csv`), { bom: true, columns: true }) as Record<string, string>[];

/** A zip's local file headers: name, DOS time and date, in order (APPNOTE 4.3.7). */
function localHeaders(zip: Buffer): { name: string; time: number; date: number }[] {
  const out: { name: string; time: number; date: number }[] = [];
  let at = 0;
  while (at + 30 <= zip.length && zip.readUInt32LE(at) === 0x04034b50) {
    const flags = zip.readUInt16LE(at + 6);
    const compressed = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    expect(flags & 0x8, 'no data descriptors: sizes are in the header').toBe(0);
    out.push({ name: zip.toString('utf8', at + 30, at + 30 + nameLength), time: zip.readUInt16LE(at + 10), date: zip.readUInt16LE(at + 12) });
    at += 30 + nameLength + extraLength + compressed;
  }
  return out;
}

describe(`the bulk download in ${SITE}`, () => {
  it('is a zip holding datapackage.json first, then exactly the CSVs it lists', () => {
    const names = Object.keys(unzipped);
    expect(names[0]).toBe('datapackage.json');
    expect(names.slice(1)).toEqual(pkg.resources.map((r) => r.path));
    expect(names.slice(1).every((n) => n.endsWith('.csv'))).toBe(true);
    expect(pkg.resources.length).toBeGreaterThan(0);
  });

  it('stores every file with the same fixed timestamp, so the same content gives the same bytes', () => {
    const headers = localHeaders(zipBytes);
    expect(headers.map((h) => h.name)).toEqual(Object.keys(unzipped));
    const stamps = new Set(headers.map((h) => `${h.date}:${h.time}`));
    expect(stamps.size).toBe(1);
    // 1 January 1980, 00:00: the DOS epoch, not the time of the build.
    expect([...stamps][0]).toBe(`${(0 << 9) | (1 << 5) | 1}:0`);
  });

  it('describes a Frictionless data package and claims no licence the site does not state', () => {
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.title.length).toBeGreaterThan(0);
    expect(pkg.licenses).toBeUndefined();
    expect(pkg.description).toMatch(/own terms apply/);
    for (const r of pkg.resources) expect(r, r.name).toMatchObject({ path: `${r.name}.csv`, format: 'csv', mediatype: 'text/csv' });
  });

  it.each(pkg.resources.map((r) => [r.path, r] as const))('%s: header equals the listed fields, every row complete, cells of the listed types', (path, r) => {
    const [header, ...rows] = records(entry(path));
    expect(header).toEqual(r.schema.fields.map((f) => f.name));
    const wrong: string[] = [];
    for (const [i, row] of rows.entries()) {
      r.schema.fields.forEach((f, j) => {
        const v = row[j] ?? '';
        if (v === '') return; // the papers do not give it
        const ok =
          f.type === 'integer' ? /^-?\d+$/.test(v)
          : f.type === 'number' ? Number.isFinite(Number(v)) && v.trim() === v
          : f.type === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
          : f.type === 'time' ? /^([01]\d|2[0-3]):[0-5]\d$/.test(v)
          : f.type === 'boolean' ? v === 'true' || v === 'false'
          : true;
        if (!ok) wrong.push(`row ${i + 2} ${f.name} (${f.type}): "${v}"`);
        if ((f.name.endsWith('url') || f.name === 'source' || f.name === 'source_paper') && !v.startsWith(`${ORIGIN}/`)) wrong.push(`row ${i + 2} ${f.name}: "${v}" is not on ${ORIGIN}`);
        // Text a spreadsheet would run as a formula is prefixed with a single quote.
        if (/^[=+\-@\t\r]/.test(v) && f.type === 'string') wrong.push(`row ${i + 2} ${f.name}: "${v}" would run as a formula`);
        // Paper markup is removed: no **bold** left in text.
        if (f.type === 'string' && /\*\*[^*]+\*\*/.test(v)) wrong.push(`row ${i + 2} ${f.name}: markup left in "${v}"`);
      });
    }
    expect(wrong, wrong.slice(0, 20).join('\n')).toEqual([]);
  });

  it('every URL in the data leads to a page or file of the site', () => {
    const missing = new Set<string>();
    for (const r of pkg.resources) {
      const urlFields = r.schema.fields.filter((f) => f.name.endsWith('url') || f.name === 'source' || f.name === 'source_paper').map((f) => f.name);
      for (const row of rowsOf(r.name)) {
        for (const f of urlFields) {
          const v = row[f];
          if (!v) continue;
          const path = decodeURIComponent(new URL(v).pathname);
          const file = path.endsWith('/') ? join(SITE, path, 'index.html') : join(SITE, path);
          if (!existsSync(file)) missing.add(`${r.name}.${f}: ${v}`);
        }
      }
    }
    expect([...missing].slice(0, 20)).toEqual([]);
  });
});

describe('the per-kind downloads', () => {
  it('serve datapackage.json on its own, equal to the zip’s copy', () => {
    expect(readFileSync(join(SITE, 'data', 'datapackage.json')).equals(entry('datapackage.json'))).toBe(true);
  });

  it.each(pkg.resources.map((r) => [r.name] as const))('/data/%s.csv equals the zip’s copy, and its JSON holds the same records', (name) => {
    const csv = readFileSync(join(SITE, 'data', `${name}.csv`));
    expect(csv.equals(entry(`${name}.csv`))).toBe(true);
    const rows = rowsOf(name);
    const json = JSON.parse(readFileSync(join(SITE, 'data', `${name}.json`), 'utf8')) as Record<string, string | number | boolean | null>[];
    expect(json).toHaveLength(rows.length);
    const fields = pkg.resources.find((r) => r.name === name)?.schema.fields.map((f) => f.name) ?? [];
    json.forEach((rec, i) => {
      expect(Object.keys(rec)).toEqual(fields);
      for (const f of fields) {
        const inCsv = rows[i]?.[f] ?? '';
        const inJson = rec[f];
        // JSON keeps text exactly as printed; the CSV may add a leading quote to neutralise a formula.
        const expected = inJson === null ? '' : typeof inJson === 'string' && /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(inJson) ? `'${inJson}` : String(inJson);
        if (inCsv !== expected) expect(`${name} row ${i + 1} ${f}: CSV "${inCsv}"`).toBe(`JSON "${expected}"`);
      }
    });
  });
});

describe('one row per record of the content', () => {
  const ids = (name: string, field = 'id'): string[] => rowsOf(name).map((r) => r[field] ?? '').sort();
  const content = (name: string) => readCollection<Record<string, unknown>>(name);

  it('meetings, questions, actions and tables: each record once', () => {
    for (const kind of ['meetings', 'questions', 'actions', 'tables']) expect(ids(kind), kind).toEqual(content(kind).map((e) => e.id).sort());
  });

  it('agenda items, action updates, roles, graded areas and table cells: each once', () => {
    const count = (name: string, per: (data: Record<string, unknown>) => number): number => content(name).reduce((n, e) => n + per(e.data), 0);
    const len = (v: unknown): number => (Array.isArray(v) ? v.length : 0);
    expect(rowsOf('agenda-items')).toHaveLength(count('meetings', (d) => len(d['agenda'])));
    expect(rowsOf('action-updates')).toHaveLength(count('actions', (d) => len(d['updates'])));
    expect(rowsOf('people-roles')).toHaveLength(count('people', (d) => len(d['roles'])));
    expect(rowsOf('inspection-grades')).toHaveLength(
      count('inspections', (d) => (Array.isArray(d['grades']) ? (d['grades'] as { areas: unknown[] }[]).reduce((n, g) => n + g.areas.length, 0) : 0)),
    );
    expect(rowsOf('table-cells')).toHaveLength(count('tables', (d) => (d['rows'] as { cells: unknown[] }[]).reduce((n, r) => n + r.cells.length, 0)));
  });

  it('period dates only where a date-range note is printed with the table, and never after they end', () => {
    const tables = new Map(content('tables').map((e) => [e.id, e.data]));
    for (const r of rowsOf('table-cells')) {
      const notes = (tables.get(r['table'] ?? '')?.['notes'] ?? []) as { kind: string; text: string }[];
      if (r['period_start'] || r['period_end']) {
        expect(notes.some((n) => n.kind === 'date-range' && n.text.includes(r['period_note'] ?? '\u0000')), `${r['table']} ${r['column']}`).toBe(true);
        if (r['period_start'] && r['period_end']) expect(r['period_start'] <= r['period_end']).toBe(true);
      }
    }
  });
});

describe('the downloads are reachable', () => {
  const read = (...parts: string[]): string => readFileSync(join(SITE, ...parts), 'utf8');
  const mainOf = (html: string): string => /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  const hrefs = (html: string): string[] => [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));

  it('/data/ links the bulk download first, then every CSV and JSON and datapackage.json', () => {
    const links = hrefs(mainOf(read('data', 'index.html'))).filter((h) => /\.(zip|csv|json)$/.test(h));
    expect(links[0]).toBe('/data/open-scrutiny-data.zip');
    expect(links).toContain('/data/datapackage.json');
    for (const r of pkg.resources) {
      expect(links, r.name).toContain(`/data/${r.name}.csv`);
      expect(links, r.name).toContain(`/data/${r.name}.json`);
    }
  });

  it('/data/ names every column of every download', () => {
    const main = mainOf(read('data', 'index.html'));
    for (const r of pkg.resources) {
      const section = new RegExp(`<section[^>]*aria-labelledby="${r.name}"[\\s\\S]*?</section>`).exec(main)?.[0] ?? '';
      expect(section, r.name).not.toBe('');
      for (const f of r.schema.fields) expect(section, `${r.name}.${f.name}`).toMatch(new RegExp(`<code\\b[^>]*>${f.name}</code>`));
    }
  });

  it('every page’s footer links to /data/', () => {
    const without = htmlFiles(SITE).filter((f) => {
      const footer = /<footer\b[^>]*class="site-footer[\s\S]*?<\/footer>/.exec(read(f))?.[0] ?? '';
      return !hrefs(footer).includes('/data/');
    });
    expect(without.slice(0, 20)).toEqual([]);
  });

  it.each(['meetings', 'actions', 'questions', 'people', 'performance'])('/%s/ links to the downloads', (section) => {
    expect(hrefs(mainOf(read(section, 'index.html'))).some((h) => h.startsWith('/data/'))).toBe(true);
  });
});
