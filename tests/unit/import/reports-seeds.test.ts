/**
 * The report importer over the real seeds (001 and 004), checked against
 * INVENTORY.md sections 7, 8.1, 8.2 and 9, and against the committed content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../importer/meetings-dispatch.ts';
import { parseReports, type ReportsResult } from '../../../importer/reports.ts';
import type { EntryDraft, SourceDoc } from '../../../importer/source.ts';
import { serialise } from '../../../importer/write.ts';
import { figureSchema } from '../../../src/schemas/figures.ts';
import { inspectionSchema } from '../../../src/schemas/inspections.ts';
import { reportSchema } from '../../../src/schemas/reports.ts';
import { tableSchema, type DataTable } from '../../../src/schemas/tables.ts';
import { projectAliases, seed } from './meetings-helpers.ts';
import { brief, components, headings, itemTexts, texts } from './report-blocks.ts';

const CONTENT = new URL('../../../src/content/', import.meta.url);

/** The reports of a paper as the importer reads them: dispatch gives the reports parser the cover's meeting and agenda. */
function reportsOf(doc: SourceDoc): ReportsResult {
  let out: ReportsResult | undefined;
  dispatch(doc, projectAliases(), { reports: (d, ctx) => (out = parseReports(d, ctx)) });
  if (!out) throw new Error(`${doc.file}: the reports parser was not called`);
  return out;
}

const doc001 = seed('001');
const doc004 = seed('004');
const r001 = reportsOf(doc001);
const r004 = reportsOf(doc004);
const all = [...r001.entries, ...r004.entries];
const of = (collection: EntryDraft['collection']) => all.filter((e) => e.collection === collection);
const tables = new Map(of('tables').map((e) => [e.id, tableSchema.parse(e.data)]));
const table = (suffix: string): DataTable => {
  const found = [...tables.entries()].find(([id]) => id.endsWith(`-table-${suffix}`));
  if (!found) throw new Error(`no table ${suffix}`);
  return found[1];
};
const report = (id: string) => {
  const e = of('reports').find((r) => r.id === id);
  if (!e) throw new Error(`no report ${id}`);
  const data = reportSchema.parse(e.data);
  return { data, body: data.body };
};

