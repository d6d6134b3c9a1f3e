import { accessSync, constants } from 'node:fs';
import { expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, findChromium, INSTALL_HELP } from '../../scripts/ensure-chromium.ts';

it('uses CHROMIUM_PATH when it names an executable', () => {
  expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
});

it('refuses a CHROMIUM_PATH that is not there, saying how to install Chromium', () => {
  expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/CHROMIUM_PATH is set to "\/nonexistent\/chromium"/);
  expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(INSTALL_HELP);
  expect(INSTALL_HELP).toContain('sudo apt-get install chromium');
});

it('falls back to Debian\'s /usr/bin/chromium when it is an executable, else finds none', () => {
  expect(DEFAULT_CHROMIUM).toBe('/usr/bin/chromium');
  let executable = true;
  try {
    accessSync(DEFAULT_CHROMIUM, constants.X_OK);
  } catch {
    executable = false;
  }
  expect(findChromium({})).toBe(executable ? DEFAULT_CHROMIUM : undefined);
});
