import { describe, expect, it } from 'vitest';
import { planEntryIds, planEntryPage } from './page.ts';

describe('planEntryPage (on the portal content)', () => {
  it('every plan entry: a heading with its number and title, links to its questions, meetings and indicators', async () => {
    const ids = await planEntryIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const { id, entry } of ids) {
      const page = await planEntryPage(id, entry);
      expect(page.planHref).toBe(`/plan/${id}/`);
      expect(page.heading).toContain(page.e.title);
      expect(page.heading).toContain(String(page.e.number));
      for (const q of page.questions) {
        expect(q.href).toMatch(/^\/questions\/[^/]+\/$/);
        if (q.meeting) expect(q.meeting.href).toMatch(/^\/meetings\/[^/]+\/$/);
      }
      for (const i of page.indicators) expect(i.href).toMatch(/^\/performance\/[^/]+\/$/);
      if (page.gridCount > 0) expect(page.gridReportId).toBeDefined();
      if (page.inGrid.size > 0) expect(page.gridCount).toBeGreaterThan(0);
    }
  });

  it('the 2016/17 plan: some priority has its part of the performance grid', async () => {
    const ids = (await planEntryIds()).filter((x) => x.id === '2016-17');
    const pages = await Promise.all(ids.map((x) => planEntryPage(x.id, x.entry)));
    expect(pages.some((p) => p.gridCount > 0)).toBe(true);
  });

  it('an unknown plan or entry fails, naming it', async () => {
    await expect(planEntryPage('no-such-plan', 'x')).rejects.toThrow(/no-such-plan/);
    const [first] = await planEntryIds();
    await expect(planEntryPage(first!.id, 'no-such-entry')).rejects.toThrow(/no-such-entry/);
  });
});
