/**
 * The action lists at scale: a synthetic tracker of thousands of actions (one body's series far longer
 * than a page), an owner with thousands of actions and thousands of meetings with actions. Every page is
 * bounded, every item is on exactly one page, in order, and every navigation link leads to a page that
 * exists. The model and meeting index are replaced by synthetic ones (vi.mock), so the page functions
 * are tested exactly as the routes call them.
 */
import { describe, expect, it, vi } from 'vitest';
import { LIST_PAGE_SIZE, listPageUrl, type PageLink } from '../site/list-pages.ts';
import type { ActionView, FindFollowModel, SeriesView } from './view.ts';
import type { ActionStatus } from './actions.ts';

const synthetic = vi.hoisted(() => {
  const statuses = ['new', 'ongoing', 'closed'] as const;
  const seriesSizes = [3, 4321, 57, 1, 250];
  let n = 0;
  const series = seriesSizes.map((size, s) => ({
    id: `series-s${s}`,
    heading: `Body ${s} actions`,
    note: 'Raised from then to now.',
    actions: Array.from({ length: size }, () => {
      n += 1;
      // Most actions belong to one owner; a few to others, and one to an owner of a single action.
      return { id: `s${s}-action-${n}`, owner: n === 5 ? 'A small owner' : n % 10 === 0 ? `Owner ${n % 7}` : 'The PCC', status: statuses[n % 3]! };
    }),
  }));
  const actions = series.flatMap((s) => s.actions);
  const meetings = Array.from({ length: 3456 }, (_, i) => ({
    id: `meeting-${i}`,
    title: `Meeting ${i}`,
    actions: i % 5 === 0 ? [] : [{ raisedHere: true }, { raisedHere: i % 2 === 0 }],
  }));
  return { series, actions, meetings };
});

vi.mock('./view.ts', () => ({
  findFollowModel: async () => ({
    actions: synthetic.actions,
    series: synthetic.series,
    counts: {
      open: synthetic.actions.filter((a) => a.status !== 'closed').length,
      new: synthetic.actions.filter((a) => a.status === 'new').length,
      closed: synthetic.actions.filter((a) => a.status === 'closed').length,
    },
  }) as unknown as FindFollowModel,
}));
vi.mock('../meetings/index.ts', () => ({ meetingIndex: async () => ({ ordered: synthetic.meetings }) }));

const { ACTION_PAGE_SIZE, actionOwnerPage, actionOwnerPaths, actionTrackerPage, actionTrackerPaths, actionTrackerUrl, actionsByMeetingIndexPage, actionsByMeetingIndexPaths, seriesPages } =
  await import('./page.ts');

/** The page's navigation: bounded, exactly one current link (this page), every link to a page of the list. */
function expectNav(nav: PageLink[], base: string, number: number, total: number): void {
  const pages = new Set(Array.from({ length: total }, (_, i) => listPageUrl(base, i + 1)));
  expect(nav.length).toBeLessThanOrEqual(9);
  expect(nav.filter((l) => l.current).map((l) => l.href)).toEqual([listPageUrl(base, number)]);
  for (const l of nav) expect(pages.has(l.href), l.href).toBe(true);
  if (number < total) expect(nav.at(-1)!.href).toBe(listPageUrl(base, number + 1));
  if (number > 1) expect(nav[0]!.href).toBe(listPageUrl(base, number - 1));
}

const inView = (status: ActionStatus, view: string | undefined): boolean =>
  view === undefined || (view === 'open' ? status !== 'closed' : view === 'new' ? status === 'new' : status === 'closed');

