/**
 * What a person's page (/people/<id>/) and the people list (/people/) show,
 * from schema-shaped entries: roles as printed over time, meetings attended
 * and apologies sent (from the meetings' attendance lists, by person id),
 * questions answered and actions owned (a printed name counts only when the
 * resolver is certain who it means). Pure: takes its inputs and a translate
 * function; `peopleIndex()` wires it to the content once per build.
 */
import type { SourceRef } from '../../schemas/common.ts';
import type { Person } from '../../schemas/people.ts';
import { formatDate } from '../meetings/meetings.ts';
import { sourceLinks, type PaperNamer, type SourceLinkView } from '../papers/names.ts';
import { searchAttributes } from '../search/search.ts';
import { LIST_PAGE_SIZE, listPagePosition, listPages, listPageTitle, type ListPagePosition } from '../site/list-pages.ts';
import { surnameOf } from './resolve.ts';
import { personUrl } from './url.ts';

export { personUrl };

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Link {
  href: string;
  label: string;
}


/** A meeting as the people pages need it. */
export interface PeopleMeeting {
  id: string;
  href: string;
  /** "PCC Accountability Meeting, 8 October 2024". */
  label: string;
  /** Orders meetings in time (meetingSortKey). */
  sortKey: string;
  attendance: readonly { person: string }[];
  apologies: readonly { person: string }[];
}

/** A question as the people pages need it. */
export interface PeopleQuestion {
  id: string;
  href: string;
  /** The question's own page title, e.g. "PCC question 7 at the PCC Accountability Meeting, 8 October 2024". */
  label: string;
  /** Its short summary. */
  summary: string;
  meeting: string;
  /** Order within the meeting. */
  order: number;
  answeredBy: readonly string[];
}

/** An action as the people pages need it. */
export interface PeopleAction {
  id: string;
  href: string;
  /** The action's own page title, e.g. "Action 4, raised at …". */
  label: string;
  /** The action's text, shortened, plain. */
  summary: string;
  raisedAt: string;
  number: number | undefined;
  owner: string;
  status: 'new' | 'ongoing' | 'closed';
  statusLabel: string;
}

export interface PeopleInput {
  people: readonly { id: string; data: Person }[];
  meetings: readonly PeopleMeeting[];
  questions: readonly PeopleQuestion[];
  actions: readonly PeopleAction[];
  /** The resolver: a person id only when the printed name is certain at that meeting. */
  personFor: (printed: string, meetingId: string | undefined) => string | undefined;
  /** Names a source paper in words ("the agenda pack of 29 January 2025") for the Source links. */
  paperName: PaperNamer;
}

/** One row of the roles table: a role as printed, merged across papers that print it identically. */
export interface RoleRow {
  title: string;
  organisation: string | undefined;
  /** The date the paper or meeting gives, ISO. */
  asOf: string | undefined;
  /** The date as shown, or the meeting that states the role when the papers give no date, or "not stated". */
  asOfText: string;
  /** The meeting whose attendance or minutes state it, when there is one. */
  meeting: Link | undefined;
  /** Every place the papers print this role so. */
  sources: SourceRef[];
  /** Those places as links to the line of the paper, each naming the paper. */
  sourceLinks: SourceLinkView[];
}

export interface AnsweredQuestion extends Link {
  summary: string;
  /** How the papers name the person in this answer, e.g. "The CC". */
  printedAs: string[];
}

export interface OwnedAction extends Link {
  summary: string;
  status: PeopleAction['status'];
  statusLabel: string;
  /** How the papers name the owner, e.g. "ACC Davison". */
  printedAs: string;
}

/** The four lists of a person's page that grow with the meetings. */
export const PERSON_LISTS = ['attended', 'apologies', 'answered', 'owned'] as const;
export type PersonListKey = (typeof PERSON_LISTS)[number];

