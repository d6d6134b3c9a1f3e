/**
 * The built people pages against the content: every person has a page at /people/<id>/ headed by
 * their name and listed on /people/, and every attendance and apologies entry on a meeting page
 * links its name to that person's page. Rules, not counts: they hold whatever papers are added.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/links/check.ts';
import { siteDir } from '../browser/helpers.ts';
import { readCollection } from './content.ts';

interface Attendee {
  name: string;
  person: string;
}

const SITE = siteDir();
const people = readCollection<{ name: string }>('people');
const meetings = readCollection<{ attendance?: Attendee[]; apologies?: Attendee[] }>('meetings');

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Text of an HTML fragment: tags stripped, entities decoded, spaces collapsed. */
const text = (html: string): string => squash(decodeEntities(html.replace(/<[^>]+>/g, '')));
const read = (...parts: string[]): string => readFileSync(join(SITE, ...parts), 'utf8');
/** Every link of an HTML fragment as [href, text]. */
const links = (html: string): [string, string][] =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [decodeEntities(m[1]!), text(m[2]!)]);
/** The <main> of a page. */
const mainOf = (html: string): string => /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';

describe(`people pages in ${SITE}`, () => {
  it('has people in the content to check', () => {
    expect(people.length).toBeGreaterThan(0);
  });

  it.each(people.map((p) => [p.id, p.data.name] as const))('%s has its page, headed by the name and marked as a person for search', (id, name) => {
    const file = join(SITE, 'people', id, 'index.html');
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const html = read('people', id, 'index.html');
    const h1s = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1]!));
    expect(h1s).toEqual([squash(name)]);
    expect(html).toMatch(/<main\b[^>]*\bdata-pagefind-body\b[^>]*\bdata-pf-type="person"/);
  });

  it('lists every person on /people/, linked to their page', () => {
    const found = links(mainOf(read('people', 'index.html')));
    for (const p of people) expect(found, p.id).toContainEqual([`/people/${p.id}/`, squash(p.data.name)]);
  });

  it('links every person page from the site index', () => {
    // The site index's people section, in its parts (/site-index/people/, /site-index/people/2/, …).
    const found: string[] = [];
    for (let n = 1; ; n++) {
      const parts = n === 1 ? ['site-index', 'people', 'index.html'] : ['site-index', 'people', String(n), 'index.html'];
      if (!existsSync(join(siteDir(), ...parts))) break;
      found.push(...links(mainOf(read(...parts))).map(([href]) => href));
    }
    for (const p of people) expect(found, p.id).toContain(`/people/${p.id}/`);
  });
});

const withLists = meetings.filter((m) => (m.data.attendance ?? []).length + (m.data.apologies ?? []).length > 0);

describe(`attendance lists on the meeting pages in ${SITE} link each name to the person's page`, () => {
  it.each(withLists.map((m) => [m.id, m.data] as const))('%s', (id, m) => {
    const html = read('meetings', id, 'index.html');
    // The attendance section: from its heading to the next h2.
    const section = /<h2 id="attendance"[\s\S]*?(?=<h2\b|<\/main>)/.exec(html)?.[0];
    expect(section, `${id}: no attendance section`).toBeDefined();
    const found = links(section!);
    for (const a of [...(m.attendance ?? []), ...(m.apologies ?? [])]) {
      expect(found, `${id}: ${a.name}`).toContainEqual([`/people/${a.person}/`, squash(a.name)]);
    }
    // Every name printed in the lists is a link: as many person links as entries.
    expect(found.filter(([href]) => href.startsWith('/people/')).length).toBe((m.attendance ?? []).length + (m.apologies ?? []).length);
  });
});
