import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n.ts';
import {
  currentRoles,
  peopleList,
  PERSON_LISTS,
  PERSON_PAGE_LATEST,
  personListPage,
  personListPaths,
  personPages,
  personUrl,
  roleRows,
  type PeopleInput,
  type PeopleMeeting,
} from './page.ts';
import { LIST_PAGE_SIZE, listPageUrl } from '../site/list-pages.ts';
import { createResolver } from './resolve.ts';
import { personSchema, type Person } from '../../schemas/people.ts';

const src = (line: number) => ({ doc: '001_1defd7e170de073f', line });
const person = (id: string, data: Record<string, unknown>): { id: string; data: Person } => ({ id, data: personSchema.parse(data) });

const people = [
  person('paul-sanford', {
    name: 'Paul Sanford',
    alsoKnownAs: ['T/ACC Sanford'],
    roles: [
      { title: 'Chief Constable', organisation: 'Norfolk Constabulary', asOf: '2025-01-29', meeting: 'winter', source: src(70) },
      { title: 'T/ACC', meeting: 'forum', source: src(5) },
      // The same printing in a second paper: one row with both sources.
      { title: 'Chief Constable', organisation: 'Norfolk Constabulary', asOf: '2024-10-08', meeting: 'autumn', source: src(10) },
      { title: 'Chief Constable', organisation: 'Norfolk Constabulary', asOf: '2024-10-08', meeting: 'autumn', source: src(20) },
    ],
  }),
  person('nick-davison', { name: 'Nick Davison', alsoKnownAs: ['ACC Davison'], roles: [{ title: 'Assistant Chief Constable', asOf: '2024-10-08', source: src(30) }] }),
  person('julie-dean', { name: 'Julie Dean', alsoKnownAs: ['ACC Dean'], roles: [{ title: 'Assistant Chief Constable', asOf: '2024-10-08', source: src(31) }] }),
  person('michelle-skeer', {
    name: 'Michelle Skeer',
    roles: [
      { title: "His Majesty's Inspector of Constabulary", asOf: '2025-02-27', source: src(40) },
      { title: "His Majesty's Inspector of Fire & Rescue Services", asOf: '2025-02-27', source: src(40) },
    ],
  }),
  person('wwendth', { name: 'Wwendth', roles: [{ title: 'Detective Supt', source: src(50) }] }),
];

const meeting = (id: string, label: string, sortKey: string, attendance: string[], apologies: string[] = []): PeopleMeeting => ({
  id,
  href: `/meetings/${id}/`,
  label,
  sortKey,
  attendance: attendance.map((p) => ({ person: p })),
  apologies: apologies.map((p) => ({ person: p })),
});
const meetings = [
  meeting('winter', 'PAM, 29 January 2025', '2025-01-29T10:00', ['paul-sanford'], ['julie-dean']),
  meeting('autumn', 'PAM, 8 October 2024', '2024-10-08T10:00', ['paul-sanford', 'nick-davison', 'julie-dean']),
  meeting('forum', 'PAF, 2017 (date not stated)', '2017-11-01T00:00', []),
];
const resolver = createResolver({
  people: people.map((p) => ({ id: p.id, name: p.data.name, alsoKnownAs: p.data.alsoKnownAs, roles: p.data.roles })),
  meetings: [
    { id: 'winter', attendance: [{ role: 'Chief Constable', person: 'paul-sanford' }] },
    {
      id: 'autumn',
      attendance: [
        { role: 'Chief Constable', roleAbbreviation: 'CC', person: 'paul-sanford' },
        { role: 'Assistant Chief Constable', roleAbbreviation: 'ACC', person: 'nick-davison' },
        { role: 'Assistant Chief Constable', person: 'julie-dean' },
      ],
    },
    { id: 'forum', attendance: [] },
  ],
});
const q = (id: string, meetingId: string, order: number, answeredBy: string[]) => ({
  id,
  href: `/questions/${id}/`,
  label: `PCC question ${order} at ${meetingId}`,
  summary: `Summary of ${id}`,
  meeting: meetingId,
  order,
  answeredBy,
});
const a = (id: string, raisedAt: string, number: number, owner: string, status: 'new' | 'ongoing' | 'closed' = 'ongoing') => ({
  id,
  href: `/actions/${id}/`,
  label: `Action ${number}, raised at ${raisedAt}`,
  summary: `Text of ${id}`,
  raisedAt,
  number,
  owner,
  status,
  statusLabel: t(`actions.status.${status}`),
});
const input: PeopleInput = {
  people,
  meetings,
  questions: [
    q('w2', 'winter', 2, ['The CC', 'The Chief Constable (CC)']),
    q('w1', 'winter', 1, ['The CC']),
    q('a1', 'autumn', 1, ['The CC', 'ACC Davison']),
    q('a2', 'autumn', 2, ['The ACC']), // two ACCs present: nobody
    q('f1', 'forum', 1, ['The Chief Constable']), // no attendance list: nobody
  ],
  actions: [
    a('act-2', 'winter', 2, 'The CC', 'new'),
    a('act-1', 'autumn', 1, 'ACC Davison', 'closed'),
    a('act-3', 'autumn', 3, 'The Constabulary'),
  ],
  personFor: (printed, meetingId) => resolver.personFor(printed, meetingId),
  paperName: (doc) => (doc === '001_1defd7e170de073f' ? 'the agenda pack of 29 January 2025' : undefined),
};
const pages = personPages(input, t);
const page = (id: string) => pages.get(id)!;

