/**
 * The built meeting pages against the content: every meeting has its page, and
 * every agenda item, attendee, apology, declaration, minuted paragraph,
 * question, answer, action and action update of the papers appears on its
 * meeting's page with the fixed anchors; every built calendar parses
 * (RFC 5545) and the RSS feed parses; dated meeting pages carry a schema.org
 * Event with the London offset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/text/inline.ts';
import { decodeEntities } from '../../src/lib/links/check.ts';
import { londonDateTime } from '../../src/lib/meetings/meetings.ts';
import { noticeKeyFor, noticeText, NOTICE_LANGUAGES } from '../../src/lib/notices/notice.ts';
import { siteDir } from '../browser/helpers.ts';
import { assertValidIcs } from '../unit/calendar-check.ts';
import { readCollection } from './content.ts';
import { sourceSegments, titlesOf } from '../../src/lib/papers/prose.ts';

type Json = Record<string, any>;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Visible text of an HTML page (scripts, styles and head removed, tags stripped, entities decoded, spaces collapsed). */
const pageText = (html: string): string =>
  norm(
    decodeEntities(
      html
        .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
        .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
        .replace(/<head\b[\s\S]*?<\/head>/gi, ' ')
        .replace(/<[^>]+>/g, ''),
    ),
  );
const shown = (s: string) => norm(plainText(s));

function listTexts(items: Json[] | undefined): string[] {
  return (items ?? []).flatMap((i) => [i['text'] as string, ...listTexts(i['children'])]);
}
function blockTexts(blocks: Json[] | undefined): string[] {
  return (blocks ?? []).flatMap((b) => (b['type'] === 'ul' || b['type'] === 'ol' ? listTexts(b['items']) : [b['text'] as string]));
}

const SITE = siteDir();
const meetings = readCollection('meetings');
const questions = readCollection('questions');
const actions = readCollection('actions');
const documentTitles = titlesOf(readCollection('documents').map((d) => ({ id: d.id, data: { title: String(d.data['title']) } })));
const pagePath = (id: string) => join(SITE, 'meetings', id, 'index.html');
const html = new Map<string, string>();
const htmlOf = (id: string) => {
  if (!html.has(id)) html.set(id, readFileSync(pagePath(id), 'utf8'));
  return html.get(id)!;
};

