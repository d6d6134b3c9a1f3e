// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import abbr from './src/integrations/abbr.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import basePath from './src/integrations/base-path.ts';
import openDataFiles from './src/integrations/open-data-files.ts';
import buildFlag from './src/integrations/build-flag.ts';
import buildMemory from './src/integrations/build-memory.ts';
import { siteConfig } from './src/site.config.ts';

/**
 * A build without SITE_URL still works, but every absolute link it writes points at the placeholder
 * origin: say so once per build, and how to set it.
 * @returns {import('astro').AstroIntegration}
 */
function siteUrlWarning() {
  return {
    name: 'open-scrutiny:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.SITE_URL) return;
        logger.warn(
          `SITE_URL is not set: canonical links, the feeds (meetings.xml, actions.xml), the calendars (.ics files) and the sitemap ` +
            `will point at the placeholder ${siteConfig.url}. To publish, build with the portal's public origin, ` +
            'e.g. SITE_URL=https://scrutiny.example.gov.uk npm run build (see "Publishing" in README.md).',
        );
      },
    },
  };
}

const site = siteConfig.url;

export default defineConfig({
  site,
  // "/" or, with OS_BASE=area, the area's folder ("/norfolk/"): see src/integrations/base-path.ts.
  base: siteConfig.base,
  output: 'static',
  compressHTML: false,
  // Helpers and tests may build in parallel: each can point the content-layer cache elsewhere.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Render four pages at a time: while one page's files are written, the next renders (on 2 cores the
  // event loop was waiting on writes for a quarter of a 2,000-page build; output identical; npm run bench:scale).
  build: { format: 'directory', concurrency: 4 },
  // Keep quotes and dashes exactly as the papers print them.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  integrations: [buildMemory(), buildFlag(), mdx(), sitemap(), abbr(), securityHeaders(), openDataFiles(), basePath({ slug: siteConfig.slug, name: siteConfig.name, area: siteConfig.area, papersFrom: siteConfig.papersFrom }), siteUrlWarning()],
  // The pages' Content-Security-Policy (a <meta> the layout writes on every page) comes from
  // src/lib/site/security-headers.ts, which also writes the hosts' header files. Not Astro's security.csp:
  // the pages need no hashes, and Astro's hashed each page's styles as it rendered.
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