describe('roleRows and currentRoles', () => {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const rows = roleRows(people[0]!.data, byId, t);

  it('lists each role as printed, oldest first, merging identical printings with every source', () => {
    expect(rows.map((r) => [r.title, r.asOf])).toEqual([
      ['T/ACC', undefined],
      ['Chief Constable', '2024-10-08'],
      ['Chief Constable', '2025-01-29'],
    ]);
    expect(rows[1]!.sources).toEqual([src(10), src(20)]);
    // Each source links to its line of the paper, the two places in one paper told apart.
    expect(rows[1]!.sourceLinks.map((l) => l.href)).toEqual(['/papers/001_1defd7e170de073f/1/#L10', '/papers/001_1defd7e170de073f/1/#L20']);
    expect(new Set(rows[1]!.sourceLinks.map((l) => l.text)).size).toBe(2);
    const named = pages.get('paul-sanford')!.roles.find((r) => r.asOf === '2025-01-29')!;
    expect(named.sourceLinks).toEqual([{ href: '/papers/001_1defd7e170de073f/1/#L70', text: t('papers.sourceIn', { paper: 'the agenda pack of 29 January 2025' }) }]);
    expect(rows[1]!.asOfText).toBe('8 October 2024');
    expect(rows[1]!.meeting).toEqual({ href: '/meetings/autumn/', label: 'PAM, 8 October 2024' });
  });

  it('shows the meeting that states an undated role instead of a date, and says when there is neither', () => {
    expect(rows[0]!.asOfText).toBe('PAF, 2017 (date not stated)');
    const undated = roleRows(people[4]!.data, byId, t);
    expect(undated[0]!.asOfText).toBe(t('people.roles.notDated'));
    expect(undated[0]!.meeting).toBeUndefined();
  });

  it('takes the current role from the latest date the papers give, keeping every role of that date', () => {
    expect(currentRoles(rows)).toEqual({ roles: [{ title: 'Chief Constable', organisation: 'Norfolk Constabulary' }], asOf: '2025-01-29' });
    const skeer = currentRoles(roleRows(people[3]!.data, byId, t));
    expect(skeer.roles.map((r) => r.title)).toEqual(["His Majesty's Inspector of Constabulary", "His Majesty's Inspector of Fire & Rescue Services"]);
    expect(currentRoles(roleRows(people[4]!.data, byId, t))).toEqual({ roles: [{ title: 'Detective Supt', organisation: undefined }], asOf: undefined });
  });
});