describe('reports in the seeds', () => {
  it('finds the eight reports, with their agenda items and plan entries', () => {
    const found = of('reports').map((e) => {
      const d = reportSchema.parse(e.data);
      return [e.id, d.agendaItem, d.planEntries.join(',')];
    });
    expect(found).toEqual([
      ['2025-01-29-pillar-1', '5.', '2022-24-pillar-1'],
      ['2025-01-29-pillar-2', '6.', '2022-24-pillar-2'],
      ['2025-01-29-pillar-3', '7.', '2022-24-pillar-3'],
      ['2025-01-29-pillar-4', '8.', '2022-24-pillar-4'],
      ['2025-01-29-pillar-5', '9.', '2022-24-pillar-5'],
      ['2025-01-29-pillar-6', '10.', '2022-24-pillar-6'],
      ['2025-04-16-hmicfrs-jtai', '8.', ''],
      ['2025-04-16-neighbourhood-policing', '9.', ''],
    ]);
  });

  it('claims each report from its ORIGINATOR line to the end of its checklist (INVENTORY 1, 7.1)', () => {
    expect(r001.claimed).toEqual([
      [208, 505],
      [509, 841],
      [845, 1104],
      [1108, 1402],
      [1406, 1599],
      [1603, 1956],
    ]);
    expect(r004.claimed).toEqual([
      [222, 467],
      [471, 472],
      [474, 568],
    ]);
    expect(r004.skipped).toContainEqual({ lines: [471, 472], text: 'NORFOLK CONSTABULARY', reason: expect.stringMatching(/logo residue/) });
    expect([...r001.skipped, ...r004.skipped].filter((s) => s.reason === 'end-of-report marker').map((s) => s.lines[0])).toEqual([
      495, 831, 1094, 1392, 1589, 1946, 274, 558,
    ]);
  });

  it('reads the header fields as printed', () => {
    const p4 = report('2025-01-29-pillar-4').data;
    expect(p4.originator).toBe('Deputy Chief Constable Megicks');
    expect(p4.reason).toBe('For Information');
    expect(p4.submittedTo).toBe("PCC's Accountability Meeting – January 2025");
    expect(p4.subject).toBe('Constabulary update on Pillar 4 (Prevent Offending) of the Police and Crime Plan');
    expect(p4.summary).toEqual([
      'The report sets out a short summary update of key Constabulary activity contributing to elements 1-5 of Pillar 4 of the Police and Crime Plan',
    ]);
    expect(p4.recommendation).toBe('The Police and Crime Commissioner is asked to note the report.');
    const jtai = report('2025-04-16-hmicfrs-jtai').data;
    expect(jtai.subject).toBe('HMICFRS update – Joint Targeted Area Inspection of Norfolk.');
    expect(jtai.title).toBe('HMICFRS update – Joint Targeted Area Inspection of Norfolk');
    expect(jtai.submittedTo).toBe("PCC's Accountability Meeting – April 2025");
  });

  it('keeps every originator checklist: 8 questions answered "N/A" as printed', () => {
    for (const e of of('reports')) {
      const c = reportSchema.parse(e.data).checklist;
      expect(c?.headings).toEqual(['ORIGINATOR CHECKLIST (MUST BE COMPLETED)', "STATE 'YES' OR 'NO'"]);
      expect(c?.rows).toHaveLength(8);
      expect(c?.rows.every((r) => r.answer === 'N/A')).toBe(true);
    }
  });

  it('re-joins exactly the page-break splits INVENTORY 9.1.2 lists', () => {
    expect(r001.joins).toEqual([
      [402, 404], [428, 430], [445, 447], [549, 551], [595, 597], [610, 612], [634, 636], [746, 748], [996, 998],
      [1189, 1191], [1222, 1224], [1264, 1266], [1339, 1341], [1357, 1359], [1468, 1470], [1672, 1674], [1783, 1785],
    ]);
    expect(r004.joins).toEqual([[344, 346], [354, 356], [366, 368], [390, 392], [402, 404]]);
    const p1 = texts(report('2025-01-29-pillar-1').body).join('\n');
    expect(p1).toContain('the crime investigation workloads of SNT-Response officers have reduced');
    expect(p1).toContain('white paper on Fire Reform in May 2022');
  });

  it('gives each pillar report its plan-element sections as h3, in order (INVENTORY 7.2)', () => {
    const sections = (id: string) => {
      const all = headings(report(id).body);
      const appendix = all.findIndex((h) => h.startsWith('2 Appendix'));
      return all.slice(0, appendix < 0 ? all.length : appendix).flatMap((h) => (h.startsWith('3 ') ? [h.slice(2)] : []));
    };
    expect(sections('2025-01-29-pillar-1')).toEqual([
      'Maintaining an Effective and Efficient Policing Service',
      'Continue to Invest in and Support Officer and all Police Staff’s Health and Wellbeing',
      'Equipping all the Workforce with Modern and Innovative Tools and Technology',
      'Achieving Best Value from Police and OPCC funding',
      'Delivering an Effective Estate Management Strategy',
      'Designing Policing Services to 2030 and Beyond',
      'Continued Collaboration with Other Blue Light Services',
    ]);
    expect(sections('2025-01-29-pillar-2')).toHaveLength(5);
    expect(sections('2025-01-29-pillar-3')).toHaveLength(4);
    expect(sections('2025-01-29-pillar-4')).toEqual([
      'Develop and Deliver Effective Diversionary Schemes for Offenders (high harm and volume)',
      'Work in Partnership to Safeguard Vulnerable Adults and Children',
      'Work in Partnership to Ensure Offenders are Managed Effectively in the Community',
      'Reduce the revolving door of crime by putting in place the support needed to reduce re-offending',
      'Strengthen Early Intervention and Preventative Approaches to Crime in the County and Reduce First Time Entrants into Criminal Justice',
    ]);
    expect(sections('2025-01-29-pillar-5')).toHaveLength(4);
    expect(sections('2025-01-29-pillar-6')).toEqual([
      'Supporting Road Users to be Safer on our Roads',
      'Working with Partners and Communities to Prevent Crime and Harm',
      'Early identification and Diversion to the Appropriate Agencies for those suffering with Mental Health issues',
      'Promote Crime Prevention Initiatives',
      'Increasing Volunteering opportunities within the Community to help Policing',
    ]);
  });

  it('never skips a heading level and never turns a sentence fragment into a heading', () => {
    for (const e of of('reports')) {
      let prev = 1;
      for (const b of reportSchema.parse(e.data).body) {
        if (b.kind !== 'heading') continue;
        expect(b.level, `${e.id}: ${b.text}`).toBeLessThanOrEqual(prev + 1);
        expect(b.text, e.id).toMatch(/^[A-Z0-9]/);
        prev = b.level;
      }
    }
  });

  it('keeps the inspectorate letter in the JTAI report, with both occurrences of each signatory', () => {
    const { body } = report('2025-04-16-hmicfrs-jtai');
    const blocks = brief(body);
    expect(blocks[blocks.indexOf('break') + 1]).toBe('paragraph: 27 February 2025');
    expect(blocks.filter((b) => b === 'break')).toHaveLength(1);
    expect(headings(body)).toContain('2 Joint targeted area inspection of Norfolk');
    for (const h of ['Context', 'Headline findings', 'What needs to improve?', 'Strengths', 'Main findings', 'Practice study: areas of highly effective practice', 'Practice study: areas for improvement', 'Next steps']) {
      expect(headings(body)).toContain(`3 ${h}`);
    }
    const all = texts(body).join('\n');
    for (const name of ['Yvette Stanley', "Dr Sean O'Kelly", 'Michelle Skeer', 'Martin Jones']) {
      expect(all.split(name).length - 1, name).toBe(2);
    }
    /** The list items printed between two of the letter's headings. */
    const itemsBetween = (from: string, to: string): number => {
      const section = body.slice(body.findIndex((b) => b.kind === 'heading' && b.text === from), body.findIndex((b) => b.kind === 'heading' && b.text === to));
      return section.flatMap((b) => (b.kind === 'list' ? itemTexts(b.items) : [])).length;
    };
    expect(itemsBetween('What needs to improve?', 'Strengths')).toBe(5);
    expect(itemsBetween('Strengths', 'Main findings')).toBe(11);
  });

  it('keeps the numbered Neighbourhood Policing Guarantee list (004:540-544)', () => {
    const { body } = report('2025-04-16-neighbourhood-policing');
    const numbered = body.flatMap((b) => (b.kind === 'list' && b.ordered ? [b] : []));
    expect(numbered).toHaveLength(1);
    const items = numbered[0]?.items ?? [];
    expect(numbered[0]?.start).toBeUndefined(); // numbered from 1, as printed
    expect(numbered[0]?.line).toBe(540);
    expect(items.map((i) => i.line)).toEqual([540, 541, 542, 543, 544]);
    expect(items[0]?.text).toMatch(/^\*\*Police back on the beat\.\*\* A Neighbourhood Policing Team/);
    expect(items[4]?.text).toMatch(/^\*\*Safer town centres\.\*\* A crackdown on shop theft/);
  });
});

