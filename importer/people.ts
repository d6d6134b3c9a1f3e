/**
 * People named in the papers, each with every role as each paper states it.
 *
 * Sources: attendance and apologies lists, signatures, the 2017 Forum's
 * presenters and narrative titles ("T/ACC Paul Sanford"), report originators
 * ("Deputy Chief Constable Megicks", matched by surname to a known person),
 * letters (addressees "Name, Title, Organisation" above "Dear …" and the
 * signature blocks after "Yours sincerely"), and "All enquiries to" contacts.
 * Short forms the papers use ("ACC Davison", "DCC Megicks") become
 * `alsoKnownAs` when the abbreviation matches a title the person holds.
 */
import type { Ref } from './meetings-types.ts';
import { clean, collapse, isBlank, parseDateText, slugify } from './meetings-util.ts';
import { profile } from './profile.ts';
import type { DraftData, EntryDraftOf, SourceDoc } from './source.ts';

type PersonRoleDraft = DraftData<'people'>['roles'][number];

const HONORIFICS = /^(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Professor|Prof)\.?\s+/;
const POST_NOMINALS = /(?:\s+(?:OBE|MBE|CBE|KBE|QPM|KPM|DL|BSc|MB|ChB|MSc|DCH|FRCA|MA|PhD|BA))+$/;

/** The name without post-nominal letters ("Michelle Skeer OBE QPM" → "Michelle Skeer"). */
export function displayName(name: string): string {
  return collapse(name).replace(POST_NOMINALS, '');
}

