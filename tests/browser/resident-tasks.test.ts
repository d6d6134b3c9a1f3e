/**
 * Issue 11, "Residents first": the eight things a resident comes to do, each done from the home page
 * in at most 3 clicks or one search, with the answer within the first two screens of where the
 * resident lands. Run at a phone (375×667) and a desktop (1280×800) size.
 *
 * A resident is simulated: links are clicked by their accessible names (getByRole('link', { name })),
 * the site search is typed into once, and every click is counted. On the landing page the answer
 * must be there and its top within two viewport heights of where the browser put the reader (the top
 * of the page, or where it scrolled to for a #fragment), measured without scrolling.
 *
 * The answers come from the content at test time (src/content, src/i18n), never from literals of
 * today's papers: the hare coursing row of the table that prints it, the Naloxone action and its
 * status, the next meeting (or the statement that the papers list none), the number of domestic
 * abuse crimes with its chart, the Polish notice, PEEL's expansions from the glossary, a CSV of the
 * arrests figures, and the public questions of the October 2024 meeting. Only the task words a
 * resident would type or look for ("hare coursing", "Naloxone", "PEEL", …) are written here.
 *
 * Also: issue 11's search promise for the source papers: a word printed only in a paper (on no
 * other searchable page) finds the paper, as a result of its own type, "Paper".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readCollection, squash } from '../site/content.ts';
import { htmlFiles } from '../site/checks.ts';
import { assertClean, closePage, openPage, siteDir } from './helpers.ts';

// ---------------------------------------------------------------------------
// What the content says (read at test time)

const ROOT = resolve(import.meta.dirname, '../..');
const ui = JSON.parse(readFileSync(resolve(ROOT, 'src/i18n/ui/en-GB.json'), 'utf8')) as Record<string, unknown>;

/** An interface string of the site's dictionary, with {{values}} filled in. */
function t(key: string, values: Record<string, string> = {}): string {
  const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], ui);
  if (typeof found !== 'string') throw new Error(`no string ${key} in src/i18n/ui/en-GB.json`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for text as the page shows it: any run of white space, any dash. */
const loose = (s: string): string => escapeRe(squash(s)).replace(/ /g, '\\s+').replace(/[-–—]/g, '[-–—]');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2024-10-08" → "8 October 2024", as the site writes dates. */
const dayMonthYear = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};
/** "Tuesday 24 November 2026" → "2026-11-24". */
function isoOf(text: string): string {
  const m = /(\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(text);
  if (!m || !MONTHS.includes(m[2]!)) throw new Error(`no date in "${text}"`);
  return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

interface Cell { raw: string }
interface Row { kind: string; label?: string; group?: string; cells?: Cell[] }
interface Table { number?: number; caption?: string; report: string; rows: Row[] }
interface Report { meeting: string }
const tables = readCollection<Table>('tables');
const reports = new Map(readCollection<Report>('reports').map((r) => [r.id, r.data]));

/** A data row of a table, with the name an indicator page gives it ("Domestic Abuse – Solved"). */
interface FoundRow { tableId: string; meeting: string; label: string; group: string | undefined; raws: string[] }
function rows(): FoundRow[] {
  return tables.flatMap(({ id, data }) =>
    data.rows
      .filter((r) => r.kind === 'data' && r.label !== undefined && (r.cells ?? []).length > 0)
      .map((r) => ({ tableId: id, meeting: reports.get(data.report)?.meeting ?? '', label: r.label!, group: r.group, raws: (r.cells ?? []).map((c) => c.raw) })),
  );
}
/** The latest printing of a row: from the latest meeting's papers. */
const latest = (found: FoundRow[]): FoundRow | undefined => [...found].sort((a, b) => a.meeting.localeCompare(b.meeting)).at(-1);
/** The row an indicator page titled `name` shows (its label, or its group and label). */
function rowNamed(name: string): FoundRow | undefined {
  const n = squash(name).toLowerCase().replace(/[–—]/g, '-');
  return latest(
    rows().filter((r) => [r.label, r.group ? `${r.group} - ${r.label}` : ''].some((x) => squash(x).toLowerCase().replace(/[–—]/g, '-') === n)),
  );
}

// ---------------------------------------------------------------------------
// The resident

const SIZES = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
] as const;
const MAX_CLICKS = 3;

/** A resident on the site: clicks links by their names, searches, and is counted. */
class Resident {
  clicks = 0;
  searches = 0;
  readonly steps: string[] = [];
  constructor(readonly page: Page) {}

  /** The first link with this accessible name (the one met first in reading order). */
  link(name: string | RegExp, within: Page | Locator = this.page): Locator {
    return within.getByRole('link', typeof name === 'string' ? { name, exact: true } : { name }).first();
  }

  /** Clicks a link and waits for where it leads, scrolled as the browser scrolls it. */
  async click(link: Locator): Promise<void> {
    const name = squash((await link.textContent()) ?? '');
    const href = await link.getAttribute('href');
    expect(href, `link "${name}" has an address`).toBeTruthy();
    const target = new URL(href!, this.page.url());
    await Promise.all([this.page.waitForURL((u) => u.pathname === target.pathname && u.hash === target.hash), link.click()]);
    this.clicks++;
    this.steps.push(`click "${name}"`);
    await this.page.waitForLoadState('load');
    await settledAtFragment(this.page);
  }

  /** Types into the site search once and waits for the results. */
  async search(query: string): Promise<Locator> {
    this.searches++;
    this.steps.push(`search "${query}"`);
    const input = this.page.getByLabel(t('search.label'));
    await input.fill(query);
    await input.press('Enter');
    await this.page.waitForFunction(
      () => {
        const list = document.querySelector('os-search ol[data-results]');
        const text = document.querySelector('os-search [role="status"]')?.textContent ?? '';
        return list !== null && !list.hasAttribute('aria-busy') && text !== '' && !/…$/.test(text);
      },
      null,
      { timeout: 45_000 }, // a busy 2-core machine loads the index slowly
    );
    return this.page.locator('os-search ol[data-results] > li');
  }

  /** The link of the first result of this type (as the result says, e.g. "Action") whose title matches. */
  result(results: Locator, type: string | undefined, title: RegExp): Locator {
    const ofType = type ? results.filter({ has: this.page.locator('.result-type', { hasText: new RegExp(`^${escapeRe(type)}$`) }) }) : results;
    // The result's own link is its heading; links under it lead into the page.
    const titled = this.page.locator('h3').getByRole('link', { name: title });
    return ofType.filter({ has: titled }).first().locator('h3').getByRole('link', { name: title });
  }

  get path(): string {
    return this.steps.join(' → ');
  }
}

/**
 * After arriving at an address with a #fragment, waits until the browser has scrolled to its target
 * (scrolling may be smooth): the target at the top (less its scroll margin), or the page scrolled as
 * far as it goes.
 */
async function settledAtFragment(page: Page): Promise<void> {
  const hash = new URL(page.url()).hash;
  if (hash.length < 2) return;
  await page.waitForFunction(
    (id) => {
      const el = document.getElementById(id);
      if (!el) return true; // a missing target is the assertion's business
      const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
      const top = el.getBoundingClientRect().top;
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      return Math.abs(top - margin) <= 1 || (atEnd && top >= 0);
    },
    decodeURIComponent(hash.slice(1)),
    { timeout: 15_000 },
  );
}

/** Where a landing shows `answer`: its top, in CSS pixels below the top of the screen the resident landed on. */
async function topOnLanding(answer: Locator): Promise<number> {
  await answer.waitFor({ state: 'visible' });
  const box = await answer.boundingBox(); // relative to the viewport; nothing has scrolled since landing
  expect(box, 'the answer is laid out').not.toBeNull();
  return box!.y;
}

const measured: string[] = [];

/** The answer is within the first two screens of the landing (and not above it). */
async function expectWithinTwoScreens(r: Resident, answer: Locator, what: string, size: { height: number; width: number }): Promise<number> {
  const top = await topOnLanding(answer);
  const url = new URL(r.page.url());
  measured.push(`${String(size.width).padStart(4)} px  top ${String(Math.round(top)).padStart(5)} px  ${url.pathname}${url.hash}  (${what}; ${r.path || 'no click'})`);
  expect(top, `${what} on ${url.pathname}${url.hash} is above where the browser landed`).toBeGreaterThanOrEqual(0);
  expect(top, `${what} on ${url.pathname}${url.hash} starts ${Math.round(top)}px down, beyond two screens (${2 * size.height}px)`).toBeLessThan(2 * size.height);
  return top;
}

function expectFewClicks(r: Resident): void {
  expect(r.clicks, `${r.path}: more than ${MAX_CLICKS} clicks`).toBeLessThanOrEqual(MAX_CLICKS);
  expect(r.searches, `${r.path}: more than one search`).toBeLessThanOrEqual(1);
}

/** Starts at the home page and goes to the site search (one click on the header's "Search"). */
async function toSearch(r: Resident): Promise<void> {
  await r.click(r.link(t('nav.search'), r.page.locator('header')));
}

/** The figures table on an indicator page: the table whose caption names the row, with its numbers. */
function figuresTable(page: Page, row: FoundRow): Locator {
  return page.locator('main table').filter({ has: page.locator('caption', { hasText: new RegExp(loose(row.label), 'i') }) }).first();
}
async function expectFigures(table: Locator, row: FoundRow): Promise<void> {
  // A cell shows the figure as printed, then may add how it is said ("-3.1%" + "minus 3.1%", for screen readers).
  const cells = (await table.locator('tbody td').allTextContents()).map(squash);
  const shows = (raw: string): boolean => cells.some((c) => c === squash(raw) || new RegExp(`^${escapeRe(squash(raw))}(?![\\d.,])`).test(c));
  const missing = row.raws.filter((raw) => !shows(raw));
  expect(missing, `figures of "${row.label}" (${row.tableId}) missing from the table, which shows ${JSON.stringify(cells)}`).toEqual([]);
}

let open: Page | undefined;
afterEach(async () => {
  if (open) await closePage(open);
  open = undefined;
});

afterAll(() => {
  if (measured.length > 0) console.log(`Where the answers start (top below the landing screen's top):\n  ${measured.join('\n  ')}`);
});

// ---------------------------------------------------------------------------
// The eight tasks

describe.each(SIZES)('at $width×$height', (size) => {
  const start = async (): Promise<Resident> => new Resident((open = await openPage('/', size)));

  test('1. hare coursing figures: search, then the indicator page shows the row with its numbers', async () => {
    const hare = latest(rows().filter((r) => /hare coursing/i.test(r.label)));
    expect(hare, 'a table row about hare coursing in src/content/tables').toBeDefined();
    const r = await start();
    await toSearch(r);
    const results = await r.search('hare coursing');
    await r.click(r.result(results, t('search.types.indicator'), new RegExp(`^${loose(hare!.label)}$`, 'i')));
    expectFewClicks(r);
    const table = figuresTable(r.page, hare!);
    await expectFigures(table, hare!);
    await expectWithinTwoScreens(r, table, `the figures of "${hare!.label}"`, size);
    // The latest figure itself, not only the table's caption, is within reach.
    await expectWithinTwoScreens(r, table.locator('tbody tr').first(), `the first figure of "${hare!.label}"`, size);
    await assertClean(r.page);
  });

  test('2. a promise about Naloxone: search, then the action with its status', async () => {
    const promises = readCollection<{ text: string; status: string }>('actions').filter((a) => /naloxone/i.test(a.data.text));
    expect(promises.length, 'an action about Naloxone in src/content/actions').toBeGreaterThan(0);
    const r = await start();
    await toSearch(r);
    const results = await r.search('Naloxone');
    await r.click(r.result(results, t('search.types.action'), /naloxone/i));
    expectFewClicks(r);
    const id = /^\/actions\/([^/]+)\/$/.exec(new URL(r.page.url()).pathname)?.[1];
    const action = promises.find((a) => a.id === id);
    expect(action, `${r.page.url()} is the page of an action about Naloxone`).toBeDefined();
    const text = r.page.locator('main').getByText(new RegExp(`^${loose(action!.data.text)}$`)).first();
    await expectWithinTwoScreens(r, text, 'the promise', size);
    const status = r.page.locator('main .tag', { hasText: new RegExp(`^${escapeRe(t(`actions.status.${action!.data.status}`))}$`) }).first();
    await expectWithinTwoScreens(r, status, `its status "${t(`actions.status.${action!.data.status}`)}"`, size);
    await assertClean(r.page);
  });

  test('3. the next meeting: on the home page, or the statement that the papers list none', async () => {
    const r = await start();
    expectFewClicks(r);
    const panel = r.page.locator('main section', { has: r.page.getByRole('heading', { name: t('home.next'), exact: true }) });
    const asOfPattern = new RegExp(`^${escapeRe(t('home.nextAsOf')).replace(escapeRe('{{date}}'), '(.+)')}$`);
    const asOfText = squash((await panel.locator('p').filter({ hasText: asOfPattern }).first().textContent()) ?? '');
    const asOf = isoOf(asOfPattern.exec(asOfText)?.[1] ?? '');
    // As the site decides it: a meeting not yet held or cancelled whose date is the build date or later.
    const upcoming = readCollection<{ status: string; date: { kind: string; date?: string } }>('meetings')
      .filter((m) => !['held', 'cancelled'].includes(m.data.status) && m.data.date.kind === 'exact' && (m.data.date.date ?? '') >= asOf)
      .sort((a, b) => (a.data.date.date ?? '').localeCompare(b.data.date.date ?? ''));
    const next = upcoming[0];
    const answer = next
      ? panel.locator(`a[href="/meetings/${next.id}/"]`, { hasText: dayMonthYear(next.data.date.date!) }).first()
      : panel.getByText(t('home.noneUpcoming', { date: asOfText.replace(asOfPattern, '$1') }), { exact: true });
    await expectWithinTwoScreens(r, answer, next ? `the next meeting, ${next.data.date.date}` : 'the statement that the papers list no meeting to come', size);
    await assertClean(r.page);
  });

  test('4. domestic abuse trends: search, then the number of crimes with its chart and table', async () => {
    const crimes = latest(rows().filter((r) => /domestic abuse/i.test(`${r.group ?? ''} ${r.label}`) && /number of crimes/i.test(r.label)));
    expect(crimes, 'a "Number of crimes" row of domestic abuse in src/content/tables').toBeDefined();
    const name = crimes!.group ? `${crimes!.group} – ${crimes!.label}` : crimes!.label;
    const r = await start();
    await toSearch(r);
    const results = await r.search('domestic abuse');
    await r.click(r.result(results, t('search.types.indicator'), new RegExp(`^${loose(name)}$`, 'i')));
    expectFewClicks(r);
    const table = figuresTable(r.page, crimes!);
    await expectFigures(table, crimes!);
    await expectWithinTwoScreens(r, table, `the figures of "${name}"`, size);
    // The trend in words and as a chart (the chart's sentence compares the latest two periods).
    const chart = r.page.locator('main .chart .chart-summary').first();
    expect(squash((await chart.textContent()) ?? '')).toContain(crimes!.raws[0]);
    await assertClean(r.page);
  });

  test('5. a notice in Polish: "Other languages", then "Polski", lands on the notice marked lang="pl"', async () => {
    const printed = (JSON.parse(readFileSync(resolve(ROOT, 'src/i18n/pl.json'), 'utf8')) as { notice: string }).notice;
    const opening = squash(printed.split('{{')[0]!);
    expect(opening.length, 'src/i18n/pl.json gives the notice').toBeGreaterThan(20);
    const polski = new Intl.DisplayNames(['pl'], { type: 'language' }).of('pl')!;
    const r = await start();
    await r.click(r.link(t('nav.languages')));
    await r.click(r.link(polski.charAt(0).toLocaleUpperCase('pl') + polski.slice(1)));
    expectFewClicks(r);
    const notice = r.page.locator('main [lang="pl"]').filter({ hasText: opening }).first();
    expect(await notice.getAttribute('lang')).toBe('pl');
    await expectWithinTwoScreens(r, notice, 'the Polish notice', size);
    await assertClean(r.page);
  });

  test('6. what PEEL means: search, then the glossary gives every expansion the papers print', async () => {
    const entry = readCollection<{ term: string; expansions: { text: string }[] }>('glossary').find((g) => g.data.term === 'PEEL');
    expect(entry?.data.expansions.length, 'PEEL expanded in src/content/glossary').toBeGreaterThan(0);
    const r = await start();
    await toSearch(r);
    const results = await r.search('PEEL');
    await r.click(r.result(results, undefined, /^PEEL$/));
    expectFewClicks(r);
    const main = squash((await r.page.locator('main').textContent()) ?? '');
    for (const e of entry!.data.expansions) expect(main).toContain(squash(e.text));
    const first = r.page.locator('main').getByText(squash(entry!.data.expansions[0]!.text), { exact: true }).first();
    await expectWithinTwoScreens(r, first, 'PEEL\'s expansion', size);
    await assertClean(r.page);
  });

  test('7. arrests as a spreadsheet: search, the indicator page, its CSV (text/csv with the figures)', async () => {
    const r = await start();
    await toSearch(r);
    const results = await r.search('arrests');
    await r.click(r.result(results, t('search.types.indicator'), /arrests/i));
    const name = squash((await r.page.locator('main h1').textContent()) ?? '');
    const row = rowNamed(name);
    expect(row, `the row of "${name}" in src/content/tables`).toBeDefined();
    const csvLink = r.link(new RegExp(`^${escapeRe(t('tables.downloadCsv'))}\\b.*${loose(row!.label)}`, 'i'), r.page.locator('main'));
    await expectWithinTwoScreens(r, csvLink, 'the CSV link', size);
    const [download] = await Promise.all([r.page.waitForEvent('download'), csvLink.click()]);
    r.clicks++;
    r.steps.push(`click "${squash((await csvLink.textContent()) ?? '')}"`);
    expectFewClicks(r);
    const response = await r.page.request.get(download.url());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv\b/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv).toBe(await response.text());
    // Every figure of the row, as a field of its own (a leading ' guards a cell from spreadsheet formulas).
    const fields = new Set(csv.split(/\r?\n/).flatMap((line) => line.split(',')).map((f) => f.replace(/^"|"$/g, '').replace(/^'/, '')));
    for (const raw of row!.raws) expect(fields.has(raw), `${download.url()} has ${raw}`).toBe(true);
    expect(csv).toContain(row!.label);
  });

  test('8. the public\'s questions in October 2024: "Questions", then that meeting\'s questions', async () => {
    const meetings = readCollection<{ date: { date?: string } }>('meetings').filter((m) => (m.data.date.date ?? '').startsWith('2024-10'));
    const questions = readCollection<{ kind: string; meeting: string; order: number; question: string[] }>('questions');
    const meeting = meetings.find((m) => questions.some((q) => q.data.meeting === m.id && q.data.kind === 'public'));
    expect(meeting, 'a meeting in October 2024 with public questions in src/content').toBeDefined();
    const first = questions.filter((q) => q.data.meeting === meeting!.id && q.data.kind === 'public').sort((a, b) => a.data.order - b.data.order)[0]!;
    const r = await start();
    await r.click(r.link(t('nav.questions'), r.page.locator('header')));
    await r.click(r.link(new RegExp(`^${loose(t('questions.meetingLink', { meeting: '@' })).replace('@', '.*')}\\b${escapeRe(dayMonthYear(meeting!.data.date.date!))}$`)));
    expectFewClicks(r);
    const section = r.page.locator('main section', { has: r.page.getByRole('heading', { name: t('meetings.questionList.public'), exact: true }) }).first();
    await expectWithinTwoScreens(r, section.getByRole('heading', { name: t('meetings.questionList.public'), exact: true }), 'the heading of the public\'s questions', size);
    const text = section.getByText(squash(first.data.question[0]!), { exact: true }).first();
    await expectWithinTwoScreens(r, text, 'the first public question', size);
    await assertClean(r.page);
  });
});

// ---------------------------------------------------------------------------
// Issue 11, item 5: the source papers are in search, as results of their own type

/** The words of a text, lower case, letters and digits only, one space apart. */
const wordsOf = (text: string): string => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');

/** The text every searchable page other than the papers' own shows in <main> (tags dropped, so over-inclusive). */
function searchableTextElsewhere(): string {
  const dir = siteDir();
  return htmlFiles(dir)
    .filter((f) => !f.startsWith('papers/'))
    .map((f) => readFileSync(resolve(dir, f), 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => wordsOf((/<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, ' ')))
    .join('\n');
}

/**
 * A line of a paper that no other searchable page shows as it is printed: of the lines of three or more
 * words of three or more letters (no figures, which search splits), the one with the most distinct words.
 * Today every word of the papers is on some other page too (the portal publishes all of it), so the
 * phrase is a line as printed (a table's header row, say), not a rare word.
 */
function lineOnlyInAPaper(): { doc: string; line: number; text: string } | undefined {
  const elsewhere = searchableTextElsewhere();
  let best: { doc: string; line: number; text: string; distinct: number } | undefined;
  for (const { id, data } of readCollection<{ sourceFile: string }>('documents')) {
    const lines = readFileSync(resolve(ROOT, 'papers', data.sourceFile), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const words = wordsOf(text).split(' ').filter(Boolean);
      if (words.length < 3 || words.some((w) => !/^\p{L}{3,}$/u.test(w))) return;
      if (elsewhere.includes(words.join(' '))) return;
      const distinct = new Set(words).size;
      if (!best || distinct > best.distinct) best = { doc: id, line: i + 1, text, distinct };
    });
  }
  return best;
}

describe('search finds the source papers', () => {
  test('a line printed only in a paper finds the part of the paper that prints it, as a "Source paper" result', async () => {
    const only = lineOnlyInAPaper();
    expect(only, 'a line of a paper that no other searchable page shows').toBeDefined();
    const query = wordsOf(only!.text);
    measured.push(`search "${query}" (${only!.doc} line ${only!.line}, on no other searchable page)`);
    const r = new Resident((open = await openPage('/search/', { width: 375, height: 667 })));
    const results = await r.search(query);
    // Source papers are a type of their own, offered as a filter like the others; tick it (on a phone the
    // filters start folded away).
    const panel = r.page.locator('os-search details[data-filter-panel]');
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').click();
    const paperType = r.page.getByRole('checkbox', { name: new RegExp(`^${escapeRe(t('search.types.paper'))}\\b`) });
    await paperType.check();
    await expect.poll(() => new URL(r.page.url()).searchParams.getAll('type')).toEqual(['paper']);
    await expect.poll(async () => new Set(await r.page.locator('os-search .result-type').allTextContents()), { timeout: 45_000 }).toEqual(new Set([t('search.types.paper')]));
    const link = results.locator(`h3 a[href^="/papers/${only!.doc}/"]`).first();
    await link.waitFor();
    await r.click(link);
    const line = r.page.locator(`#L${only!.line}`);
    expect(wordsOf((await line.textContent()) ?? ''), `${r.page.url()} prints ${only!.doc} line ${only!.line}`).toContain(query);
    await assertClean(r.page);
  });
});
