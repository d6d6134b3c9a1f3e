/**
 * Astro integration: after the build, write `dist/_headers` (Netlify and Cloudflare Pages) from
 * src/lib/site/security-headers.ts. Its Content-Security-Policy is the one every page carries in its
 * <meta> (the layout writes the module's pagePolicy()), plus frame-ancestors. No page is read.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, headerRules, netlifyHeaders } from '../lib/site/security-headers.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'open-scrutiny:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const target = join(root, '_headers');
        if (existsSync(target)) {
          throw new Error(`${target}: a _headers file is already in the build (from public/?); the build writes it from src/lib/site/security-headers.ts. Remove public/_headers and edit that module instead.`);
        }
        // Every page carries the module's own policy (the layout writes pagePolicy()); tests/site checks each built page.
        const csp = headerPolicy();
        writeFileSync(target, netlifyHeaders(headerRules(csp)));
        logger.info('wrote _headers with the pages\' Content-Security-Policy');
      },
    },
  };
}
