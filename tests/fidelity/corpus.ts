/**
 * Fidelity corpora: the seeds' text, split into fragments, and the text of
 * src/content (and of a built site), normalised the same way.
 *
 * Normalisation (both sides): HTML tags become spaces; &amp; and friends are
 * decoded; markdown escapes (`\.`), emphasis asterisks, heading hashes,
 * bullet markers and link targets `[text](#)` are removed; runs of
 * whitespace become one space. Quotes, dashes, typos and numbers are left
 * exactly as printed.
 *
 * A "number" is /\d+(?:,\d{3})*(?:\.\d+)?/: digits with optional thousands
 * groups and decimals, so "1,827.8", "(1,094)", "£349,340", "0.5pp",
 * "124:52:31" (three numbers) and "01/10/2017" (three numbers) all count.
 * A number is present when the word that holds it appears in the content
 * next to the same neighbouring word (either side), or, when it is a whole
 * cell or paragraph by itself, as a word of the content.
 *
 * A "fragment" is one table cell, one <p> paragraph or one line of prose; a
 * "sentence" is a fragment split after . ? or ! before a capital or quote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z0-9#]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m);
}

/** The shared normalisation. */
export function normalise(text: string): string {
  return decode(text.replace(/<[^>]*>/g, ' '))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/\*/g, '')
    .replace(/^\s*#+\s+/gm, '')
    .replace(/^\s*[-•]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One piece of seed text with where it is. */
export interface Fragment {
  doc: string;
  line: number;
  text: string;
}

/** Every fragment of a seed file: each TAB cell, each <p> paragraph, each line. */
export function fragments(doc: string, text: string): Fragment[] {
  const out: Fragment[] = [];
  text.split('\n').forEach((line, i) => {
    for (const cell of line.split('\t')) {
      for (const para of cell.split(/<\/?p(?:\s[^>]*)?>/i)) {
        const t = normalise(para);
        if (t) out.push({ doc, line: i + 1, text: t });
      }
    }
  });
  return out;
}

export function sentences(fragment: string): string[] {
  return fragment
    .split(/(?<=[.?!]["'’”)]?)\s+(?=["'‘“(]?[A-Z0-9£])/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]{2}/.test(s));
}

/** A word without surrounding quotes, brackets or closing punctuation. */
const strip = (w: string) => w.replace(/^["'‘“(\[]+|["'’”)\],.;:]+$/g, '');

/** A searchable corpus: the joined text, its words and its word pairs. */
export interface Corpus {
  text: string;
  words: Set<string>;
  /** Words without surrounding quotes, brackets or closing punctuation ("“10.00am”)" → "10.00am"). */
  bare: Set<string>;
  pairs: Set<string>;
  count: number;
}

export function corpusOf(strings: string[]): Corpus {
  const words = new Set<string>();
  const bare = new Set<string>();
  const pairs = new Set<string>();
  const norm: string[] = [];
  for (const s of strings) {
    const t = normalise(s);
    if (!t) continue;
    norm.push(t);
    const w = t.split(' ');
    for (let i = 0; i < w.length; i++) {
      words.add(w[i]!);
      bare.add(strip(w[i]!));
      if (i > 0) pairs.add(`${w[i - 1]} ${w[i]}`);
    }
  }
  return { text: ` ${norm.join(' ')} `, words, bare, pairs, count: norm.length };
}

/** Keys whose values are machine forms of something printed elsewhere ("10:00" for "10:00am"). */
const NOT_TEXT = new Set(['startTime', 'endTime', 'url', 'languageNoticeVariants']);

/** An id or machine value (a slug such as "pam-action-4", "001_1defd7e170de073f" or "2025-01-29"), never printed text. */
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function strings(value: unknown, out: string[], key = ''): void {
  if (NOT_TEXT.has(key)) return;
  if (typeof value === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    // A date stored as YYYY-MM-DD (a paper's "Date Published: 27 October 2025") is shown in words on the pages.
    if (iso) out.push(`${Number(iso[3])} ${MONTHS[Number(iso[2]) - 1] ?? ''} ${iso[1]}`);
    else if (!SLUG.test(value)) out.push(value);
  }
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, out, k);
}

/** The printed text of src/content: every text value of every entry (report narratives are `body` blocks, so every heading, paragraph line and list item). */
export function contentStrings(contentDir: string): string[] {
  const out: string[] = [];
  for (const collection of readdirSync(contentDir)) {
    const dir = join(contentDir, collection);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.json')) strings(JSON.parse(readFileSync(join(dir, f), 'utf8')), out);
    }
  }
  return out;
}

/** The multilingual notice as the site prints it: src/i18n/<lang>.json templates with the office's details. */
export function noticeStrings(i18nDir: string, values: Record<string, string>): string[] {
  const out: string[] = [];
  if (!existsSync(i18nDir)) return out;
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => values[k] ?? m));
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  for (const f of readdirSync(i18nDir).filter((x) => x.endsWith('.json'))) walk(JSON.parse(readFileSync(join(i18nDir, f), 'utf8')));
  return out;
}

/** The text of every HTML page of a built site (scripts, styles and the search index left out). */
export function siteStrings(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'pagefind' && f !== '_astro') walk(p);
      } else if (f.endsWith('.html')) {
        const html = readFileSync(p, 'utf8')
          .replace(/<script[\s\S]*?<\/script>/gi, ' ')
          .replace(/<style[\s\S]*?<\/style>/gi, ' ')
          // Screen-reader-only additions ("(the papers give no web address for this link)") are not printed text.
          .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/gi, '')
          // Phrase markup inside running text joins without a space; every other tag separates.
          .replace(/<(?:abbr|a|strong|em|b|i|u|bdi|q|small|sup|sub|mark|dfn|cite|s)(?:\s[^>]*)?>|<\/(?:abbr|a|strong|em|b|i|u|bdi|q|small|sup|sub|mark|dfn|cite|s)>/gi, '');
        for (const block of html.split(/<[^>]+>/)) out.push(block);
      }
    }
  };
  walk(distDir);
  return out;
}

