/**
 * A plan named on agenda rows (tests/fixtures/parsers/plan/): "Police and Crime Plan 2025-29: Priority N
 * - '<title>'" makes the plan and its parts; the part word and the unit come from the profile's plan
 * for that period.
 */
import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../../../importer/plans.ts';
import { draftsOf, ImportError, toSourceDoc } from '../../../../importer/source.ts';
import { thrownBy } from '../meetings-helpers.ts';
import { kindDoc, read } from './helpers.ts';

const NAME = 'pam-2026-03-11-plan-agenda.txt';

describe('plan parts on an agenda: pam-2026-03-11-plan-agenda.txt', () => {
  const doc = kindDoc('plan', NAME);
  const plans = draftsOf(buildPlans(read(doc).entries, [doc]), 'plans');

  it('is recognised by the plan rows of the agenda: one plan, named and dated as printed', () => {
    expect(plans.map((p) => [p.id, p.data.title, p.data.period, p.data.unit])).toEqual([['2025-29', 'Police and Crime Plan 2025-29', '2025-29', 'priority']]);
  });
  it('each part from its row: number, title as printed, the line, in number order', () => {
    expect(plans[0]?.data.entries.map((e) => [e.id, e.number, e.title, e.sources])).toEqual([
      ['2025-29-priority-2', 2, 'Support Victims and Witnesses', [{ doc: 'pam-2026-03-11-plan-agenda', line: 22 }]],
      ['2025-29-priority-4', 4, 'Safer Roads', [{ doc: 'pam-2026-03-11-plan-agenda', line: 20 }]],
    ]);
  });
  it('says what the papers do not give, with the unit named in the plural', () => {
    expect(plans[0]?.data.notes).toEqual([expect.stringMatching(/^The papers give no further detail of this plan than the titles of its 2 priorities: .*agenda items 4 and 5/)]);
  });
  it('a part word that is not the word of the profile\'s plan for that period is refused at its line', () => {
    const changed = doc.lines.join('\n').replace("Plan 2025-29: Priority 4 - 'Safer Roads'", "Plan 2025-29: Pillar 4 - 'Safer Roads'");
    const d = toSourceDoc(NAME, changed);
    const e = thrownBy(() => buildPlans(read(d).entries, [d]));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/^pam-2026-03-11-plan-agenda\.txt:20: expected a plan period and part word the publisher profile lists/);
  });
});
