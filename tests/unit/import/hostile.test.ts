/**
 * Hostile input at the level of meaning: each case is one real paper (papers/) changed in one
 * place, in memory, and run through the real pipeline without writing (dispatch with the real
 * parsers and the project's aliases, merge with plans and glossary, then the schema and reference
 * validation). Every case states its outcome as data:
 *
 * - `refused`: an ImportError naming the changed paper and the line, with a message that says what
 *   was expected and gives a hint (nothing is attached to the wrong question, item or action);
 * - `invalid`: the validation step names the entry and the broken reference;
 * - `accepted`: what must still be true (counts unchanged, the text kept as inert text, a conflict
 *   kept with both places and a warning naming them).
 *
 * Byte- and encoding-level cases live in hostile-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../../importer/glossary.ts';
import { dispatch, PARSERS } from '../../../importer/meetings-dispatch.ts';
import type { Extract } from '../../../importer/meetings-types.ts';
import { ImportProblems } from '../../../importer/meetings-util.ts';
import { merge } from '../../../importer/merge.ts';
import { buildPlans } from '../../../importer/plans.ts';
import { draftsOf, ImportError, toSourceDoc, type EntryDraft, type SourceDoc } from '../../../importer/source.ts';
import { loadReferenceRules, validate } from '../../../importer/write.ts';
import { draftOf, projectAliases, seed } from './meetings-helpers.ts';

type Paper = '000' | '001' | '002' | '003' | '004';

/** One change: in `paper`, on `line`, `find` (which must be there) becomes `replace`. */
interface Change {
  paper: Paper;
  line: number;
  find: string | RegExp;
  replace: string;
}

interface Accepted {
  /** Entries per collection that must keep the counts of the unchanged papers (all of them when omitted). */
  counts?: Partial<Record<EntryDraft['collection'], number>>;
  /** Text that must reach some entry exactly as written (inert: a string value, not markup or code). */
  keeps?: string;
  /** A merge warning that must be given. */
  warns?: RegExp;
  /** Further facts about the entries. */
  check?: (entries: EntryDraft[]) => void;
}

type Outcome =
  | { refused: { line: number; message: RegExp } }
  | { invalid: { entry: string; message: RegExp } }
  | { accepted: Accepted };

interface Case {
  name: string;
  change: Change;
  outcome: Outcome;
}

const FILES: Record<Paper, string> = {
  '000': '000_5a15d9d80c2edaab.txt',
  '001': '001_1defd7e170de073f.txt',
  '002': '002_d59e3f7d13789de4.txt',
  '003': '003_b68bda4d25e51753.txt',
  '004': '004_d32a210fd6fbcf1e.txt',
};
const PAPERS = Object.keys(FILES) as Paper[];
const aliases = projectAliases();

const extractOf = (doc: SourceDoc): Extract => {
  const r = dispatch(doc, aliases, PARSERS);
  return { version: 1, doc: doc.id, file: doc.file, sha256: '', lines: doc.lines, entries: r.entries, claims: r.claims, warnings: r.warnings };
};
const originals = new Map(PAPERS.map((p) => [p, seed(p)]));
const baseExtracts = new Map(PAPERS.map((p) => [p, extractOf(originals.get(p)!)]));

/** The paper with the change applied; the line must hold `find`, or the case itself is wrong. */
function changed(c: Change): SourceDoc {
  const doc = originals.get(c.paper)!;
  const lines = [...doc.lines];
  const at = lines[c.line - 1] ?? '';
  const present = typeof c.find === 'string' ? at.includes(c.find) : c.find.test(at);
  if (!present) throw new Error(`case set-up: ${doc.file}:${c.line} does not hold ${String(c.find)}: ${JSON.stringify(at.slice(0, 80))}`);
  lines[c.line - 1] = at.replace(c.find, () => c.replace);
  return toSourceDoc(doc.file, lines.join('\n'));
}

