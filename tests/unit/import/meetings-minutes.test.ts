import { describe, expect, it } from 'vitest';
import { actionOwner, parseAttendee, parseBlocks, parseSummary, planEntryFor, speakers, splitUpdates } from '../../../importer/minutes.ts';
import { draftsOf, type CollectionName, type EntryDraft } from '../../../importer/source.ts';
import { draftOf, fixture, meetingOf, seed } from './meetings-helpers.ts';

const summaryOf = (name: string) => {
  const doc = fixture(name);
  return parseSummary(doc, 1, doc.lines.length);
};
const byCollection = <C extends CollectionName>(entries: EntryDraft[], c: C) => draftsOf(entries, c);

describe('meeting summary: header, attendance, declarations, previous minutes', () => {
  const r = summaryOf('summary.txt');
  const m = meetingOf(r.entries[0]);
  it('is one held meeting with its date and venue', () => {
    expect(r.meetingId).toBe('2024-10-08-pcc-accountability-meeting');
    expect(m.status).toBe('held');
    expect(m.venue).toBe('Conference Room, Office of the Police and Crime Commissioner for Norfolk (OPCCN), Wymondham');
    expect(m.papers).toEqual({ minutes: ['summary'] });
  });
  it('splits "Role (ABBR) – Name, Organisation" on the en dash and keeps Dr', () => {
    expect(m.attendance?.[0]).toMatchObject({ role: 'Police and Crime Commissioner', roleAbbreviation: 'PCC', name: 'Sarah Taylor', organisation: 'OPCCN', person: 'sarah-taylor' });
    expect(m.attendance?.[1]).toMatchObject({ name: 'Dr Gavin Thompson', person: 'gavin-thompson' });
    // A comma inside the role does not split it; the typo "Office" is kept.
    expect(m.apologies?.[0]).toMatchObject({ role: 'Director of Governance and Deputy Monitoring Office, Performance and Scrutiny Directorate', name: 'Sharon Lister' });
  });
  it('records declarations and the confirmed previous meeting (which is therefore held)', () => {
    expect(m.declarations).toEqual(['There were none declared.']);
    const prev = meetingOf(r.entries.find((e) => e.id === '2024-07-22-pcc-accountability-meeting'));
    expect(prev.status).toBe('held');
    expect(prev.mentions?.[0]?.text).toMatch(/agreed to be a true and accurate reflection/);
  });
  it('gives every heading a section with an anchor id and a kind', () => {
    expect(m.minutes?.map((s) => [s['id'], s['kind']])).toEqual([
      ['item-1', 'attendance'],
      ['item-1-1', 'apologies'],
      ['item-2', 'declarations'],
      ['item-3', 'previous-minutes'],
      ['item-4', 'questions'],
      ['item-5', 'questions'],
      ['emerging-operational-organisational-risks', 'risks'],
      ['actions', 'actions'],
      ['date-of-next-meeting', 'next-meeting'],
      ['signatures', 'signatures'],
    ]);
    expect(m.minutes?.[5]).toMatchObject({ number: '5', title: 'Pillar 1 – Sustain Norfolk Constabulary', planEntry: '2022-24-pillar-1' });
  });
});

