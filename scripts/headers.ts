/**
 * `npm run headers`: write the security headers for nginx, Apache and Caddy into docs/hosting/ from
 * src/lib/site/security-headers.ts (the build writes dist/_headers for Netlify and Cloudflare Pages itself).
 * src/lib/site/security-headers.test.ts fails when the checked-in files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { hostingFiles } from '../src/lib/site/security-headers.ts';
const ROOT = resolve(import.meta.dirname, '..');
const dir = join(ROOT, 'docs/hosting');
mkdirSync(dir, { recursive: true });
for (const [name, text] of hostingFiles()) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${relative(ROOT, join(dir, name))}`);
}
