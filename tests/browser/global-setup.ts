/**
 * Vitest globalSetup for the site and browser tests: serves the built site (dist/, or $SITE_DIR)
 * on 127.0.0.1 at a free port and launches one Chromium shared by every test worker.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';
import { launchChromiumServer } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site being tested. */
    siteDir: string;
    /** Origin the built site is served on, e.g. http://127.0.0.1:43121 */
    baseURL: string;
    /** Playwright websocket endpoint of the shared Chromium. */
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = resolve(process.env['SITE_DIR'] ?? 'dist');
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`No built site at ${siteDir} (index.html is missing). Run "npm run build" first, or set SITE_DIR.`);
  }
  const server = await startStaticServer(siteDir);
  const browser = await launchChromiumServer();
  project.provide('siteDir', siteDir);
  project.provide('baseURL', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
