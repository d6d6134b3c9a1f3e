/**
 * Unit and fidelity tests (`npm run test:unit`, the unit phase of `npm test`): pure logic, no browser,
 * no built site. Two projects: plain TypeScript, and the component tests (vitest.components.config.ts),
 * which render .astro components with Astro's container API and so need Astro's Vite set-up.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/fidelity/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
        },
      },
      'vitest.components.config.ts',
    ],
  },
});
