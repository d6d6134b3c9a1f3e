/** The site check for provenance (tests/site/provenance.ts) finds what it should, and only that. */
import { describe, expect, it } from 'vitest';
import { paperLinkProblems, provenanceLeaks, spokenTexts } from '../site/provenance.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>line 1 001_1defd7e170de073f</title><script>const a = "line 5";</script></head><body>${body}</body></html>`;

describe('provenance leaks', () => {
  it('finds file names and bare line numbers in text, split text and spoken attributes', () => {
    expect(provenanceLeaks(page('<p>Agenda pack, line 174</p>'))).toHaveLength(1);
    expect(provenanceLeaks(page('<p>(001_1defd7e170de073f)</p>'))).toHaveLength(1);
    expect(provenanceLeaks(page('<p>Printed at lines <b>67</b>–85</p>'))).toHaveLength(1);
    expect(provenanceLeaks(page('<a href="/x/" aria-label="Line 12">12</a>'))).toHaveLength(1);
    expect(provenanceLeaks(page('<img alt="from 002_d59e3f7d13789de4" src="x.png">'))).toHaveLength(1);
  });

  it('ignores the head, scripts, hidden subtrees, URLs and ordinary words', () => {
    expect(provenanceLeaks(page('<p hidden>line 4</p><a href="/papers/001_1defd7e170de073f/1/#L188">Source in the agenda pack of 29 January 2025</a><p>Signature lines printed</p>'))).toEqual([]);
    expect(spokenTexts(page('<p>a</p>'))[0]).not.toContain('line 5');
  });
});

describe('links into the papers', () => {
  const ids = new Map([['/papers/d/1/', new Set(['L1', 'L188'])], ['/papers/d/2/', new Set(['L201'])]]);
  const idsOf = (path: string) => ids.get(path);
  it('accepts a link to an existing line on its part, on any origin', () => {
    expect(paperLinkProblems(['/papers/d/1/#L188', 'https://scrutiny.example.org/papers/d/2/#L201', '/meetings/x/#L3'], idsOf)).toEqual([]);
  });
  it('reports a missing page, a missing line and a line on the wrong part', () => {
    expect(paperLinkProblems(['/papers/e/1/#L1', '/papers/d/1/#L189', '/papers/d/2/#L1'], (p) => (p === '/papers/d/2/' ? new Set(['L1']) : idsOf(p)))).toEqual([
      '/papers/e/1/#L1: no page /papers/e/1/',
      '/papers/d/1/#L189: /papers/d/1/ has no element id="L189"',
      '/papers/d/2/#L1: line 1 belongs on part 1',
    ]);
  });
});
