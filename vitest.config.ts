/** Unit and fidelity tests (`npm run test:unit`): pure logic, no browser, no built site. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fidelity/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
  },
});
