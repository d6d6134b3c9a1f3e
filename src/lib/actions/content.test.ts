/**
 * The action tracker against the content imported from the five seed papers (a fixed fixture copy,
 * imported into a temporary project, so papers added to papers/ each quarter cannot change it):
 * every action of the papers is there with the status and history the papers give. The rules that
 * hold for the live src/content whatever papers it holds are at the end.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSeeds } from '../../../tests/seed-content.ts';
import { actionSchema, type Action } from '../../schemas/actions.ts';
import { meetingSchema, type Meeting } from '../../schemas/meetings.ts';
import { actionAge, closedOn, feedUpdates, raisedOn, viewCounts } from './actions.ts';

const seeds = await importSeeds();
afterAll(() => seeds.remove());
const CONTENT = seeds.content;
const LIVE = join(import.meta.dirname, '../../content');
function load<T>(dir: string, parse: (raw: unknown) => T, root = CONTENT): { id: string; data: T }[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), data: parse(JSON.parse(readFileSync(join(root, dir, f), 'utf8'))) }));
}
const actions = load<Action>('actions', (raw) => actionSchema.parse(raw));
const meetings = new Map(load<Meeting>('meetings', (raw) => meetingSchema.parse(raw)).map((m) => [m.id, m.data]));
const dateOf = (id: string) => meetings.get(id)?.date;
const pam = actions.filter((a) => a.data.series === 'pam-2024');
const paf = actions.filter((a) => a.data.series === 'paf-2017');
const numbered = (n: number) => pam.find((a) => a.data.number === n)!;

const OCT = '2024-10-08-pcc-accountability-meeting';
const JAN = '2025-01-29-pcc-accountability-meeting';

describe('the actions in the papers', () => {
  it('are the 15 numbered PAM actions and the six 2017 PAF actions, nothing else', () => {
    expect(pam.map((a) => a.data.number).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(paf).toHaveLength(6);
    expect(paf.every((a) => a.data.number === undefined)).toBe(true);
    expect(actions).toHaveLength(21);
  });

  it('action 4 was ongoing at 8 October 2024 and closed at 29 January 2025, 191 days after it was raised', () => {
    const a4 = numbered(4).data;
    expect(a4.updates.map((u) => [u.meeting, u.status])).toEqual([
      [OCT, 'ongoing'],
      [JAN, 'closed'],
    ]);
    expect(a4.status).toBe('closed');
    expect(raisedOn(a4, dateOf)).toBe('2024-07-22');
    expect(closedOn(a4, dateOf)).toBe('2025-01-29');
    expect(actionAge(a4, dateOf, '2026-11-24')).toMatchObject({ kind: 'days', days: 191, until: 'closed' });
  });

  it('actions 1, 2, 3 and 5 were closed on 8 October 2024 and not carried forward', () => {
    for (const n of [1, 2, 3, 5]) {
      const a = numbered(n).data;
      expect(a.updates.map((u) => [u.meeting, u.status]), `action ${n}`).toEqual([[OCT, 'closed']]);
    }
  });

  it('actions 6 to 11 were new on 8 October 2024 and closed on 29 January 2025', () => {
    for (let n = 6; n <= 11; n++) {
      const a = numbered(n).data;
      expect(a.raisedAt, `action ${n}`).toBe(OCT);
      expect(a.updates.map((u) => [u.meeting, u.status]), `action ${n}`).toEqual([
        [OCT, 'new'],
        [JAN, 'closed'],
      ]);
      expect(actionAge(a, dateOf, '2026-11-24')).toMatchObject({ kind: 'days', days: 113, until: 'closed' });
    }
  });

  it('actions 12 to 15 are new from 29 January 2025 and still open, aged to the date given (the latest papers)', () => {
    for (let n = 12; n <= 15; n++) {
      const a = numbered(n).data;
      expect(a.raisedAt, `action ${n}`).toBe(JAN);
      expect(a.status).toBe('new');
      expect(actionAge(a, dateOf, '2026-11-24')).toEqual({ kind: 'days', days: 664, from: '2025-01-29', to: '2026-11-24', until: 'papers' });
    }
  });

  it('the 2017 PAF actions: five closed, one new, and no stated dates, so no age is invented', () => {
    expect(viewCounts(paf)).toEqual({ open: 1, new: 1, closed: 5 });
    for (const a of paf) expect(actionAge(a.data, dateOf, '2026-11-24')).toEqual({ kind: 'raised-not-stated' });
  });

  it('the feed carries every update once', () => {
    const total = actions.reduce((n, a) => n + a.data.updates.length, 0);
    const items = feedUpdates(actions, dateOf);
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => `${i.actionId}#${i.index}`)).size).toBe(total);
    expect(items[0]!.date).toBe('2025-01-29');
  });
});

describe.skipIf(!existsSync(join(LIVE, 'actions')))('the actions of the live src/content, whatever papers it holds', () => {
  const live = load<Action>('actions', (raw) => actionSchema.parse(raw), LIVE);
  const liveMeetings = new Map(load<Meeting>('meetings', (raw) => meetingSchema.parse(raw), LIVE).map((m) => [m.id, m.data]));

  it('every action is raised at a meeting the portal has, and every update is given at one', () => {
    for (const a of live) {
      expect(liveMeetings.has(a.data.raisedAt), `${a.id} raised at ${a.data.raisedAt}`).toBe(true);
      for (const u of a.data.updates) expect(liveMeetings.has(u.meeting), `${a.id}: update at ${u.meeting}`).toBe(true);
    }
  });

  it("an action's status is that of its last update, and its history has no update twice", () => {
    for (const a of live) {
      if (a.data.updates.length) expect(a.data.status, a.id).toBe(a.data.updates.at(-1)!.status);
      const keys = a.data.updates.map((u) => `${u.meeting}|${u.text.join(' ')}`);
      expect(new Set(keys).size, a.id).toBe(keys.length);
    }
  });

  it('numbered actions of one series have distinct numbers', () => {
    const seen = new Set<string>();
    for (const a of live.filter((x) => x.data.number !== undefined)) {
      const k = `${a.data.series}-${a.data.number}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
  });
});
