/**
 * Site checks and browser tests (`npm run test:browser`, part of `npm test`): run against the built
 * site in dist/ (or $SITE_DIR), served on 127.0.0.1, with one shared headless Chromium.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: one worker per file, and a few pages at a time inside the long files.
    maxWorkers: 2,
    maxConcurrency: 4,
  },
});
