/**
 * Astro integration: when the portal is built under a base path (OS_BASE=area: `/norfolk/`), put every
 * link of every written file under it, after the other post-build passes (see src/lib/site/base-path.ts).
 * HTML: root-relative href/src/action and absolute links on the site's origin; feeds, sitemap,
 * calendars, open data and robots.txt: absolute links on the origin; `_headers`: its path lines.
 * Runs before Pagefind indexes the output; Pagefind's result URLs get the base from the search page
 * (its `baseUrl` option, set by os-search.ts).
 *
 * It also writes `area.json`, the area's slug, base and names, which `npm run build:national` reads
 * to list the area and merge its search index.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalBase, rebaseAbsolute, rebaseHeaders, rebaseHtml } from '../lib/site/base-path.ts';

const TEXT = /\.(?:xml|ics|json|txt|csv|webmanifest)$/;

/** What `area.json` says of the area built under a base path. */
export interface AreaManifest {
  /** The profile's slug ("norfolk"): the folder the area is published under. */
  slug: string;
  /** The base path, "/norfolk/". */
  base: string;
  /** The portal's name ("Norfolk Police and Crime Scrutiny"). */
  name: string;
  /** The police area as sentences name it ("Norfolk"). */
  area: string;
  /** "Built from the published papers of …". */
  papersFrom: string;
}

export default function basePath(area: Omit<AreaManifest, 'base'>): AstroIntegration {
  let base = '/';
  let origin = '';
  return {
    name: 'open-scrutiny:base-path',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = normalBase(config.base);
        origin = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        if (base === '/') return;
        if (!origin) throw new Error('a build under a base path needs `site` (SITE_URL) to find absolute links');
        const started = performance.now();
        const root = fileURLToPath(dir);
        let changed = 0;
        const manifest = join(root, 'area.json');
        if (existsSync(manifest)) throw new Error(`${manifest}: already in the build (from public/?); the build writes it`);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
        for (const file of files) {
          const path = join(root, file);
          let rebase: ((text: string) => string) | undefined;
          if (file.endsWith('.html')) rebase = (t) => rebaseHtml(t, base, origin);
          else if (file === '_headers') rebase = (t) => rebaseHeaders(t, base);
          else if (TEXT.test(file)) rebase = (t) => rebaseAbsolute(t, base, origin);
          if (!rebase) continue;
          const text = readFileSync(path, 'utf8');
          const out = rebase(text);
          if (out === text) continue;
          writeFileSync(path, out);
          changed += 1;
        }
        writeFileSync(manifest, `${JSON.stringify({ ...area, base } satisfies AreaManifest, null, 2)}\n`);
        logger.info(`put the links of ${changed} files under ${base} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
