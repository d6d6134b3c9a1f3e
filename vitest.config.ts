/** Unit and fidelity tests (`npm run test:unit`): pure logic, no browser, no built site. Each src/lib module's tests sit beside it. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Page functions load content through astro:content; outside Astro, a stub reads the seed papers'
  // content, imported once by the global setup (so adding a paper to papers/ cannot change these tests).
  resolve: { alias: { 'astro:content': fileURLToPath(new URL('./tests/fixtures/astro-content.ts', import.meta.url)) } },
  test: {
    globalSetup: ['tests/fixtures/seed-content-setup.ts'],
    include: ['src/lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fidelity/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
    // No test here measures time: a generous limit only keeps a test that imports Astro's config or
    // starts a scratch import from failing because a busy 2-core machine ran it slowly.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