describe('tables in the seeds (INVENTORY 7.3, 8.2)', () => {
  it('has the 33 numbered tables, Table 33 as parts a and b', () => {
    expect(tables.size).toBe(34);
    const numbers = [...tables.values()].map((t) => t.number);
    expect(new Set(numbers)).toEqual(new Set(Array.from({ length: 33 }, (_, i) => i + 1)));
    expect([...tables.keys()].filter((id) => /-table-33[ab]$/.test(id))).toEqual(['2025-01-29-pillar-6-table-33a', '2025-01-29-pillar-6-table-33b']);
  });

  it('has the row counts of INVENTORY 7.3', () => {
    const expected: Record<string, number> = {
      1: 8, 2: 10, 3: 5, 4: 6, 5: 13, 6: 9, 7: 11, 8: 8, 9: 8, 10: 14, 11: 14, 12: 2, 13: 10, 14: 3, 15: 3, 16: 5, 17: 6,
      18: 2, 19: 6, 20: 11, 21: 9, 22: 12, 23: 4, 24: 3, 25: 3, 26: 10, 27: 7, 28: 7, 29: 24, 30: 4, 31: 8, 32: 4, '33a': 2, '33b': 1,
    };
    for (const [n, count] of Object.entries(expected)) {
      // INVENTORY counts Table 13's two in-table sub-header rows apart, and Table 20's "Panel Outcome" label as a row.
      const t = table(n);
      expect(t.rows.filter((r) => r.kind !== 'subheader'), `Table ${n}`).toHaveLength(count);
    }
    expect(table('13').rows.filter((r) => r.kind === 'subheader').map((r) => r.line)).toEqual([932, 938]);
    expect(table('20').rows.filter((r) => r.kind === 'group-label').map((r) => r.line)).toEqual([1286]);
  });

  it('reads Table 1 exactly as INVENTORY 8.2 gives it', () => {
    const t = table('1');
    expect(t.header[0]?.find((h) => h.text === 'Over(-)/Under spend')?.colspan).toBe(2);
    expect(t.columns).toEqual(['Budget 2024/25 £000', 'Forecast £000', 'Over(-)/Under spend £000', 'Over(-)/Under spend %']);
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.raw)])).toEqual([
      ['Officer of the Police and Crime Commissioner', '1,517', '1,459', '58', '3.82%'],
      ['PCC Commissioning (net)', '1,556', '1,556', '0', '0.03%'],
      ['Chief Constable Operational Spending inc. Capital Financing', '235,066', '236,160', '(1,094)', '(0.47%)'],
      ['Transfer from Reserves', '(1,496)', '(1,496)', '0', '(0.00%)'],
      ['Chief Constable Operational Spending (net)', '233,570', '234,664', '(1,094)', '(0.47%)'],
      ['Contribution to Reserves', '(394)', '(394)', '0', '0.00%'],
      ['Specific Home Office Grants', '(24,853)', '(24,853)', '0', '0.00%'],
      ['Total', '211,396', '212,432', '(1,036)', '(0.49%)'],
    ]);
    const money = (v: number) => ({ type: 'money', value: v, unit: '£000' });
    const pct = (v: number) => ({ type: 'percent', value: v });
    expect(t.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      [money(1517), money(1459), money(58), pct(3.82)],
      [money(1556), money(1556), money(0), pct(0.03)],
      [money(235066), money(236160), money(-1094), pct(-0.47)],
      [money(-1496), money(-1496), money(0), pct(0)],
      [money(233570), money(234664), money(-1094), pct(-0.47)],
      [money(-394), money(-394), money(0), pct(0)],
      [money(-24853), money(-24853), money(0), pct(0)],
      [money(211396), money(212432), money(-1036), pct(-0.49)],
    ]);
    expect(t.notes.map((n) => n.kind)).toEqual(['rounding']);
  });

  it('reads Table 2 exactly as INVENTORY 8.2 gives it', () => {
    const t = table('2');
    expect(t.columns).toEqual(['Budget 2024/25 £000', 'Forecast Outturn £000', 'Over (-) / Under Spend £000']);
    const rows: Array<[string, number, number, number]> = [
      ['Pay Related Costs', 186457, 188167, -1710],
      ['Other Employee Costs', 2158, 2368, -210],
      ['Property Related Costs', 20145, 20142, 3],
      ['Transport', 3617, 3720, -103],
      ['Supplies and Services', 17284, 17299, -15],
      ['Third party payments', 3398, 3380, 19],
      ['Capital Financing', 7816, 7815, 0],
      ['Corporate', 2629, 2628, 0],
      ['Income', -8438, -9360, 922],
      ['Total', 235066, 236159, -1094],
    ];
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value.type === 'money' ? c.value.value : NaN))])).toEqual(rows);
    expect(t.rows.every((r) => r.cells.every((c) => c.value.type === 'money' && c.value.unit === '£000'))).toBe(true);
    expect(t.rows[8]?.cells.map((c) => c.raw)).toEqual(['(8,438)', '(9,360)', '922']);
  });

  it('reads Table 3 with its unit row, "Table A/B" labels and blanks', () => {
    const t = table('3');
    expect(t.columns).toEqual(['Budget 2024/25 £m', 'Forecast 2024/25 £m', 'Variance £m']);
    expect(t.rows.map((r) => r.label)).toEqual([
      'Slippage from 2023/24',
      'Table A – schemes approved for immediate start 1 April 2024',
      'Total Capital Programme',
      'Table B – schemes requiring a business case or further report to PCC(s) for approval',
      'Total',
    ]);
    expect(t.rows[2]?.cells.map((c) => [c.raw, c.value.type])).toEqual([['11.514', 'money'], ['11.514', 'money'], ['-', 'blank']]);
    expect(t.rows[4]?.cells[0]?.value).toEqual({ type: 'money', value: 14.41, unit: '£m' });
  });

  it('handles the grouped tables and the repaired row of Table 11', () => {
    for (const n of ['6', '11', '29', '31', '32']) expect(table(n).grouped, `Table ${n}`).toBe(true);
    expect(new Set(table('29').rows.map((r) => r.group)).size).toBe(8);
    const t11 = table('11');
    const arrest = t11.rows.find((r) => r.line === 884);
    expect(arrest).toMatchObject({ group: 'Domestic Abuse', label: 'Arrest rate' });
    expect(arrest?.cells.map((c) => c.raw)).toEqual(['37.4%', '33.5%', '30.9%', '3.9pp', '6.5pp']);
    expect(arrest?.repair).toMatch(/one column to the left/);
    expect(t11.rows.filter((r) => r.group === 'Domestic Abuse')).toHaveLength(9);
  });

  it('types the awkward cells: p.p, durations, text, bare numbers in % columns, £ signs, italics', () => {
    const t10 = table('10');
    expect(t10.rows.find((r) => r.line === 719)?.cells[3]?.value).toEqual({ type: 'pp', value: 3.5 });
    expect(t10.rows.find((r) => r.line === 728)?.cells[0]?.value).toEqual({ type: 'duration', seconds: 449551 });
    expect(t10.rows.find((r) => r.line === 730)?.cells.map((c) => c.value.type)).toEqual(['number', 'text', 'text', 'text', 'text']);
    expect(table('18').rows[1]?.cells[4]).toEqual({ raw: '0p.p', value: { type: 'pp', value: 0 } });
    const t15 = table('15').rows.find((r) => r.line === 1011);
    expect(t15?.cells[3]).toEqual({ raw: '37.5', value: { type: 'percent', value: 37.5 } });
    expect(t15?.repair).toMatch(/without a % sign/);
    const t30 = table('30').rows.find((r) => r.line === 1795);
    expect(t30?.cells[3]?.value).toEqual({ type: 'percent', value: -3.7 });
    expect(table('30').rows.find((r) => r.line === 1796)?.cells[2]).toEqual({ raw: 'Data not available', italic: true, value: { type: 'text' } });
    expect(table('9').rows.find((r) => r.line === 707)?.cells[1]).toEqual({ raw: 'No change', value: { type: 'text' } });
    expect(table('19').rows.find((r) => r.line === 1255)?.cells.map((c) => c.value.type)).toEqual(['text', 'blank', 'blank']);
    expect(table('24').rows[0]?.cells[3]?.value).toEqual({ type: 'money', value: 6800, unit: '£' });
    expect(table('21').rows[8]?.cells.map((c) => c.value)).toEqual([{ type: 'number', value: 7 }, { type: 'number', value: 3 }, { type: 'number', value: 4 }]);
    expect(table('25').columns).toEqual(['TORs Issued', 'Op Snap Warning Letters', 'Op Snap TORs issued', 'Op Snap NFA decisions']);
    expect(table('26').header[0]?.[0]?.text).toBe('2024');
  });

  it('keeps caption separators, captions with date ranges, and the notes', () => {
    expect(['27', '28'].map((n) => table(n).captionSeparator)).toEqual(['–', '–']);
    expect(table('1').captionSeparator).toBe(':');
    expect(table('5').caption).toContain('The date range for the Last 12 months was 01/10/2023 – 30/09/2024 unless otherwise stated.');
    expect(table('4').notes.map((n) => n.kind)).toEqual(['date-range', 'rounding']);
    expect(table('14').notes.map((n) => n.kind)).toEqual(['date-range', 'note']);
    expect(table('22').notes.map((n) => n.text.slice(0, 16))).toEqual(['Table 22 display', 'The date range f']);
    expect(table('33a').caption).toBe(table('33b').caption);
  });

  it('places every table, figure and grid in its report body once, in front-matter order', () => {
    for (const e of of('reports')) {
      const d = reportSchema.parse(e.data);
      const placed = components(d.body);
      expect(placed.filter((c) => c.startsWith('table:')).map((c) => c.slice('table:'.length)), e.id).toEqual(d.tables);
      expect(placed.filter((c) => c.startsWith('figure:')).map((c) => c.slice('figure:'.length)), e.id).toEqual(d.figures);
      for (const id of d.tables) expect(tables.get(id)?.report).toBe(e.id);
    }
    expect(components(report('2025-01-29-pillar-1').body).filter((c) => c === 'inspection:hmicfrs-peel-2023-2025')).toHaveLength(1);
  });

  it('orders tables and figures together, as they appear in the body', () => {
    for (const e of of('reports')) {
      const orderOf = new Map<string, number>([
        ...[...tables.entries()].filter(([, t]) => t.report === e.id).map(([id, t]) => [id, t.order] as [string, number]),
        ...of('figures').filter((f) => figureSchema.parse(f.data).report === e.id).map((f) => [f.id, figureSchema.parse(f.data).order] as [string, number]),
      ]);
      const inBody = reportSchema.parse(e.data).body.flatMap((b) => (b.kind === 'table' || b.kind === 'figure' ? [orderOf.get(b.id)] : []));
      expect(inBody, e.id).toEqual(inBody.map((_, i) => i));
    }
  });
});

