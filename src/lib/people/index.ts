/**
 * The people pages' index, built once per build: the name resolver (over
 * every person, every meeting's attendance and the glossary), each person's
 * page and the /people/ list. The logic is in resolve.ts and page.ts
 * (unit-tested); this module only wires them to the content. Components that
 * print a name (attendance lists, answers, action owners) look it up here.
 */
import { findFollowModel } from '../actions/view.ts';
import { loadSite } from '../content/data.ts';
import { t } from '../i18n/i18n.ts';
import { plainText, shorten } from '../text/inline.ts';
import { meetingSortKey, meetingUrl } from '../meetings/meetings.ts';
import { peopleList, personPages, personUrl, type PeopleListItem, type PersonPage } from './page.ts';
import { createResolver } from './resolve.ts';

export { personUrl } from './page.ts';

export interface PeopleIndex {
  pages: Map<string, PersonPage>;
  /** Every person, by surname. */
  list: PeopleListItem[];
  /** The page of the person a printed name means at a meeting, only when that is certain. */
  linkFor(printed: string, meetingId: string | undefined): string | undefined;
  /** The page of a person by id (attendance entries carry the id), when the person exists. */
  pageOf(personId: string): string | undefined;
  /** The page and full name of the person meant: by id, or by a printed name at a meeting, when certain. */
  target(printed: string, meetingId: string | undefined, personId?: string): { href: string; name: string } | undefined;
}

async function build(): Promise<PeopleIndex> {
  const [site, model] = await Promise.all([loadSite(), findFollowModel()]);
  const resolver = createResolver({
    people: site.people.map((p) => ({ id: p.id, name: p.data.name, alsoKnownAs: p.data.alsoKnownAs, roles: p.data.roles })),
    meetings: site.meetings.map((m) => ({ id: m.id, attendance: m.data.attendance })),
    glossary: site.glossary.map((g) => ({ term: g.data.term, variants: g.data.variants, expansions: g.data.expansions })),
  });
  const personFor = (printed: string, meetingId: string | undefined): string | undefined => resolver.personFor(printed, meetingId);

  const pages = personPages(
    {
      people: site.people,
      meetings: site.meetings.map((m) => ({
        id: m.id,
        href: meetingUrl(m.id),
        label: model.meetingName(m.id),
        sortKey: meetingSortKey(m),
        attendance: m.data.attendance,
        apologies: m.data.apologies,
      })),
      questions: model.questions.map((q) => ({
        id: q.id,
        href: q.url,
        label: q.pageTitle,
        summary: q.summary,
        meeting: q.entry.data.meeting,
        order: q.entry.data.order,
        answeredBy: q.entry.data.answeredBy,
      })),
      actions: model.actions.map((a) => ({
        id: a.id,
        href: a.url,
        label: a.pageTitle,
        summary: shorten(plainText(a.text)),
        raisedAt: a.entry.data.raisedAt,
        number: a.entry.data.number,
        owner: a.owner,
        status: a.status,
        statusLabel: a.statusLabel,
      })),
      personFor,
      paperName: (doc) => site.paperNames.get(doc),
    },
    t,
  );

  return {
    pages,
    list: peopleList(pages.values()),
    linkFor(printed, meetingId) {
      const id = personFor(printed, meetingId);
      return id !== undefined && pages.has(id) ? personUrl(id) : undefined;
    },
    pageOf(personId) {
      return pages.has(personId) ? personUrl(personId) : undefined;
    },
    target(printed, meetingId, personId) {
      const id = personId ?? personFor(printed, meetingId);
      const found = id !== undefined ? pages.get(id) : undefined;
      return id !== undefined && found ? { href: personUrl(id), name: found.name } : undefined;
    },
  };
}

let cache: Promise<PeopleIndex> | undefined;

/** The people index, built once per build. */
export function peopleIndex(): Promise<PeopleIndex> {
  cache ??= build();
  return cache;
}