describe('personPages', () => {
  it('gives every person a page at /people/<id>/, led by the name and the current role as printed', () => {
    expect([...pages.keys()].sort()).toEqual(people.map((p) => p.id).sort());
    const p = page('paul-sanford');
    expect(p.url).toBe(personUrl('paul-sanford'));
    expect(p.url).toBe('/people/paul-sanford/');
    expect(p.name).toBe('Paul Sanford');
    expect(p.lede).toBe(t('people.lede', { role: 'Chief Constable, Norfolk Constabulary', date: '29 January 2025' }));
    expect(page('wwendth').lede).toBe(t('people.ledeUndated', { role: 'Detective Supt', count: 1 }));
    expect(p.alsoKnownAs).toEqual(['T/ACC Sanford']);
  });

  it('lists meetings attended and apologies from the attendance lists, oldest first', () => {
    expect(page('paul-sanford').attended).toEqual([
      { href: '/meetings/autumn/', label: 'PAM, 8 October 2024' },
      { href: '/meetings/winter/', label: 'PAM, 29 January 2025' },
    ]);
    expect(page('julie-dean').attended.map((l) => l.href)).toEqual(['/meetings/autumn/']);
    expect(page('julie-dean').apologies.map((l) => l.href)).toEqual(['/meetings/winter/']);
    expect(page('wwendth').attended).toEqual([]);
    expect(page('wwendth').apologies).toEqual([]);
  });

  it('lists the questions a person answered, by meeting then order, with how the papers name them', () => {
    expect(page('paul-sanford').answered.map((x) => [x.href, x.printedAs])).toEqual([
      ['/questions/a1/', ['The CC']],
      ['/questions/w1/', ['The CC']],
      ['/questions/w2/', ['The CC', 'The Chief Constable (CC)']],
    ]);
    expect(page('paul-sanford').answered[0]!.summary).toBe('Summary of a1');
    expect(page('nick-davison').answered.map((x) => x.href)).toEqual(['/questions/a1/']);
  });

  it('never credits an ambiguous or unresolvable name to anyone', () => {
    const credited = [...pages.values()].flatMap((p) => p.answered.map((x) => x.href));
    expect(credited).not.toContain('/questions/a2/'); // "The ACC" with two ACCs present
    expect(credited).not.toContain('/questions/f1/'); // a meeting without an attendance list
    const owned = [...pages.values()].flatMap((p) => p.owned.map((x) => x.href));
    expect(owned).not.toContain('/actions/act-3/'); // "The Constabulary"
    expect(page('julie-dean').answered).toEqual([]);
  });

  it('lists the actions a person owns with their status', () => {
    expect(page('paul-sanford').owned).toEqual([
      { href: '/actions/act-2/', label: 'Action 2, raised at winter', summary: 'Text of act-2', status: 'new', statusLabel: t('actions.status.new'), printedAs: 'The CC' },
    ]);
    expect(page('nick-davison').owned.map((x) => [x.href, x.status])).toEqual([['/actions/act-1/', 'closed']]);
  });

  it('shows every list whole when it fits on a list page: nothing cut, no list pages of its own', () => {
    for (const p of pages.values()) expect(p.cut).toEqual({});
    expect(personListPaths(pages.values())).toEqual([]);
    expect(() => personListPage(page('paul-sanford'), 'answered', 1, t)).toThrow(/shows this list whole/);
  });

  it('marks the page for search as a person, titled by the name', () => {
    expect(page('paul-sanford').search['data-pf-type']).toBe('person');
    expect(page('paul-sanford').search['data-pf-title']).toBe('Paul Sanford');
    expect(page('paul-sanford').search['data-pagefind-filter']).toContain('type[data-pf-type]');
  });
});

describe('peopleList', () => {
  it('lists everyone by surname, each with the current role as printed', () => {
    const list = peopleList(pages.values());
    expect(list.map((l) => l.label)).toEqual(['Nick Davison', 'Julie Dean', 'Paul Sanford', 'Michelle Skeer', 'Wwendth']);
    expect(list.find((l) => l.label === 'Paul Sanford')).toEqual({ href: '/people/paul-sanford/', label: 'Paul Sanford', detail: 'Chief Constable, Norfolk Constabulary' });
    expect(list.find((l) => l.label === 'Michelle Skeer')!.detail).toBe(
      "His Majesty's Inspector of Constabulary; His Majesty's Inspector of Fire & Rescue Services",
    );
  });
});

