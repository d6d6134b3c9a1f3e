/**
 * PersonItems: each of a person's lists as the person's page and the list's own pages show it (links
 * for meetings; gist and printed name for questions; gist, status and printed name for actions),
 * nothing for an empty list, and paper text as text, never markup.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PersonItems from '../../src/components/PersonItems/PersonItems.astro';
import type { AnsweredQuestion, OwnedAction, PersonList } from '../../src/lib/people/page.ts';
import { parsedHtml, type ParsedHtml } from '../fixtures/lib/html.ts';

/** The rendered HTML as a browser parses it, its text with spaces collapsed. */
function parsed(html: string): ParsedHtml {
  const { elements, text } = parsedHtml(html);
  return { elements, text: text.replace(/\s+/g, ' ').trim() };
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (list: PersonList): Promise<string> => container.renderToString(PersonItems, { props: { list } });

const QUESTION: AnsweredQuestion = {
  href: '/questions/q-7/',
  label: 'PCC question 7 at the PCC Accountability Meeting, 8 October 2024',
  summary: 'What is the force doing about rural crime?',
  printedAs: ['The CC', 'Chief Constable Sanford'],
};
const ACTION: OwnedAction = {
  href: '/actions/a-4/',
  label: 'Action 4 from the PCC Accountability Meeting, 8 October 2024',
  summary: 'Provide the figures for rural crime.',
  status: 'closed',
  statusLabel: 'Closed',
  printedAs: 'ACC Davison',
};

describe('PersonItems', () => {
  it('lists meetings attended (and apologies) as links, in the order given', async () => {
    for (const key of ['attended', 'apologies'] as const) {
      const html = await render({ key, items: [{ href: '/meetings/m-2/', label: 'Meeting two' }, { href: '/meetings/m-1/', label: 'Meeting one' }] });
      const { elements, text } = parsed(html);
      expect(elements.map((e) => e.tag), key).toEqual(['ul', 'li', 'a', 'li', 'a']);
      expect(elements[0]!.attrs['class'], key).toBeUndefined();
      expect(elements.filter((e) => e.tag === 'a').map((e) => e.attrs['href']), key).toEqual(['/meetings/m-2/', '/meetings/m-1/']);
      expect(text, key).toBe('Meeting twoMeeting one');
    }
  });

  it('shows each question answered with its link, gist and every name the papers credit the answer to', async () => {
    const { elements, text } = parsed(await render({ key: 'answered', items: [QUESTION] }));
    expect(elements[0]).toMatchObject({ tag: 'ul', attrs: { class: 'items' } });
    expect(elements.find((e) => e.tag === 'a')?.attrs['href']).toBe('/questions/q-7/');
    expect(elements.filter((e) => e.tag === 'span').map((e) => e.attrs['class'])).toEqual(['gist', 'muted']);
    expect(text).toBe(
      'PCC question 7 at the PCC Accountability Meeting, 8 October 2024 What is the force doing about rural crime? Answer credited to: The CC, Chief Constable Sanford.',
    );
  });

  it('shows each action owned with its link, gist, status tag and the owner as printed', async () => {
    const { elements, text } = parsed(await render({ key: 'owned', items: [ACTION, { ...ACTION, href: '/actions/a-5/', status: 'new', statusLabel: 'New' }] }));
    expect(elements[0]).toMatchObject({ tag: 'ul', attrs: { class: 'items' } });
    expect(elements.filter((e) => e.tag === 'a').map((e) => e.attrs['href'])).toEqual(['/actions/a-4/', '/actions/a-5/']);
    expect(elements.filter((e) => e.attrs['class']?.startsWith('tag ')).map((e) => e.attrs['class'])).toEqual(['tag status-closed', 'tag status-new']);
    expect(text).toContain('Provide the figures for rural crime. Status: Closed Owner as printed: ACC Davison.');
    expect(text).toContain('Status: New Owner as printed: ACC Davison.');
  });

  it('renders nothing for an empty list', async () => {
    for (const key of ['attended', 'apologies', 'answered', 'owned'] as const) {
      expect((await render({ key, items: [] })).trim(), key).toBe('');
    }
  });

  it('shows paper text that looks like markup as the very characters, never as an element', async () => {
    const payload = '<script>alert(1)</script>';
    const renderings = [
      await render({ key: 'attended', items: [{ href: '/meetings/m/', label: payload }] }),
      await render({ key: 'answered', items: [{ ...QUESTION, label: payload, summary: payload, printedAs: [payload] }] }),
      await render({ key: 'owned', items: [{ ...ACTION, label: payload, summary: payload, statusLabel: payload, printedAs: payload }] }),
    ];
    const counts = [1, 3, 4];
    renderings.forEach((html, i) => {
      const { elements, text } = parsed(html);
      expect(elements.map((e) => e.tag)).not.toContain('script');
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text.split(payload).length - 1, html).toBe(counts[i]);
    });
  });
});