describe('the action lists at scale (synthetic: thousands of actions and meetings)', () => {
  it('seriesPages: a long series is split between pages, the later parts marked as continued; small series stay whole', () => {
    const series = synthetic.series as unknown as SeriesView[];
    const pages = seriesPages(series, 100);
    expect(pages.flatMap((p) => p.flatMap((s) => s.actions.map((a) => a.id)))).toEqual(synthetic.actions.map((a) => a.id));
    for (const page of pages) expect(page.reduce((n, s) => n + s.actions.length, 0)).toBeLessThanOrEqual(100);
    expect(pages[0]!.map((s) => [s.series.id, s.actions.length, s.continued])).toEqual([
      ['series-s0', 3, false],
      ['series-s1', 97, false],
    ]);
    expect(pages[1]!.map((s) => [s.series.id, s.continued])).toEqual([['series-s1', true]]);
    // Every series starts exactly once (not continued) and its other slices are continued.
    const starts = pages.flat().filter((s) => !s.continued).map((s) => s.series.id);
    expect(starts).toEqual(series.map((s) => s.id));
  });

  for (const view of [undefined, 'open', 'new', 'closed'] as const) {
    it(`the tracker ${actionTrackerUrl(view)}: pages of at most ${ACTION_PAGE_SIZE}, each action of the view once, whole-list counts, working nav`, async () => {
      const numbers = await actionTrackerPaths(view);
      const expected = synthetic.actions.filter((a) => inView(a.status, view)).map((a) => a.id);
      expect(numbers).toEqual(Array.from({ length: Math.ceil(expected.length / ACTION_PAGE_SIZE) }, (_, i) => i + 1));
      const seen: string[] = [];
      for (const n of numbers) {
        const page = await actionTrackerPage(view, n);
        const ids = page.series.flatMap((s) => s.actions.map((a) => a.id));
        expect(ids.length).toBeLessThanOrEqual(ACTION_PAGE_SIZE);
        seen.push(...ids);
        expect(page.counts.total).toBe(synthetic.actions.length);
        expect(page.total).toBe(numbers.length);
        const list = view === undefined ? 'Action tracker' : `${view[0]!.toUpperCase()}${view.slice(1)} actions`;
        expect(page.title).toBe(n === 1 ? list : `${list} (page ${n} of ${numbers.length})`);
        expectNav(page.nav, actionTrackerUrl(view), n, numbers.length);
      }
      expect(seen).toEqual(expected);
      await expect(actionTrackerPage(view, numbers.length + 1)).rejects.toThrow(/no such page/);
    });
  }

  it('an owner with thousands of actions: bounded pages, each action once, the counts the whole list\'s, working nav', async () => {
    const paths = await actionOwnerPaths();
    const pcc = paths.filter((p) => p.owner === 'the-pcc').map((p) => p.number);
    const all = synthetic.actions.filter((a) => a.owner === 'The PCC');
    expect(pcc).toHaveLength(Math.ceil(all.length / ACTION_PAGE_SIZE));
    const seen: ActionView[] = [];
    for (const n of pcc) {
      const page = await actionOwnerPage('the-pcc', n);
      expect(page.actions.length).toBeLessThanOrEqual(ACTION_PAGE_SIZE);
      expect(page.count).toBe(all.length);
      expect(page.open).toBe(all.filter((a) => a.status !== 'closed').length);
      expectNav(page.nav, '/actions/by-owner/the-pcc/', n, pcc.length);
      seen.push(...page.actions);
    }
    expect(seen.map((a) => a.id)).toEqual(all.map((a) => a.id));
    // A small owner's list is one page with no navigation.
    const pagesOf = (owner: string): number => paths.filter((p) => p.owner === owner).length;
    const small = paths.find((p) => pagesOf(p.owner) === 1)!;
    const smallPage = await actionOwnerPage(small.owner, 1);
    expect(smallPage.nav).toEqual([]);
    expect(smallPage.title).toBe(`Actions owned by ${smallPage.owner}`);
  });

  it('thousands of meetings with actions: /actions/by-meeting/ in bounded pages, newest first, each meeting once, working nav', async () => {
    const numbers = await actionsByMeetingIndexPaths();
    const expected = [...synthetic.meetings].reverse().filter((m) => m.actions.length > 0).map((m) => `/actions/by-meeting/${m.id}/`);
    expect(numbers).toHaveLength(Math.ceil(expected.length / LIST_PAGE_SIZE));
    const seen: string[] = [];
    for (const n of numbers) {
      const page = await actionsByMeetingIndexPage(n);
      expect(page.meetings.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      expectNav(page.nav, '/actions/by-meeting/', n, numbers.length);
      seen.push(...page.meetings.map((m) => m.href));
    }
    expect(seen).toEqual(expected);
  });
});