/** Each list's page of its own, under the person's: /people/<id>/<slug>/ (only when the list is cut). */
export const PERSON_LIST_SLUGS: Record<PersonListKey, string> = { attended: 'meetings', apologies: 'apologies', answered: 'questions', owned: 'actions' };

/** A list's own pages: /people/<id>/meetings/, /people/<id>/questions/, … (page n at …/<n>/). */
export const personListUrl = (id: string, key: PersonListKey): string => `/people/${id}/${PERSON_LIST_SLUGS[key]}/`;

/**
 * How many of a list's newest items the person's page shows when the list is longer than a list page
 * (LIST_PAGE_SIZE); the rest are on the list's own pages. A list that fits on a page is shown whole,
 * as it always was.
 */
export const PERSON_PAGE_LATEST = 10;

/** A list the person's page shows only in part: how many it has, and the link to all of them. */
export interface CutList {
  count: number;
  /** "All 312 questions answered" → /people/<id>/questions/. */
  all: Link;
  /** "The 10 most recent, newest first." */
  note: string;
}

export interface PersonPage {
  id: string;
  url: string;
  name: string;
  alsoKnownAs: string[];
  /** The roles of the latest date the papers give (all roles when none is dated). */
  current: { roles: { title: string; organisation: string | undefined }[]; asOf: string | undefined };
  /** The lead sentence: the current role as printed and its date. */
  lede: string;
  roles: RoleRow[];
  attended: Link[];
  apologies: Link[];
  answered: AnsweredQuestion[];
  owned: OwnedAction[];
  /** The lists shown only in part (their newest PERSON_PAGE_LATEST, newest first), with the link to all; absent for a list shown whole. */
  cut: Partial<Record<PersonListKey, CutList>>;
  /** Every list whole, oldest first, for the lists' own pages. */
  all: { attended: Link[]; apologies: Link[]; answered: AnsweredQuestion[]; owned: OwnedAction[] };
  /** The page's meta description. */
  description: string;
  /** Attributes for <main> (Pagefind). */
  search: Record<string, string>;
}

export interface PeopleListItem extends Link {
  /** The current role as printed, e.g. "Chief Constable, Norfolk Constabulary". */
  detail: string;
}

/** A role as one line: "Chief Constable, Norfolk Constabulary". */
const roleText = (r: { title: string; organisation?: string | undefined }): string => (r.organisation ? `${r.title}, ${r.organisation}` : r.title);

/** A role as far as "current" needs it. */
type DatedRole = { title: string; organisation?: string | undefined; asOf?: string | undefined };

/** The roles as rows, oldest first (undated last), identical printings merged with all their sources. */
export function roleRows(person: Person, meetings: ReadonlyMap<string, PeopleMeeting>, t: Translate, paperName: PaperNamer = () => undefined): RoleRow[] {
  const rows = new Map<string, Omit<RoleRow, 'sourceLinks'> & { sortKey: string }>();
  for (const r of person.roles) {
    const key = JSON.stringify([r.title, r.organisation ?? '', r.asOf ?? '', r.meeting ?? '']);
    const existing = rows.get(key);
    if (existing) {
      if (!existing.sources.some((s) => s.doc === r.source.doc && s.line === r.source.line)) existing.sources.push(r.source);
      continue;
    }
    const m = r.meeting !== undefined ? meetings.get(r.meeting) : undefined;
    const meeting = m ? { href: m.href, label: m.label } : undefined;
    rows.set(key, {
      title: r.title,
      organisation: r.organisation,
      asOf: r.asOf,
      asOfText: r.asOf ? formatDate(r.asOf, { weekday: false }) : (meeting?.label ?? t('people.roles.notDated')),
      meeting,
      sources: [r.source],
      sortKey: r.asOf ?? m?.sortKey.slice(0, 10) ?? '\uffff',
    });
  }
  return [...rows.values()]
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.title.localeCompare(b.title, 'en-GB')))
    .map(({ sortKey: _sortKey, ...row }) => ({ ...row, sourceLinks: sourceLinks(row.sources, paperName) }));
}