export interface Miss {
  doc: string;
  line: number;
  what: string;
}

/**
 * Printed labels whose content the portal stores in a field rather than as
 * text. A fragment that is not found as printed is checked again with the
 * label removed; numbers inside a removed label are checked against the
 * numbers and codes the content stores (`number`, `code`) or, for dates, as
 * words of the content. Every rule says why.
 */
export interface Rule {
  name: string;
  reason: string;
  re: RegExp;
}

export const RULES: Rule[] = [
  {
    name: 'field label',
    reason: 'Labels such as "Date:", "Time:", "Venue:" and "Direct Dial:" are page furniture; the value is stored (date, time and venue claims, documents.enquiries).',
    re: /^(?:Date Published|Date|Time|Venue|Direct Dial|Email|Tel\.|Fax\.):?\s+/,
  },
  {
    name: 'purpose',
    reason: 'The agenda prints "(Purpose: …)"; the purpose is stored without the brackets and label (meetings.purpose, bodies.purpose).',
    re: /^\(Purpose:\s*|\)$/g,
  },
  {
    name: 'caption number',
    reason: 'Captions are stored without "Table N:" / "Figure N –"; N is the table\'s or figure\'s `number` and the separator its `captionSeparator`.',
    re: /^(?:Table|Figure) \d+\s*[:–]\s*/,
  },
  {
    name: 'plan code',
    reason: 'Grid and plan titles are stored without "SO12:" / "Priority 4:"; the code or number is a field of the entry.',
    re: /^(?:SO\d+|Priority \d+):\s*/,
  },
  {
    name: 'item number',
    reason: 'Agenda and minute headings are stored without their item number, which is the `number` field.',
    re: /^(?:\d+\.|\d+\.\d+)\s+(?=[A-Z])/,
  },
  {
    name: 'action label',
    reason: 'An action\'s label "Action N (date):" is its `number` and the meeting it was raised at; the description is stored after it.',
    re: /^Action \d+(?: \([^)]*\))?:\s*/,
  },
  {
    name: 'closing colon',
    reason: 'Headings are stored without their closing colon.',
    re: /:\s*$/,
  },
];

/** Whole fragments that are page furniture: the portal expresses them by structure, not by printing the words. */
export const FURNITURE: Array<{ re: RegExp; reason: string }> = [
  { re: /^(?:ORIGINATOR|REASON FOR SUBMISSION|SUBMITTED TO|SUBJECT|SUMMARY|RECOMMENDATION):$/, reason: 'labels of the report header; each value is a field of the report' },
  { re: /^END\.?$/, reason: 'the end-of-report marker' },
  { re: /^(?:A G E N D A|Item|Time|Agenda Item|Page Number)$/, reason: 'the agenda heading and its column headings; the agenda is a table on the meeting page' },
  { re: /^PCC ACCOUNTABILITY MEETING$/, reason: 'the body\'s name set in capitals on the agenda cover (bodies.name "PCC Accountability Meeting")' },
  { re: /^(?:All )?Enquiries to:$/i, reason: 'the label of the enquiries block (documents.enquiries)' },
  { re: /^Verbal Update$/, reason: 'the agenda\'s "Verbal Update" in the page column: the item\'s verbalUpdate flag, shown on the meeting page' },
  { re: /^(?:Present|Apologies(?: for absence)?):$/, reason: 'the labels of formal minutes\' attendance lists; the lists are the meeting\'s attendance and apologies' },
  { re: /^(?:Description of Action|Action Update ?\/ ?Decision)$/, reason: 'column headings of the actions table; each action has its own page' },
  { re: /^(?:Strategic Objective|Action|Evidence\/Link|Commentary)$/, reason: 'column headings of the performance grid' },
];