describe('Q/A tables', () => {
  const r = summaryOf('summary.txt');
  const qs = byCollection(r.entries, 'questions').map((q) => q.data);
  it('finds four questions, public first, numbered in meeting order', () => {
    expect(qs.map((q) => [q['order'], q['kind'], q['minuteSection']])).toEqual([
      [1, 'public', 'item-4'],
      [2, 'public', 'item-4'],
      [3, 'pcc', 'item-5'],
      [4, 'pcc', 'item-5'],
    ]);
    expect(byCollection(r.entries, 'questions')[0]!.id).toBe('2024-10-08-pcc-accountability-meeting-q-1');
  });
  it('turns <p> paragraphs into string arrays and decodes &amp;', () => {
    expect(qs[0]!['question']).toEqual(['First paragraph of the question.', 'How long will this guidance & review take?']);
    expect(qs[0]!['answer']).toHaveLength(2);
    expect(qs[0]!['headings']).toEqual({ question: 'Question', answer: 'Constabulary Answer' });
  });
  it('continues a question whose cell stops mid-sentence even though the next row\'s first cell is not empty', () => {
    expect(qs[1]!['question']).toEqual(['Will the successes be sustained? How will they be measured?']);
    expect(qs[1]!['answer']).toEqual(['ACC Davison stated that they will.', 'The PCC added a remark.']);
    expect(qs[1]!['sources']).toEqual([{ doc: 'summary', line: 30, endLine: 32 }]);
  });
  it('joins an answer split by a page break (repeated header, empty first cell) mid-sentence', () => {
    expect(qs[2]!['answer']).toEqual([
      'The DCC confirmed that around 70% of all force sickness is short-term. Officers are encouraged to engage with the force wellbeing provisions, especially those officers exposed to traumatic incidents.',
    ]);
    expect(qs[2]!['headings']).toEqual({ question: 'PCC Question', answer: 'Constabulary Response' });
  });
  it('links "See Action 2" to the action and names who answered', () => {
    expect(qs[3]!['actions']).toEqual(['pam-action-2']);
    expect(qs[3]!['answeredBy']).toEqual(['Assistant Chief Officer (ACO) Jasper']);
    expect(qs[0]!['answeredBy']).toEqual(['The CC', 'The PCC']);
  });
});

describe('actions table', () => {
  const r = summaryOf('summary.txt');
  const acts = byCollection(r.entries, 'actions');
  it('reads <b> labels, joins an update split by a page break, and takes the status from the last sentence', () => {
    expect(acts.map((a) => a.id)).toEqual(['pam-action-1', 'pam-action-2']);
    const a1 = acts[0]!.data;
    expect(a1).toMatchObject({ number: 1, owner: 'ACC Dean', raisedAt: '2024-07-22-pcc-accountability-meeting', status: 'closed', series: 'pam-2024' });
    expect(a1['updates']).toEqual([
      {
        date: '2024-10-08',
        dateText: '8 October 2024',
        meeting: '2024-10-08-pcc-accountability-meeting',
        text: [
          '8 October 2024 - The CRASH system allows factors to be recorded. It is still possible to extract data from CRASH, and the Pillar 6 paper includes some of this data. Action closed.',
        ],
        status: 'closed',
        sources: [{ doc: 'summary', line: 51, endLine: 54 }],
      },
    ]);
  });
  it('dates a new action from "New Action (8 October 2024)."', () => {
    const a2 = acts[1]!.data;
    expect(a2).toMatchObject({ raisedAt: '2024-10-08-pcc-accountability-meeting', status: 'new' });
    expect((a2['updates'] as Array<Record<string, unknown>>)[0]).toMatchObject({ dateText: 'New Action (8 October 2024)', status: 'new' });
  });
});

describe('next meeting, signatures, mentions', () => {
  const r = summaryOf('summary.txt');
  const m = meetingOf(r.entries[0]);
  it('keeps the next meeting as printed and makes a scheduled meeting for it', () => {
    expect(m.nextMeeting).toEqual({ text: 'Tuesday 21 January 2025', meeting: '2025-01-21-pcc-accountability-meeting' });
    expect(meetingOf(r.entries.find((e) => e.id === '2025-01-21-pcc-accountability-meeting')).status).toBe('scheduled');
  });
  it('reads "....." signature lines with a blank line before the name and a markdown hard break after it', () => {
    expect(m.signatories?.map(({ name, role }) => ({ name, role }))).toEqual([{ name: 'Sarah Taylor', role: 'Police and Crime Commissioner' }]);
  });
  it('records a meeting named in narrative ("the upcoming Police and Crime Panel being held on 4 February 2025")', () => {
    const pcp = meetingOf(r.entries.find((e) => e.id === '2025-02-04-police-and-crime-panel'));
    expect(pcp.status).toBe('scheduled');
    expect(pcp.mentions?.[0]?.text).toMatch(/upcoming Police and Crime Panel/);
  });
});

describe('malformed summaries fail with file, line and what was expected', () => {
  it('an attendance line with a hyphen instead of the en dash', () => {
    expect(() => summaryOf('summary-bad-attendance.txt')).toThrowError(/summary-bad-attendance\.txt:7: expected an attendance bullet "- Role – Name, Organisation" \(with an en dash\)/);
  });
  it('an action update with no status sentence', () => {
    expect(() => summaryOf('summary-bad-action-status.txt')).toThrowError(/summary-bad-action-status\.txt:8: expected an action update ending with its status: "Action closed\."/);
  });
  it('a table row with no header above it', () => {
    expect(() => summaryOf('summary-stray-row.txt')).toThrowError(/summary-stray-row\.txt:7: expected a table header/);
  });
});

