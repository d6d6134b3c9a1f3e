/**
 * The glossary: every acronym the papers use, with the expansion(s) the papers
 * themselves give. Nothing is expanded from general knowledge: an acronym the
 * papers never spell out gets an empty `expansions` list and a `notExpanded`
 * sentence saying so.
 *
 * 1. Candidates. Each line is cleaned of URLs, e-mail addresses, HTML tags,
 *    `**` and `&amp;`. A token is a run of letters and digits, optionally
 *    joined by "/" (T/ACC, NSAB/NSCP), or capitals separated by full stops
 *    (A.O.B.). A token is a candidate acronym when it has at least two capital
 *    letters, e.g. PCC, RaSSO, GtoE, C4C. Then:
 *    - "'s"/"’s" and a plural "s" after a capital are dropped: PCCs → PCC,
 *      ISVA's → ISVA, AFIs → AFI (the expansion keeps the plural wording).
 *    - A slash compound is kept whole when one side is a single capital
 *      (T/ACC: "Temporary Assistant Chief Constable (T/ACC)"); otherwise each
 *      side is its own token (NSAB/NSCP → NSAB, NSCP; ICT/Digital → ICT).
 *    - Not acronyms, and so left out:
 *      - words set in capitals on lines with no lower-case letter at all
 *        (banners "PILLAR 2: VISIBLE AND TRUSTED POLICING", labels "SUMMARY:",
 *        "END.", checklist headings, table labels "DRUGS"), unless the same
 *        token is also used in running text (ADDER, PCC);
 *      - CamelCase compounds of whole words (SpeedWatch, SmartSurvey,
 *        LiveChat) and Mc/Mac surnames (McCabe);
 *      - Roman numerals of two or more letters built from I, V and X only;
 *      - codes that are not abbreviations: strategic objective codes (SO1…),
 *        postcodes (NR18), page labels (AA3);
 *      - the reasoned stop-list `NOT_ACRONYMS` below.
 *    Forms that differ only in letter case (RaSSO, RASSO) are one entry: the
 *    most frequent form is the `term`, the others are `variants`.
 * 2. Expansions, found on the same line:
 *    - "Full Words (ACR)": the words just before "(ACR)" (or "(ACRs)",
 *      "(ACR's)");
 *    - "ACR (Full Words)": the whole text inside the brackets after ACR.
 *    The initials check: every letter and digit of the acronym, in order,
 *    must start one of the words (a word may give several letters when they
 *    begin it: "to" gives t and o in GtoE, "Safer" gives S and a in SaBA);
 *    every word that gives no letter must be a small joining word (of, and,
 *    the, &, …) or the second part of a hyphenated word; the first word must
 *    give the first letter. The shortest such run of words is the expansion,
 *    printed as in the paper (surrounding quotes trimmed).
 *    Distinct wordings are all kept, each with its first source line;
 *    wordings that differ only in letter case or quote style count as one.
 * 3. `usedAt`: up to five places, the first use in each document first.
 * 4. Ids: the site's glossary anchor (src/lib/glossary/glossary.ts glossaryId): the
 *    term in lower case, with every run of other characters than a-z and 0-9
 *    turned into one hyphen and hyphens trimmed at the ends:
 *    PCC → "pcc", T/ACC → "t-acc", A.O.B. → "a-o-b", RaSSO → "rasso".
 */
import { glossarySchema } from '../src/schemas/glossary.ts';
import { glossaryId } from '../src/lib/glossary/glossary.ts';
import { assertSchema, ImportError, type EntryDraft, type SourceDoc } from './source.ts';
import { profile } from './profile.ts';

interface Ref {
  doc: string;
  line: number;
}

/**
 * Capitalised tokens that the rules above would take for acronyms but that are
 * not, each with the reason.
 */
export const NOT_ACRONYMS: Readonly<Record<string, string>> = profile().notAcronyms;
/** Codes of plan elements ("SO15"): an element word of one of the profile's plans, then a number. */
const ELEMENT_WORDS = [...new Set(profile().plans.flatMap((p) => p.elementWords))];
const ELEMENT_CODE = ELEMENT_WORDS.length ? new RegExp(`^(?:${ELEMENT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\d+$`) : /(?!)/;

/** Small joining words that may sit inside an expansion without giving a letter. */
const JOINING_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'from', 'or', 'a', 'an', '&', 'into']);

