import { describe, expect, it } from 'vitest';
import { actionIds, actionPage } from './page.ts';

describe('actionPage (on the portal content)', () => {
  it('every action: its own URL and feed, a description ending with its status within 155 characters', async () => {
    const ids = await actionIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const { action, description, feedUrl } = await actionPage(id);
      expect(action.url).toBe(`/actions/${id}/`);
      expect(feedUrl).toBe(`/actions/${id}/feed.xml`);
      expect(description.startsWith(`${action.label}: `)).toBe(true);
      expect(description.length).toBeLessThanOrEqual(155);
    }
  });

  it('an unknown action fails, naming it', async () => {
    await expect(actionPage('no-such-action')).rejects.toThrow(/no-such-action/);
  });
});
