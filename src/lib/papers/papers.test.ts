/** Source papers as pages: fixed-size parts, "Source" links, paper names and what each /papers/ page shows. */
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../schemas/documents.ts';
import { lineId, parseSourceUrl, PART_LINES, partCount, partLines, partOfLine, sourceUrl } from './parts.ts';
import { owningMeeting, paperName, paperNames, sourceLink, sourceLinks } from './names.ts';
import { paperPage, paperPartPage, paperPartPaths, papersListPage, type Paper } from './pages.ts';
import { paperLines } from './loader.ts';
import { sourceSegments, type Segment } from './prose.ts';
import { meeting } from '../../../tests/fixtures/lib/meetings.ts';

const doc = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  data: documentSchema.parse({
    title: `Title of ${id}`,
    kind: 'agenda-pack',
    sourceFile: `${id}.txt`,
    publisher: 'Office of the Police and Crime Commissioner for Norfolk (OPCCN)',
    lines: 450,
    ...data,
  }),
});

describe('parts of a fixed number of lines', () => {
  it('puts line n in part ceil(n / PART_LINES), whatever the paper length', () => {
    expect(PART_LINES).toBe(200);
    expect([1, 200, 201, 400, 401].map(partOfLine)).toEqual([1, 1, 2, 2, 3]);
    expect(partCount(0)).toBe(1);
    expect(partCount(200)).toBe(1);
    expect(partCount(201)).toBe(2);
    expect(partLines(3, 450)).toEqual({ first: 401, last: 450 });
    expect(partLines(2, 450)).toEqual({ first: 201, last: 400 });
  });

  it('links a source reference to its first line on its part page, ranges included', () => {
    expect(sourceUrl({ doc: '001_1defd7e170de073f', line: 188 })).toBe('/papers/001_1defd7e170de073f/1/#L188');
    expect(sourceUrl({ doc: '001_1defd7e170de073f', line: 201, endLine: 260 })).toBe('/papers/001_1defd7e170de073f/2/#L201');
    expect(lineId(7)).toBe('L7');
    expect(parseSourceUrl('/papers/x_1/3/#L401')).toEqual({ doc: 'x_1', part: 3, line: 401 });
    expect(parseSourceUrl('/papers/x_1/')).toBeUndefined();
  });

  it('splits a paper into lines as the importer numbers them (a final newline adds no line)', () => {
    expect(paperLines('a\nb\n')).toEqual(['a', 'b']);
    expect(paperLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(paperLines('')).toEqual(['']);
  });
});

describe('paper names and Source links', () => {
  const meetings = [
    meeting('2025-01-29-pam', { papers: { agenda: ['001_a'], minutes: [] } }),
    meeting('2024-10-08-pam', { papers: { agenda: [], minutes: ['001_a', '003_b'] } }),
    meeting('2017-paf', { papers: { agenda: [], minutes: ['000_c'] }, date: { kind: 'not-stated', notBefore: '2017-11-01', notAfter: '2017-12-31', evidence: 'x' } }),
  ];

  it('names an agenda by the meeting whose agenda it is, minutes and summaries by the meeting they record', () => {
    expect(owningMeeting(doc('001_a'), meetings)?.id).toBe('2025-01-29-pam');
    expect(paperName(doc('001_a'), meetings)).toBe('the agenda pack of 29 January 2025');
    expect(paperName(doc('003_b', { kind: 'meeting-summary' }), meetings)).toBe('the summary of the meeting of 8 October 2024');
  });

  it('falls back to the publication date, then the year, then the title; never a file name', () => {
    expect(paperName(doc('002_d', { kind: 'supplementary-agenda', published: '2017-09-22' }), meetings)).toBe('the supplementary agenda published on 22 September 2017');
    expect(paperName(doc('000_c', { kind: 'minutes' }), meetings)).toBe('the minutes of a meeting in 2017');
    const lost = paperName(doc('009_e'), []);
    expect(lost).toBe('“Title of 009_e”');
    expect(paperNames([doc('001_a'), doc('009_e')], meetings).get('001_a')).toBe('the agenda pack of 29 January 2025');
  });

  it('gives one link per place, named by the paper, numbered when several are in one paper', () => {
    const names = new Map([['001_a', 'the agenda pack of 29 January 2025'], ['003_b', 'the summary of the meeting of 8 October 2024']]);
    const name = (d: string) => names.get(d);
    expect(sourceLink({ doc: '001_a', line: 174, endLine: 180 }, name)).toEqual({ href: '/papers/001_a/1/#L174', text: 'Source in the agenda pack of 29 January 2025' });
    const links = sourceLinks(
      [{ doc: '001_a', line: 10 }, { doc: '003_b', line: 5 }, { doc: '001_a', line: 250 }, { doc: '001_a', line: 10, endLine: 12 }],
      name,
    );
    expect(links).toEqual([
      { href: '/papers/001_a/1/#L10', text: 'Source 1 in the agenda pack of 29 January 2025' },
      { href: '/papers/003_b/1/#L5', text: 'Source in the summary of the meeting of 8 October 2024' },
      { href: '/papers/001_a/2/#L250', text: 'Source 2 in the agenda pack of 29 January 2025' },
    ]);
    for (const l of links) expect(l.text).not.toMatch(/\b\d{3}_[0-9a-f]+|\blines? \d/);
  });
});

describe('the /papers/ pages', () => {
  const paper = (data: Record<string, unknown> = {}, lineCount = 450): Paper => ({ id: '001_a', data: doc('001_a', data).data, name: 'the agenda pack of 29 January 2025', lineCount });

  it('lists every paper with its kind, publisher and date or the lack of one', () => {
    const page = papersListPage([paper(), paper({ published: '2017-09-22', publisher: 'Norfolk County Council', kind: 'supplementary-agenda' })]);
    expect(page.papers.map((p) => p.href)).toEqual(['/papers/001_a/', '/papers/001_a/']);
    expect(page.papers[0]!.published).toBe('Publisher: Office of the Police and Crime Commissioner for Norfolk (OPCCN). The paper does not give its publication date.');
    expect(page.papers[1]!).toMatchObject({ kind: 'Supplementary agenda', published: 'Publisher: Norfolk County Council. Published on 22 September 2017.', lines: '450 lines' });
  });

  it("heads a paper's page with what it is and links the original when the office records it", () => {
    const withUrl = paperPage(paper({ originalUrl: 'https://www.example.gov.uk/agenda.pdf' }));
    expect(withUrl.heading).toBe('Title of 001_a');
    expect(withUrl.kind).toBe('Agenda pack');
    expect(withUrl.original).toEqual({ href: 'https://www.example.gov.uk/agenda.pdf', label: "The original paper, on its publisher's website" });
    expect(withUrl.holder).toBeUndefined();
    expect(withUrl.parts).toEqual([
      { href: '/papers/001_a/1/', label: 'Part 1 of 3: lines 1–200' },
      { href: '/papers/001_a/2/', label: 'Part 2 of 3: lines 201–400' },
      { href: '/papers/001_a/3/', label: 'Part 3 of 3: lines 401–450' },
    ]);
    expect(withUrl.breadcrumbs.map((c) => c.href)).toEqual(['/', '/papers/']);
  });

  it('says who holds the original, with the contact the paper prints, when no address is recorded', () => {
    const page = paperPage(paper({ enquiries: ['OPCCN, Wymondham', 'Email: opccn@norfolk.police.uk'] }));
    expect(page.original).toBeUndefined();
    expect(page.holder).toEqual({
      text: 'The original PDF or Word file is not hosted on this portal. Its publisher holds it: Office of the Police and Crime Commissioner for Norfolk (OPCCN).',
      enquiriesIntro: 'The paper gives this contact for enquiries:',
      enquiries: ['OPCCN, Wymondham', 'Email: opccn@norfolk.police.uk'],
    });
    expect(paperPage(paper()).holder?.enquiriesIntro).toBeUndefined();
  });

  it('accepts only http and https addresses for the original', () => {
    const base = { title: 't', kind: 'minutes', sourceFile: 'a.txt', publisher: 'p', lines: 1 };
    const ok = (u: string) => documentSchema.safeParse({ ...base, originalUrl: u }).success;
    expect(ok('https://www.norfolk-pcc.gov.uk/a.pdf')).toBe(true);
    expect(ok('http://example.org/b')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/a', 'file:///etc/passwd', '/relative.pdf', 'https://']) expect(ok(bad), bad).toBe(false);
  });

  it('shows a part as its lines, each with its own anchor and number, text untouched', () => {
    const text = Array.from({ length: 450 }, (_, i) => (i === 204 ? '<script>alert(1)</script> **not bold** [x](javascript:y)' : `line text ${i + 1}`));
    const page = paperPartPage(paper(), 2, text);
    expect(page.lines).toHaveLength(200);
    expect(page.lines[0]).toEqual({ n: 201, id: 'L201', href: '#L201', text: 'line text 201' });
    expect(page.lines[4]!.text).toBe('<script>alert(1)</script> **not bold** [x](javascript:y)');
    expect(page.previous).toEqual({ href: '/papers/001_a/1/', label: 'Previous part: lines 1–200' });
    expect(page.next).toEqual({ href: '/papers/001_a/3/', label: 'Next part: lines 401–450' });
    expect(page.breadcrumbs.map((c) => c.href)).toEqual(['/', '/papers/', '/papers/001_a/']);
    expect(paperPartPage(paper(), 3, text).lines.map((l) => l.n).at(-1)).toBe(450);
    expect(paperPartPage(paper(), 1, text).previous).toBeUndefined();
    expect(() => paperPartPage(paper(), 4, text)).toThrow(/no part 4/);
    expect(paperPartPaths([paper()])).toEqual([1, 2, 3].map((part) => ({ doc: '001_a', part })));
  });

  it('marks the lines that are the notice in another language with that language and direction', () => {
    const text = [
      'Ako желаете',
      'Ако желаете да получите копие от този документ на български език, моля да се свържете с офиса на полицията и комисаря на 01953 424455 или чрез електронната поща: opccn@norfolk.police.uk',
      'If you would like a copy of this document in another language, please contact the office.',
    ];
    const lines = paperPartPage(paper({}, 3), 1, text).lines;
    expect(lines.map((l) => l.language)).toEqual([undefined, { lang: 'bg', dir: 'ltr' }, undefined]);
  });
});

describe('citations written into notes', () => {
  const names = new Map([['001_1defd7e170de073f', 'the agenda pack of 29 January 2025'], ['003_b68bda4d25e51753', 'the summary of the meeting of 8 October 2024'], ['004_d32a210fd6fbcf1e', 'the agenda pack of 16 April 2025']]);
  const ctx = { name: (d: string) => names.get(d), titles: new Map([['PCC Accountability Meeting, Wednesday 16 April 2025: agenda pack', '004_d32a210fd6fbcf1e']]) };
  const visible = (segs: Segment[]) => segs.map((s) => s.text).join('');

  it('links file-and-line citations, named by the paper', () => {
    const segs = sourceSegments('as "Tuesday 21 January 2025" (001_1defd7e170de073f line 188 and 003_b68bda4d25e51753 line 130). The agenda (004_d32a210fd6fbcf1e)', ctx);
    expect(segs).toEqual([
      { text: 'as "Tuesday 21 January 2025" (' },
      { text: 'the agenda pack of 29 January 2025', href: '/papers/001_1defd7e170de073f/1/#L188' },
      { text: ' and ' },
      { text: 'the summary of the meeting of 8 October 2024', href: '/papers/003_b68bda4d25e51753/1/#L130' },
      { text: '). The agenda (' },
      { text: 'the agenda pack of 16 April 2025', href: '/papers/004_d32a210fd6fbcf1e/' },
      { text: ')' },
    ]);
  });

  it('links title-and-line citations and, in a paper\'s own notes, bare lines', () => {
    expect(sourceSegments('before that date. (PCC Accountability Meeting, Wednesday 16 April 2025: agenda pack, line 30)', ctx)).toEqual([
      { text: 'before that date. (' },
      { text: 'the agenda pack of 16 April 2025', href: '/papers/004_d32a210fd6fbcf1e/1/#L30' },
      { text: ')' },
    ]);
    const own = sourceSegments('"launched" (line 105), and "November" (lines 113–115); printed again on its own at line 231.', { ...ctx, doc: '001_1defd7e170de073f' });
    expect(visible(own)).toBe('"launched" (source), and "November" (source); printed again on its own (source).');
    expect(own.filter((s) => s.href).map((s) => [s.href, s.hidden])).toEqual([
      ['/papers/001_1defd7e170de073f/1/#L105', 'in the agenda pack of 29 January 2025'],
      ['/papers/001_1defd7e170de073f/1/#L113', 'in the agenda pack of 29 January 2025'],
      ['/papers/001_1defd7e170de073f/2/#L231', 'in the agenda pack of 29 January 2025'],
    ]);
  });

  it('leaves text that cites nothing as it is, one run', () => {
    expect(sourceSegments('Signature lines printed on 3 lines of text <b>', ctx)).toEqual([{ text: 'Signature lines printed on 3 lines of text <b>' }]);
    expect(sourceSegments('', ctx)).toEqual([]);
  });
});