describe('figures and the inspection grid in the seeds', () => {
  const figures = of('figures').map((e) => ({ id: e.id, ...figureSchema.parse(e.data) }));

  it('has Figures 1 and 2 and the three missing charts or lists, none with data', () => {
    expect(figures.map((f) => [f.id, f.number ?? null, f.source.line])).toEqual([
      ['2025-01-29-pillar-3-figure-1', 1, 924],
      ['2025-01-29-pillar-4-figure-2', 2, 1304],
      ['2025-01-29-pillar-5-chart-1', null, 1460],
      ['2025-01-29-pillar-5-chart-2', null, 1479],
      ['2025-01-29-pillar-5-chart-3', null, 1539],
    ]);
    expect(figures.filter((f) => f.number !== undefined)).toHaveLength(2);
    expect(figures.every((f) => f.dataInPapers === false && f.missing.length > 0)).toBe(true);
    expect(figures[0]?.missing).toContain('Police and Crime Plan – Pillar 3 – Tackling Crime');
    expect(figures[1]?.caption).toBe('Norfolk First Time Entrants into the Criminal Justice System – per 100,000 Rate and Numbers');
    expect(figures[4]?.caption).toBe("The 12 Victims' Code Rights are:");
    expect(texts(report('2025-01-29-pillar-3').body).filter((t) => t.includes('Police and Crime Plan – Pillar 3 – Tackling Crime'))).toEqual([]);
  });

  it('reads the HMICFRS PEEL grid column by column: 1 / 1 / 4 / 3 / 0', () => {
    const [grid] = of('inspections');
    expect(grid?.id).toBe('hmicfrs-peel-2023-2025');
    const data = inspectionSchema.parse(grid?.data);
    expect(data.report).toBe('2025-01-29-pillar-1');
    expect(data.inspectorate).toBe('HMICFRS');
    expect(data.title).toBe('Norfolk PEEL Assessment 2023 – 2025');
    expect(data.grades.map((g) => g.areas.length)).toEqual([1, 1, 4, 3, 0]);
    expect(data.grades[2]?.areas).toEqual(['Police powers and public treatment', 'Investigating crime', 'Developing a positive workplace', 'Leadership and force management']);
    expect(data.grades[3]?.areas).toEqual(['Responding to the public', 'Protecting vulnerable people', 'Managing offenders']);
    expect(data.context.map((c) => c.slice(0, 30))).toEqual([
      'Following a period of inspecti',
      'HMICFRS set the Constabulary s',
      'The Chief Constable’s and Poli',
      'The report and the associated ',
    ]);
    expect(data.source).toEqual({ doc: '001_1defd7e170de073f', line: 353, endLine: 357 });
  });
});

