/**
 * The built meeting pages against the content (see meetings-site-checks.ts).
 * Needs a built site, so it runs only when SITE_DIR names one
 * (e.g. SITE_DIR=dist npx vitest run tests/unit/meetings-site.test.ts after a build);
 * the unit phase of `npm test` runs before the build and skips it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { meetingSiteSuite } from './meetings-site-checks.ts';

const site = process.env['SITE_DIR'];
if (site && existsSync(join(resolve(site), 'meetings', 'index.html'))) {
  meetingSiteSuite(resolve(site), process.env['CONTENT_DIR']);
} else {
  describe('built meeting pages', () => {
    it.skip(`need a built site: set SITE_DIR (now ${site ?? 'unset'})`, () => {});
  });
}