describe('the seeds', () => {
  it('001 and 003 give the same 25 questions and 11 actions for 8 October 2024', () => {
    for (const [p, from, to] of [
      ['001', 61, 204],
      ['003', 3, 146],
    ] as const) {
      const r = parseSummary(seed(p), from, to);
      expect(byCollection(r.entries, 'questions')).toHaveLength(25);
      expect(byCollection(r.entries, 'actions')).toHaveLength(11);
      expect(r.meetingId).toBe('2024-10-08-pcc-accountability-meeting');
    }
  });
  it('004 gives 25 questions (2 public), with the two non-empty-first-cell continuations joined', () => {
    const r = parseSummary(seed('004'), 61, 218);
    const qs = byCollection(r.entries, 'questions');
    expect(qs).toHaveLength(25);
    expect(qs.filter((q) => q.data['kind'] === 'public')).toHaveLength(2);
    const q1 = qs[0]!.data['question'] as string[];
    expect(q1[q1.length - 1]).toMatch(/across our city\? How will the successes from campaigns/);
    const rasso = qs.find((q) => (q.data['sources'] as Array<{ line: number }>)[0]!.line === 144)!;
    expect((rasso.data['question'] as string[])[0]).toMatch(/Rape and Serious Sexual Offences \(RaSSO\) volumes/);
    expect(rasso.data['answer']).toHaveLength(2);
  });
  it('004 keeps Action 4\'s two dated updates, the first repeating 8 October 2024 without a status', () => {
    const r = parseSummary(seed('004'), 61, 218);
    const ups = draftOf(r.entries, 'actions', 'pam-action-4').data.updates ?? [];
    expect(ups.map((u) => [u['dateText'], u['status'] ?? null, u['meeting']])).toEqual([
      ['8 October 2024', null, '2024-10-08-pcc-accountability-meeting'],
      ['29 January 2025', 'closed', '2025-01-29-pcc-accountability-meeting'],
    ]);
  });
});

describe('narrative blocks', () => {
  const lines = (...raw: string[]) => raw.map((r, i) => ({ n: i + 1, raw: r }));
  it('nests " - " bullets and re-nests a bullet that lost its indent at a page break (000:44)', () => {
    const repairs: string[] = [];
    const blocks = parseBlocks(lines('- Total:', ' - 228 sexual offences,', '', '- 623 domestic-related offences,', ' - 41 assaults,', '- Next point.'), repairs, 'x.txt');
    expect(blocks).toEqual([
      {
        type: 'ul',
        items: [
          { text: 'Total:', children: [{ text: '228 sexual offences,' }, { text: '623 domestic-related offences,' }, { text: '41 assaults,' }] },
          { text: 'Next point.' },
        ],
      },
    ]);
    expect(repairs).toEqual(['x.txt:4: bullet "623 domestic-related offences,…" lost its indent at a page break; kept nested like its neighbours']);
  });
  it('does not re-nest a top-level bullet that follows a paragraph', () => {
    const blocks = parseBlocks(lines('Some of the areas included:', '', '- Staff vacancy freezes', ' - Overtime'));
    expect(blocks[1]).toEqual({ type: 'ul', items: [{ text: 'Staff vacancy freezes', children: [{ text: 'Overtime' }] }] });
  });
  it('joins a sentence split by a page break across a blank line', () => {
    const blocks = parseBlocks(lines('- sharing of information and', '', 'effective problem solving.', '', 'A new paragraph.'));
    expect(blocks).toEqual([
      { type: 'ul', items: [{ text: 'sharing of information and effective problem solving.' }] },
      { type: 'p', text: 'A new paragraph.' },
    ]);
  });
  it('keeps **bold** as inline markup', () => {
    expect(parseBlocks(lines('- Update. **The PCC requested a report.**'))[0]).toEqual({ type: 'ul', items: [{ text: 'Update. **The PCC requested a report.**' }] });
  });
});

