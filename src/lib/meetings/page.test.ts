import { describe, expect, it } from 'vitest';
import { meetingIndex } from './index.ts';
import { meetingPage } from './page.ts';

const ORIGIN = 'https://scrutiny.example.org';

describe('meetingPage (on the portal content)', () => {
  it('a meeting with agenda, minutes, report and language notice: contents in page order, event JSON-LD, papers by kind', async () => {
    const page = await meetingPage('2025-01-29-pcc-accountability-meeting', ORIGIN);
    expect(page.date).toBe('2025-01-29');
    const anchors = page.contents.map(([a]) => a);
    expect(anchors[0]).toBe('agenda');
    expect(anchors).toContain('minutes');
    expect(anchors).toContain('languages');
    expect(anchors.at(-1)).toBe('papers');
    expect(page.eventLd?.['url']).toBe(`${ORIGIN}/meetings/2025-01-29-pcc-accountability-meeting/`);
    expect(page.paperGroups.map((g) => g.kind)).toEqual(['agenda', 'minutes', 'reports']);
    for (const g of page.paperGroups) for (const p of g.papers) expect(p.href).toMatch(/^\/papers\/[a-z0-9_-]+\/$/);
    expect(page.search['data-pf-type']).toBe('meeting');
    expect(page.pageTitle.length).toBeGreaterThan(0);
  });

  it('a meeting whose date is not stated: no date, no event, and its one paper is the paper of bare line numbers', async () => {
    const page = await meetingPage('2017-police-accountability-forum', ORIGIN);
    expect(page.date).toBeUndefined();
    expect(page.eventLd).toBeUndefined();
    expect(page.ownDoc).toBe(page.m.papers.minutes[0]);
    expect(page.paperGroups.map((g) => g.kind)).toEqual(['minutes']);
  });

  it('every meeting: structured minutes headings are empty sections of that role, glance links to anchors on the page, questions split by kind', async () => {
    const index = await meetingIndex();
    for (const view of index.ordered) {
      const page = await meetingPage(view.id, ORIGIN);
      const anchors = new Set(page.contents.map(([a]) => a));
      expect(page.contents.at(-1)?.[0]).toBe('papers');
      const role = (id: string | undefined) => page.minutes.find((x) => x.section.id === id)?.role;
      if (page.actionsInMinutes) {
        expect(role(page.actionsInMinutes)).toBe('actions');
        expect(anchors.has(page.actionsInMinutes)).toBe(true);
      }
      if (page.nextInMinutes) expect(role(page.nextInMinutes)).toBe('next-meeting');
      if (page.signaturesInMinutes) expect(role(page.signaturesInMinutes)).toBe('signatures');
      // A structured record is shown in at most one section of its kind, and only in an empty heading.
      for (const kind of ['actions', 'next-meeting', 'signatures'] as const) {
        const shownIn = page.minutes.filter((x) => x.role === kind && x.structured);
        expect(shownIn.length).toBeLessThanOrEqual(1);
        for (const x of shownIn) expect(x.section.blocks).toEqual([]);
      }
      expect(page.minutes.reduce((n, x) => n + x.questionCount, 0)).toBeLessThanOrEqual(view.questions.length);
      for (const g of page.glance) {
        const anchor = g.href.replace(/^#/, '');
        if (g.key === 'reports' || g.key.startsWith('actions')) expect(anchors.has(anchor), `${view.id}: ${g.href}`).toBe(true);
      }
      expect(page.questionGroups.reduce((n, g) => n + g.lines.length, 0)).toBe(view.questions.length);
      expect(page.previous?.id).toBe(view.previous?.id);
      expect(page.next?.id).toBe(view.next?.id);
    }
  });
});
