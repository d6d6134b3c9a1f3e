import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../../importer/aliases.ts';
import { dispatch } from '../../../importer/meetings-dispatch.ts';
import type { Extract } from '../../../importer/meetings-types.ts';
import { merge } from '../../../importer/merge.ts';
import type { SourceDoc } from '../../../importer/source.ts';
import { docFrom, fixture, noAliases, projectAliases, seed } from './meetings-helpers.ts';

const extract = (doc: SourceDoc, aliases = noAliases()): Extract => {
  const r = dispatch(doc, aliases, {});
  return { version: 1, doc: doc.id, file: doc.file, sha256: '', lines: doc.lines, entries: r.entries, claims: r.claims, warnings: r.warnings };
};
const entry = (entries: Array<{ collection: string; id: string; data: Record<string, unknown> }>, c: string, id: string) =>
  entries.find((e) => e.collection === c && e.id === id)?.data;

/** The markdown/HTML rendering of the plain summary fixture, as 003 is of 001. */
const plainVariant = (): SourceDoc => {
  const md = fixture('summary.txt');
  const text = md.lines
    .join('\n')
    .replace(/<\/?b>/g, '')
    .replace(/\*\*/g, '')
    .replace(/&amp;/g, '&')
    .replace('Summary of the PCC', 'Summary  of the PCC')
    .replace(/^(\d+\. )/gm, '## $1');
  return docFrom('summary-plain.txt', text);
};

describe('the same meeting summarised in two papers is one meeting', () => {
  const r = merge([extract(fixture('summary.txt')), extract(plainVariant())], noAliases());
  const m = entry(r.entries, 'meetings', '2024-10-08-pcc-accountability-meeting')!;
  it('has one set of minutes with both papers in papers.minutes and in every section\'s sources', () => {
    expect(r.entries.filter((e) => e.collection === 'meetings' && e.id === '2024-10-08-pcc-accountability-meeting')).toHaveLength(1);
    expect((m['papers'] as Record<string, string[]>)['minutes']).toEqual(['summary', 'summary-plain']);
    const s = (m['minutes'] as Array<{ sources: Array<{ doc: string }> }>)[4]!;
    expect(s.sources.map((x) => x.doc)).toEqual(['summary', 'summary-plain']);
  });
  it('has one set of questions and actions, each with both sources', () => {
    expect(r.entries.filter((e) => e.collection === 'questions')).toHaveLength(4);
    const q = entry(r.entries, 'questions', '2024-10-08-pcc-accountability-meeting-q-1')!;
    expect((q['sources'] as Array<{ doc: string }>).map((s) => s.doc)).toEqual(['summary', 'summary-plain']);
    const a = entry(r.entries, 'actions', 'pam-action-1')!;
    expect((a['sources'] as Array<{ doc: string }>).map((s) => s.doc)).toEqual(['summary', 'summary-plain']);
    expect(a['updates']).toHaveLength(1);
  });
  it('links the action back to the question that points to it', () => {
    expect(entry(r.entries, 'actions', 'pam-action-2')!['question']).toBe('2024-10-08-pcc-accountability-meeting-q-4');
  });
  it('strips internal fields', () => {
    expect(JSON.stringify(r.entries)).not.toMatch(/"_(rank|source|notice|recordedAt|aliasedFrom)"/);
  });
});

describe('two papers that disagree about the same minutes stop the import', () => {
  it('names the paper and the field that differ', () => {
    const other = docFrom('summary-changed.txt', fixture('summary.txt').lines.join('\n').replace('There were none declared.', 'None.'));
    expect(() => merge([extract(fixture('summary.txt')), extract(other)], noAliases())).toThrowError(
      /summary-changed\.txt: expected the same minutes of 2024-10-08-pcc-accountability-meeting as summary\.txt .*declarations\[0\]/,
    );
  });
});