describe('small rules', () => {
  it('splits dated updates and reads each status', () => {
    expect(splitUpdates(['8 October 2024 – A.', 'B.', '29 January 2025 – C. Action closed.'])).toEqual([
      { dateText: '8 October 2024', date: '2024-10-08', text: ['8 October 2024 – A.', 'B.'] },
      { dateText: '29 January 2025', date: '2025-01-29', text: ['29 January 2025 – C. Action closed.'], status: 'closed' },
    ]);
    expect(splitUpdates(['New Action.'])).toEqual([{ text: ['New Action.'], status: 'new' }]);
    expect(splitUpdates(['8 October 2024 - X. Action ongoing.'])[0]!.status).toBe('ongoing');
  });
  it('finds the owner at the start of an action', () => {
    expect(actionOwner('The CC is to look into the timeline.')).toBe('The CC');
    expect(actionOwner('ACC Davison to provide information to the PCC.')).toBe('ACC Davison');
    expect(actionOwner('The PCC and the Director of the Local Policing Delivery Unit are to meet.')).toBe('The PCC and the Director of the Local Policing Delivery Unit');
    expect(actionOwner('Nobody owns this')).toBeUndefined();
  });
  it('names speakers once each, in order', () => {
    expect(speakers(['Assistant Chief Officer (ACO) Jasper commented. ACO Jasper confirmed. The CC added that.'])).toEqual(['Assistant Chief Officer (ACO) Jasper', 'The CC']);
    expect(speakers(['Crime prevention can range widely.'])).toEqual([]);
    // Officers by rank, with double-barrelled and apostrophe surnames: the whole surname is the speaker's.
    expect(speakers(["Superintendent Lyle-Penrose stated that two arrests had been made. Detective Chief Inspector O'Neill said more would follow."])).toEqual([
      'Superintendent Lyle-Penrose',
      "Detective Chief Inspector O'Neill",
    ]);
    // Names with letters beyond English's are whole too.
    expect(speakers(['Superintendent Wiśniewski explained the plan. Detective Chief Inspector Dálaigh-Núñez said it would work.'])).toEqual([
      'Superintendent Wiśniewski',
      'Detective Chief Inspector Dálaigh-Núñez',
    ]);
  });
  it('maps pillars and priorities to the plan in force at the meeting, without guessing a period', () => {
    expect(planEntryFor('Pillar 3 – Tackling Crime', '2025-01-29')).toBe('2022-24-pillar-3');
    expect(planEntryFor("Police & Crime Plan 2025-29: Priority 1 - 'Preventing Crime'")).toBe('2025-29-priority-1');
    expect(planEntryFor('Priority 3 – Reducing Harm', '2025-06-10')).toBe('2025-29-priority-3');
    expect(planEntryFor('Priority 7 of the Police and Crime Plan', '2017-06-01')).toBe('2016-17-priority-7');
    // An undated meeting: linked only when one plan is in force throughout the dates it may have been held on.
    expect(planEntryFor('Priority 7 of the Police and Crime Plan', { notBefore: '2017-11-01', notAfter: '2018-02-04' })).toBe('2016-17-priority-7');
    const warnings: string[] = [];
    expect(planEntryFor('Priority 7 of the Police and Crime Plan', undefined, (w) => warnings.push(w))).toBeUndefined();
    expect(planEntryFor('Pillar 3 – Tackling Crime', '2025-06-10', (w) => warnings.push(w))).toBeUndefined();
    expect(planEntryFor('Priority 2', '2019-06-01', (w) => warnings.push(w))).toBeUndefined();
    expect(warnings).toHaveLength(3);
    expect(warnings[1]).toMatch(/"Pillar 3 – Tackling Crime": not linked to a plan: .*2025-06-10: no plan using that word is in force/);
    expect(planEntryFor('Item 4: Budget', '2025-01-29', (w) => warnings.push(w))).toBeUndefined();
    expect(warnings).toHaveLength(3);
  });
  it('parses one attendee line', () => {
    expect(parseAttendee(fixture('summary.txt'), 9, '- Chief Inspector – Robert Button, Norfolk Constabulary')).toMatchObject({
      role: 'Chief Inspector',
      name: 'Robert Button',
      organisation: 'Norfolk Constabulary',
    });
  });
});
