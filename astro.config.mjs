// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import abbr from './src/integrations/abbr.ts';

const site = process.env.SITE_URL ?? 'https://scrutiny.example.org';

export default defineConfig({
  site,
  output: 'static',
  // Helpers and tests may build in parallel: each can point the content-layer cache elsewhere.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep quotes and dashes exactly as the papers print them.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  integrations: [mdx(), sitemap(), abbr()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval'. No 'unsafe-inline' anywhere.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