/** The roles of the latest date the papers give; when no role is dated, every distinct role. */
export function currentRoles(rows: readonly DatedRole[]): PersonPage['current'] {
  const dated = rows.filter((r) => r.asOf !== undefined);
  const latest = dated.reduce<string | undefined>((max, r) => (max === undefined || r.asOf! > max ? r.asOf : max), undefined);
  const chosen = latest === undefined ? rows : dated.filter((r) => r.asOf === latest);
  const seen = new Set<string>();
  const roles: PersonPage['current']['roles'] = [];
  for (const r of chosen) {
    const key = roleText(r);
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push({ title: r.title, organisation: r.organisation });
  }
  return { roles, asOf: latest };
}

/** Every person's page, by id, computed in one pass over meetings, questions and actions. */
export function personPages(input: PeopleInput, t: Translate): Map<string, PersonPage> {
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const ordered = [...input.meetings].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id.localeCompare(b.id)));
  const rank = new Map(ordered.map((m, i) => [m.id, i]));
  const rankOf = (id: string): number => rank.get(id) ?? Number.MAX_SAFE_INTEGER;

  const attended = new Map<string, Link[]>();
  const apologies = new Map<string, Link[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const m of ordered) {
    const link = { href: m.href, label: m.label };
    for (const id of new Set(m.attendance.map((a) => a.person))) push(attended, id, link);
    for (const id of new Set(m.apologies.map((a) => a.person))) push(apologies, id, link);
  }

  const answered = new Map<string, AnsweredQuestion[]>();
  const questions = [...input.questions].sort((a, b) => rankOf(a.meeting) - rankOf(b.meeting) || a.order - b.order || a.id.localeCompare(b.id));
  for (const q of questions) {
    const names = new Map<string, string[]>();
    for (const printed of q.answeredBy) {
      const id = input.personFor(printed, q.meeting);
      if (id !== undefined) push(names, id, printed);
    }
    for (const [id, printedAs] of names) push(answered, id, { href: q.href, label: q.label, summary: q.summary, printedAs });
  }

  const owned = new Map<string, OwnedAction[]>();
  const actions = [...input.actions].sort(
    (a, b) => rankOf(a.raisedAt) - rankOf(b.raisedAt) || (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id),
  );
  for (const a of actions) {
    const id = input.personFor(a.owner, a.raisedAt);
    if (id !== undefined) push(owned, id, { href: a.href, label: a.label, summary: a.summary, status: a.status, statusLabel: a.statusLabel, printedAs: a.owner });
  }

  const pages = new Map<string, PersonPage>();
  for (const p of input.people) {
    const roles = roleRows(p.data, meetings, t, input.paperName);
    const current = currentRoles(roles);
    const currentText = current.roles.map(roleText).join('; ');
    const lede =
      current.asOf !== undefined
        ? t('people.lede', { role: currentText, date: formatDate(current.asOf, { weekday: false }) })
        : t('people.ledeUndated', { role: currentText, count: current.roles.length });
    const all: PersonPage['all'] = {
      attended: attended.get(p.id) ?? [],
      apologies: apologies.get(p.id) ?? [],
      answered: answered.get(p.id) ?? [],
      owned: owned.get(p.id) ?? [],
    };
    const page: PersonPage = {
      id: p.id,
      url: personUrl(p.id),
      name: p.data.name,
      alsoKnownAs: p.data.alsoKnownAs.filter((a) => a !== p.data.name),
      current,
      lede,
      roles,
      ...shownLists(p.id, all, t),
      description: t('people.metaDescription', { name: p.data.name, role: currentText }),
      search: searchAttributes({ type: 'person', title: p.data.name }),
    };
    pages.set(p.id, page);
  }
  return pages;
}

