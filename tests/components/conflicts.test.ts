/**
 * Conflicts: a fact two papers disagree about is shown with every value and the paper that gives it,
 * and what the portal shows meanwhile; no conflicts, no section.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Conflicts from '../../src/components/Conflicts/Conflicts.astro';
import type { Conflict } from '../../src/schemas/common.ts';

const conflict: Conflict = {
  about: 'the status after the update of 8 October 2024',
  claims: [
    { value: 'Action closed.', source: { doc: 'a', line: 171 } },
    { value: 'Action ongoing.', source: { doc: 'b', line: 113 } },
  ],
  shown: 'The portal shows the action as ongoing after this update.',
};
const titles: Record<string, string> = { a: 'Agenda pack A', b: 'Summary B' };

describe('Conflicts', () => {
  it('names what the papers disagree about, each value with its paper and line, and what is shown', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Conflicts, { props: { conflicts: [conflict], docTitle: (d: string) => titles[d] } });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html).toMatch(/<section class="warning" id="conflicts" aria-labelledby="conflicts-h"[^>]*>\s*<h2 id="conflicts-h"[^>]*>The papers disagree<\/h2>/);
    expect(text).toContain('The papers give different values for the status after the update of 8 October 2024. Each paper says:');
    expect(text).toMatch(/Action closed\. \( ?Agenda pack A, line 171 ?\)/);
    expect(text).toMatch(/Action ongoing\. \( ?Summary B, line 113 ?\)/);
    expect(text).toContain('The portal shows the action as ongoing after this update.');
  });

  it('renders nothing when the papers agree', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Conflicts, { props: { conflicts: [], docTitle: () => undefined } });
    expect(html.trim()).toBe('');
  });
});