/** "Role (ABBR) – Name, Organisation": stored as role, abbreviation, name and organisation. */
const ATTENDEE = /^([^–]{3,120}?) – ([A-Z][^,–]{2,40}(?:, [^,–]{2,40})?)$/;

/** Apply the rules; returns the text with labels removed and the removed labels. */
export function unlabel(text: string): { rest: string; labels: string[]; rules: string[] } {
  let rest = text;
  const labels: string[] = [];
  const rules: string[] = [];
  for (const r of RULES) {
    const before = rest;
    rest = rest.replace(r.re, (m) => {
      labels.push(m);
      return '';
    }).trim();
    if (rest !== before) rules.push(r.name);
  }
  return { rest, labels, rules };
}

export interface Result {
  numbers: { total: number; missing: Miss[] };
  sentences: { total: number; missing: Miss[] };
  /** How many fragments each rule or furniture entry accounted for. */
  byRule: Record<string, number>;
}

const isUrl = (w: string) => /:\/\/|^\(?www\./.test(w);

/** Check every fragment against a corpus: numbers and sentences, with the rules above. */
export function check(frags: Fragment[], c: Corpus, itemNumbers: Set<string>): Result {
  const res: Result = { numbers: { total: 0, missing: [] }, sentences: { total: 0, missing: [] }, byRule: {} };
  const count = (k: string) => (res.byRule[k] = (res.byRule[k] ?? 0) + 1);
  const numberOk = (words: string[], i: number): boolean => {
    const w = words[i]!;
    return (
      (i > 0 && c.pairs.has(`${words[i - 1]} ${w}`)) ||
      (i + 1 < words.length && c.pairs.has(`${w} ${words[i + 1]}`)) ||
      ((words.length === 1 || isUrl(w)) && (c.words.has(w) || c.bare.has(strip(w))))
    );
  };
  for (const f of frags) {
    const furniture = FURNITURE.find((x) => x.re.test(f.text));
    if (furniture) {
      count(`furniture: ${furniture.reason}`);
      continue;
    }
    const sents = sentences(f.text);
    res.sentences.total += sents.length;
    const missingSents = sents.filter((s) => !c.text.includes(` ${s}`) && !c.text.includes(s));
    const { rest, labels, rules } = missingSents.length || /\d/.test(f.text) ? unlabel(f.text) : { rest: f.text, labels: [], rules: [] };
    if (missingSents.length) {
      let still: string[] = [];
      const links = rest.match(/(?:https?:\/\/|www\.)[^\s()•<>]+/g);
      const parts = ATTENDEE.exec(rest);
      if (links && rest.replace(/(?:https?:\/\/|www\.)[^\s()•<>]+/g, '').replace(/[\s()•]/g, '') === '') {
        // A list of links ("url • url", "(url) (url)"): each link is one evidence item.
        still = links.filter((l) => !c.words.has(l));
        if (still.length === 0) count('link list: a cell of several links is stored link by link');
      } else
      if (parts && !c.text.includes(rest)) {
        // An attendance line: role, then "Name, Organisation".
        const role = /^(.*?) \(([A-Z/]+)\)$/.exec(parts[1]!);
        still = [...(role ? [role[1]!, role[2]!] : [parts[1]!]), ...parts[2]!.split(', ')].filter((p) => !c.text.includes(p.trim()));
        if (still.length === 0) count('attendee: "Role – Name, Organisation" is stored as role, name and organisation');
      } else {
        still = rest ? sentences(rest).filter((s) => !c.text.includes(s)) : [];
      }
      if (still.length === 0) for (const r of rules) count(r);
      for (const s of still) res.sentences.missing.push({ doc: f.doc, line: f.line, what: s });
    }
    // Numbers.
    const words = f.text.split(' ');
    const restWords = rest.split(' ');
    const labelWords = labels.join(' ').replace(/[():–]/g, ' ').split(/\s+/).filter(Boolean);
    words.forEach((w, i) => {
      const nums = w.match(NUMBER);
      if (!nums) return;
      res.numbers.total += nums.length;
      if (numberOk(words, i)) return;
      const j = restWords.indexOf(w);
      if (j >= 0 && numberOk(restWords, j)) return;
      const k = labelWords.findIndex((x) => x.includes(nums[0]!));
      if (k >= 0 && (numberOk(labelWords, k) || nums.every((n) => itemNumbers.has(n)))) return;
      for (const n of nums) res.numbers.missing.push({ doc: f.doc, line: f.line, what: `${n} in "${words.slice(Math.max(0, i - 2), i + 3).join(' ')}"` });
    });
  }
  return res;
}

/** Item numbers and codes the content stores: `number` values and the digits of `code` values ("SO12"). */
export function itemNumbers(contentDir: string): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, key = '') => {
    if ((key === 'number' || key === 'code') && (typeof v === 'number' || typeof v === 'string')) {
      for (const n of String(v).match(NUMBER) ?? []) out.add(n);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const collection of readdirSync(contentDir)) {
    const dir = join(contentDir, collection);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    }
  }
  return out;
}
