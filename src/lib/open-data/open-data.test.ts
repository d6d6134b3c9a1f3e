/**
 * The open-data builders: one row per record, a stable header, formulas neutralised, numbers as
 * numbers, empty where the papers say nothing, plain text, absolute URLs; the data package lists
 * every CSV with its fields; the zip holds exactly those files and is the same bytes for the same content.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indicatorCsv } from './csv.ts';
import { buildIndicators } from '../indicators/indicators.ts';
import { dataPackage, datasetCsv, datasetJson, describe as describeDataset, type Dataset } from './dataset.ts';
import {
  ACTION_FIELDS,
  ACTION_UPDATE_FIELDS,
  AGENDA_FIELDS,
  GRADE_FIELDS,
  INDICATOR_FIGURE_FIELDS,
  MEETING_FIELDS,
  QUESTION_FIELDS,
  ROLE_FIELDS,
  TABLE_CELL_FIELDS,
  TABLE_FIELDS,
  allDatasets,
  type OpenDataSource,
} from './records.ts';
import { zipFiles } from './zip.ts';
import { t } from '../i18n/i18n.ts';
import { bodySchema } from '../../schemas/bodies.ts';
import { inspectionSchema } from '../../schemas/inspections.ts';
import { personSchema } from '../../schemas/people.ts';
import { example } from '../../../tests/fixtures/lib/report-tables.ts';
import { action, meeting, question } from '../../../tests/fixtures/lib/meetings.ts';

const ORIGIN = 'https://scrutiny.example.org';
const NOTE = 'The date range for the Last 12 months was 01/10/2023 – 30/09/2024. The date range for Previous 12 months was 01/10/2022 – 30/09/2023.';

function source(): OpenDataSource {
  const periods = { ...example('periods'), report: 'r1', notes: [{ kind: 'date-range' as const, text: NOTE }] };
  const budget = { ...example('budget'), report: 'r1' };
  const tables = [
    { id: 'r1-table-1', data: periods },
    { id: 'r1-table-2', data: budget },
  ];
  return {
    origin: ORIGIN,
    bodies: [{ id: 'pcc-accountability-meeting', data: bodySchema.parse({ name: 'PCC Accountability Meeting', abbreviation: 'PAM', purpose: 'x', purposeIsQuoted: false, order: 1 }) }],
    meetings: [
      meeting('2025-01-29-pam', {
        status: 'held',
        startTime: '10:00',
        timeText: '10:00am',
        venue: '**Room 1**, Jubilee House',
        mentions: [{ source: { doc: 'd1', line: 2 }, text: 'x' }],
        papers: { agenda: ['d1'] },
        agenda: [
          { number: '1.', time: '10:00am', title: 'Welcome', verbalUpdate: false },
          { title: 'Break', verbalUpdate: false, report: 'r1' },
        ],
      }),
      meeting('2017-paf', { date: { kind: 'not-stated', notBefore: '2017-01-01', notAfter: '2017-12-31', evidence: 'The 2017 minutes' }, mentions: [{ source: { doc: 'd2', line: 7 }, text: 'x' }] }),
    ],
    questions: [
      question('q2', { meeting: '2025-01-29-pam', order: 2, question: ['=HYPERLINK("http://x","y")'], answer: [] }),
      question('q1', { meeting: '2025-01-29-pam', order: 1, question: ['What **is** it?', 'And then?'], answer: ['It is.'], answeredBy: ['The CC', 'ACO Jasper'], actions: ['a1'] }),
    ],
    actions: [
      action('a1', {
        number: 1,
        raisedAt: '2025-01-29-pam',
        owner: '-The CC',
        status: 'closed',
        updates: [
          { meeting: '2025-01-29-pam', text: ['New Action.'], status: 'new', sources: [{ doc: 'd1', line: 10 }] },
          { meeting: '2017-paf', date: '2025-03-01', dateText: '1 March 2025', text: ['Done.', 'Closed.'], status: 'closed', sources: [{ doc: 'd1', line: 11 }] },
        ],
      }),
      action('a2', { raisedAt: '2017-paf' }),
    ],
    people: [
      {
        id: 'jane-doe',
        data: personSchema.parse({
          name: 'Jane Doe',
          roles: [
            { title: 'Chief Constable', organisation: 'NC', asOf: '2025-01-29', meeting: '2025-01-29-pam', source: { doc: 'd1', line: 3 } },
            { title: 'ACC', source: { doc: 'd2', line: 4 } },
          ],
        }),
      },
    ],
    inspections: [
      {
        id: 'peel',
        data: inspectionSchema.parse({
          title: 'PEEL',
          inspectorate: 'HMICFRS',
          report: 'r1',
          grades: [
            { grade: 'Outstanding', areas: ['Recording data'] },
            { grade: 'Good', areas: [] },
            { grade: 'Adequate', areas: ['Investigating', 'Leadership'] },
            { grade: 'Requires improvement', areas: [] },
            { grade: 'Inadequate', areas: [] },
          ],
          source: { doc: 'd1', line: 353 },
        }),
      },
    ],
    reports: [{ id: 'r1', data: { title: 'Report', meeting: '2025-01-29-pam' } }],
    tables,
    indicators: buildIndicators({ tables, reports: new Map([['r1', { date: '2025-01-29', planEntries: [] }]]) }),
  };
}

const datasets = allDatasets(source());
const byName = new Map(datasets.map((d) => [d.name, d]));
const get = (name: string): Dataset => {
  const ds = byName.get(name);
  if (!ds) throw new Error(`no dataset ${name}`);
  return ds;
};
/** A dataset's CSV as a CSV parser reads it, one object per row. */
const csvRows = (ds: Dataset): Record<string, string>[] => parse(datasetCsv(ds), { bom: true, columns: true }) as Record<string, string>[];
const csvHeader = (ds: Dataset): string[] => (parse(datasetCsv(ds), { bom: true, to_line: 1 }) as string[][])[0] ?? [];