describe('identity decisions', () => {
  const aliases = parseAliases({
    meetings: [
      {
        alias: '2025-01-21-pcc-accountability-meeting',
        sameAs: '2025-01-29-pcc-accountability-meeting',
        dateConflict: 'The summary says 21 January; the agenda says 29 January.',
        reason: 'test',
        evidence: [{ doc: 'summary', line: 63, quote: 'Tuesday 21 January 2025' }],
      },
    ],
  });
  const cover = docFrom('cover.txt', 'PCC ACCOUNTABILITY MEETING\n\nDate: Wednesday 29 January 2025\n\nTime: 10:00am');
  const r = merge([extract(fixture('summary.txt')), extract(cover)], aliases);
  const m = entry(r.entries, 'meetings', '2025-01-29-pcc-accountability-meeting')!;
  it('makes the stated next meeting and the meeting held on another date one meeting, keeping both date claims', () => {
    expect(entry(r.entries, 'meetings', '2025-01-21-pcc-accountability-meeting')).toBeUndefined();
    expect(m['date']).toEqual({ kind: 'exact', date: '2025-01-29' });
    expect((m['dateClaims'] as Array<{ text: string }>).map((c) => c.text)).toEqual(['Wednesday 29 January 2025', 'Tuesday 21 January 2025']);
    expect(m['dateConflict']).toBe('The summary says 21 January; the agenda says 29 January.');
  });
  it('points the earlier meeting\'s nextMeeting at the real meeting while keeping the printed text', () => {
    expect(entry(r.entries, 'meetings', '2024-10-08-pcc-accountability-meeting')!['nextMeeting']).toEqual({
      text: 'Tuesday 21 January 2025',
      meeting: '2025-01-29-pcc-accountability-meeting',
    });
  });
  it('sets a dateConflict on its own when a weekday does not match its date', () => {
    const c = docFrom('c.txt', "PCC ACCOUNTABILITY MEETING\n\nDate: Wednesday 16 April 2025\n\nA G E N D A\n\nItem\tTime\tAgenda Item\tPage Number\n12.\t<p><u>Date of Next Scrutiny Meetings</u></p> <p>Strategic Deep Dive on Data Infrastructure: Wednesday 21 May 2024 from 10:00am – 12:00pm</p>");
    const rr = merge([extract(c)], noAliases());
    expect(entry(rr.entries, 'meetings', '2024-05-21-strategic-deep-dive')!['dateConflict']).toMatch(/was a Tuesday.*\(PCC Accountability Meeting, Wednesday 16 April 2025: agenda pack, line 8\)$/);
  });
});

