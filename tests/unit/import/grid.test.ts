import { describe, expect, it } from 'vitest';
import { gridObjectiveSchema, type GridObjective } from '../../../src/schemas/grid.ts';
import { reportSchema } from '../../../src/schemas/reports.ts';
import {
  gridReportId,
  parseEvidence,
  parseGrid,
  splitMergedActions,
  splitParagraphs,
  unwrapP,
} from '../../../importer/grid.ts';
import { draftsOf, ImportError, type EntryDraft } from '../../../importer/source.ts';
import { fixtureDoc, seed, thrownBy } from './meetings-helpers.ts';

const MEETING = '2017-09-26-police-and-crime-panel';
const REPORT = '2017-09-26-pcp-performance-grid-2016-17';

const objectives = (entries: EntryDraft[]) =>
  draftsOf(entries, 'grid').map((e) => ({ id: e.id, ...gridObjectiveSchema.parse(e.data) }));

describe('parseGrid on the 2016/17 seed (002)', () => {
  const doc = seed('002');
  const { entries, claimed } = parseGrid(doc, { meetingId: MEETING });
  const sos = objectives(entries);
  const actions = sos.flatMap((o) => o.actions);

  it('finds all 27 strategic objectives, SO1-SO27 in order, ids so-1 … so-27', () => {
    expect(sos.map((o) => o.code)).toEqual(Array.from({ length: 27 }, (_, i) => `SO${i + 1}`));
    expect(sos.map((o) => o.id)).toEqual(Array.from({ length: 27 }, (_, i) => `so-${i + 1}`));
  });

  it('puts the objectives under 7 priorities with the counts of INVENTORY 8.3', () => {
    const perPriority = [1, 2, 3, 4, 5, 6, 7].map((p) => sos.filter((o) => o.priority === p).length);
    expect(perPriority).toEqual([5, 3, 3, 5, 5, 3, 3]);
    const actionsPerPriority = [1, 2, 3, 4, 5, 6, 7].map((p) =>
      sos.filter((o) => o.priority === p).reduce((n, o) => n + o.actions.length, 0),
    );
    expect(actionsPerPriority).toEqual([26, 20, 7, 32, 37, 7, 25]);
  });

  it('reads 154 action rows with 155 owner codes (60 OPCCN, 95 NC)', () => {
    expect(actions).toHaveLength(154);
    const owners = actions.flatMap((a) => a.owners);
    expect(owners).toHaveLength(155);
    expect(owners.filter((o) => o === 'OPCCN')).toHaveLength(60);
    expect(owners.filter((o) => o === 'NC')).toHaveLength(95);
  });

  it('keeps one action per table row: every non-blank row after the header and the priority rows has one', () => {
    const rowLines = doc.lines
      .map((l, i) => ({ l, line: i + 1 }))
      .filter(({ l, line }) => line > 38 && l.trim() !== '' && !/^Priority \d+:/.test(l))
      .map(({ line }) => line);
    expect(actions.map((a) => a.line)).toEqual(rowLines);
  });

  it('has 43 rows with evidence and 46 unique URLs in the file (45 in evidence, 1 in commentary)', () => {
    expect(actions.filter((a) => a.evidence.length > 0)).toHaveLength(43);
    const evidenceUrls = new Set(actions.flatMap((a) => a.evidence.flatMap((e) => (e.url ? [e.url] : []))));
    expect(evidenceUrls.size).toBe(45);
    const commentaryUrls = actions.flatMap((a) => a.commentary.flatMap((p) => p.match(/https?:\/\/[^\s()<>]+/g) ?? []));
    const all = new Set([...evidenceUrls, ...commentaryUrls]);
    expect(all.size).toBe(46);
    // every URL printed in the grid reaches an entry exactly as printed
    const printed = new Set(doc.lines.slice(37).join('\n').match(/https?:\/\/[^\s()<>"]+/g) ?? []);
    expect([...printed].sort()).toEqual([...all].sort());
    const occurrences = actions.reduce((n, a) => n + a.evidence.filter((e) => e.url).length, 0);
    expect(occurrences).toBe(50);
  });

  it('keeps plain-text evidence as text without a URL', () => {
    const at = (line: number) => actions.find((a) => a.line === line);
    expect(at(78)?.evidence).toEqual([{ text: 'Operation Randall Leaflet' }]);
    expect(at(86)?.evidence).toEqual([{ text: 'Police Accountability Forum Papers' }]);
  });

  it('splits the several-URL cells: the unclosed <ul> with bullets, bracketed and space-separated URLs', () => {
    const at = (line: number) => actions.find((a) => a.line === line) as GridObjective['actions'][number];
    expect(at(45).evidence.map((e) => e.url)).toEqual([
      'http://www.norfolk-pcc.gov.uk/news/haveyoursay/',
      'http://www.norfolk-pcc.gov.uk/news/pcc-wants-to-hear-from-residents-in-great-yarmouth-north-norfolk-and-kings-lynn-and-west-norfolk/',
      'http://www.norfolk-pcc.gov.uk/news/pcc-presents-draft-police-and-crime-blueprint-and-starts-to-put-meat-on-the-bones/',
      'http://www.norfolk-pcc.gov.uk/news/pcc-publishes-first-plan/',
    ]);
    expect(at(47).evidence).toHaveLength(3);
    expect(at(47).evidence.every((e) => e.url !== undefined && !e.url.includes('('))).toBe(true);
    expect(at(150).evidence).toHaveLength(2);
    expect(at(151).evidence).toHaveLength(2);
    expect(at(153).evidence).toHaveLength(3);
    expect(at(189).evidence).toEqual([
      {
        text: 'http://www.edp24.co.uk/news/police-to-start-using-drones-in-fight-against-crime-in-norfolk-1-5129676',
        url: 'http://www.edp24.co.uk/news/police-to-start-using-drones-in-fight-against-crime-in-norfolk-1-5129676',
      },
    ]);
    // the long CMIS URL keeps its percent-encoding exactly as printed
    const cmis = at(101).evidence[0]?.url ?? '';
    expect(doc.lines[100]).toContain(cmis);
    expect(cmis).toContain('%2F9JWk8SLku%2BN3rrxhgZIUy8K2w%3D%3D');
  });

  it('finds SO23 although its first two cells are wrapped in <p>', () => {
    const so23 = sos.find((o) => o.code === 'SO23');
    expect(so23?.title).toBe('Improve information technology network connectivity and invest in new technologies');
    expect(so23?.priority).toBe(6);
    expect(so23?.actions[0]?.text).toBe('Develop and implement mobile technology solutions such as tablets (NC)');
  });

  it('reads the column-shifted rows 147-151 as further actions of SO17 and records the repair', () => {
    const so17 = sos.find((o) => o.code === 'SO17') as GridObjective;
    expect(so17.actions).toHaveLength(11);
    const shifted = so17.actions.filter((a) => a.line >= 147 && a.line <= 151);
    expect(shifted).toHaveLength(5);
    for (const a of shifted) expect(a.repair).toMatch(/3 cells instead of 4.*SO17/);
    expect(shifted[0]?.text).toBe('Develop and implement a victim strategy with a tactical delivery plan (NC)');
    expect(shifted[0]?.evidence[0]?.url).toBe('https://www.norfolk.police.uk/advice/victims-witnesses/victim-or-witness');
    expect(shifted[0]?.commentary[0]).toMatch(/^The strategy is written and is awaiting the joint forward/);
    // no other row is repaired as shifted, and no bogus objective appears
    expect(actions.filter((a) => a.repair?.includes('3 cells'))).toHaveLength(5);
    expect(sos.some((o) => /^Develop and implement a victim strategy/.test(o.title))).toBe(false);
  });

  it('keeps the merged row 130 as printed with both owners, and the repeated row 131', () => {
    const row130 = actions.find((a) => a.line === 130);
    expect(row130?.text).toBe(
      'Review and develop the 180 Degree Scheme in Norfolk (NC) Implement the new approach to managing registered sex offenders across local policing (NC)',
    );
    expect(row130?.owners).toEqual(['NC', 'NC']);
    expect(row130?.repair).toMatch(/2 actions printed in one Action cell.*line 131/);
    const row131 = actions.find((a) => a.line === 131);
    expect(row131?.text).toBe('Implement the new approach to managing registered sex offenders across local policing (NC)');
    expect(row131?.repair).toBeUndefined();
  });

  it('splits commentary into paragraphs at <p>, keeping each row its own (duplicated) text', () => {
    const at = (line: number) => actions.find((a) => a.line === line) as GridObjective['actions'][number];
    expect(at(149).commentary).toHaveLength(2);
    expect(at(149).commentary[0]).toBe(
      'The Constabulary is committed to restorative approaches, and in conjunction with other partners within Norfolk through the County Restorative Approaches Board continues to promote restorative practices.',
    );
    expect(at(141).commentary).toEqual(at(148).commentary);
    expect(at(192).commentary[0]).toContain("Children's Service's");
    expect(at(193).commentary[0]).toContain("Children's Services.");
    expect(actions.every((a) => a.commentary.every((p) => !/<\/?p>/.test(p)))).toBe(true);
    expect(actions.every((a) => !/<\/?p>/.test(a.text))).toBe(true);
  });

  it('keeps typos verbatim', () => {
    const all = JSON.stringify(sos);
    expect(sos.find((o) => o.code === 'SO15')?.title).toMatch(/^Recue overall levels of reoffending/);
    for (const typo of ['telllorne@norfolk.pnn.police.uk', 'Chanel Panel', 'Disturbed Denial of Service', 'concluded trailing', 'Wwendth', 'This are is being reviewed', 'joint forward', "'Mind the Gap '", 'distinct commanders']) {
      expect(all).toContain(typo);
    }
  });

  it('claims the cover lines of the report and the table', () => {
    expect(claimed).toEqual([
      [15, 21],
      [38, 222],
    ]);
  });

  it('produces the report entry for the grid, valid against the reports schema', () => {
    const report = entries.find((e) => e.collection === 'reports');
    expect(report?.id).toBe(REPORT);
    const data = reportSchema.parse(report?.data);
    expect(data).toMatchObject({
      title: 'Annex 1 – Appendix A (Performance grid for 2016/17)',
      meeting: MEETING,
      agendaItem: '7.',
      document: '002_d59e3f7d13789de4',
      order: 0,
      source: { doc: '002_d59e3f7d13789de4', line: 15, endLine: 222 },
    });
    expect(data.planEntries).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `2016-17-priority-${n}`));
    // The cover's lines as printed, then the grid: data, never MDX.
    expect(data.body).toEqual([
      { kind: 'paragraph', lines: ["7. Police and Crime Commissioner for Norfolk's 2016-17 Annual Report"], line: 15 },
      { kind: 'paragraph', lines: ['AA3'], line: 19 },
      { kind: 'paragraph', lines: ['Date Published: 22 September 2017'], line: 21 },
      { kind: 'grid', id: REPORT, line: 38 },
    ]);
  });

  it('produces grid entries that the schema accepts, each pointing at the report', () => {
    for (const e of entries.filter((x) => x.collection === 'grid')) {
      const parsed = gridObjectiveSchema.parse(e.data);
      expect(parsed.report).toBe(REPORT);
      expect(parsed.source.doc).toBe('002_d59e3f7d13789de4');
    }
  });
});

describe('parseGrid on small fixtures', () => {
  it('reads the valid fixture with every kind of row', () => {
    const { entries, claimed } = parseGrid(fixtureDoc('grid', 'valid.txt'), { meetingId: '2020-01-01-test-panel' });
    const sos = objectives(entries);
    expect(sos.map((o) => [o.code, o.title, o.priority, o.actions.length])).toEqual([
      ['SO1', 'Reduce crime', 1, 4],
      ['SO2', 'Help victims', 2, 5],
    ]);
    const [a1, a2, a3, a4] = sos[0]?.actions ?? [];
    expect(a1?.commentary).toEqual(['First para.', 'Second para.']);
    expect(a2?.text).toBe('Recue the thing as printed (NC)');
    expect(a2?.evidence.map((e) => e.url)).toEqual(['http://example.org/b/', 'http://example.org/c%2Fd?x=1']);
    expect(a2?.commentary).toEqual(['Commentary with a URL (http://example.org/in-commentary/) inside.']);
    expect(a3?.line).toBe(19); // after the page break on line 18
    expect(a3?.evidence.map((e) => e.url)).toEqual(['http://example.org/e/', 'http://example.org/f/']);
    expect(a4?.evidence).toEqual([{ text: 'Operation Example Leaflet' }]);
    expect(a4?.commentary).toEqual([]);
    const so2 = sos[1]?.actions ?? [];
    expect(so2[0]).toMatchObject({ text: 'Fund a service (OPCCN)', evidence: [{ text: 'http://example.org/g/', url: 'http://example.org/g/' }], commentary: ['Funded.'] });
    expect(so2[1]?.repair).toMatch(/3 cells instead of 4.*SO2/);
    expect(so2[1]?.evidence.map((e) => e.url)).toEqual(['http://example.org/h/', 'https://example.org/i/']);
    expect(so2[2]?.repair).toMatch(/3 cells/);
    expect(so2[3]?.owners).toEqual(['NC', 'OPCCN']);
    expect(so2[3]?.repair).toMatch(/line 27/);
    expect(so2[4]?.repair).toBeUndefined();
    expect(sos[1]?.source).toEqual({ doc: 'valid', line: 22, endLine: 27 });
    expect(claimed).toEqual([
      [6, 12],
      [14, 27],
    ]);
    const report = entries.find((e) => e.collection === 'reports');
    expect(report?.id).toBe('2020-01-01-tp-performance-grid-2019-20');
    expect(report?.data).toMatchObject({ title: 'Annex 2 – Appendix B (Performance grid for 2019/20)', agendaItem: '4.', planEntries: ['2019-20-priority-1', '2019-20-priority-2'] });
    expect(reportSchema.parse(report?.data).body).toContainEqual({ kind: 'paragraph', lines: ['BB7'], line: 10 });
  });

  const cases: Array<[string, number | undefined, RegExp]> = [
    ['no-header.txt', undefined, /performance-grid header row/],
    ['no-title.txt', 4, /title line such as/],
    ['objective-before-priority.txt', 15, /"Priority N: …" row before the first strategic objective/],
    ['continuation-before-objective.txt', 16, /strategic objective row .* before a continuation row/],
    ['missing-owner.txt', 16, /owner code "\(OPCCN\)" or "\(NC\)" at the end of the Action cell/],
    ['five-cells.txt', 16, /4 TAB-separated cells \(found 5\)/],
    ['two-cells.txt', 17, /4 TAB-separated cells \(found 2\)/],
    ['duplicate-objective.txt', 17, /only one row starting SO1/],
    ['bad-url.txt', 16, /valid URL in the Evidence\/Link cell/],
    ['shifted-objective.txt', 17, /grid row of 4 TAB-separated cells/],
    ['stray-first-cell.txt', 17, /empty first cell/],
    ['priority-with-content.txt', 15, /priority row with empty Action/],
    ['empty-action.txt', 17, /an action in the Action cell/],
  ];
  for (const [name, line, message] of cases) {
    it(`rejects ${name} with an error naming the file and line`, () => {
      const error = thrownBy(() => parseGrid(fixtureDoc('grid', name), { meetingId: '2020-01-01-test-panel' }));
      expect(error).toBeInstanceOf(ImportError);
      const err = error as ImportError;
      expect(err.file).toBe(name);
      expect(err.line).toBe(line);
      expect(err.message).toMatch(message);
      expect(err.message.startsWith(line === undefined ? `${name}: expected` : `${name}:${line}: expected`)).toBe(true);
    });
  }
});

describe('grid helpers', () => {
  it('unwraps a single <p> but not a cell with several paragraphs', () => {
    expect(unwrapP('<p>SO23: Title</p>')).toBe('SO23: Title');
    expect(unwrapP('<p>a</p> <p>b</p>')).toBe('<p>a</p> <p>b</p>');
    expect(splitParagraphs('<p>a</p> <p>b</p>')).toEqual(['a', 'b']);
    expect(splitParagraphs('plain')).toEqual(['plain']);
    expect(splitParagraphs('')).toEqual([]);
  });

  it('splits evidence into URL and text items', () => {
    expect(parseEvidence('See (http://a.example/x) and http://b.example/y', 'f.txt', 1)).toEqual([
      { text: 'See' },
      { text: 'http://a.example/x', url: 'http://a.example/x' },
      { text: 'and' },
      { text: 'http://b.example/y', url: 'http://b.example/y' },
    ]);
    expect(parseEvidence('   ', 'f.txt', 1)).toEqual([]);
  });

  it('splits a merged action cell at its owner codes', () => {
    expect(splitMergedActions('A thing (NC) Another thing (OPCCN)')).toEqual(['A thing (NC)', 'Another thing (OPCCN)']);
  });

  it('derives the report id from the meeting id and period', () => {
    expect(gridReportId('2017-09-26-police-and-crime-panel', '2016/17')).toBe(REPORT);
  });
});
