import { describe, expect, it } from 'vitest';
import {
  benchLine,
  loadTemplate,
  meetingsFor,
  pagesPerMeeting,
  parseArgs,
  remap,
  syntheticDate,
  syntheticMeeting,
  SYNTHETIC_BODY,
  type ContentFile,
  type Template,
} from '../../scripts/bench-scale.ts';

const json = (f: ContentFile | undefined): Record<string, unknown> => {
  if (!f) throw new Error('missing file');
  const text = f.ext === 'json' ? f.text : (/^---\n([\s\S]*?)\n---\n/.exec(f.text)?.[1] ?? '');
  return JSON.parse(text) as Record<string, unknown>;
};
const inCollection = (files: ContentFile[], c: string): ContentFile[] => files.filter((f) => f.collection === c);

describe('benchLine', () => {
  it('prints the result line in the fixed form, with the ratio of astro to the floor', () => {
    expect(benchLine({ pages: 10010, astroSeconds: 67.52, astroPeakMb: 1870.4, pagefindSeconds: 13.1, pagefindPeakMb: 1610, floorSeconds: 17.2 })).toBe(
      'bench: 10010 pages; astro 67.5 s (148 pages/s, peak 1870 MB); pagefind 13.1 s (peak 1610 MB); total 124 pages/s; astro floor 17.2 s; ratio 3.93',
    );
  });
});

describe('parseArgs and meetingsFor', () => {
  it('reads --pages N, defaults to 2000 and refuses anything but a positive whole number', () => {
    expect(parseArgs(['--pages', '10000'])).toEqual({ pages: 10000 });
    expect(parseArgs(['--pages', '2500', '--keep', '/tmp/site'])).toEqual({ pages: 2500, keep: '/tmp/site' });
    expect(parseArgs([])).toEqual({ pages: 2000 });
    expect(parseArgs(['--pages', '40000', '--max-period-pages', '3000'])).toEqual({ pages: 40000, maxPeriodPages: 3000 });
    expect(() => parseArgs(['--max-period-pages', '0'])).toThrow(/positive whole number/);
    expect(() => parseArgs(['--pages', 'ten'])).toThrow(/positive whole number/);
  });

  it('adds enough meetings to reach about the target, and none when the site is already bigger', () => {
    expect(meetingsFor(2000, 386, 31)).toBe(52);
    expect(meetingsFor(100, 386, 31)).toBe(0);
  });
});

describe('remap', () => {
  it('renames ids, drops references to entries not cloned and shifts exact ISO dates only', () => {
    const ids = new Map<string, string | null>([['q-1', 'new-q-1'], ['q-2', null]]);
    expect(remap({ id: 'q-1', actions: ['q-1', 'q-2'], question: 'q-2', date: '2025-01-29', text: 'On 2025-01-29' }, ids, -1)).toEqual({
      id: 'new-q-1',
      actions: ['new-q-1'],
      date: '2025-01-28',
      text: 'On 2025-01-29',
    });
  });
});