describe(`built meeting pages in ${SITE} hold everything the papers say about each meeting`, () => {
  it('has content to check', () => {
    expect(meetings.length).toBeGreaterThan(0);
  });

  it.each(meetings.map((m) => [m.id, m] as const))('%s', (id, m) => {
    expect(existsSync(pagePath(id)), `no page for meeting ${id}`).toBe(true);
    const page = htmlOf(id);
    const text = pageText(page);
    const missing: string[] = [];
    const need = (what: string, value: string | undefined) => {
      if (value === undefined || value.trim() === '') return;
      if (!text.includes(shown(value))) missing.push(`${what}: ${value.slice(0, 120)}`);
    };
    // A note that cites the papers ("(001_… line 188)") shows each citation as a link named by the paper:
    // every run of its own words must be there, in order of the note.
    const ownDocs = [...new Set([...(m.data['papers']?.agenda ?? []), ...(m.data['papers']?.minutes ?? [])])] as string[];
    const needProse = (what: string, value: string | undefined) => {
      if (value === undefined || value.trim() === '') return;
      const ctx = { name: () => undefined, titles: documentTitles, ...(ownDocs.length === 1 ? { doc: ownDocs[0]! } : {}) };
      for (const s of sourceSegments(value, ctx)) if (!s.href && s.text.trim().length > 3) need(what, s.text.trim().replace(/^[).,;]+\s*|\s*[(,;]+$/g, ''));
    };
    const d = m.data;
    for (const a of d['agenda'] ?? []) {
      need('agenda title', a.title);
      need('agenda number', a.number);
      need('agenda time', a.time);
      need('agenda page', a.page);
      for (const x of a.details ?? []) need('agenda detail', x);
    }
    for (const p of [...(d['attendance'] ?? []), ...(d['apologies'] ?? [])]) {
      need('attendee name', p.name);
      need('attendee role', p.role);
      need('attendee organisation', p.organisation);
      need('attendee role abbreviation', p.roleAbbreviation);
    }
    for (const x of d['declarations'] ?? []) need('declaration', x);
    for (const s of d['minutes'] ?? []) {
      need('minute heading', s.title);
      need('presenter', s.presenter);
      for (const x of blockTexts(s.blocks)) need(`minutes ${s.id}`, x);
      expect(page, `anchor #${s.id}`).toContain(`id="${s.id}"`);
    }
    for (const s of d['signatories'] ?? []) {
      need('signatory', s.name);
      need('signatory role', s.role);
    }
    need('next meeting', d['nextMeeting']?.text);
    need('purpose', d['purpose']);
    for (const v of d['venueClaims'] ?? []) need('venue', v.text);
    need('venue', d['venue']);
    for (const c of d['dateClaims'] ?? []) need('date claim', c.text);
    needProse('date conflict', d['dateConflict']);
    for (const x of d['mentions'] ?? []) need('mention', x.text);
    for (const x of d['notes'] ?? []) needProse('note', x);
    if (d['date']?.kind === 'not-stated') needProse('date evidence', d['date'].evidence);
    if (d['agenda']?.length) expect(page).toContain('id="agenda"');
    if ((d['attendance']?.length ?? 0) + (d['apologies']?.length ?? 0) > 0) expect(page).toContain('id="attendance"');
    if (d['minutes']?.length) expect(page).toContain('id="minutes"');

    // The meeting page lists each question in a line (#q-N, linking to its page); the words in full, the
    // answer and who answered are on the meeting's questions pages (/meetings/<id>/questions/, …/2/, …).
    let actionsPage: string | undefined;
    const actionsText = (): string => (actionsPage ??= pageText(readFileSync(join(SITE, 'actions', 'by-meeting', id, 'index.html'), 'utf8')));
    const questionsDir = join(SITE, 'meetings', id, 'questions');
    const questionsText = existsSync(questionsDir)
      ? readdirSync(questionsDir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('index.html'))
          .map((f) => pageText(readFileSync(join(questionsDir, f), 'utf8')))
          .join('\n')
      : '';
    const needOnQuestionsPages = (what: string, value: string | undefined) => {
      if (value === undefined || value.trim() === '') return;
      if (!questionsText.includes(shown(value))) missing.push(`${what} (on /meetings/${id}/questions/): ${value.slice(0, 120)}`);
    };
    for (const q of questions.filter((x) => x.data['meeting'] === id)) {
      expect(page, `question anchor q-${q.data['order']}`).toContain(`id="q-${q.data['order']}"`);
      expect(page).toContain(`href="/questions/${q.id}/"`);
      for (const p of q.data['question']) needOnQuestionsPages(`question ${q.id}`, p);
      for (const p of q.data['answer'] ?? []) needOnQuestionsPages(`answer ${q.id}`, p);
      for (const p of q.data['answeredBy'] ?? []) needOnQuestionsPages(`answered by ${q.id}`, p);
    }
    for (const a of actions) {
      const updatesHere = (a.data['updates'] ?? []).filter((u: Json) => u['meeting'] === id);
      if (a.data['raisedAt'] !== id && updatesHere.length === 0) continue;
      need(`action ${a.id}`, a.data['text']);
      need(`action owner ${a.id}`, a.data['owner']);
      // The update given at the meeting is on the meeting's actions page, /actions/by-meeting/<id>/.
      for (const u of updatesHere) for (const p of u.text) if (!actionsText().includes(shown(p))) missing.push(`update of ${a.id} (on /actions/by-meeting/${id}/): ${p.slice(0, 120)}`);
      if (a.data['number'] !== undefined) expect(page, `anchor action-${a.data['number']}`).toContain(`id="action-${a.data['number']}"`);
      expect(page).toContain(`href="/actions/${a.id}/"`);
    }
    if (d['languageNotice']) {
      for (const code of NOTICE_LANGUAGES) need(`notice ${code}`, noticeText(code, noticeKeyFor(d['languageNoticeVariants'] ?? {}, code)));
      expect(page).toMatch(/lang="ar" dir="rtl"/);
    }
    expect(missing, `missing from /meetings/${id}/`).toEqual([]);
  });

  it('lists every meeting on /meetings/ and on its body page', () => {
    const list = readFileSync(join(SITE, 'meetings', 'index.html'), 'utf8');
    for (const m of meetings) {
      expect(list).toContain(`href="/meetings/${m.id}/"`);
      const bodyPage = readFileSync(join(SITE, 'bodies', m.data['body'], 'index.html'), 'utf8');
      expect(bodyPage).toContain(`href="/meetings/${m.id}/"`);
    }
  });

  it('gives dated meetings a schema.org Event with the London offset, and undated ones none', () => {
    for (const m of meetings) {
      const blocks = [...htmlOf(m.id).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((x) => JSON.parse(x[1]!));
      const event = blocks.find((b) => b['@type'] === 'Event');
      if (m.data['date']?.kind !== 'exact') {
        expect(event, m.id).toBeUndefined();
        continue;
      }
      expect(event, m.id).toBeDefined();
      const date = m.data['date'].date as string;
      expect(event['startDate']).toBe(m.data['startTime'] ? londonDateTime(date, m.data['startTime']) : date);
      expect(event['eventStatus']).toBe(m.data['status'] === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled');
      expect(event['name']).toBeTruthy();
    }
  });

  it('builds valid calendars: one per dated meeting, one per body, and one with all', () => {
    const dated = meetings.filter((m) => m.data['date']?.kind === 'exact');
    const all = assertValidIcs(readFileSync(join(SITE, 'calendar.ics')));
    expect(all.map((e) => e.uid.split('@')[0]).sort()).toEqual(dated.map((m) => m.id).sort());
    for (const m of meetings) {
      const file = join(SITE, 'meetings', m.id, 'event.ics');
      if (m.data['date']?.kind !== 'exact') {
        expect(existsSync(file), `${m.id} has no date, so no event.ics`).toBe(false);
        continue;
      }
      const [event] = assertValidIcs(readFileSync(file));
      expect(event!.uid.startsWith(`${m.id}@`)).toBe(true);
      expect(event!.startDate.isDate).toBe(m.data['startTime'] === undefined);
    }
    for (const body of new Set(meetings.map((m) => m.data['body'] as string))) {
      const events = assertValidIcs(readFileSync(join(SITE, 'bodies', body, 'calendar.ics')));
      expect(events.length).toBe(dated.filter((m) => m.data['body'] === body).length);
    }
  });

  it('publishes an RSS feed of every meeting', () => {
    const xml = readFileSync(join(SITE, 'meetings.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser().parse(xml);
    const items = [doc.rss.channel.item].flat();
    expect(items).toHaveLength(meetings.length);
    for (const m of meetings) expect(items.some((i: Json) => String(i['link']).endsWith(`/meetings/${m.id}/`))).toBe(true);
  });
});
