/** How the tests launch Chromium: Debian's binary, headless, no network chatter, fresh profile. */
import { chromium, type BrowserServer } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches one Chromium (with a fresh temporary user-data dir) that test workers connect to over a websocket. */
export async function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS, host: '127.0.0.1' });
}
