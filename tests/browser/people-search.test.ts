/**
 * Searching a person's name finds their page, and the person filter keeps only people. The people
 * are chosen by rule, so the test follows the content: the person named in the most attendance
 * and apologies lists (their name is on the most other pages) and the first person by id.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readCollection } from '../site/content.ts';
import { assertClean, closePage, openPage } from './helpers.ts';

const people = readCollection<{ name: string }>('people');
const meetings = readCollection<{ attendance?: { person: string }[]; apologies?: { person: string }[] }>('meetings');
const listed = new Map<string, number>();
for (const m of meetings) for (const a of [...(m.data.attendance ?? []), ...(m.data.apologies ?? [])]) listed.set(a.person, (listed.get(a.person) ?? 0) + 1);
const mostListed = [...people].sort((a, b) => (listed.get(b.id) ?? 0) - (listed.get(a.id) ?? 0) || a.id.localeCompare(b.id))[0];
const chosen = [...new Map([people[0], mostListed].filter((p) => p !== undefined).map((p) => [p.id, p])).values()];

let open: Page | undefined;
afterEach(async () => {
  if (open) await closePage(open);
  open = undefined;
});

/** Waits until the status region reports a finished search and the results list is idle. */
async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const list = document.querySelector('os-search ol[data-results]');
      const text = document.querySelector('os-search [role="status"]')?.textContent ?? '';
      return list !== null && !list.hasAttribute('aria-busy') && text !== '' && !/…$/.test(text);
    },
    null,
    { timeout: 45_000 }, // generous: a busy 2-core machine loads the index slowly
  );
}

const resultLinks = (page: Page): Promise<string[]> =>
  page.locator('os-search ol[data-results] > li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search finds people', () => {
  test('the content has people to search for', () => {
    expect(chosen.length).toBeGreaterThan(0);
  });

  test.for(chosen.map((p) => ({ id: p.id, name: p.data.name })))('"$name" finds /people/$id/ first', async ({ id, name }) => {
    const page = (open = await openPage(`/search/?q=${encodeURIComponent(name)}`, { width: 1280 }));
    await waitIdle(page);
    expect((await resultLinks(page))[0]).toBe(`/people/${id}/`);
    await assertClean(page);
  });

  test('the person filter keeps only person pages', async () => {
    const p = chosen[0]!;
    const page = (open = await openPage(`/search/?q=${encodeURIComponent(p.data.name)}&type=person`, { width: 1280 }));
    await waitIdle(page);
    const links = await resultLinks(page);
    expect(links).toContain(`/people/${p.id}/`);
    for (const href of links) expect(href).toMatch(/^\/people\/[^/]+\/$/);
    expect(await page.locator('input[name="type"][value="person"]').isChecked()).toBe(true);
  });
});
