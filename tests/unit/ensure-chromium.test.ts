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

it('falls back to Debian\'s /usr/bin/chromium', () => {
  expect(DEFAULT_CHROMIUM).toBe('/usr/bin/chromium');
  const found = findChromium({});
  expect(found === undefined || found === DEFAULT_CHROMIUM).toBe(true);
});