type Result =
  | { kind: 'refused'; errors: ImportError[] }
  | { kind: 'invalid'; problems: Array<{ file: string; message: string }> }
  | { kind: 'accepted'; entries: EntryDraft[]; warnings: string[] };

/** Dispatch (the changed paper afresh, the others as extracted once), merge and validate; nothing is written. */
function pipeline(change?: Change): Result {
  try {
    const extracts = PAPERS.map((p) => (change?.paper === p ? extractOf(changed(change)) : baseExtracts.get(p)!));
    const merged = merge(extracts, aliases, { buildPlans, buildGlossary });
    const v = validate(merged.entries, loadReferenceRules());
    if (v.problems.length > 0) return { kind: 'invalid', problems: v.problems };
    return { kind: 'accepted', entries: v.entries, warnings: merged.warnings };
  } catch (e) {
    if (e instanceof ImportProblems) return { kind: 'refused', errors: e.problems };
    if (e instanceof ImportError) return { kind: 'refused', errors: [e] };
    throw e;
  }
}

const baseline = pipeline();
const countsOf = (entries: EntryDraft[]) => {
  const out: Partial<Record<string, number>> = {};
  for (const e of entries) out[e.collection] = (out[e.collection] ?? 0) + 1;
  return out;
};
const baseCounts = baseline.kind === 'accepted' ? countsOf(baseline.entries) : {};
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
type ConflictData = { about: string; claims: Array<{ value: string; source: { doc: string; line: number; endLine?: number | undefined } }>; shown: string };
const conflictsOf = (data: { conflicts?: ConflictData[] | undefined }) => data.conflicts ?? [];
const placesOf = (c: ConflictData) => c.claims.map((x) => `${x.source.doc.slice(0, 3)}:${x.source.line}`);

/** Empty the first cell of a TAB row. */
const FIRST_CELL = /^[^\t]*/;