/** What the person's page shows of each list: the whole list when it fits on a list page, else its newest few and a link to all. */
function shownLists(id: string, all: PersonPage['all'], t: Translate): Pick<PersonPage, PersonListKey | 'cut' | 'all'> {
  const cut: PersonPage['cut'] = {};
  const shown = <T>(key: PersonListKey, items: T[]): T[] => {
    if (items.length <= LIST_PAGE_SIZE) return items;
    cut[key] = {
      count: items.length,
      all: { href: personListUrl(id, key), label: t(`people.${key}.all`, { count: items.length }) },
      note: t('people.latest', { count: PERSON_PAGE_LATEST }),
    };
    return items.slice(-PERSON_PAGE_LATEST).reverse();
  };
  return {
    attended: shown('attended', all.attended),
    apologies: shown('apologies', all.apologies),
    answered: shown('answered', all.answered),
    owned: shown('owned', all.owned),
    cut,
    all,
  };
}

/**
 * One of a person's lists with its items (the PersonItems component shows them): `key` says which list,
 * and so types `items`; for a union of keys it is the union of each key with its own items, so that
 * checking `key` narrows `items`.
 */
export type PersonList<K extends PersonListKey = PersonListKey> = { [L in K]: { key: L; items: PersonPage['all'][L] } }[K];

/** One page of a person's list (/people/<id>/<slug>/, page n at …/<n>/): newest first, LIST_PAGE_SIZE per page. */
export type PersonListPage<K extends PersonListKey = PersonListKey> = PersonList<K> & ListPagePosition & {
  /** "Questions answered by Paul Sanford", with "(page n of m)" after page 1. */
  title: string;
  description: string;
  /** Back to the person's page. */
  back: Link;
  /** How many items the whole list has. */
  count: number;
};

/** The list pages of every list a person's page cuts: the person, the list and the page number. */
export function personListPaths(pages: Iterable<PersonPage>): { id: string; key: PersonListKey; number: number }[] {
  const paths: { id: string; key: PersonListKey; number: number }[] = [];
  for (const p of pages) {
    for (const key of PERSON_LISTS) {
      if (!p.cut[key]) continue;
      for (const page of listPages(p.all[key])) paths.push({ id: p.id, key, number: page.number });
    }
  }
  return paths;
}

/** Page `number` of a person's list that their page cuts; an error naming it for a list shown whole or a page past the end. */
export function personListPage<K extends PersonListKey>(p: PersonPage, key: K, number: number, t: Translate): PersonListPage<K> {
  const url = personListUrl(p.id, key);
  if (!p.cut[key]) throw new Error(`${url}: ${p.name}'s page shows this list whole; it has no pages of its own`);
  const items = [...p.all[key]].reverse() as PersonPage['all'][K];
  const pages = listPages(items);
  const page = pages[number - 1];
  if (!page) throw new Error(`${url}: no page ${number} (the list has ${pages.length})`);
  return {
    key,
    title: listPageTitle(t(`people.${key}.title`, { name: p.name }), number, page.total),
    description: t(`people.${key}.description`, { name: p.name, count: items.length }),
    back: { href: p.url, label: p.name },
    ...listPagePosition(url, number, page.total),
    count: items.length,
    items: page.items as PersonPage['all'][K],
  };
}

/** The person's latest role(s) as printed, one line: "Chief Constable, Norfolk Constabulary". */
export function latestRoleText(person: Pick<Person, 'roles'>): string {
  return currentRoles(person.roles).roles.map(roleText).join('; ');
}

/** Orders people by surname, then name as printed, then id. */
export function comparePeople(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return surnameOf(a.name).localeCompare(surnameOf(b.name), 'en-GB') || a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id);
}

/** The people list: everyone, by surname then name, each with their current role as printed. */
export function peopleList(pages: Iterable<PersonPage>): PeopleListItem[] {
  return [...pages]
    .sort(comparePeople)
    .map((p) => ({ href: p.url, label: p.name, detail: p.current.roles.map(roleText).join('; ') }));
}
