// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import abbr from './src/integrations/abbr.ts';

/**
 * Browser scripts only (the chart and search elements): let the bundler drop code whose only effect
 * is reading a property, so the Chart.js scales we never register (time, logarithmic, radial) leave
 * the chart bundle. Chart.js has no getters with side effects on those paths, and the chart browser
 * tests draw every chart with this on. The server-side (prerender) build is left as it is.
 * Astro rebuilds the client environment's build options, so this is set through a Vite hook.
 * @returns {import('vite').Plugin}
 */
function clientTreeShaking() {
  return {
    name: 'open-scrutiny:client-tree-shaking',
    configEnvironment(name) {
      if (name !== 'client') return;
      return { build: { rolldownOptions: { treeshake: { propertyReadSideEffects: false } } } };
    },
  };
}

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
    plugins: [clientTreeShaking()],
  },
});
