import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bodyBlocks,
  isHeadingCandidate,
  joinPageBreaks,
  lexBlocks,
  sameHeading,
} from '../../../importer/reports-body.ts';
import { elementsOf, matchAgenda, parseReports, planEntryOf, reportSlug } from '../../../importer/reports.ts';
import { ImportError, toSourceDoc, type EntryDraft, type SourceDoc } from '../../../importer/source.ts';
import { entryPath, serialise } from '../../../importer/write.ts';
import { figureSchema } from '../../../src/schemas/figures.ts';
import { reportSchema } from '../../../src/schemas/reports.ts';
import { tableSchema } from '../../../src/schemas/tables.ts';
import { fixtureDoc, thrownBy } from './meetings-helpers.ts';
import { bodyOf, brief, components, headings, texts } from './report-blocks.ts';

const FIXTURES = new URL('../../fixtures/import/reports/', import.meta.url);

const AGENDA = [
  { number: '4.', title: 'Public Questions' },
  { number: '5.', title: "Police, Crime & Community Safety Plan 2022-24: Pillar 2 - 'Visible and Trusted Policing'" },
  { number: '8.', title: 'HMICFRS Update – Joint Targeted Area Inspection of Norfolk' },
  { number: '9.', title: 'Neighbourhood Policing Update' },
];
const CTX = { meetingId: '2025-01-29-test-meeting', agenda: AGENDA };

function lineOf(doc: SourceDoc, text: string, from = 0): number {
  const i = doc.lines.findIndex((l, n) => n >= from && l === text);
  if (i < 0) throw new Error(`fixture has no line ${JSON.stringify(text)}`);
  return i + 1;
}