describe('a person in a very long series (synthetic: 3,000 meetings)', () => {
  const n = 3000;
  const longMeetings = Array.from({ length: n }, (_, i) =>
    meeting(`m${i}`, `Meeting ${i}`, `${String(2000 + Math.floor(i / 300)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:${i}`, i < 50 ? ['paul-sanford', 'nick-davison'] : ['paul-sanford'], i % 20 === 0 ? ['julie-dean'] : []),
  );
  const long = personPages(
    {
      people,
      meetings: longMeetings,
      questions: longMeetings.flatMap((m) => [q(`${m.id}-q1`, m.id, 1, ['The CC']), q(`${m.id}-q2`, m.id, 2, ['The CC'])]),
      actions: longMeetings.map((m, i) => a(`${m.id}-a1`, m.id, i + 1, 'The CC')),
      personFor: (printed) => (printed === 'The CC' ? 'paul-sanford' : undefined),
      paperName: () => undefined,
    },
    t,
  );
  const paul = long.get('paul-sanford')!;

  it("the person's page shows a list longer than a list page as its newest few, newest first, with a link to all of it", () => {
    for (const key of PERSON_LISTS.filter((k) => k !== 'apologies')) {
      expect(paul[key]).toHaveLength(PERSON_PAGE_LATEST);
      expect(paul[key]).toEqual(paul.all[key].slice(-PERSON_PAGE_LATEST).reverse());
    }
    expect(paul.all.answered).toHaveLength(2 * n);
    expect(paul.cut.answered).toEqual({
      count: 2 * n,
      all: { href: '/people/paul-sanford/questions/', label: t('people.answered.all', { count: 2 * n }) },
      note: t('people.latest', { count: PERSON_PAGE_LATEST }),
    });
    expect(paul.cut.attended!.all.href).toBe('/people/paul-sanford/meetings/');
    expect(paul.cut.owned!.all.href).toBe('/people/paul-sanford/actions/');
    expect(paul.cut.apologies).toBeUndefined();
    // 150 apologies: cut; 50 meetings attended: whole, as before.
    expect(paul.apologies).toEqual([]);
    expect(long.get('julie-dean')!.cut.apologies!.all.href).toBe('/people/julie-dean/apologies/');
    expect(long.get('julie-dean')!.all.apologies).toHaveLength(n / 20);
    expect(long.get('julie-dean')!.apologies).toEqual(long.get('julie-dean')!.all.apologies.slice(-PERSON_PAGE_LATEST).reverse());
    expect(long.get('nick-davison')!.cut).toEqual({});
    expect(long.get('nick-davison')!.attended).toHaveLength(50);
  });

  it("each cut list's own pages: at most LIST_PAGE_SIZE items, every item exactly once, newest first, the whole list's count, working nav", () => {
    const paths = personListPaths(long.values());
    expect(new Set(paths.map((p) => `${p.id} ${p.key}`))).toEqual(
      new Set(['paul-sanford attended', 'paul-sanford answered', 'paul-sanford owned', 'julie-dean apologies']),
    );
    for (const key of ['attended', 'answered', 'owned'] as const) {
      const numbers = paths.filter((p) => p.id === 'paul-sanford' && p.key === key).map((p) => p.number);
      const listPagesOf = numbers.map((number) => personListPage(paul, key, number, t));
      const base = `/people/paul-sanford/${{ attended: 'meetings', answered: 'questions', owned: 'actions' }[key]}/`;
      expect(numbers).toEqual(Array.from({ length: Math.ceil(paul.all[key].length / LIST_PAGE_SIZE) }, (_, i) => i + 1));
      for (const lp of listPagesOf) {
        expect(lp.items.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        expect(lp.count).toBe(paul.all[key].length);
        expect(lp.back).toEqual({ href: '/people/paul-sanford/', label: 'Paul Sanford' });
      }
      const hrefs = listPagesOf.flatMap((lp) => lp.items.map((x) => x.href));
      expect(hrefs).toEqual([...paul.all[key]].reverse().map((x) => x.href));
      expect(new Set(hrefs).size).toBe(key === 'answered' ? 2 * n : n);
      const urls = numbers.map((k) => listPageUrl(base, k));
      for (const [i, lp] of listPagesOf.entries()) {
        for (const link of lp.nav) expect(urls).toContain(link.href);
        expect(lp.nav.filter((l) => l.current).map((l) => l.href)).toEqual([urls[i]]);
        expect(lp.nav.length).toBeLessThanOrEqual(9);
        if (i < urls.length - 1) expect(lp.nav.at(-1)!.href).toBe(urls[i + 1]);
      }
      expect(listPagesOf[1]!.title).toBe(t('listPages.titlePart', { title: t(`people.${key}.title`, { name: 'Paul Sanford' }), number: 2, total: urls.length }));
      expect(() => personListPage(paul, key, urls.length + 1, t)).toThrow(/no page/);
    }
  });
});
