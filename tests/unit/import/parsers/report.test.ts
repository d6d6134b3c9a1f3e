/**
 * A report (tests/fixtures/parsers/report/): recognised inside an agenda pack by its "ORIGINATOR:"
 * block, read up to "END." with its originator checklist, its tables (one split by a page break)
 * and the agenda item it presents.
 */
import { describe, expect, it } from 'vitest';
import { draftsOf, ImportError, toSourceDoc } from '../../../../importer/source.ts';
import { draftOf, thrownBy } from '../meetings-helpers.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

const NAME = 'pam-2026-03-11-agenda-pack.txt';

describe('report in an agenda pack: pam-2026-03-11-agenda-pack.txt', () => {
  const doc = kindDoc('report', NAME);
  const r = read(doc);
  const report = draftOf(r.entries, 'reports').data;

  it('is recognised by its "ORIGINATOR:" block, after the cover and the enquiries', () => {
    expect(paperKind(r)).toBe('agenda-pack');
    expect(claimedBy(r)).toEqual(['agenda', 'enquiries', 'reports']);
    expect(r.claims.find((c) => c.by === 'reports')).toEqual({ by: 'reports', from: 37, to: doc.lines.length });
  });
  it('reads the header blocks and presents the agenda item whose title it shares', () => {
    expect(draftsOf(r.entries, 'reports').map((e) => e.id)).toEqual(['2026-03-11-rural-crime-partnership']);
    expect([report.originator, report.reason, report.submittedTo, report.subject, report.agendaItem]).toEqual([
      'Assistant Chief Constable Wexcombe',
      'For Information',
      "PCC's Accountability Meeting – March 2026",
      'Rural Crime Partnership Update.',
      '5.',
    ]);
    expect(report.recommendation).toBe('The Police and Crime Commissioner is asked to note the report.');
  });
  it('reads the originator checklist after END., question by question', () => {
    expect(report.checklist?.rows).toEqual([
      { question: 'Has legal advice been sought on this submission?', answer: 'No' },
      { question: 'Have financial implications been considered?', answer: 'N/A' },
    ]);
  });
  it('a table split by a page break, without its header repeated, is one table with its caption', () => {
    const t = draftOf(r.entries, 'tables', '2026-03-11-rural-crime-partnership-table-1').data;
    expect([t.number, t.caption]).toEqual([1, 'Rural thefts, October to February.']);
    expect(t.rows.map((row) => (row.kind === 'data' ? [row.label, row.cells.map((c) => c.raw)] : []))).toEqual([
      ['Quad bike thefts', ['64', '41', '-35.9%']],
      ['Trailer thefts', ['28', '22', '-21.4%']],
      ['Tractor GPS thefts', ['17', '9', '-47.1%']],
      ['Fuel thefts', ['51', '48', '-5.9%']],
    ]);
  });
  it('a row after the page break with a cell missing is refused, naming the line and the row above the break', () => {
    const broken = doc.lines.join('\n').replace('Fuel thefts\t51\t48\t-5.9%', 'Fuel thefts\t51\t-5.9%');
    const e = thrownBy(() => read(toSourceDoc(NAME, broken)));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/^pam-2026-03-11-agenda-pack\.txt:72: expected a table row with 4 cells/);
  });
});