describe('actions carried across papers (seeds 001 and 004)', () => {
  const aliases = projectAliases();
  const r = merge([extract(seed('001'), aliases), extract(seed('003'), aliases), extract(seed('004'), aliases)], aliases);
  const actions = r.entries.filter((e) => e.collection === 'actions');
  it('gives 15 numbered actions, each once', () => {
    expect(actions.map((a) => a.data['number']).sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });
  it('Action 4: ongoing at 8 October 2024, closed at 29 January 2025, the repeated update merged with its sources', () => {
    const a4 = entry(r.entries, 'actions', 'pam-action-4')!;
    const ups = a4['updates'] as Array<Record<string, unknown>>;
    expect(ups.map((u) => [u['meeting'], u['status']])).toEqual([
      ['2024-10-08-pcc-accountability-meeting', 'ongoing'],
      ['2025-01-29-pcc-accountability-meeting', 'closed'],
    ]);
    expect((ups[0]!['sources'] as Array<{ doc: string }>).map((s) => s.doc)).toEqual(['001_1defd7e170de073f', '003_b68bda4d25e51753', '004_d32a210fd6fbcf1e']);
    expect(a4['status']).toBe('closed');
  });
  it('Action 6 keeps the 004 wording as a variant and is linked to its question by a recorded decision', () => {
    const a6 = entry(r.entries, 'actions', 'pam-action-6')!;
    expect(a6['text']).toMatch(/ICV Scheme Manger/);
    expect((a6['textVariants'] as Array<{ text: string }>)[0]!.text).toMatch(/Independent Custody Visitor \(ICV\) Scheme Manager/);
    expect(a6['question']).toBe('2024-10-08-pcc-accountability-meeting-q-3');
    expect((a6['updates'] as unknown[]).length).toBe(2);
  });
  it('links questions that became Actions 13-15 and answers that say "See Action 9/10/11"', () => {
    expect(entry(r.entries, 'actions', 'pam-action-13')!['question']).toBe('2025-01-29-pcc-accountability-meeting-q-18');
    expect(entry(r.entries, 'actions', 'pam-action-14')!['question']).toBe('2025-01-29-pcc-accountability-meeting-q-23');
    expect(entry(r.entries, 'actions', 'pam-action-15')!['question']).toBe('2025-01-29-pcc-accountability-meeting-q-24');
    expect(entry(r.entries, 'actions', 'pam-action-9')!['question']).toBe('2024-10-08-pcc-accountability-meeting-q-14');
    expect(entry(r.entries, 'actions', 'pam-action-11')!['question']).toBe('2024-10-08-pcc-accountability-meeting-q-25');
  });
  it('29 January 2025: agenda from 001, minutes from 004, 21 January claim kept, both venues kept', () => {
    const m = entry(r.entries, 'meetings', '2025-01-29-pcc-accountability-meeting')!;
    expect(m['papers']).toEqual({ agenda: ['001_1defd7e170de073f'], minutes: ['004_d32a210fd6fbcf1e'], reports: [] });
    expect(m['status']).toBe('held');
    expect((m['venueClaims'] as unknown[]).length).toBe(2);
    expect(m['dateConflict']).toMatch(/Tuesday 21 January 2025/);
    const agenda = m['agenda'] as Array<Record<string, unknown>>;
    expect(agenda.find((a) => a['number'] === '5.')!['minuteSection']).toBe('item-5');
    expect(agenda.find((a) => a['number'] === '12.')!['minuteSection']).toBeUndefined();
  });
  it('people carry every title each paper gives them', () => {
    const titles = (id: string) => [...new Set((entry(r.entries, 'people', id)!['roles'] as Array<{ title: string }>).map((x) => x.title))];
    expect(titles('sharon-lister')).toEqual([
      'Director of Governance and Deputy Monitoring Office, Performance and Scrutiny Directorate',
      'Director of Performance and Scrutiny',
    ]);
    expect(titles('laura-bagshaw')).toEqual(['Corporate Communications Manager', 'Corporate News Manager']);
    expect(entry(r.entries, 'people', 'julie-dean')!['alsoKnownAs']).toEqual(['ACC Dean']);
  });
  it('the Lithuanian notice variant of 004 is recorded when notice resources are given', () => {
    const rr = merge([extract(seed('004'), aliases)], aliases, {
      notice: {
        values: { phone: '01953 424455', phoneCompact: '01953424455', email: 'opccn@norfolk.police.uk' },
        templates: Object.fromEntries(
          ['bg', 'hu', 'ml', 'pl', 'pt', 'ro', 'ru', 'es', 'ar', 'lt'].map((c) => [
            c,
            { notice: c === 'lt' ? 'Jei … susisiekite' : String(seed('004').lines[40 + 2 * ['bg', 'hu', 'lt', 'ml', 'pl', 'pt', 'ro', 'ru', 'es', 'ar'].indexOf(c)]), 'variants.susisiekit': String(seed('004').lines[44]) },
          ]),
        ),
      },
    });
    expect(entry(rr.entries, 'meetings', '2025-04-16-pcc-accountability-meeting')!['languageNoticeVariants']).toEqual({ lt: 'variants.susisiekit' });
  });
  it('a notice wording that matches no resource stops the import', () => {
    expect(() =>
      merge([extract(seed('004'), aliases)], aliases, { notice: { values: {}, templates: { bg: { notice: 'x' } } } }),
    ).toThrowError(/004_d32a210fd6fbcf1e\.txt:41: expected the bg notice to match a wording in src\/i18n\/bg\.json/);
  });
});