describe('parseReports on the good fixture', () => {
  const doc = fixtureDoc('reports', 'good-reports.txt');
  const result = parseReports(doc, CTX);
  const byId = new Map(result.entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const pillar = byId.get('reports/2025-01-29-pillar-2') as EntryDraft;
  const jtai = byId.get('reports/2025-01-29-hmicfrs-jtai') as EntryDraft;

  it('finds both reports and names them from the meeting date and subject', () => {
    expect(result.entries.filter((e) => e.collection === 'reports').map((e) => e.id)).toEqual(['2025-01-29-pillar-2', '2025-01-29-hmicfrs-jtai']);
    expect(result.entries.map((e) => `${e.collection}/${e.id}`)).toEqual([
      'reports/2025-01-29-pillar-2',
      'tables/2025-01-29-pillar-2-table-1',
      'tables/2025-01-29-pillar-2-table-2',
      'figures/2025-01-29-pillar-2-figure-1',
      'figures/2025-01-29-pillar-2-chart-1',
      'reports/2025-01-29-hmicfrs-jtai',
    ]);
  });

  it('reads the header fields as printed and links the agenda item and plan entry', () => {
    const data = reportSchema.parse(pillar.data);
    expect(data).toMatchObject({
      title: 'Constabulary update on Pillar 2 (Visible and Trusted Policing) of the Police and Crime Plan',
      subject: 'Constabulary update on Pillar 2 (Visible and Trusted Policing) of the Police and Crime Plan.',
      meeting: '2025-01-29-test-meeting',
      agendaItem: '5.',
      originator: 'Deputy Chief Constable Example',
      reason: 'For Information',
      submittedTo: 'PCC\'s Accountability Meeting – January 2025',
      recommendation: 'The Police and Crime Commissioner is asked to note the report.',
      planEntries: ['2022-24-pillar-2'],
      tables: ['2025-01-29-pillar-2-table-1', '2025-01-29-pillar-2-table-2'],
      figures: ['2025-01-29-pillar-2-figure-1', '2025-01-29-pillar-2-chart-1'],
      document: 'good-reports',
      order: 0,
    });
    expect(data.summary).toEqual([
      'The report sets out a short summary update of key Constabulary activity contributing to elements 1-2 of Pillar 2 of the Police and Crime Plan.',
    ]);
    expect(data.checklist).toEqual({
      headings: ['ORIGINATOR CHECKLIST (MUST BE COMPLETED)', "STATE 'YES' OR 'NO'"],
      rows: [
        { question: 'Has legal advice been sought on this submission?', answer: 'N/A' },
        { question: 'Have financial implications been considered?', answer: 'N/A' },
      ],
    });
    const jt = reportSchema.parse(jtai.data);
    expect(jt.agendaItem).toBe('8.');
    expect(jt.planEntries).toEqual([]);
    expect(jt.order).toBe(1);
  });

  it('claims each report from ORIGINATOR to its checklist, and the logo residue between them, with a reason', () => {
    const first = lineOf(doc, 'ORIGINATOR:');
    const second = lineOf(doc, 'ORIGINATOR:', first);
    const firstChecklistEnd = lineOf(doc, 'Have financial implications been considered?\tN/A');
    const logo = lineOf(doc, 'NORFOLK');
    expect(result.claimed).toEqual([
      [first, firstChecklistEnd],
      [logo, logo + 1],
      [second, doc.lines.length],
    ]);
    expect(result.skipped).toContainEqual({ lines: [logo, logo + 1], text: 'NORFOLK CONSTABULARY', reason: expect.stringMatching(/logo/) });
    expect(result.skipped.filter((s) => s.reason === 'end-of-report marker').map((s) => s.text)).toEqual(['END.', 'END.']);
    expect(reportSchema.parse(pillar.data).source).toEqual({ doc: 'good-reports', line: first, endLine: firstChecklistEnd });
  });

  it('re-joins the sentence split by a page break', () => {
    const a = lineOf(doc, '- A long bullet that is split by a page break, because the extraction put a blank line in the middle of');
    expect(result.joins).toEqual([[a, a + 2]]);
    expect(texts(bodyOf(pillar))).toContain(
      'A long bullet that is split by a page break, because the extraction put a blank line in the middle of the sentence, and it continues here.',
    );
    expect(texts(bodyOf(pillar)).filter((t) => t.startsWith('the sentence'))).toEqual([]);
  });

  it('writes the narrative with headings at the right levels', () => {
    expect(headings(bodyOf(pillar))).toEqual([
      '2 PILLAR 2: VISIBLE AND TRUSTED POLICING',
      '3 Improving public trust and confidence in policing',
      '4 Budget update',
      '3 Delivering Effective Neighbourhood Policing',
      '2 Appendix A - Overviews for each section of Pillar 2',
      '3 Improving public trust and confidence in policing',
      '4 Overview',
    ]);
    // The overview note before the title line is a paragraph, and the chart title residue is not a heading.
    expect(brief(bodyOf(pillar)).slice(0, 2)).toEqual([
      'paragraph: An overview for each section is provided in Appendix A',
      'heading 2: PILLAR 2: VISIBLE AND TRUSTED POLICING',
    ]);
    expect(bodyOf(pillar)[0]?.line).toBe(lineOf(doc, 'An overview for each section is provided in Appendix A'));
    expect(texts(bodyOf(pillar)).filter((t) => t.includes('Chart title'))).toEqual([]);
  });

  it('places tables, figures and charts in the body in order, once each, with the lines they are printed on', () => {
    expect(components(bodyOf(pillar))).toEqual([
      'table:2025-01-29-pillar-2-table-1',
      'table:2025-01-29-pillar-2-table-2',
      'figure:2025-01-29-pillar-2-figure-1',
      'figure:2025-01-29-pillar-2-chart-1',
    ]);
    expect(bodyOf(pillar).find((b) => b.kind === 'table')?.line).toBe(lineOf(doc, '\tBudget £000\tOver(-)/Under spend\t'));
  });

  it('moves date-range, rounding and "Table N displays" paragraphs into the table notes, not the body', () => {
    const t1 = tableSchema.parse(byId.get('tables/2025-01-29-pillar-2-table-1')?.data);
    const t2 = tableSchema.parse(byId.get('tables/2025-01-29-pillar-2-table-2')?.data);
    expect(t1.notes.map((n) => n.kind)).toEqual(['rounding']);
    expect(t2.notes.map((n) => n.kind)).toEqual(['date-range', 'note']);
    expect(t2.captionSeparator).toBe('–');
    expect(texts(bodyOf(pillar)).filter((t) => /The date range|Note - In some instances|Table 2 displays/.test(t))).toEqual([]);
  });

  it('turns the figure with its chart-title residue and the missing charts into figure entries', () => {
    const fig = figureSchema.parse(byId.get('figures/2025-01-29-pillar-2-figure-1')?.data);
    expect(fig).toMatchObject({ number: 1, caption: 'Disruptions for the period 01/10/2022 – 30/09/2024', dataInPapers: false, order: 2 });
    expect(fig.missing).toContain('Police and Crime Plan – Pillar 2 – Chart title');
    expect(fig.source.line).toBe(lineOf(doc, 'Police and Crime Plan – Pillar 2 – Chart title'));
    const chart = figureSchema.parse(byId.get('figures/2025-01-29-pillar-2-chart-1')?.data);
    expect(chart.number).toBeUndefined();
    // `order` is the place among the report's tables and figures together: table 1, table 2, figure 1, chart 1.
    expect(chart.order).toBe(3);
    expect(tableSchema.parse(byId.get('tables/2025-01-29-pillar-2-table-2')?.data).order).toBe(1);
    expect(chart.caption).toBe('The charts below show how caseloads have increased:');
    expect(chart.missing).toMatch(/charts/);
  });

  it('keeps the papers text exactly as printed, markup characters and their own bold, italics and links included', () => {
    expect(texts(bodyOf(pillar))).toContain('After the charts, {braces} and <angle> & a_b #hash | pipe.');
    expect(texts(bodyOf(pillar))).toContain('Road usage data* shows more journeys (*Department for Transport).');
    const overview = bodyOf(pillar).find((b) => b.kind === 'list' && b.items[0]?.text === 'The Constabulary sets out below:');
    const at = lineOf(doc, '- The Constabulary sets out below:');
    expect(overview).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        {
          text: 'The Constabulary sets out below:',
          line: at,
          items: [
            { text: '**Establishment**', line: at + 1 },
            { text: '*Wellbeing* and [Section 55 Response](#)', line: at + 2 },
          ],
        },
      ],
      line: at,
    });
  });

  it('keeps the enclosure after END as part of the report, with the letter laid out as printed', () => {
    const body = bodyOf(jtai);
    const end = lineOf(doc, 'END.', lineOf(doc, 'HMICFRS update'));
    expect(brief(body).slice(2, 5)).toEqual([
      'paragraph: The inspection took place in December 2024. A copy of the letter is included below.',
      'break',
      'paragraph: 27 February 2025',
    ]);
    expect(body[3]).toEqual({ kind: 'break', line: end });
    expect(body).toContainEqual({
      kind: 'paragraph',
      lines: ['Addressee One, Chief Executive Officer, Norfolk County Council', 'Addressee Two, Chief Constable, Norfolk Constabulary'],
      line: lineOf(doc, 'Addressee One, Chief Executive Officer, Norfolk County Council'),
    });
    expect(headings(body)).toEqual([
      '2 HMICFRS update',
      '3 Joint Targeted Area Inspection of Norfolk',
      '2 Joint targeted area inspection of Norfolk',
      '3 Context',
      '3 What needs to improve?',
      '3 Next steps',
    ]);
    // The signatory's name is printed twice (signature and typed name); both stay, neither becomes a heading.
    expect(texts(body).join('\n').match(/Jane Doe/g)).toHaveLength(2);
    expect(brief(body).slice(-3)).toEqual(['paragraph: Yours sincerely', 'paragraph: Jane Doe', 'paragraph: Jane Doe | Chief Inspector of Something']);
    const dear = brief(body).indexOf('paragraph: Dear Norfolk Safeguarding Children Partnership');
    expect(brief(body)[dear + 1]).toBe('heading 2: Joint targeted area inspection of Norfolk');
  });

  it('is written as JSON like every other entry, the narrative as data', () => {
    expect(entryPath(pillar)).toBe('src/content/reports/2025-01-29-pillar-2.json');
    expect(JSON.parse(serialise(pillar))).toEqual(pillar.data);
  });
});

