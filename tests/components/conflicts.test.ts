/**
 * Conflicts: a fact two papers disagree about is shown with every value and the paper that gives it,
 * and what the portal shows meanwhile; no conflicts, no section.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Conflicts from '../../src/components/Conflicts/Conflicts.astro';
import type { Conflict } from '../../src/schemas/common.ts';
import { provenance } from '../../src/lib/papers/provenance.ts';

const conflict: Conflict = {
  about: 'the status after the update of 8 October 2024',
  claims: [
    { value: 'Action closed.', source: { doc: 'a', line: 171 } },
    { value: 'Action ongoing.', source: { doc: 'b', line: 113 } },
  ],
  shown: 'The portal shows the action as ongoing after this update.',
};
const src = provenance({ documents: [], paperNames: new Map([['a', 'the agenda pack A'], ['b', 'the summary B']]) });

describe('Conflicts', () => {
  it('names what the papers disagree about, each value with a link to where its paper prints it, and what is shown', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Conflicts, { props: { conflicts: [conflict], src } });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html).toMatch(/<section class="warning" id="conflicts" aria-labelledby="conflicts-h"[^>]*>\s*<h2 id="conflicts-h"[^>]*>The papers disagree<\/h2>/);
    expect(text).toContain('The papers give different values for the status after the update of 8 October 2024. Each paper says:');
    expect(text).toMatch(/Action closed\. \( ?Source in the agenda pack A ?\)/);
    expect(text).toMatch(/Action ongoing\. \( ?Source in the summary B ?\)/);
    expect(html).toMatch(/<a[^>]* href="\/papers\/a\/1\/#L171"[^>]*>Source in the agenda pack A<\/a>/);
    expect(html).toMatch(/<a[^>]* href="\/papers\/b\/1\/#L113"[^>]*>Source in the summary B<\/a>/);
    expect(text).not.toMatch(/line \d/);
    expect(text).toContain('The portal shows the action as ongoing after this update.');
  });

  it('renders nothing when the papers agree', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Conflicts, { props: { conflicts: [], src } });
    expect(html.trim()).toBe('');
  });
});
