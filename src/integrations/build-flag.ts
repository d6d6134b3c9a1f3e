/**
 * `import.meta.env.OS_BUILD`: true while `astro build` renders the pages, false in the dev server.
 * Not `import.meta.env.PROD`/`DEV`, which follow NODE_ENV: a build started from a test runner
 * (NODE_ENV=test) would count as the dev server. Used where the two differ on purpose: the pages'
 * Content-Security-Policy <meta> (the dev server injects inline styles), and the open-data routes
 * (a build writes those files itself: src/integrations/open-data-files.ts).
 */
import type { AstroIntegration } from 'astro';

export default function buildFlag(): AstroIntegration {
  return {
    name: 'open-scrutiny:build-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.OS_BUILD': JSON.stringify(command === 'build') } } });
      },
    },
  };
}
