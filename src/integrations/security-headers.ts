/**
 * Astro integration: after the build, write `dist/_headers` (Netlify and Cloudflare Pages) from
 * src/lib/site/security-headers.ts. Its Content-Security-Policy is the one the built pages carry in their
 * <meta> (Astro's sha256 hashes included), checked against the module, plus frame-ancestors.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, headerRules, mergePolicies, netlifyHeaders, pagePolicyOf } from '../lib/site/security-headers.ts';

/** How much of a page is read first: its <head> (where the policy is) fits in it. */
const HEAD_BYTES = 16_384;

/**
 * A page's <head>: the start of the file up to `</head>`, or the whole page when the head is longer
 * than HEAD_BYTES (or has no end tag). Reading only this much of 10,000 pages took a tenth of the time.
 */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const start = buffer.subarray(0, read).toString('utf8');
    const end = start.indexOf('</head>');
    if (end >= 0) return start.slice(0, end);
  } finally {
    closeSync(fd);
  }
  return readFileSync(path, 'utf8');
}

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
          const policy = pagePolicyOf(readHead(join(root, page)));
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
