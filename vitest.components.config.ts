/**
 * Component tests (tests/components/): render .astro components with Astro's container API
 * (experimental_AstroContainer from 'astro/container'). getViteConfig gives vitest Astro's Vite
 * plugins, which compile .astro files. `npm test` (scripts/test.ts) and `npm run test:unit` run it after
 * vitest.config.ts, as a run of its own: it loads astro.config.mjs, and a config that fails to load
 * must not stop the plain unit tests.
 */
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    // Rendering through Astro's Vite plugins is slow on a busy machine; no test here measures time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