describe('open-data datasets', () => {
  it('has one dataset per kind of record, with unique file names', () => {
    expect(datasets.map((d) => d.name)).toEqual([
      'meetings', 'agenda-items', 'questions', 'actions', 'action-updates', 'people-roles', 'inspection-grades', 'tables', 'table-cells', 'indicator-figures',
    ]);
  });

  it('writes one row per record', () => {
    const src = source();
    expect(get('meetings').rows).toHaveLength(src.meetings.length);
    expect(get('agenda-items').rows).toHaveLength(src.meetings.reduce((n, m) => n + m.data.agenda.length, 0));
    expect(get('questions').rows).toHaveLength(src.questions.length);
    expect(get('actions').rows).toHaveLength(src.actions.length);
    expect(get('action-updates').rows).toHaveLength(src.actions.reduce((n, a) => n + a.data.updates.length, 0));
    expect(get('people-roles').rows).toHaveLength(src.people.reduce((n, p) => n + p.data.roles.length, 0));
    expect(get('inspection-grades').rows).toHaveLength(src.inspections.reduce((n, i) => n + i.data.grades.reduce((k, g) => k + g.areas.length, 0), 0));
    expect(get('tables').rows).toHaveLength(src.tables.length);
    expect(get('table-cells').rows).toHaveLength(src.tables.reduce((n, tb) => n + tb.data.rows.reduce((k, r) => k + r.cells.length, 0), 0));
    expect(get('indicator-figures').rows).toHaveLength(src.indicators.reduce((n, i) => n + i.appearances.reduce((k, a) => k + a.observations.length, 0), 0));
    for (const ds of datasets) expect(csvRows(ds), ds.name).toHaveLength(ds.rows.length);
  });

  it('keeps the header stable: the field names, whatever the content', () => {
    const fixed: Record<string, readonly { name: string }[]> = {
      meetings: MEETING_FIELDS,
      'agenda-items': AGENDA_FIELDS,
      questions: QUESTION_FIELDS,
      actions: ACTION_FIELDS,
      'action-updates': ACTION_UPDATE_FIELDS,
      'people-roles': ROLE_FIELDS,
      'inspection-grades': GRADE_FIELDS,
      tables: TABLE_FIELDS,
      'table-cells': TABLE_CELL_FIELDS,
      'indicator-figures': INDICATOR_FIGURE_FIELDS,
    };
    const empty = allDatasets({ ...source(), meetings: [], questions: [], actions: [], people: [], inspections: [], tables: [], indicators: [] });
    for (const ds of [...datasets, ...empty]) {
      expect(csvHeader(ds), ds.name).toEqual(fixed[ds.name]?.map((f) => f.name));
      for (const row of ds.rows) expect(row, ds.name).toHaveLength(ds.fields.length);
    }
    expect(empty.every((d) => d.rows.length === 0)).toBe(true);
    // Field names are unique and safe as column names.
    for (const ds of datasets) {
      const names = ds.fields.map((f) => f.name);
      expect(new Set(names).size, ds.name).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('neutralises formulas in text cells but writes numbers as numbers', () => {
    const q = csvRows(get('questions')).find((r) => r['id'] === 'q2');
    expect(q?.['question']).toBe(`'=HYPERLINK("http://x","y")`);
    const a = csvRows(get('actions')).find((r) => r['id'] === 'a1');
    expect(a?.['owner']).toBe("'-The CC");
    const transfer = csvRows(get('table-cells')).find((r) => r['row'] === 'Transfer from Reserves' && r['column_position'] === '1');
    expect(transfer).toMatchObject({ as_printed: '(1,496)', value: '-1496', unit: '£000' });
    // In the CSV text itself the negative number is bare, not quoted or prefixed.
    expect(datasetCsv(get('table-cells'))).toMatch(/,"\(1,496\)",-1496,£000,/);
    // JSON keeps the text as printed and numbers as JSON numbers.
    const json = JSON.parse(datasetJson(get('questions'))) as Record<string, unknown>[];
    expect(json.find((r) => r['id'] === 'q2')?.['question']).toBe('=HYPERLINK("http://x","y")');
    expect(json.find((r) => r['id'] === 'q1')?.['number']).toBe(1);
    const cells = JSON.parse(datasetJson(get('table-cells'))) as Record<string, unknown>[];
    expect(cells.find((r) => r['row'] === 'Transfer from Reserves' && r['column_position'] === 1)?.['value']).toBe(-1496);
  });

  it('types every number, integer and date field consistently', () => {
    for (const ds of datasets) {
      ds.fields.forEach((f, i) => {
        for (const row of ds.rows) {
          const v = row[i];
          if (v === null) continue;
          if (f.type === 'integer') expect(Number.isInteger(v), `${ds.name}.${f.name}`).toBe(true);
          else if (f.type === 'number') expect(typeof v, `${ds.name}.${f.name}`).toBe('number');
          else expect(typeof v, `${ds.name}.${f.name}`).toBe('string');
          if (f.type === 'date') expect(v, `${ds.name}.${f.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.type === 'time') expect(v, `${ds.name}.${f.name}`).toMatch(/^\d{2}:\d{2}$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
          if (f.name.endsWith('url') || f.name === 'source' || f.name === 'source_paper') expect(String(v).startsWith(`${ORIGIN}/`), `${ds.name}.${f.name}: ${v}`).toBe(true);
        }
      });
    }
  });

  it('leaves a cell empty where the papers say nothing, never a placeholder', () => {
    const meetings = csvRows(get('meetings'));
    const undated = meetings.find((r) => r['id'] === '2017-paf');
    expect(undated).toMatchObject({ date: '', date_stated: 'not stated', date_not_before: '2017-01-01', date_not_after: '2017-12-31', start_time: '', venue: '', date_evidence: 'The 2017 minutes' });
    // Its only record is a mention: its source is that line.
    expect(undated?.['source_paper']).toBe(`${ORIGIN}/papers/d2/1/#L7`);
    const held = meetings.find((r) => r['id'] === '2025-01-29-pam');
    expect(held).toMatchObject({ date: '2025-01-29', date_stated: 'stated', date_not_before: '', start_time: '10:00', end_time: '', venue: 'Room 1, Jubilee House' });
    expect(held?.['source_paper']).toBe(`${ORIGIN}/papers/d1/`);
    const q2 = csvRows(get('questions')).find((r) => r['id'] === 'q2');
    expect(q2).toMatchObject({ answer: '', answered_by: '', plan_entry: '', actions: '' });
    const a2 = csvRows(get('actions')).find((r) => r['id'] === 'a2');
    expect(a2).toMatchObject({ number: '', raised_on: '', last_update_date: '', updates: '0', question: '' });
    const roles = csvRows(get('people-roles'));
    expect(roles[1]).toMatchObject({ role_title: 'ACC', organisation: '', as_of: '', meeting: '' });
    const json = JSON.parse(datasetJson(get('meetings'))) as Record<string, unknown>[];
    expect(json.find((r) => r['id'] === '2017-paf')?.['date']).toBeNull();
    // A table with no date-range note gives no period dates.
    for (const r of csvRows(get('table-cells')).filter((c) => c['table'] === 'r1-table-2')) expect([r['period_start'], r['period_end'], r['period_note']]).toEqual(['', '', '']);
  });

  it('writes text as plain text, paragraphs separated by a blank line', () => {
    const q1 = csvRows(get('questions')).find((r) => r['id'] === 'q1');
    expect(q1).toMatchObject({ question: 'What is it?\n\nAnd then?', answer: 'It is.', answered_by: 'The CC; ACO Jasper', actions: 'a1', number: '1', page_url: `${ORIGIN}/questions/q1/` });
    const updates = csvRows(get('action-updates'));
    expect(updates.map((u) => [u['action'], u['position'], u['status']])).toEqual([
      ['a1', '1', 'new'],
      ['a1', '2', 'closed'],
    ]);
    expect(updates[1]).toMatchObject({ text: 'Done.\n\nClosed.', date: '2025-03-01', date_as_printed: '1 March 2025', meeting_date: '', page_url: `${ORIGIN}/actions/a1/#update-2` });
    expect(updates[0]).toMatchObject({ date: '', meeting_date: '2025-01-29' });
    const a1 = csvRows(get('actions')).find((r) => r['id'] === 'a1');
    expect(a1).toMatchObject({ status: 'closed', last_update_date: '2025-03-01', raised_on: '2025-01-29', body: 'pcc-accountability-meeting', updates: '2' });
  });

  it('orders records in time and lists agenda items in printed order', () => {
    expect(csvRows(get('meetings')).map((r) => r['id'])).toEqual(['2017-paf', '2025-01-29-pam']);
    expect(csvRows(get('questions')).map((r) => r['id'])).toEqual(['q1', 'q2']);
    const agenda = csvRows(get('agenda-items'));
    expect(agenda.map((r) => [r['position'], r['number'], r['title'], r['start_time'], r['verbal_update']])).toEqual([
      ['1', '1.', 'Welcome', '10:00', 'false'],
      ['2', '', 'Break', '', 'false'],
    ]);
    expect(agenda[1]).toMatchObject({ report: 'r1', report_url: `${ORIGIN}/reports/r1/`, page_url: `${ORIGIN}/meetings/2025-01-29-pam/#agenda` });
  });

  it('writes one row per graded area, none for a grade no area got', () => {
    expect(csvRows(get('inspection-grades')).map((r) => [r['grade'], r['area']])).toEqual([
      ['Outstanding', 'Recording data'],
      ['Adequate', 'Investigating'],
      ['Adequate', 'Leadership'],
    ]);
  });

  it('gives period columns their dates where the notes give them', () => {
    const cells = csvRows(get('table-cells')).filter((r) => r['table'] === 'r1-table-1');
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      if (c['column'] === 'Last 12 months') expect([c['period_start'], c['period_end']]).toEqual(['2023-10-01', '2024-09-30']);
      if (c['column'] === 'Previous 12 months') expect([c['period_start'], c['period_end']]).toEqual(['2022-10-01', '2023-09-30']);
    }
    const figures = csvRows(get('indicator-figures')).filter((r) => r['table'] === 'r1-table-1');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f['period_end'], f['period']).toBe(f['period'] === 'Last 12 months' ? '2024-09-30' : '2023-09-30');
  });

  it('adds the period dates to each indicator’s own CSV, keeping its header stable', () => {
    const src = source();
    const tableOf = (id: string) => src.tables.find((tb) => tb.id === id)?.data;
    for (const ind of src.indicators) {
      const withDates = parse(indicatorCsv(ind, tableOf), { bom: true, columns: true }) as Record<string, string>[];
      const without = parse(indicatorCsv(ind), { bom: true }) as string[][];
      expect(Object.keys(withDates[0] ?? {})).toEqual(without[0]);
      for (const r of withDates) {
        if (ind.appearances[0]?.tableId === 'r1-table-1') expect(r['Period end'], r['Period or measure']).not.toBe('');
        else expect([r['Period start'], r['Period end']]).toEqual(['', '']);
      }
    }
  });
});

describe('data package and zip', () => {
  const texts = datasets.map((dataset) => ({ dataset, text: describeDataset(dataset, (key) => t(key)) }));

  it('describes every dataset and field in words from the dictionary', () => {
    for (const { dataset, text } of texts) {
      expect(text.title.length, dataset.name).toBeGreaterThan(0);
      expect(text.description.length, dataset.name).toBeGreaterThan(0);
      for (const f of dataset.fields) expect(text.fields.get(f.name)?.length, `${dataset.name}.${f.name}`).toBeGreaterThan(0);
    }
  });

  it('lists every CSV with its fields and types, and no licence it was not given', () => {
    const pkg = dataPackage({ name: 'p', title: 'P', description: 'd', homepage: `${ORIGIN}/data/` }, texts) as {
      licenses?: unknown;
      resources: { name: string; path: string; format: string; mediatype: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    expect(pkg.licenses).toBeUndefined();
    expect(pkg.resources.map((r) => r.path)).toEqual(datasets.map((d) => `${d.name}.csv`));
    for (const r of pkg.resources) {
      expect(r).toMatchObject({ format: 'csv', mediatype: 'text/csv' });
      expect(r.schema.fields.map((f) => f.name)).toEqual(csvHeader(get(r.name)));
      expect(r.schema.fields.map((f) => f.type)).toEqual(get(r.name).fields.map((f) => f.type));
    }
  });

  it('zips exactly the given files, in order, the same bytes every time', () => {
    const files = [{ name: 'datapackage.json', text: '{}\n' }, ...datasets.map((d) => ({ name: `${d.name}.csv`, text: datasetCsv(d) }))];
    const zip = zipFiles(files);
    const again = zipFiles(files.map((f) => ({ ...f })));
    expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    // Byte for byte, the CSVs' byte-order mark included (a TextDecoder would drop it).
    for (const f of files) expect(Buffer.from(unzipped[f.name]!).equals(Buffer.from(f.text, 'utf8')), f.name).toBe(true);
    expect(Buffer.from(zipFiles([...files].reverse())).equals(Buffer.from(zip))).toBe(false);
    expect(() => zipFiles([files[0]!, files[0]!])).toThrow(/two files/);
  });
});