/** Id rule: the site's glossary anchor, so entry ids and `/glossary/#…` links agree. */
export { glossaryId };

/** Remove what is not running text: URLs, e-mail addresses, HTML tags, bold marks, entities. */
export function cleanLine(line: string): string {
  return line
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\bwww\.\S+/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/&amp;/g, '&');
}

const TOKEN_RE = /(?<![A-Za-z0-9])(?:[A-Z]\.){2,}|(?<![A-Za-z0-9./])[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)*(?:['’]s)?(?![A-Za-z0-9])/g;
const capitals = (s: string) => (s.match(/[A-Z]/g) ?? []).length;

/** Is a single (slash-free) token acronym-shaped? Returns its base form (plural/possessive dropped) or undefined. */
export function acronymForm(token: string): string | undefined {
  let t = token.replace(/['’]s$/, '');
  if (/^(?:[A-Z]\.){2,}$/.test(t)) return t;
  if (capitals(t) < 2) return undefined;
  if (/^\d/.test(t)) return undefined; // postcode halves such as 0WW, 2DH
  if (/^[A-Z0-9]*[A-Z]s$/.test(t) && capitals(t) >= 2) t = t.slice(0, -1);
  if (capitals(t) < 2) return undefined;
  if (/^(?:[A-Z][a-z]{2,})+$/.test(t)) return undefined; // SpeedWatch, SmartSurvey
  if (/^Ma?c[A-Z][a-z]+$/.test(t)) return undefined; // McCabe
  if (/^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/.test(t)) return undefined; // II, IV, XII
  if (ELEMENT_CODE.test(t)) return undefined; // plan element codes (the profile's element words: "SO15")
  if (/^[A-Z]{1,2}\d{1,2}[A-Z]?$/.test(t) && /^(?:NR|AA)/.test(t)) return undefined; // postcodes NR18, page label AA3
  if (/^[A-Z]{2}\d+$/.test(t) && !/[A-Z]{3}/.test(t)) return undefined; // other short letter+number codes
  if (t in NOT_ACRONYMS) return undefined;
  return t;
}

/** The acronyms a raw token stands for (a slash compound may give several). */
export function acronymsInToken(token: string): string[] {
  if (!token.includes('/') || /^(?:[A-Z]\.){2,}$/.test(token)) {
    const a = acronymForm(token);
    return a ? [a] : [];
  }
  const bare = token.replace(/['’]s$/, '');
  const parts = bare.split('/');
  const forms = parts.map((p) => acronymForm(p));
  const singles = parts.filter((p) => /^[A-Z]$/.test(p)).length;
  if (singles > 0 && forms.some((f) => f !== undefined) && parts.every((p, i) => /^[A-Z]$/.test(p) || forms[i] !== undefined)) {
    const whole = parts.map((p, i) => (/^[A-Z]$/.test(p) ? p : (forms[i] as string))).join('/');
    return whole in NOT_ACRONYMS ? [] : [whole];
  }
  return forms.filter((f): f is string => f !== undefined);
}

interface Word {
  /** Lower-case letters and digits of the word. */
  key: string;
  /** Start offset in the searched text. */
  start: number;
  /** The word continues a hyphenated compound ("ordinator" in "Co-ordinator"). */
  joined: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z0-9&’']+/g;
  for (const m of text.matchAll(re)) {
    const key = m[0].toLowerCase().replace(/[^a-z0-9&]/g, '');
    if (key === '') continue;
    const prev = text[m.index - 1];
    out.push({ key, start: m.index, joined: prev === '-' });
  }
  return out;
}

/**
 * Can `ws` (all of them) spell `letters`, following the initials rule? The
 * first word gives the first letter and is not a joining word; words that give
 * no letter are joining words or hyphen continuations, plus at most `skips`
 * other words (never the first).
 */
function spells(ws: Word[], letters: string, skips = 0): boolean {
  const memo = new Map<string, boolean>();
  const go = (w: number, l: number, s: number): boolean => {
    if (l === letters.length) {
      const rest = ws.slice(w).filter((x) => !JOINING_WORDS.has(x.key) && !x.joined).length;
      return rest <= s;
    }
    if (w === ws.length) return false;
    const k = `${w},${l},${s}`;
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    const word = ws[w] as Word;
    let ok = false;
    for (let n = Math.min(word.key.length, letters.length - l); n >= 1 && !ok; n--) {
      if (word.key.slice(0, n) === letters.slice(l, l + n)) ok = go(w + 1, l + n, s);
    }
    if (!ok && w > 0) {
      if (JOINING_WORDS.has(word.key) || word.joined) ok = go(w + 1, l, s);
      else if (s > 0) ok = go(w + 1, l, s - 1);
    }
    memo.set(k, ok);
    return ok;
  };
  const first = ws[0];
  return first !== undefined && !JOINING_WORDS.has(first.key) && first.key[0] === letters[0] && go(0, 0, skips);
}

/** Try the strict rule first, then allow one extra word; a final capital S may be the plural of the last word. */
function spellsAny(ws: Word[], letters: string, skips: number): boolean {
  if (spells(ws, letters, skips)) return true;
  const last = ws.at(-1);
  return letters.length > 2 && letters.endsWith('s') && last !== undefined && last.key.endsWith('s') && spells(ws, letters.slice(0, -1), skips);
}

const acronymLetters = (term: string) => term.toLowerCase().replace(/[^a-z0-9]/g, '');
const trimExpansion = (s: string) => s.replace(/^[\s'"‘’“”]+|[\s'"‘’“”,;:–-]+$/g, '').replace(/\s+/g, ' ');

/** How many extra words an expansion may hold, tried in turn: none, then one, then two for acronyms of 4+ characters. */
const skipSteps = (letters: string): number[] => (letters.length >= 4 ? [0, 1, 2] : [0, 1]);

/** "Full Words (ACR)": the shortest run of words just before the bracket that spells the acronym. */
export function expansionBefore(before: string, term: string): string | undefined {
  const letters = acronymLetters(term);
  const ws = words(before);
  const max = Math.min(ws.length, letters.length + 6);
  for (const skips of skipSteps(letters)) {
    for (let n = 1; n <= max; n++) {
      const slice = ws.slice(ws.length - n);
      if (spellsAny(slice, letters, skips)) {
        const text = trimExpansion(before.slice((slice[0] as Word).start));
        return text === '' ? undefined : text;
      }
    }
  }
  return undefined;
}

/**
 * "ACR (Full Words)": the bracket's text, when it spells the acronym. Only the
 * part before a dash or semicolon counts ("NAVCIS (the National Vehicle Crime
 * Intelligence Service – they coordinate …)"), and a leading "the" is dropped.
 */
export function expansionInside(inside: string, term: string): string | undefined {
  const letters = acronymLetters(term);
  const head = (inside.split(/\s[–-]\s|;/)[0] ?? '').replace(/^(?:the|a|an)\s+/i, '');
  const ws = words(head);
  if (ws.length === 0 || ws.length > letters.length + 6) return undefined;
  for (const skips of skipSteps(letters)) if (spellsAny(ws, letters, skips)) return trimExpansion(head);
  return undefined;
}

interface Candidate {
  forms: Map<string, number>;
  uses: Ref[];
  /** Used on a line that has lower-case letters (running text). */
  inText: boolean;
}

interface Expansion {
  text: string;
  source: Ref & { endLine?: number };
}

/**
 * Wordings that differ only in letter case, quote style, punctuation, "&" for
 * "and", or a plural or possessive ending on the last word count as one.
 */
export function wordingKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/s$/, '');
}

const upperKey = (term: string) => term.toUpperCase();

/** Capital groups separated by single spaces inside brackets, e.g. "(O OCD)": one acronym printed with a stray space. */
const SPACED_RE = /^[A-Z]+(?: [A-Z]+)+$/;

interface Bracket {
  /** Offset of "(". */
  start: number;
  /** Offset just after ")". */
  end: number;
  inner: string;
}

function brackets(line: string): Bracket[] {
  return [...line.matchAll(/\(([^()]+)\)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: (m[1] ?? '').trim() }));
}

/**
 * A bracket that closes a TAB-separated table cell holds a label, not an
 * expansion's acronym: the grid's owner codes (the profile's, e.g. "(NC)") end every
 * Action cell, and the words before them are the action, not a full form.
 */
function closesCell(line: string, b: Bracket): boolean {
  return line.includes('\t') && (b.end === line.length || line[b.end] === '\t');
}

/** The text just before a bracket; when the bracket opens its line, the previous line (across a page break) too. */
function textBefore(lines: string[], i: number, b: Bracket): { text: string; fromLine: number } {
  const own = (lines[i] ?? '').slice(0, b.start);
  if (own.trim() !== '') return { text: own, fromLine: i + 1 };
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const prev = lines[j] ?? '';
    if (prev.trim() === '') continue;
    if (/[.!?:]\s*$/.test(prev) || prev.includes('\t')) break;
    return { text: `${prev} `, fromLine: j + 1 };
  }
  return { text: own, fromLine: i + 1 };
}

/** The acronyms a bracket's content names: one token, or capitals with a stray space that spell the words before. */
function bracketTerms(inner: string, before: string): string[] {
  if (SPACED_RE.test(inner) && inner.replace(/ /g, '').length <= 8) {
    return expansionBefore(before, inner) ? [inner] : [];
  }
  return /^\S+$/.test(inner) ? acronymsInToken(inner) : [];
}

/** Every acronym in the papers with the expansions they give. */
export function buildGlossary(docs: SourceDoc[]): EntryDraft[] {
  const candidates = new Map<string, Candidate>();
  const cleaned = docs.map((doc) => ({ doc, lines: doc.lines.map(cleanLine) }));
  const note = (form: string, doc: SourceDoc, line: number, inText: boolean) => {
    const key = upperKey(form);
    let c = candidates.get(key);
    if (!c) {
      c = { forms: new Map(), uses: [], inText: false };
      candidates.set(key, c);
    }
    c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    if (!c.uses.some((u) => u.doc === doc.id && u.line === line)) c.uses.push({ doc: doc.id, line });
    if (inText) c.inText = true;
  };

  for (const { doc, lines } of cleaned) {
    lines.forEach((raw, i) => {
      let line = raw;
      const inText = /[a-z]/.test(line);
      for (const b of brackets(raw)) {
        if (!SPACED_RE.test(b.inner)) continue;
        for (const form of bracketTerms(b.inner, textBefore(lines, i, b).text)) {
          note(form, doc, i + 1, inText);
          line = line.slice(0, b.start) + ' '.repeat(b.end - b.start) + line.slice(b.end);
        }
      }
      for (const m of line.matchAll(TOKEN_RE)) {
        for (const form of acronymsInToken(m[0])) note(form, doc, i + 1, inText);
      }
    });
  }

  const expansions = new Map<string, Expansion[]>();
  /** Brackets "(TERM)" whose words before did not pass the initials check: quoted in `notExpanded`. */
  const unmatched = new Map<string, { words: string; source: Ref }>();
  const addExpansion = (key: string, text: string, source: Expansion['source']) => {
    const list = expansions.get(key) ?? [];
    const k = wordingKey(text);
    const same = list.findIndex((e) => wordingKey(e.text) === k);
    // Keep the first printed wording; a later singular of a plural first wording replaces it.
    if (same < 0) list.push({ text, source });
    else {
      const kept = (list[same] as Expansion).text;
      if (kept !== text && kept.replace(/(?:['’]s|s)$/, '') === text) list[same] = { text, source };
    }
    expansions.set(key, list);
  };
  for (const { doc, lines } of cleaned) {
    lines.forEach((line, i) => {
      for (const b of brackets(line)) {
        // "Full Words (ACR)", also "(ACRs)" and "(ACR's)".
        const before = textBefore(lines, i, b);
        if (!closesCell(line, b)) {
          for (const form of bracketTerms(b.inner, before.text)) {
            const key = upperKey(form);
            if (!candidates.has(key)) continue;
            const text = expansionBefore(before.text, form);
            const source = before.fromLine === i + 1 ? { doc: doc.id, line: i + 1 } : { doc: doc.id, line: before.fromLine, endLine: i + 1 };
            if (text) addExpansion(key, text, source);
            else if (!unmatched.has(key)) {
              // Quote the words only when they look like a full form: the last one starts with the acronym's last letter.
              const ws = before.text.trim().split(/\s+/).slice(-6);
              const letters = acronymLetters(form);
              const lastWord = (ws.at(-1) ?? '').toLowerCase();
              if (lastWord.startsWith(letters.at(-1) ?? '') || (letters.endsWith('s') && lastWord.startsWith(letters.at(-2) ?? ''))) {
                unmatched.set(key, { words: ws.join(' '), source: { doc: doc.id, line: i + 1 } });
              }
            }
          }
        }
        // "ACR (Full Words)".
        const tokenBefore = /([A-Za-z0-9/.]+(?:['’]s)?)\s*$/.exec(line.slice(0, b.start));
        if (tokenBefore && /\s/.test(b.inner) && !SPACED_RE.test(b.inner)) {
          for (const form of acronymsInToken(tokenBefore[1] as string)) {
            const key = upperKey(form);
            if (!candidates.has(key)) continue;
            const text = expansionInside(b.inner, form);
            if (text) addExpansion(key, text, { doc: doc.id, line: i + 1 });
          }
        }
      }
    });
  }

  const docOrder = new Map(docs.map((d, i) => [d.id, i]));
  const entries: EntryDraft[] = [];
  const ids = new Map<string, string>();
  for (const [key, c] of candidates) {
    if (!c.inText && !expansions.has(key)) continue; // only ever a word on a capitals-only line
    const forms = [...c.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const term = (forms[0] as [string, number])[0];
    const variants = forms.slice(1).map(([f]) => f);
    const id = glossaryId(term);
    const clash = ids.get(id);
    if (clash !== undefined) {
      const at = c.uses[0];
      throw new ImportError(at ? `${at.doc}.txt` : 'glossary', at?.line, `a glossary id "${id}" used by one term only`, `${clash} and ${term}`);
    }
    ids.set(id, term);
    const uses = [...c.uses].sort((a, b) => (docOrder.get(a.doc) ?? 0) - (docOrder.get(b.doc) ?? 0) || a.line - b.line);
    const firstPerDoc = uses.filter((u, i) => uses.findIndex((v) => v.doc === u.doc) === i);
    const usedAt = [...firstPerDoc, ...uses.filter((u) => !firstPerDoc.includes(u))].slice(0, 5);
    const found = (expansions.get(key) ?? []).sort(
      (a, b) => (docOrder.get(a.source.doc) ?? 0) - (docOrder.get(b.source.doc) ?? 0) || a.source.line - b.source.line,
    );
    const data: Record<string, unknown> = { term };
    if (variants.length > 0) data['variants'] = variants;
    data['expansions'] = found;
    if (found.length === 0) data['notExpanded'] = notExpandedSentence(term, key, c, candidates, expansions, unmatched.get(key));
    data['usedAt'] = usedAt;
    const at = usedAt[0];
    assertSchema(glossarySchema, data, at ? `${at.doc}.txt` : 'glossary', at?.line, 'a glossary entry that matches src/schemas/glossary.ts');
    entries.push({ collection: 'glossary', id, data });
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The plain sentence for an acronym the papers never spell out. It adds, as
 * facts and without claiming a meaning: the words printed before "(TERM)" when
 * their initials do not match (EEOF), or an acronym with the same letters in
 * another order spelt out within two lines (NSBC beside "… (NSCB)").
 */
function notExpandedSentence(
  term: string,
  key: string,
  c: Candidate,
  candidates: Map<string, Candidate>,
  expansions: Map<string, Expansion[]>,
  unmatchedBracket: { words: string; source: Ref } | undefined,
): string {
  const base = `The papers use "${term}" but never give its full form.`;
  if (unmatchedBracket) {
    return (
      `${base} It is printed in brackets after "${unmatchedBracket.words}" (${unmatchedBracket.source.doc} line ` +
      `${unmatchedBracket.source.line}), but the initials of those words do not match its letters.`
    );
  }
  const sorted = [...key].sort().join('');
  for (const [otherKey, list] of expansions) {
    if (otherKey === key || [...otherKey].sort().join('') !== sorted) continue;
    for (const e of list) {
      const near = c.uses.find((u) => u.doc === e.source.doc && Math.abs(u.line - e.source.line) <= 2);
      if (near) {
        const other = candidates.get(otherKey);
        const shown = other ? ([...other.forms.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? otherKey) : otherKey;
        return (
          `${base} It is printed ${near.line === e.source.line ? 'on the same line as' : 'next to'} ` +
          `"${e.text} (${shown})" (${e.source.doc} line ${e.source.line}), which has the same letters in another order.`
        );
      }
    }
  }
  return base;
}
