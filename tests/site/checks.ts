/**
 * File-level checks of a built site, shared by the real tests (on dist/) and by can-fail.test.ts
 * (on tests/fixtures/broken-site/), so that the proof that the tests can fail is about this code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { checkLinks, parseHtml, type LinkReport, type ParsedPage } from '../../src/lib/links/check.ts';
import { siteConfig } from '../../src/site.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every file under `dir`, relative to it, with "/" separators. */
export function builtFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, entry.name);
      if (entry.name.startsWith('.')) continue; // not served by a static host (dotfiles), e.g. build leftovers
      if (entry.isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML pages of a built site (relative paths), without Pagefind's own files. */
export function htmlFiles(dir: string): string[] {
  return builtFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/**
 * The origin the site was built for: the canonical URL of its home page (what the build really used),
 * else the configured siteConfig.url (SITE_URL or the astro.config default).
 */
export function siteOriginOf(dir: string): string {
  try {
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    const canonical = parseHtml(home).refs.find((r) => r.tag === 'link' && r.rel === 'canonical');
    if (canonical) return new URL(canonical.value).origin;
  } catch {
    // fall through
  }
  return new URL(siteConfig.url).origin;
}

/** Internal link check of every page in `dir`. */
export function checkSiteLinks(dir: string, siteOrigin: string = siteOriginOf(dir)): LinkReport & { pages: number } {
  const files = builtFiles(dir);
  const pages = new Map<string, ParsedPage>();
  for (const file of files) if (file.endsWith('.html') && !file.startsWith('pagefind/')) pages.set(file, parseHtml(readFileSync(join(dir, file), 'utf8')));
  return { ...checkLinks(pages, new Set(files), siteOrigin), pages: pages.size };
}

/** The project's html-validate configuration (.htmlvalidate.json at the repository root). */
export function htmlValidateConfig(): ConfigData {
  const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData & { $schema?: string };
  delete config.$schema;
  return { ...config, root: true };
}

let validator: HtmlValidate | undefined;

/** html-validate errors in one file, one line each: "file:line:col rule-id message". */
export async function validateHtmlFile(file: string, label: string = file): Promise<string[]> {
  validator ??= new HtmlValidate(new StaticConfigLoader(htmlValidateConfig()));
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 2).map((m) => `${label}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}
