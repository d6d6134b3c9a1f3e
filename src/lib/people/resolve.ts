/**
 * Who a printed name means, without guessing. The papers name people in many
 * ways ("ACC Davison", "The CC", "Deputy Chief Constable (DCC) Megicks",
 * "The PCC and the Director of …"); a name becomes a link to a person's page
 * only when exactly one person can be meant:
 *
 * 1. the name as printed is the person's name or one of their `alsoKnownAs`
 *    forms, or a role the person carries followed by their surname or full
 *    name ("Chief Constable Sanford", "T/ACC Paul Sanford",
 *    "Deputy Chief Constable (DCC) Megicks"), where a role is a title as
 *    printed in their roles, or an abbreviation the papers give for it;
 * 2. a role reference ("The CC", "The Chief Constable (CC)", "The PCC") at a
 *    meeting whose attendance lists exactly one person present in that role.
 *
 * Anything else (two candidates, no candidate, a meeting without an
 * attendance list, a collective owner such as "The Constabulary") is left
 * unresolved, and the page prints the name as plain text. Abbreviations come
 * only from the papers: an attendance entry's printed abbreviation and the
 * glossary's expansions, and only when the papers give one meaning for them.
 *
 * Pure: no Astro, no content loading; `peopleIndex()` wires it to the content.
 */

/** A person as the resolver needs them. */
export interface ResolverPerson {
  id: string;
  name: string;
  alsoKnownAs: readonly string[];
  roles: readonly { title: string }[];
}

/** One attendance entry as the resolver needs it. */
export interface ResolverAttendee {
  role: string;
  roleAbbreviation?: string | undefined;
  person: string;
}

/** A meeting as the resolver needs it: who was present (apologies do not answer questions). */
export interface ResolverMeeting {
  id: string;
  attendance: readonly ResolverAttendee[];
}

/** A glossary entry as the resolver needs it: the acronym and each expansion the papers print. */
export interface ResolverGlossaryEntry {
  term: string;
  variants?: readonly string[] | undefined;
  expansions: readonly { text: string }[];
}

export interface ResolverInput {
  people: readonly ResolverPerson[];
  meetings: readonly ResolverMeeting[];
  glossary?: readonly ResolverGlossaryEntry[] | undefined;
}

/** The outcome for one printed name: a person, or why there is none. */
export type Resolution =
  | { kind: 'person'; person: string; by: 'name' | 'role' }
  /** Two or more people fit; the name stays text. */
  | { kind: 'ambiguous'; candidates: string[] }
  /** Nobody fits (including collective owners and meetings without attendance); the name stays text. */
  | { kind: 'unknown' };

/** Case, white space, curly apostrophes and a trailing full stop do not tell names apart. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .trim()
    .toLocaleLowerCase('en-GB');
}

/** The last word of a name as printed: "Dr Sean O'Kelly" → "O'Kelly". */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

const add = (map: Map<string, Set<string>>, key: string, value: string): void => {
  if (key === '') return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};

/**
 * Abbreviation → title, both normalised, from what the papers print: attendance entries
 * ("Chief Constable (CC)") and glossary expansions. An abbreviation the papers expand in two
 * different ways is left out: it cannot be read with certainty.
 */
export function abbreviationTable(input: Pick<ResolverInput, 'meetings' | 'glossary'>): Map<string, string> {
  const meanings = new Map<string, Set<string>>();
  for (const m of input.meetings) {
    for (const a of m.attendance) if (a.roleAbbreviation) add(meanings, normaliseName(a.roleAbbreviation), normaliseName(a.role));
  }
  for (const g of input.glossary ?? []) {
    for (const term of [g.term, ...(g.variants ?? [])]) for (const e of g.expansions) add(meanings, normaliseName(term), normaliseName(e.text));
  }
  const table = new Map<string, string>();
  for (const [abbr, titles] of meanings) if (titles.size === 1) table.set(abbr, [...titles][0]!);
  return table;
}

/** "Title (ABBR)" → { title, abbr }; anything else → the role as one form. Both normalised. */
function splitRole(role: string): { title: string; abbr?: string } {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(role);
  return m ? { title: normaliseName(m[1]!), abbr: normaliseName(m[2]!) } : { title: normaliseName(role) };
}

export interface Resolver {
  /** Who `printed` means at meeting `meetingId` (the meeting whose attendance settles a role reference). */
  resolve(printed: string, meetingId: string | undefined): Resolution;
  /** The person's id when the name is certain, else undefined. */
  personFor(printed: string, meetingId: string | undefined): string | undefined;
}