describe('parseReports: malformed input', () => {
  const failure = (name: string): ImportError => {
    const error = thrownBy(() => parseReports(fixtureDoc('reports', name), { ...CTX, meetingId: '2025-04-16-test-meeting' }));
    if (error instanceof ImportError) return error;
    throw error ?? new Error(`${name} was accepted`);
  };

  it.each([
    ['malformed-missing-value.txt', 'SUBJECT:', /a value for "SUBJECT:" two lines below the label/],
    ['malformed-no-end.txt', null, /an "END\." line closing the report that starts at line 1/],
    ['malformed-extra-cells.txt', 'Hours\t12\t13\t14', /at most 2 cells/],
    ['malformed-no-caption.txt', 'A paragraph, not a caption.', /"Table N: …" caption under the table/],
    ['malformed-no-checklist.txt', 'END.', /ORIGINATOR CHECKLIST/],
    ['malformed-text-between.txt', 'Some stray paragraph between the reports.', /only blank lines or a logo's words/],
    ['malformed-caption-without-table.txt', 'Table 7: A caption with no table above it.', /a table printed above the caption "Table 7"/],
    ['malformed-checklist-row.txt', 'A question\tN/A\textra', /checklist row with a question and an answer/],
  ])('%s fails with file, line and what was expected', (name, line, expected) => {
    const doc = fixtureDoc('reports', name);
    const error = failure(name);
    expect(error.file).toBe(name);
    expect(error.line).toBe(line === null ? doc.lines.length : lineOf(doc, line));
    expect(error.message).toMatch(expected);
    expect(error.message.startsWith(`${name}:${error.line}: expected`)).toBe(true);
  });

  it('names the line where the next report starts when a report has no END before it', () => {
    const text = readFileSync(new URL('malformed-no-end.txt', FIXTURES), 'utf8');
    const doc = toSourceDoc('two.txt', `${text}\n\n\n${text.replace('Narrative without an end marker.', 'Narrative.\n\nEND.')}`);
    const second = lineOf(doc, 'ORIGINATOR:', 1);
    expect(() => parseReports(doc, CTX)).toThrow(`two.txt:${second}: expected an "END." line closing the report that starts at line 1, before the next report starts here`);
  });

  it('refuses a report that matches no agenda item of a meeting with an agenda', () => {
    expect(() => parseReports(fixtureDoc('reports', 'good-reports.txt'), { meetingId: '2025-01-29-x', agenda: [{ number: '1.', title: 'Attendance' }] })).toThrow(
      /an agenda item of meeting 2025-01-29-x whose title matches/,
    );
  });

  it('returns nothing for a document with no report', () => {
    expect(parseReports(toSourceDoc('x.txt', 'Minutes only.\n\nNo reports.'), CTX)).toEqual({ entries: [], claimed: [], skipped: [], joins: [] });
  });
});

describe('header helpers', () => {
  it('elementsOf counts the plan elements a summary names', () => {
    expect(elementsOf('contributing to elements 1-7 of Pillar 1 of the Police and Crime Plan.')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(elementsOf('contributing to elements 1-4 & 6 of Pillar 2 of the Police and Crime Plan.')).toEqual([1, 2, 3, 4, 6]);
    expect(elementsOf('contributing to elements 1,2,5 & 6 of Pillar 5 of the Police and Crime Plan')).toEqual([1, 2, 5, 6]);
    expect(elementsOf('This report provides an overview of the inspection.')).toBeUndefined();
  });

  it('reportSlug uses the pillar number, or the subject with its abbreviation', () => {
    expect(reportSlug('Constabulary update on Pillar 3 (Tackling Crime) of the Police and Crime Plan.', [])).toBe('pillar-3');
    expect(
      reportSlug('HMICFRS update – Joint Targeted Area Inspection of Norfolk.', [
        'This report provides an overview of the Joint targeted area inspection (JTAI) of the multi-agency response.',
      ]),
    ).toBe('hmicfrs-jtai');
    expect(reportSlug('Neighbourhood Policing update', ['This report sets out a short update.'])).toBe('neighbourhood-policing');
  });

  it('matchAgenda and planEntryOf link a report to its agenda item and plan entry', () => {
    expect(matchAgenda('Constabulary update on Pillar 2 (Visible and Trusted Policing)', AGENDA)?.number).toBe('5.');
    expect(matchAgenda('Neighbourhood Policing update', AGENDA)?.number).toBe('9.');
    expect(matchAgenda('Something else entirely', AGENDA)).toBeUndefined();
    expect(planEntryOf(AGENDA[1]?.title ?? '', 'Constabulary update on Pillar 2 (Visible and Trusted Policing)')).toBe('2022-24-pillar-2');
    expect(planEntryOf('Police & Crime Plan 2025-29: Priority 1 - \'Preventing Crime\'', 'Neighbourhood Policing update')).toBeUndefined();
  });
});

describe('narrative helpers', () => {
  it('lexBlocks tells paragraphs, bullets, nested bullets, numbered items, tables, placeholders and gaps apart', () => {
    const blocks = lexBlocks(['Heading', '', '- item', ' - nested', 'glued line', '1. **First.** text', 'A\tB', ' ', '', '', ''], 10);
    expect(blocks.map((b) => b.type)).toEqual(['para', 'gap', 'item', 'item', 'para', 'item', 'table', 'placeholder', 'gap']);
    expect(blocks[3]).toMatchObject({ depth: 1, text: 'nested', start: 13 });
    expect(blocks[4]).toMatchObject({ glued: true });
    expect(blocks[5]).toMatchObject({ number: '1', text: '**First.** text' });
    expect(blocks[8]).toMatchObject({ count: 3, start: 18, end: 20 });
  });

  it('joinPageBreaks joins lower-case continuations and sentence ends after long text only', () => {
    const long = '- The new model has revolutionised crime investigation. Investigations are now being completed in a timelier manner, the workloads of';
    expect(joinPageBreaks(lexBlocks([long, '', 'SNT-Response officers have reduced.'], 1)).joins).toEqual([[1, 3]]);
    expect(joinPageBreaks(lexBlocks(['- short item', '', 'continues in lower case.'], 1)).joins).toEqual([[1, 3]]);
    // A short list entry followed by a new sentence, a heading, a caption or a bullet is not a split.
    expect(joinPageBreaks(lexBlocks([' - Absence Management', '', 'The table will track the data.'], 1)).joins).toEqual([]);
    expect(joinPageBreaks(lexBlocks([long, '', 'Update on Fatal Four enforcement'], 1)).joins).toEqual([]);
    expect(joinPageBreaks(lexBlocks([long, '', 'Table 4: Establishment.'], 1)).joins).toEqual([]);
    expect(joinPageBreaks(lexBlocks([long, '', '- next bullet.'], 1)).joins).toEqual([]);
    expect(joinPageBreaks(lexBlocks([long, '', '', 'far away.'], 1)).joins).toEqual([]);
    expect(joinPageBreaks(lexBlocks(['- A finished sentence.', '', 'and more.'], 1)).joins).toEqual([]);
  });

  it('isHeadingCandidate accepts titles and refuses sentences, lead-ins, links, dates and captions', () => {
    for (const h of ['Capital', 'What needs to improve?', 'Practice study: areas for improvement', 'Work in Partnership to Ensure Offenders are Managed Effectively in the Community']) {
      expect(isHeadingCandidate(h), h).toBe(true);
    }
    for (const p of [
      'A quick summary of these tactics:',
      'SNT-Response officers have reduced.',
      'and 13th in the country',
      '[Joint Targeted Area Inspection of the multi-agency response](#)',
      '27 February 2025',
      'Figure 1: Norfolk SOC disruptions',
      'One sentence. Another sentence',
    ]) {
      expect(isHeadingCandidate(p), p).toBe(false);
    }
  });

  it('sameHeading ignores case, quotes, hyphens and word order', () => {
    expect(sameHeading('Continue to Invest in and Support Officer and all Police Staff’s Health and Wellbeing', "Continue to Invest in and Support Officer and all Police staff's Health and Wellbeing")).toBe(true);
    expect(sameHeading('Safeguarding vulnerable victims of ASB and crime', 'Safeguarding Vulnerable Victims of Crime and ASB')).toBe(true);
    expect(sameHeading('Being Effective (including Fraud and Cyber Crime)', 'Being Effective (including Fraud and Cyber-Crime)')).toBe(true);
    expect(sameHeading('Delivering Effective Neighbourhood Policing', 'Delivering an Effective Estate Management Strategy')).toBe(false);
  });

  it('bodyBlocks turns nodes into blocks: headings, paragraphs with their lines, nested and numbered lists, placed entries', () => {
    expect(
      bodyBlocks([
        { kind: 'heading', text: 'Title', level: 2, line: 1 },
        { kind: 'para', lines: ['Line one', 'Line two'], line: 2 },
        { kind: 'list', items: [{ depth: 0, text: 'a', line: 3 }, { depth: 1, text: 'b', line: 4 }, { depth: 3, text: 'c', line: 5 }, { depth: 0, text: 'd', line: 6 }] },
        { kind: 'list', items: [{ depth: 0, number: '1', text: '**x.** y', line: 7 }, { depth: 0, number: '2', text: 'z', line: 8 }] },
        { kind: 'table', id: 't-1', line: 9 },
        { kind: 'break', line: 10 },
      ]),
    ).toEqual([
      { kind: 'heading', level: 2, text: 'Title', line: 1 },
      { kind: 'paragraph', lines: ['Line one', 'Line two'], line: 2 },
      {
        kind: 'list',
        ordered: false,
        // "c" is printed two levels below "b": it nests one level down, under "b".
        items: [{ text: 'a', line: 3, items: [{ text: 'b', line: 4, items: [{ text: 'c', line: 5 }] }] }, { text: 'd', line: 6 }],
        line: 3,
      },
      { kind: 'list', ordered: true, items: [{ text: '**x.** y', line: 7 }, { text: 'z', line: 8 }], line: 7 },
      { kind: 'table', id: 't-1', line: 9 },
      { kind: 'break', line: 10 },
    ]);
  });

  it('bodyBlocks starts a new list where bullets turn into numbers and where the printed numbering jumps, keeping each printed number', () => {
    const blocks = bodyBlocks([
      {
        kind: 'list',
        items: [
          { depth: 0, text: 'bullet', line: 1 },
          { depth: 0, number: '3', text: 'three', line: 2 },
          { depth: 0, number: '4', text: 'four', line: 3 },
          { depth: 0, number: '7', text: 'seven', line: 4 },
        ],
      },
    ]);
    expect(blocks.map((b) => (b.kind === 'list' ? [b.ordered, b.start, b.items.map((i) => i.text)] : b.kind))).toEqual([
      [false, undefined, ['bullet']],
      [true, 3, ['three', 'four']],
      [true, 7, ['seven']],
    ]);
    expect(reportSchema.shape.body.safeParse(blocks).success).toBe(true);
  });
});

describe('paper text that looks like code or markup', () => {
  // Each line is printed as a paragraph of its own. Under MDX, the first two were run as
  // JavaScript at build time and "Export …" / "Import …" broke the build.
  const hostile = [
    'export const x = 1',
    "import fs from 'node:fs'",
    'Export figures for 2024 are published quarterly.',
    'Import controls were tightened in March.',
    '{process.exit(1)}',
    '<script>alert(1)</script>',
    '<DataTable id="x" />',
  ];
  const header = [
    'ORIGINATOR:', '', 'Chief Constable', '', 'REASON FOR SUBMISSION:', '', 'For Information', '', 'SUBMITTED TO:', '', 'PCC', '',
    'SUBJECT:', '', 'Neighbourhood Policing update', '', 'SUMMARY:', '', 'A short update.', '', 'RECOMMENDATION:', '', 'To note.', '',
  ];
  const lines = [
    ...header,
    'Import and Export Controls',
    '',
    ...hostile.flatMap((t) => [t, '']),
    '- export default {}',
    ' - <img src=x onerror="alert(1)">',
    '',
    'END.',
    '',
    "ORIGINATOR CHECKLIST (MUST BE COMPLETED)\tSTATE 'YES' OR 'NO'",
    'Has legal advice been sought on this submission?\tN/A',
  ];
  const doc = toSourceDoc('hostile.txt', lines.join('\n'));
  const report = parseReports(doc, CTX).entries.find((e) => e.collection === 'reports');
  if (!report) throw new Error('hostile.txt: no report was read');

  it('imports every line as plain text blocks, character for character, and nothing else', () => {
    const first = lineOf(doc, 'Import and Export Controls');
    expect(bodyOf(report)).toEqual([
      { kind: 'heading', level: 2, text: 'Import and Export Controls', line: first },
      ...hostile.map((t) => ({ kind: 'paragraph', lines: [t], line: lineOf(doc, t) })),
      {
        kind: 'list',
        ordered: false,
        items: [{ text: 'export default {}', line: lineOf(doc, '- export default {}'), items: [{ text: '<img src=x onerror="alert(1)">', line: lineOf(doc, '- export default {}') + 1 }] }],
        line: lineOf(doc, '- export default {}'),
      },
    ]);
  });

  it('writes them into the JSON entry as strings, never as MDX', () => {
    const text = serialise(report);
    expect(entryPath(report)).toBe('src/content/reports/2025-01-29-neighbourhood-policing.json');
    const written: unknown = JSON.parse(text);
    expect(reportSchema.parse(written).body).toEqual(bodyOf(report));
    for (const t of hostile) expect(text).toContain(JSON.stringify(t));
  });
});
