/**
 * A value an integration shares with the pages while a build runs (a worker's results, a worker's
 * function). Astro renders the pages in the process that runs the integrations, but bundles the pages'
 * code apart from the integrations', so module state is not shared: the value is kept on the global
 * object under a registered symbol, which both copies of this module find. Where nothing is shared
 * (the dev server, tests, a renderer in another thread), `get` gives undefined and the caller does
 * the work itself.
 */
export interface BuildShared<T> {
  get: () => T | undefined;
  /** Shares the value, or with undefined stops sharing it. */
  set: (value: T | undefined) => void;
}

export function buildShared<T>(name: string): BuildShared<T> {
  const key = Symbol.for(`open-scrutiny:${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
  };
}
