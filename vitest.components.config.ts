/**
 * Component tests (tests/components/): render .astro components with Astro's container API
 * (experimental_AstroContainer from 'astro/container'). getViteConfig gives vitest Astro's Vite
 * plugins, which compile .astro files. A project of vitest.config.ts, so `npm test` runs it in its
 * unit phase.
 */
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
  },
});
