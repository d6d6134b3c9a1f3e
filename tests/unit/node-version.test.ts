import { expect, it } from 'vitest';

// The project pins Node 24 through the `node` devDependency; every npm script runs on it, tests included.
it('runs on the pinned Node (major version 24 or later), not the system Node 20', () => {
  const major = Number(process.versions.node.split('.')[0]);
  expect(major).toBeGreaterThanOrEqual(24);
});