const CASES: Case[] = [
  // --- Text attached to the wrong question, item or action, within one paper: refused.
  {
    name: 'an answer with no question (empty first cell, no page break before it)',
    change: { paper: '001', line: 103, find: FIRST_CELL, replace: '' },
    outcome: { refused: { line: 103, message: /expected a question in the first cell.*question 1 of this section.*Hint: if this answer belongs to question 1/ } },
  },
  {
    name: 'an answer with no question in the middle of a pillar table',
    change: { paper: '004', line: 158, find: FIRST_CELL, replace: '' },
    outcome: { refused: { line: 158, message: /expected a question in the first cell.*the row before, line 157, is question 1 of this section/ } },
  },
  {
    name: 'an action update with no action (empty first cell, no page break before it)',
    change: { paper: '001', line: 180, find: FIRST_CELL, replace: '' },
    outcome: { refused: { line: 180, message: /expected an action in the first cell.*Action 6.*Hint: if this update belongs to Action 6/ } },
  },
  {
    name: 'a repeated agenda item number (Pillar 2 numbered 5 like Pillar 1)',
    change: { paper: '001', line: 22, find: /^6\./, replace: '5.' },
    outcome: { refused: { line: 22, message: /agenda item number not used before.*item 5 is already "Police, Crime & Community Safety Plan 2022-24: Pillar 1.*Hint:/ } },
  },
  {
    name: 'agenda item numbers out of order (9 printed as 19, then 10)',
    change: { paper: '001', line: 26, find: /^9\./, replace: '19.' },
    outcome: { refused: { line: 27, message: /agenda item number after 19 \(line 26\).*Hint: correct the number or the order/ } },
  },
  {
    name: 'a minuted item number going back (2017 minutes: item 9 printed as 3)',
    change: { paper: '000', line: 183, find: /^9\./, replace: '3.' },
    outcome: { refused: { line: 183, message: /item number after 8 \(line 147\).*Hint: correct the number/ } },
  },
  {
    name: 'a minuted item number repeated (2017 minutes: item 9 printed as 8)',
    change: { paper: '000', line: 183, find: /^9\./, replace: '8.' },
    outcome: { refused: { line: 183, message: /item number after 8.*Hint: if this is item 8 continued, remove the repeated heading/ } },
  },
  {
    name: 'a summary item number repeated, so its questions would join another item (Pillar 3 numbered 6)',
    change: { paper: '001', line: 131, find: /^7\./, replace: '6.' },
    outcome: { refused: { line: 131, message: /heading not used before in this summary \(item-6 repeats the heading at line 119\)/ } },
  },
  {
    name: 'a summary item number going back (Pillar 6 numbered 1.2)',
    change: { paper: '004', line: 168, find: /^10\./, replace: '1.2' },
    outcome: { refused: { line: 168, message: /item number after 9 .*numbered headings must go up/ } },
  },
  {
    name: 'an action number repeated in one paper',
    change: { paper: '004', line: 198, find: 'Action 13 (', replace: 'Action 12 (' },
    outcome: { refused: { line: 198, message: /action number after 12 .*Action 12 repeats/ } },
  },
  {
    name: 'an action number going back in one paper',
    change: { paper: '001', line: 181, find: 'Action 8:', replace: 'Action 3:' },
    outcome: { refused: { line: 181, message: /action number after 7 .*Action 3 goes back.*Hint: correct the number/ } },
  },

  // --- Two papers that disagree: refused where the history would rest on a guess.
  {
    name: 'an update for an action the raising meeting does not record (Action 12 said raised on 8 October 2024)',
    change: { paper: '004', line: 196, find: 'Action 12 (29 January 2025)', replace: 'Action 12 (8 October 2024)' },
    outcome: { refused: { line: 196, message: /action pam-action-12 is said to be raised at 2024-10-08.*do not record it.*Hint: check the action number/ } },
  },
  {
    name: "an update given under another action's number (Action 4's update as Action 5)",
    change: { paper: '004', line: 188, find: 'Action 4 (', replace: 'Action 5 (' },
    outcome: { refused: { line: 188, message: /action pam-action-5 described as in 001_1defd7e170de073f\.txt:175.*shares few of its words/ } },
  },
  {
    name: 'an action raised at two meetings (the summary twin dates Action 1 to 8 October 2024): no "closed, age 0 days"',
    change: { paper: '003', line: 113, find: 'Action 1 (22 July 2024)', replace: 'Action 1 (8 October 2024)' },
    outcome: { refused: { line: 113, message: /action pam-action-1 raised at 2024-07-22-pcc-accountability-meeting, as 001_1defd7e170de073f\.txt:171 says.*2024-10-08/ } },
  },
  {
    name: 'one update under two dates (the twin dates Action 1\'s update 22 July 2024)',
    change: { paper: '003', line: 113, find: '<b>8 October 2024</b> - The first camera', replace: '<b>22 July 2024</b> - The first camera' },
    outcome: { refused: { line: 113, message: /the update of action pam-action-1 under the date 001_1defd7e170de073f\.txt:171 gives it \(8 October 2024\).*22 July 2024/ } },
  },
  {
    name: 'a meeting date that differs between the two papers holding its minutes',
    change: { paper: '003', line: 5, find: 'Tuesday 8 October 2024', replace: 'Wednesday 9 October 2024' },
    outcome: { refused: { line: 5, message: /one date for one set of minutes: 001_1defd7e170de073f\.txt:63 dates the same minutes "Tuesday 8 October 2024".*imports\/aliases\.json/ } },
  },

  {
    name: "a person's role differs between the two papers holding one meeting's minutes",
    change: { paper: '003', line: 12, find: 'Chief Constable (CC) – Paul Sanford', replace: 'Deputy Chief Constable (DCC) – Paul Sanford' },
    outcome: { refused: { line: 12, message: /the same minutes of 2024-10-08-pcc-accountability-meeting as 001_1defd7e170de073f\.txt:70 .*differ at attendance\[\d+\]\.role/ } },
  },

  // --- Two papers that disagree about a fact: both kept as a conflict, a warning names both places.
  {
    name: "an action's status after one update differs between papers: kept as a conflict, the action is not closed by it",
    change: { paper: '003', line: 113, find: '<b>Action closed.</b>', replace: '<b>Action ongoing.</b>' },
    outcome: {
      accepted: {
        warns: /action pam-action-1: the update of 8 October 2024 ends "Action closed\." in 001_1defd7e170de073f\.txt:171 but "Action ongoing\." in 003_b68bda4d25e51753\.txt:113/,
        check: (entries) => {
          const a = draftOf(entries, 'actions', 'pam-action-1').data;
          expect(a['status']).toBe('ongoing');
          const [c] = conflictsOf(a);
          expect(c?.about).toBe('the status after the update of 8 October 2024');
          expect(c?.claims.map((x) => x.value)).toEqual(['Action closed.', 'Action ongoing.']);
          expect(placesOf(c!)).toEqual(['001:171', '003:113']);
        },
      },
    },
  },
  {
    name: "a question's answer differs between papers: both answers kept as a conflict",
    change: { paper: '003', line: 78, find: 'around 200 Norfolk', replace: 'around 300 Norfolk' },
    outcome: {
      accepted: {
        warns: /give different answers/,
        check: (entries) => {
          const q = draftsOf(entries, 'questions').find((e) => strings(e.data['question']).some((s) => s.startsWith('How many officers carry Naloxone?')))!;
          expect((q.data['answer'] ?? []).join(' ')).toContain('around 200 Norfolk');
          const [c] = conflictsOf(q.data);
          expect(c?.about).toBe('the answer');
          expect(c?.claims[1]?.value).toContain('around 300 Norfolk');
          expect(placesOf(c!)).toEqual(['001:136', '003:78']);
        },
      },
    },
  },
  {
    name: "a meeting's time differs between its agenda and another paper's listing: both kept as a conflict",
    change: { paper: '004', line: 9, find: 'Time: 10:00am', replace: 'Time: 11:00am' },
    outcome: {
      accepted: {
        warns: /meeting 2025-04-16-pcc-accountability-meeting: the papers give different times: "11:00am" \(004_d32a210fd6fbcf1e\.txt:9\) vs "10:00am - 1:00pm" \(001_1defd7e170de073f\.txt:31\)/,
        check: (entries) => {
          const m = draftOf(entries, 'meetings', '2025-04-16-pcc-accountability-meeting').data;
          expect(m['startTime']).toBe('11:00');
          expect(m['endTime']).toBeUndefined();
          expect(placesOf(conflictsOf(m)[0]!)).toEqual(['004:9', '001:31']);
        },
      },
    },
  },

  // --- Accepted as written, with nothing invented.
  {
    name: 'a question with no answer: kept with an empty answer and no one named as answering',
    change: { paper: '004', line: 157, find: /\t.*$/, replace: '\t' },
    outcome: {
      accepted: {
        check: (entries) => {
          const q = draftsOf(entries, 'questions').find((e) => strings(e.data['question']).some((s) => s.startsWith('Has the force got a sense of the positive outcome rates')))!;
          expect(q.data['answer']).toEqual([]);
          expect(q.data['answeredBy']).toEqual([]);
        },
      },
    },
  },
  {
    name: 'a question cell that stops mid-sentence with no page break after it: the next row stays its own question',
    change: { paper: '004', line: 157, find: 'around reoffending?', replace: 'around reoffending' },
    outcome: {
      accepted: {
        check: (entries) => {
          const q = draftsOf(entries, 'questions').find((e) => strings(e.data['question']).some((s) => s.startsWith('Has the force got a sense of the positive outcome rates')))!;
          expect(q.data['question']).toEqual(['Has the force got a sense of the positive outcome rates particular around reoffending']);
        },
      },
    },
  },
  {
    name: 'an agenda item pointing to a page whose report the papers do not hold: the page is kept, no report is linked',
    change: { paper: '004', line: 21, find: /Verbal Update$/, replace: 'Page 45' },
    outcome: {
      accepted: {
        check: (entries) => {
          const item = (draftOf(entries, 'meetings', '2025-04-16-pcc-accountability-meeting').data['agenda'] ?? []).find((i) => i['number'] === '5.')!;
          expect(item['page']).toBe('Page 45');
          expect(item['report']).toBeUndefined();
        },
      },
    },
  },
  {
    name: 'an answer pointing to an action that does not exist ("See Action 99"): the words are kept, nothing is linked to a wrong action',
    change: { paper: '004', line: 157, find: 'T/ACC Balmer confirmed', replace: 'See Action 99. T/ACC Balmer confirmed' },
    outcome: {
      accepted: {
        keeps: 'See Action 99. T/ACC Balmer confirmed',
        check: (entries) => {
          const q = draftsOf(entries, 'questions').find((e) => strings(e.data['answer']).some((s) => s.startsWith('See Action 99.')))!;
          expect(strings(q.data['actions']).some((a) => /-action-99$/.test(a))).toBe(false);
          expect(entries.some((e) => e.collection === 'actions' && /-action-99$/.test(e.id))).toBe(false);
        },
      },
    },
  },

  // --- Tables and captions.
  {
    name: 'a table row with more cells than its header has columns',
    change: { paper: '001', line: 242, find: /3\.82%$/, replace: '3.82%\t99' },
    outcome: { refused: { line: 242, message: /at most 5 cells in a row of Table 1, as its header has 5 columns/ } },
  },
  {
    name: 'a table row with fewer cells than its header has columns (a value would move under another heading)',
    change: { paper: '001', line: 242, find: /\t58\t/, replace: '\t' },
    outcome: { refused: { line: 242, message: /5 cells in a row of Table 1.*this row has 4/ } },
  },
  {
    name: 'a table caption whose number jumps (Table 2 printed as Table 7): refused where the numbering goes back',
    change: { paper: '001', line: 269, find: /^Table 2:/, replace: 'Table 7:' },
    outcome: { refused: { line: 279, message: /a table number after 7 \(Table 7 is at 001_1defd7e170de073f\.txt:\d+\).*Table 3:.*Hint: correct the caption's number/ } },
  },
  {
    name: 'a figure caption whose number jumps (Figure 1 printed as Figure 3)',
    change: { paper: '001', line: 929, find: /^Figure 1:/, replace: 'Figure 3:' },
    outcome: { refused: { line: 1304, message: /a figure number after 3/ } },
  },

  // --- Text that looks like code or markup is kept as inert text.
  {
    name: 'a paragraph starting with "export const"',
    change: { paper: '004', line: 502, find: /^Hotspot policing is/, replace: 'export const secret = process.env; Hotspot policing is' },
    outcome: { accepted: { keeps: 'export const secret = process.env; Hotspot policing is' } },
  },
  {
    name: 'a paragraph starting with "import"',
    change: { paper: '004', line: 502, find: /^Hotspot policing is/, replace: "import fs from 'node:fs'; Hotspot policing is" },
    outcome: { accepted: { keeps: "import fs from 'node:fs'; Hotspot policing is" } },
  },
  {
    name: 'a paragraph starting with "{"',
    change: { paper: '004', line: 502, find: /^Hotspot policing is/, replace: '{Astro.props.secret} Hotspot policing is' },
    outcome: { accepted: { keeps: '{Astro.props.secret} Hotspot policing is' } },
  },
  {
    name: 'a minutes bullet holding <script>',
    change: { paper: '000', line: 20, find: 'The key concerns', replace: '<script>alert(1)</script> The key concerns' },
    outcome: { accepted: { keeps: '<script>alert(1)</script> The key concerns' } },
  },
  {
    name: 'a markdown link to javascript: (kept as the text the paper prints; the site renders it as text)',
    change: { paper: '004', line: 502, find: /^Hotspot policing is/, replace: '[Click here](javascript:alert(1)) Hotspot policing is' },
    outcome: { accepted: { keeps: '[Click here](javascript:alert(1)) Hotspot policing is' } },
  },
  {
    name: 'a spreadsheet formula in a table cell',
    change: { paper: '001', line: 242, find: /^Officer of the Police and Crime Commissioner/, replace: '=HYPERLINK("http://example.invalid","x")' },
    outcome: { accepted: { keeps: '=HYPERLINK("http://example.invalid","x")' } },
  },
  {
    name: 'a very long line (100 000 characters) in a minutes bullet',
    change: { paper: '000', line: 20, find: 'The key concerns', replace: `${'word '.repeat(20_000)}The key concerns` },
    outcome: { accepted: { keeps: `${'word '.repeat(19_999)}word The key concerns` } },
  },
];

describe('hostile input, meaning level: one real paper changed in one place', () => {
  it('the unchanged papers go through the pipeline', () => {
    expect(baseline.kind).toBe('accepted');
    expect(baseCounts['questions']).toBeGreaterThan(0);
    expect(baseCounts['actions']).toBeGreaterThan(0);
  });

  it('has at least 25 cases, each changing a different place or in a different way', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const r = pipeline(c.change);
      const file = FILES[c.change.paper];
      if ('refused' in c.outcome) {
        const want = c.outcome.refused;
        expect(r.kind, JSON.stringify(r.kind === 'invalid' ? r.problems : r.kind === 'accepted' ? r.warnings : '')).toBe('refused');
        if (r.kind !== 'refused') return;
        const messages = r.errors.map((e) => e.message);
        const hit = r.errors.find((e) => e.file === file && e.line === want.line && want.message.test(e.message));
        expect(hit, `no refusal at ${file}:${want.line} matching ${String(want.message)}; got ${JSON.stringify(messages)}`).toBeDefined();
        expect(hit!.message.startsWith(`${file}:${want.line}: `)).toBe(true);
      } else if ('invalid' in c.outcome) {
        const want = c.outcome.invalid;
        expect(r.kind).toBe('invalid');
        if (r.kind !== 'invalid') return;
        expect(r.problems.some((p) => p.file.startsWith(want.entry) && want.message.test(p.message)), JSON.stringify(r.problems)).toBe(true);
      } else {
        const want = c.outcome.accepted;
        expect(r.kind, r.kind === 'refused' ? r.errors.map((e) => e.message).join('\n') : r.kind === 'invalid' ? JSON.stringify(r.problems) : '').toBe('accepted');
        if (r.kind !== 'accepted') return;
        const counts = countsOf(r.entries);
        for (const [k, n] of Object.entries(want.counts ?? baseCounts)) expect(counts[k], `${k} count`).toBe(n);
        if (want.keeps !== undefined) expect(strings(r.entries.map((e) => e.data)).some((s) => s.includes(want.keeps!))).toBe(true);
        if (want.warns) expect(r.warnings.some((w) => want.warns!.test(w)), JSON.stringify(r.warnings)).toBe(true);
        want.check?.(r.entries);
      }
    });
  }

  it('reports several problems of one paper together, each naming its own line', () => {
    const doc = originals.get('001')!;
    const lines = [...doc.lines];
    lines[180] = lines[180]!.replace('Action 8:', 'Action 3:');
    lines[181] = lines[181]!.replace('Action 9:', 'Action 2:');
    const r = (() => {
      try {
        extractOf(toSourceDoc(doc.file, lines.join('\n')));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(r).toBeInstanceOf(ImportProblems);
    expect((r as ImportProblems).problems.map((p) => p.line)).toEqual([181, 182]);
    expect((r as ImportProblems).message.split('\n')).toHaveLength(2);
  });
});
