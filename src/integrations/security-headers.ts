/**
 * Astro integration: after the build, write `dist/_headers` (Netlify and Cloudflare Pages) from
 * src/lib/site/security-headers.ts. Its Content-Security-Policy is the one the built pages carry in their
 * <meta> (Astro's sha256 hashes included), checked against the module, plus frame-ancestors.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, headerRules, mergePolicies, netlifyHeaders, pagePolicyOf } from '../lib/site/security-headers.ts';

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
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
        const policies = new Map<string, string[]>();
        for (const page of pages) {
          const policy = pagePolicyOf(readFileSync(join(root, page), 'utf8'));
          if (policy === undefined) {
            throw new Error(`${join(root, page)}: no <meta http-equiv="Content-Security-Policy"> found, expected the one Astro adds from security.csp in astro.config.mjs. Hint: is security.csp still set?`);
          }
          policies.set(policy, [...(policies.get(policy) ?? []), page]);
        }
        // Each distinct policy must be the module's (headerPolicy throws otherwise); the header allows what any page allows.
        for (const [policy, using] of policies) {
          try {
            headerPolicy(policy);
          } catch (error) {
            throw new Error(`${join(root, using[0] ?? '')} (and ${using.length - 1} more pages): ${(error as Error).message}`);
          }
        }
        const csp = headerPolicy(mergePolicies(policies.keys()));
        writeFileSync(target, netlifyHeaders(headerRules(csp)));
        logger.info(`wrote _headers: ${pages.length} pages, ${policies.size} distinct Content-Security-Policy`);
      },
    },
  };
}
