import { describe, expect, it } from 'vitest';
import { dispatch, SKIPS, summariseLines, type Parsers } from '../../../importer/meetings-dispatch.ts';
import { docFrom, fixture, noAliases, projectAliases, seed } from './meetings-helpers.ts';

describe('dispatch: every line with content is claimed or explicitly skipped', () => {
  it('names the first unclaimed line and how many there are', () => {
    const reports: Parsers['reports'] = (doc) => {
      const at = doc.lines.findIndex((l) => l === 'ORIGINATOR:') + 1;
      return { entries: [], claimed: [[at, at + 2]] };
    };
    expect(() => dispatch(fixture('unclaimed.txt'), noAliases(), { reports })).toThrowError(
      /unclaimed\.txt:22: expected every line with content to be read by a parser or listed in the skip list; 1 line\(s\) unclaimed \(22\); found "A stray paragraph nobody reads\."/,
    );
  });
  it('skips logo residue for a stated reason', () => {
    const reports: Parsers['reports'] = (doc) => {
      const at = doc.lines.findIndex((l) => l === 'ORIGINATOR:') + 1;
      return { entries: [], claimed: [[at, at + 2], [22, 22]] };
    };
    const r = dispatch(fixture('unclaimed.txt'), noAliases(), { reports });
    const skip = r.claims.find((c) => c.by.startsWith('skip'))!;
    expect(skip).toMatchObject({ from: 19, to: 20 });
    expect(skip.by).toMatch(/logo residue/);
    expect(SKIPS.every((s) => s.reason.length > 10)).toBe(true);
  });
  it('holds report lines for a parser that is not there yet, with a warning, instead of dropping them', () => {
    const r = dispatch(fixture('unclaimed.txt'), noAliases(), {});
    expect(r.claims.some((c) => c.by === 'reports (pending)' && c.to === 22)).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/reports parser .* not available yet/);
  });
  it('refuses a paper it cannot place', () => {
    expect(() => dispatch(docFrom('odd.txt', 'Minutes of something\n\nText.'), noAliases(), {})).toThrowError(
      /odd\.txt:1: expected an agenda cover naming a known body, minutes opening with the body's name and "Minutes of the meeting held on <date>", a "Summary of the …" meeting summary, or an identity decision/,
    );
  });
  it('parses a paper with no identity as a summary when it is one, and the 2017 fragment only with its recorded identity', () => {
    expect(() => dispatch(seed('000'), noAliases(), {})).toThrowError(/000_5a15d9d80c2edaab\.txt:3: expected an agenda cover/);
    const r = dispatch(seed('000'), projectAliases(), {});
    expect(r.claims).toEqual([{ by: 'paf', from: 3, to: 205 }]);
  });
});

describe('dispatch of the seeds (block map)', () => {
  it('001: cover, enquiries, notice, summary, then reports', () => {
    const r = dispatch(seed('001'), projectAliases(), {});
    expect(r.claims.slice(0, 4).map((c) => [c.by, c.from, c.to])).toEqual([
      ['agenda', 3, 31],
      ['enquiries', 33, 39],
      ['notice', 40, 59],
      ['minutes', 61, 204],
    ]);
    const doc = r.entries.find((e) => e.collection === 'documents')!;
    expect(doc.data).toMatchObject({ kind: 'agenda-pack', title: 'PCC Accountability Meeting, Wednesday 29 January 2025: agenda pack', lines: 1956 });
  });
  it('003: the summary alone', () => {
    const r = dispatch(seed('003'), projectAliases(), {});
    expect(r.claims).toEqual([{ by: 'minutes', from: 3, to: 146 }]);
    expect(r.entries.find((e) => e.collection === 'documents')!.data['kind']).toBe('meeting-summary');
  });
  it('002: the cover and enquiries, the grid held for its parser', () => {
    const r = dispatch(seed('002'), projectAliases(), {});
    expect(r.claims.map((c) => c.by)).toEqual(['agenda', 'enquiries', 'grid (pending)']);
    expect(r.entries.find((e) => e.collection === 'documents')!.data).toMatchObject({ kind: 'supplementary-agenda', published: '2017-09-22' });
  });
});

describe('summariseLines', () => {
  it('writes ranges', () => {
    expect(summariseLines([3, 4, 5, 9, 11, 12])).toBe('3-5, 9, 11-12');
  });
});