describe('syntheticMeeting from the real content', () => {
  const template = loadTemplate(process.cwd());
  const files = syntheticMeeting(template, 3);
  const meeting = json(inCollection(files, 'meetings')[0]);
  const meetingId = inCollection(files, 'meetings')[0]!.id;
  const report = inCollection(files, 'reports')[0]!;
  const tables = inCollection(files, 'tables');

  it('is one meeting with agenda and minutes, four questions, two actions, one report and three tables', () => {
    expect(files.map((f) => f.collection).sort()).toEqual(['actions', 'actions', 'meetings', 'questions', 'questions', 'questions', 'questions', 'reports', 'tables', 'tables', 'tables']);
    expect(meetingId).toBe(`${syntheticDate(3)}-${SYNTHETIC_BODY}`);
    expect(meeting['body']).toBe(SYNTHETIC_BODY);
    expect(meeting['date']).toEqual({ kind: 'exact', date: syntheticDate(3) });
    expect((meeting['agenda'] as unknown[]).length).toBeGreaterThan(0);
    expect((meeting['minutes'] as unknown[]).length).toBeGreaterThan(0);
    expect(report.ext).toBe(template.report.ext);
  });

  it('gives every entry a new id that points at the synthetic meeting, report and tables only', () => {
    const ids = files.map((f) => `${f.collection}/${f.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of inCollection(files, 'questions')) expect(json(q)['meeting']).toBe(meetingId);
    for (const a of inCollection(files, 'actions')) expect(json(a)['raisedAt']).toBe(meetingId);
    for (const t of tables) expect(json(t)['report']).toBe(report.id);
    expect(json(report)['meeting']).toBe(meetingId);
    const text = files.map((f) => f.text).join('\n');
    for (const old of [template.meeting.id, template.report.id, ...template.dropped, ...template.tables.map((t) => t.id)]) expect(text).not.toContain(`"${old}"`);
    // The report prints exactly the three cloned tables.
    const printed = [...report.text.matchAll(/"(\S+-table-\d+)"/g)].map((m) => m[1]);
    expect(new Set(printed)).toEqual(new Set(tables.map((t) => t.id)));
  });

  it('marks every title as synthetic', () => {
    expect(String(json(report)['title'])).toMatch(/^Synthetic benchmark 3: /);
    for (const t of tables) expect(String(json(t)['caption'])).toMatch(/^Synthetic benchmark 3: /);
    for (const a of inCollection(files, 'actions')) expect(String(json(a)['text'])).toMatch(/^Synthetic benchmark 3: /);
    for (const q of inCollection(files, 'questions')) expect(String((json(q)['question'] as string[])[0])).toMatch(/^Synthetic benchmark 3: /);
  });

  it('expects one page for the meeting, each question, action and the report, and one per indicator', () => {
    expect(pagesPerMeeting(files)).toBeGreaterThan(8);
  });
});

describe('syntheticMeeting from an MDX report', () => {
  const entry = (collection: string, id: string, data: object): ContentFile => ({ collection, id, ext: 'json', text: JSON.stringify(data) });
  const template: Template = {
    meeting: entry('meetings', 'm', { body: 'b', date: { kind: 'exact', date: '2025-01-29' }, agenda: [], minutes: [] }),
    questions: [1, 2, 3, 4].map((n) => entry('questions', `q-${n}`, { meeting: 'm', question: [`Q${n}`], actions: ['a-1', 'a-9'] })),
    actions: [1, 2].map((n) => entry('actions', `a-${n}`, { raisedAt: 'm', text: `A${n}`, series: 's', number: n, updates: [] })),
    report: {
      collection: 'reports',
      id: 'r',
      ext: 'mdx',
      text: '---\n{"title":"R","meeting":"m","tables":["t-1","t-2","t-3","t-4"]}\n---\n\nText\n\n<DataTable id="t-1" />\n\n<DataTable id="t-4" />\n',
    },
    tables: [1, 2, 3].map((n) => entry('tables', `t-${n}`, { report: 'r', caption: `T${n}`, rows: [] })),
    dropped: ['t-4', 'a-9'],
  };

  it('renames the tables in the front matter and the body and drops the tables not cloned', () => {
    const report = syntheticMeeting(template, 0).find((f) => f.collection === 'reports')!;
    expect(report.ext).toBe('mdx');
    expect(json(report)['tables']).toEqual(['2015-12-31-synthetic-benchmark-report-table-1', '2015-12-31-synthetic-benchmark-report-table-2', '2015-12-31-synthetic-benchmark-report-table-3']);
    expect(report.text).toContain('<DataTable id="2015-12-31-synthetic-benchmark-report-table-1" />');
    expect(report.text).not.toContain('t-4');
    const q = syntheticMeeting(template, 0).find((f) => f.collection === 'questions')!;
    expect(json(q)['actions']).toEqual(['synthetic-benchmark-action-1']);
  });
});
