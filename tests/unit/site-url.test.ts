import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import config from '../../astro.config.mjs';

const saved = process.env['SITE_URL'];
afterEach(() => {
  if (saved === undefined) delete process.env['SITE_URL'];
  else process.env['SITE_URL'] = saved;
});

/** Runs the build-start hook of the SITE_URL integration and returns what it warned. */
async function warnings(): Promise<string[]> {
  const integration = config.integrations?.find((i) => i && typeof i === 'object' && 'name' in i && i.name === 'open-scrutiny:site-url');
  const hook = integration && 'hooks' in integration ? integration.hooks['astro:build:start'] : undefined;
  if (!hook) throw new Error('astro.config.mjs has no open-scrutiny:site-url integration with an astro:build:start hook');
  const warn = vi.fn<(message: string) => void>();
  const logger: Pick<AstroIntegrationLogger, 'warn'> = { warn };
  await hook({ logger: logger as AstroIntegrationLogger, setPrerenderer: () => {} });
  return warn.mock.calls.map(([message]) => message);
}

describe('SITE_URL', () => {
  it('a build without it warns once, naming what points at the placeholder and how to set it', async () => {
    delete process.env['SITE_URL'];
    const said = await warnings();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^SITE_URL is not set: canonical links, the feeds .*, the calendars .* and the sitemap will point at the placeholder https:\/\/scrutiny\.example\.org\./);
    expect(said[0]).toContain('SITE_URL=https://');
    expect(said[0]).toContain('"Publishing" in README.md');
  });

  it('a build with it says nothing', async () => {
    process.env['SITE_URL'] = 'https://scrutiny.example.gov.uk';
    expect(await warnings()).toEqual([]);
  });
});