/**
 * One word of a name as printed, taken whole: "Bailey", "Lyle-Penrose", "O'Neill", "McDonald", "Wiśniewski",
 * "Dálaigh-Núñez" (a pattern source for a RegExp with the `u` flag: letters are any script's).
 * After it, callers check that no letter, apostrophe or hyphen follows (NAME_END), so a surname is never cut short.
 */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})*`;
/** What may not follow a NAME_WORD (a `u` pattern source): a letter, an apostrophe or a hyphen would mean the word was cut. */
export const NAME_END = String.raw`(?![\p{L}'’-])`;

/** Person id: the name without honorific or post-nominals, as a slug ("Dr Gavin Thompson" → "gavin-thompson"). */
export function personId(name: string): string {
  return slugify(displayName(name).replace(HONORIFICS, ''));
}

export interface RoleClaim {
  name: string;
  title: string;
  organisation?: string;
  asOf?: string;
  meeting?: string;
  source: Ref;
  /** Other printed forms of the name seen with this role ("Michelle Skeer OBE QPM"). */
  alias?: string;
}

/** Abbreviations of titles, for recognising short forms such as "ACC Davison". */
const TITLE_ABBREVIATIONS: Array<[RegExp, string]> = profile().titleAbbreviations.map((t) => [
  new RegExp(`^(?:${t.titles.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'i'),
  t.abbreviation,
]);

export function titleAbbreviation(title: string): string | undefined {
  return TITLE_ABBREVIATIONS.find(([re]) => re.test(title.trim()))?.[1];
}

/**
 * Roles stated in narrative as "<Title> <Forename> <Surname>" (000: "T/Chief
 * Inspector Alice Scott", "Chief Finance Officer John Hummersone", "DCC Julia
 * Wortley"). Only full names (two capitalised words) are taken.
 */
const NARRATIVE_TITLE =
  /\b(T\/Chief Inspector|Chief Inspector|Chief Finance Officer|Deputy Chief Constable|Chief Constable|T\/ACC|ACC|DCC|Detective Supt|Police and Crime Commissioner)\s+((?:Dr\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z']+(?:-[A-Z][a-z']+)*)+?)(?=\s+(?:presented|gave|stated|said|provided|has|had|is|was|led|and|,)|[,.;:)]|\s*$)/g;

export function narrativeRoles(doc: SourceDoc, lines: number[], meeting?: string): RoleClaim[] {
  const out: RoleClaim[] = [];
  for (const n of lines) {
    const text = clean((doc.lines[n - 1] ?? '').replace(/\*\*/g, ''));
    for (const m of text.matchAll(NARRATIVE_TITLE)) {
      const name = m[2]!.trim();
      // A single capitalised word after a title is a surname only; the full-name rule above needs two.
      out.push({ name, title: m[1]!, source: { doc: doc.id, line: n }, ...(meeting ? { meeting } : {}) });
    }
  }
  return out;
}

/**
 * Letters: the addressee block (lines "Name, Title, Organisation" between a
 * date line and "Dear …") and the signature block after "Yours sincerely"
 * (signature, typed name with letters, then title lines).
 */
export function letterRoles(doc: SourceDoc): RoleClaim[] {
  const out: RoleClaim[] = [];
  const L = (n: number) => doc.lines[n - 1] ?? '';
  let letterDate: string | undefined;
  for (let n = 1; n <= doc.lines.length; n++) {
    if (/^Dear\s/.test(L(n))) {
      let k = n - 1;
      while (k > 0 && isBlank(L(k))) k--;
      // The letter's date: the first line above the addressee block, when it is a date.
      let top = k;
      while (top > 0 && !isBlank(L(top))) top--;
      while (top > 0 && isBlank(L(top))) top--;
      const dated = parseDateText(L(top)).date;
      letterDate = dated;
      while (k > 0 && !isBlank(L(k))) {
        const parts = L(k).split(', ');
        if (parts.length >= 2 && /^[A-Z][a-z]+ [A-Z]/.test(parts[0]!)) {
          const name = parts[0]!;
          const title = parts[1]!;
          const organisation = parts.slice(2).join(', ') || undefined;
          out.push({
            name: displayName(name),
            title,
            ...(organisation ? { organisation } : {}),
            source: { doc: doc.id, line: k },
            ...(dated ? { asOf: dated } : {}),
            ...(displayName(name) !== name ? { alias: name } : {}),
          });
        }
        k--;
      }
    }
    if (/^Yours sincerely\s*$/.test(L(n))) {
      // Groups separated by blank lines: [signature] then [typed name, title lines...].
      const groups: Array<Array<{ n: number; text: string }>> = [];
      let g: Array<{ n: number; text: string }> = [];
      let k = n + 1;
      for (; k <= doc.lines.length; k++) {
        const t = L(k);
        if (isBlank(t)) {
          if (g.length) groups.push(g);
          g = [];
          if (isBlank(L(k + 1)) && isBlank(L(k + 2))) break;
          continue;
        }
        if (t.includes('\t')) break;
        g.push({ n: k, text: collapse(t) });
      }
      if (g.length) groups.push(g);
      for (let i = 0; i + 1 < groups.length; i++) {
        const sig = groups[i]!;
        const typed = groups[i + 1]!;
        if (sig.length === 1 && typed.length >= 2 && displayName(typed[0]!.text).startsWith(sig[0]!.text)) {
          const title = typed.slice(1).map((x) => x.text);
          for (const t of title) {
            const [ti, ...org] = t.split(', ');
            out.push({
              name: sig[0]!.text,
              title: ti!,
              ...(org.length ? { organisation: org.join(', ') } : {}),
              source: { doc: doc.id, line: typed[0]!.n, ...(typed.length > 1 ? { endLine: typed[typed.length - 1]!.n } : {}) },
              ...(letterDate ? { asOf: letterDate } : {}),
              ...(typed[0]!.text !== sig[0]!.text ? { alias: typed[0]!.text } : {}),
            });
          }
          i++;
        }
      }
    }
  }
  return out;
}

/** Merge role claims into people entries. Short forms ("ACC Davison") found in `texts` become alsoKnownAs. */
export function buildPeople(claims: RoleClaim[], texts: string[]): Array<EntryDraftOf<'people'>> {
  const byId = new Map<string, { name: string; aka: Set<string>; roles: PersonRoleDraft[] }>();
  for (const c of claims) {
    const id = personId(c.name);
    if (!id) continue;
    let p = byId.get(id);
    if (!p) {
      p = { name: c.name, aka: new Set(), roles: [] };
      byId.set(id, p);
    }
    // Prefer the fullest printed form ("Dr Gavin Thompson" over "Gavin Thompson").
    if (c.name.length > p.name.length) {
      p.aka.add(p.name);
      p.name = c.name;
    } else if (c.name !== p.name) p.aka.add(c.name);
    if (c.alias) p.aka.add(c.alias);
    // One role per title, meeting and paper: the attendance line and the signature of the same paper are one claim.
    const same = p.roles.find(
      (r) => r.title === c.title && r.meeting === c.meeting && r.source.doc === c.source.doc && (!r.organisation || !c.organisation || r.organisation === c.organisation),
    );
    if (same) {
      if (!same.organisation && c.organisation) same.organisation = c.organisation;
      continue;
    }
    // Keys in the order the content files have them: title, organisation, asOf, meeting, source.
    const role: PersonRoleDraft = {
      title: c.title,
      ...(c.organisation ? { organisation: c.organisation } : {}),
      ...(c.asOf ? { asOf: c.asOf } : {}),
      ...(c.meeting ? { meeting: c.meeting } : {}),
      source: c.source,
    };
    p.roles.push(role);
  }
  // Oldest first; roles whose date the papers do not state come first, in the order the papers give them.
  for (const p of byId.values()) p.roles.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  const corpus = texts.join('\n');
  // Surnames shared by more than one person are ambiguous: no short form is attached for them.
  const surnameCount = new Map<string, number>();
  for (const p of byId.values()) {
    const s = displayName(p.name).split(' ').pop()!;
    surnameCount.set(s, (surnameCount.get(s) ?? 0) + 1);
  }
  for (const p of byId.values()) {
    const surname = displayName(p.name).split(' ').pop()!;
    for (const r of p.roles) {
      const abbr = titleAbbreviation(r.title);
      if (!abbr) continue;
      const candidates = [`${abbr} ${surname}`];
      // Unique surname: "Deputy Chief Constable Megicks" style forms too.
      if (surnameCount.get(surname) === 1) candidates.push(`${r.title} ${surname}`);
      for (const form of candidates) {
        const re = new RegExp(`(?<![A-Za-z/])${form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z])`);
        if (re.test(corpus) && form !== p.name) p.aka.add(form);
      }
    }
  }
  return [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, p]) => ({
      collection: 'people' as const,
      id,
      data: { name: p.name, alsoKnownAs: [...p.aka].filter((x) => x !== p.name).sort(), roles: p.roles },
    }));
}
