/**
 * A performance grid (tests/fixtures/parsers/performance-grid/): recognised by its header row
 * "Strategic Objective / Action / Evidence/Link / Commentary" after a Panel supplementary agenda;
 * part rows and element rows use the words of the profile's plan ("Priority N:", "SOn:"), and every
 * action ends with an owner code the profile lists.
 */
import { describe, expect, it } from 'vitest';
import { draftsOf, ImportError, toSourceDoc } from '../../../../importer/source.ts';
import { draftOf, thrownBy } from '../meetings-helpers.ts';
import { claimedBy, kindDoc, paperKind, read } from './helpers.ts';

const NAME = 'pcp-2017-06-20-supplementary-agenda.txt';

describe('performance grid: pcp-2017-06-20-supplementary-agenda.txt', () => {
  const doc = kindDoc('performance-grid', NAME);
  const r = read(doc);
  const grid = draftsOf(r.entries, 'grid');

  it('is recognised by the grid header row; the cover is a supplementary agenda', () => {
    expect(paperKind(r)).toBe('supplementary-agenda');
    expect(claimedBy(r)).toEqual(['agenda', 'grid', 'enquiries']);
    expect(r.claims.at(-1)).toEqual({ by: 'grid', from: 36, to: doc.lines.length });
  });
  it('one entry per element, under the part row above it, ids from the element word and number', () => {
    expect(grid.map((g) => [g.id, g.data.code, g.data.priority, g.data.title])).toEqual([
      ['so-1', 'SO1', 1, 'Grow Community Speed Watch'],
      ['so-4', 'SO4', 2, 'Shorten Waiting Times for Victim Support'],
    ]);
    const report = draftOf(r.entries, 'reports').data;
    expect([report.meeting, report.agendaItem, report.planEntries]).toEqual(['2017-06-20-police-and-crime-panel', '5.', ['2016-17-priority-1', '2016-17-priority-2']]);
  });
  it('reads owners, evidence (a URL or plain text) and commentary paragraphs; a page break inside the table is no row end', () => {
    const so1 = grid[0]!.data.actions;
    expect(so1.map((a) => [a.owners, a.evidence, a.commentary])).toEqual([
      [['OPCCN'], [{ text: 'https://example.org/speedwatch/', url: 'https://example.org/speedwatch/' }], ['Forty volunteers joined.', 'Training continues.']],
      [['NC'], [{ text: 'Parish bulletin' }], ['Monthly bulletins began in May.']],
    ]);
  });
  it('a row printed one column to the left is read as a further action, and the repair recorded', () => {
    const shifted = grid[1]!.data.actions[1]!;
    expect([shifted.text, shifted.line]).toEqual(['Train call handlers in referral (NC)', 43]);
    expect(shifted.repair).toMatch(/^Printed with 3 cells instead of 4/);
  });
  it('an owner code the profile does not list is refused at its line', () => {
    const changed = doc.lines.join('\n').replace('Share speed data with parishes (NC)', 'Share speed data with parishes (XYZ)');
    const e = thrownBy(() => read(toSourceDoc(NAME, changed)));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/^pcp-2017-06-20-supplementary-agenda\.txt:39: expected an owner code "\(OPCCN\)" or "\(NC\)" at the end of the Action cell/);
  });
});
