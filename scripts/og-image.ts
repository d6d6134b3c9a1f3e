/**
 * Writes the portal's social preview image, public/og-image.png (1200 × 630), once: an HTML card
 * with the site's name and tagline, screenshotted by Debian's Chromium. The image is static and
 * committed, so the build needs no browser. Re-run after changing the name or tagline:
 * `node scripts/og-image.ts` (through npx, for Node 24).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/chromium.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { siteConfig } from '../src/site.config.ts';

// The tagline as the site's own dictionary gives it (i18n.ts needs Vite's import.meta.glob, so the JSON is read directly).
const ui = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/ui/en-GB.json'), 'utf8')) as { site: { tagline: string } };
const tagline = ui.site.tagline.replace(/\{\{area\}\}/g, siteConfig.area);
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
  body { margin: 0; inline-size: 1200px; block-size: 630px; display: grid; place-content: center start; padding-inline: 96px; box-sizing: border-box;
    background: #1d3a6b; color: #fff; font-family: system-ui, 'DejaVu Sans', sans-serif; }
  h1 { font-size: 84px; line-height: 1.1; margin: 0 0 32px; }
  p { font-size: 40px; line-height: 1.3; margin: 0; max-inline-size: 960px; }
  .bar { inline-size: 160px; block-size: 16px; background: #ffdd00; margin-block-end: 40px; }
</style></head><body><div class="bar"></div><h1>${escape(siteConfig.name)}</h1><p>${escape(tagline)}</p></body></html>`;

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  const png = await page.screenshot({ type: 'png' });
  const out = join(process.cwd(), 'public/og-image.png');
  writeFileSync(out, png);
  console.log(`wrote ${out} (${png.length} bytes)`);
} finally {
  await browser.close();
}