/** Build the resolver once: every name form of every person and every meeting's roles are indexed here. */
export function createResolver(input: ResolverInput): Resolver {
  const abbr = abbreviationTable(input);
  /** Every role form a title can be printed in: the title, and the abbreviations the papers give for it. */
  const abbrsOf = new Map<string, Set<string>>();
  for (const [a, title] of abbr) add(abbrsOf, title, a);
  for (const m of input.meetings) {
    for (const a of m.attendance) if (a.roleAbbreviation) add(abbrsOf, normaliseName(a.role), normaliseName(a.roleAbbreviation));
  }
  /** An abbreviation's title when the papers give one; otherwise the form itself (a title printed in full). */
  const titleOf = (form: string): string => abbr.get(form) ?? form;

  // Rule 1: names, aliases, and role + surname / full name.
  const byName = new Map<string, Set<string>>();
  for (const p of input.people) {
    add(byName, normaliseName(p.name), p.id);
    for (const aka of p.alsoKnownAs) add(byName, normaliseName(aka), p.id);
    // Each title as printed and, for "Title (ABBR)", the title alone; an abbreviation stands for its title.
    const titles = new Set(p.roles.flatMap((r) => [normaliseName(r.title), splitRole(r.title).title]).map(titleOf));
    const surname = normaliseName(surnameOf(p.name));
    const full = normaliseName(p.name);
    for (const title of titles) {
      const forms = new Set([title, ...(abbrsOf.get(title) ?? [])]);
      for (const form of forms) {
        add(byName, `${form} ${surname}`, p.id);
        add(byName, `${form} ${full}`, p.id);
      }
    }
  }
  // "Title (ABBR) Surname": the title settles it, and the abbreviation must not mean another title.
  const titled = (printed: string): Set<string> | undefined => {
    const m = /^(.+?)\s*\(([^()]+)\)\s+(.+)$/.exec(printed);
    if (!m) return undefined;
    const title = normaliseName(m[1]!);
    const ab = normaliseName(m[2]!);
    const meant = abbr.get(ab);
    if (meant !== undefined && meant !== title) return new Set();
    return byName.get(`${title} ${normaliseName(m[3]!)}`);
  };

  // Rule 2: who is present at each meeting in each role form.
  const roleHolders = new Map<string, Map<string, Set<string>>>();
  for (const m of input.meetings) {
    const holders = new Map<string, Set<string>>();
    for (const a of m.attendance) {
      const title = titleOf(normaliseName(a.role));
      add(holders, title, a.person);
      if (a.roleAbbreviation) add(holders, titleOf(normaliseName(a.roleAbbreviation)), a.person);
    }
    roleHolders.set(m.id, holders);
  }
  const byRole = (printed: string, meetingId: string | undefined): Set<string> | undefined => {
    if (meetingId === undefined) return undefined;
    const holders = roleHolders.get(meetingId);
    if (!holders) return undefined;
    const rest = printed.replace(/^the\s+/i, '');
    const { title, abbr: ab } = splitRole(rest);
    const meant = titleOf(title);
    if (ab !== undefined) {
      const abMeant = abbr.get(ab);
      if (abMeant !== undefined && abMeant !== meant) return new Set();
    }
    return holders.get(meant);
  };

  const verdict = (ids: Set<string> | undefined, by: 'name' | 'role'): Resolution | undefined => {
    if (!ids || ids.size === 0) return undefined;
    if (ids.size > 1) return { kind: 'ambiguous', candidates: [...ids].sort() };
    return { kind: 'person', person: [...ids][0]!, by };
  };

  const memo = new Map<string, Resolution>();
  const resolve = (printed: string, meetingId: string | undefined): Resolution => {
    const key = `${meetingId ?? ''}\u0000${printed}`;
    const known = memo.get(key);
    if (known) return known;
    const n = normaliseName(printed);
    const named = new Set([...(byName.get(n) ?? []), ...(titled(printed.trim()) ?? [])]);
    const result = n === '' ? { kind: 'unknown' as const } : (verdict(named, 'name') ?? verdict(byRole(n, meetingId), 'role') ?? { kind: 'unknown' as const });
    memo.set(key, result);
    return result;
  };

  return {
    resolve,
    personFor(printed, meetingId) {
      const r = resolve(printed, meetingId);
      return r.kind === 'person' ? r.person : undefined;
    },
  };
}