describe('nothing is lost', () => {
  const strings = (v: unknown, out: string[]): string[] => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
    else if (v !== null && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
    return out;
  };
  const norm = (s: string) =>
    s
      .replace(/\\(.)/g, '$1')
      .replace(/<\/?(i|p|u|b)>/g, '')
      .replace(/\*/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const LABELS = /^(ORIGINATOR|REASON FOR SUBMISSION|SUBMITTED TO|SUBJECT|SUMMARY|RECOMMENDATION):$/;

  it.each([
    ['001', doc001, r001],
    ['004', doc004, r004],
  ] as Array<[string, SourceDoc, ReportsResult]>)(
    'every printed cell and sentence of %s inside the claimed lines is in an entry (header labels and skipped lines excepted)',
    (_name, doc, result) => {
      const corpus = norm(
        result.entries
          .flatMap((e) => strings(e.data, []))
          .join('\n'),
      );
      const skipped = new Set(result.skipped.flatMap((s) => Array.from({ length: s.lines[1] - s.lines[0] + 1 }, (_, k) => s.lines[0] + k)));
      const missing: string[] = [];
      let checked = 0;
      for (const [a, b] of result.claimed) {
        for (let n = a; n <= b; n += 1) {
          const line = doc.lines[n - 1] ?? '';
          if (line.trim() === '' || skipped.has(n) || LABELS.test(line.trim())) continue;
          for (const cell of line.split('\t')) {
            let text = norm(cell.replace(/^ *- /, '').replace(/^\d+\. /, ''));
            text = /^(?:Table|Figure) \d+\s*[:–]\s*(.*)$/.exec(text)?.[1] ?? text;
            if (text === '') continue;
            checked += 1;
            if (!corpus.includes(text)) missing.push(`${n}: ${text.slice(0, 80)}`);
          }
        }
      }
      expect(checked).toBeGreaterThan(150);
      expect(missing).toEqual([]);
    },
  );
});

describe('committed content', () => {
  it('validates every entry against its schema and matches the committed files', () => {
    const schemas = { reports: reportSchema, tables: tableSchema, figures: figureSchema, inspections: inspectionSchema } as const;
    for (const e of all) {
      const schema = schemas[e.collection as keyof typeof schemas];
      expect(schema.safeParse(e.data).success, `${e.collection}/${e.id}`).toBe(true);
      const file = new URL(`${e.collection}/${e.id}.json`, CONTENT);
      expect(existsSync(file), file.pathname).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(JSON.parse(text), e.id).toEqual(e.data);
      expect(text, e.id).toBe(serialise(e));
    }
  });
});
