import { describe, expect, it } from 'vitest';
import { planEntryIds, planEntryPage, planEntryReportsPage, planEntryReportsPaths, planIds, planPage } from './page.ts';

describe('planEntryPage (on the portal content)', () => {
  it('every plan entry: a heading with its number and title, links to its questions, meetings and indicators', async () => {
    const ids = await planEntryIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const { id, entry } of ids) {
      const page = await planEntryPage(id, entry);
      expect(page.planHref).toBe(`/plan/${id}/`);
      expect(page.heading).toContain(page.e.title);
      expect(page.heading).toContain(String(page.e.number));
      // The real papers' lists fit on the page: shown whole, as before list pages existed.
      for (const list of [page.reports, page.questions, page.indicators]) {
        expect(list.all).toBeUndefined();
        expect(list.items).toHaveLength(list.count);
      }
      for (const q of page.questions.items) {
        expect(q.href).toMatch(/^\/questions\/[^/]+\/$/);
        if (q.meeting) expect(q.meeting.href).toMatch(/^\/meetings\/[^/]+\/$/);
      }
      for (const i of page.indicators.items) expect(i.href).toMatch(/^\/performance\/[^/]+\/$/);
      if (page.gridCount > 0) expect(page.gridReportId).toBeDefined();
      if (page.inGrid.size > 0) expect(page.gridCount).toBeGreaterThan(0);
    }
  });

  it('the 2016/17 plan: some priority has its part of the performance grid', async () => {
    const ids = (await planEntryIds()).filter((x) => x.id === '2016-17');
    const pages = await Promise.all(ids.map((x) => planEntryPage(x.id, x.entry)));
    expect(pages.some((p) => p.gridCount > 0)).toBe(true);
  });

  it('no entry has a reports list of its own (they fit on its page); asking for one fails, naming it', async () => {
    expect(await planEntryReportsPaths()).toEqual([]);
    const [first] = await planEntryIds();
    await expect(planEntryReportsPage(first!.id, first!.entry)).rejects.toThrow(`/plan/${first!.id}/${first!.entry}/reports/: no such list`);
  });

  it('an unknown plan or entry fails, naming it', async () => {
    await expect(planEntryPage('no-such-plan', 'x')).rejects.toThrow(/no-such-plan/);
    const [first] = await planEntryIds();
    await expect(planEntryPage(first!.id, 'no-such-entry')).rejects.toThrow(/no-such-entry/);
  });
});

describe('planPage (on the portal content)', () => {
  it('every plan: its entries with their pages and the same counts as the entry pages', async () => {
    for (const id of await planIds()) {
      const page = await planPage(id);
      expect(page.entries).toHaveLength(page.p.entries.length);
      for (const e of page.entries) {
        expect(e.href).toBe(`/plan/${id}/${e.id}/`);
        const entry = await planEntryPage(id, e.id);
        expect(e.label).toBe(entry.heading);
        expect([e.reports, e.questions, e.indicators]).toEqual([entry.reports.count, entry.questions.count, entry.indicators.count]);
      }
      expect(page.notes).toHaveLength(page.p.notes.length);
      expect(page.title.startsWith(page.p.title)).toBe(true);
    }
  });

  it('the 2016/17 plan shows its performance grid; an unknown plan fails', async () => {
    const page = await planPage('2016-17');
    expect(page.grid?.href).toMatch(/^\/reports\/[^/]+\/$/);
    expect(page.grid?.objectives).toBeGreaterThan(0);
    await expect(planPage('no-such-plan')).rejects.toThrow(/no-such-plan/);
  });
});
