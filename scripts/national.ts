/**
 * The national index: a page listing every police area's portal and one search across them all
 * (Pagefind's multisite search), from the areas' own builds.
 *
 *   npm run build:national -- [--out national] [--assemble] <area-dist>...
 *
 * Each <area-dist> is one area's `dist/`, built under its own base with `npm run build:area`
 * (OS_BASE=area: `/norfolk/`), which writes its `area.json` (slug, base, names). This script writes
 * into --out (default `national/`):
 *   - index.html: the list of areas, each linking to its portal at /<slug>/;
 *   - search/index.html: the portal's own search (os-search.ts) over the first area's Pagefind bundle
 *     with every other area's merged into it (`mergeIndex`, each with its `baseUrl` and an `area`
 *     filter value), so one search returns results from every area, each linking into its area;
 *   - _astro/ and favicon.svg: the look (stylesheets, search script) copied from the first area;
 *   - _headers: headers for these pages, then every area's own (Netlify and Cloudflare Pages read one
 *     file at the root).
 * The pages are the first area's built search page with the header, footer and main replaced, so they
 * look like the portals and carry the same Content-Security-Policy.
 * With --assemble, each area's build is also copied to --out/<slug>/, giving the whole site in one folder
 * (to preview or test it; on a CDN each area is published to its own path instead).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeAttribute, escapeText } from 'entities';
import type { AreaManifest } from '../src/integrations/base-path.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One built area: its manifest, folder and number of pages. */
export interface BuiltArea extends AreaManifest {
  dir: string;
  pages: number;
}

type Strings = Record<string, string>;

function nationalStrings(): { national: Strings; search: Strings } {
  const ui = JSON.parse(readFileSync(join(ROOT, 'src/i18n/ui/en-GB.json'), 'utf8')) as { national: Strings; search: Strings };
  return { national: ui.national, search: ui.search };
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? `{{${k}}}`));

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && f !== '404.html').length;
}

/** Read an area's build: its area.json, and that it has a Pagefind bundle. */
export function readArea(dir: string): BuiltArea {
  const file = join(dir, 'area.json');
  if (!existsSync(file)) throw new Error(`${file}: missing. Build the area under its base first: OS_PUBLISHER=<area> npm run build:area`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as AreaManifest;
  if (!/^\/[a-z0-9-]+\/$/.test(manifest.base) || manifest.base !== `/${manifest.slug}/`) throw new Error(`${file}: base ${manifest.base} is not /${manifest.slug}/`);
  if (!existsSync(join(dir, 'pagefind/pagefind.js'))) throw new Error(`${dir}: no pagefind/pagefind.js; run pagefind on the area's build (npm run build:area does)`);
  return { ...manifest, dir, pages: countPages(dir) };
}

/** The `data-astro-cid-…` attribute of the first element matching `open` (scoped styles need it on the elements we write). */
function scopeOf(html: string, open: RegExp): string {
  const tag = open.exec(html)?.[0] ?? '';
  return /\s(data-astro-cid-[a-z0-9]+)/.exec(tag)?.[1] ?? '';
}

function replaceOnce(html: string, pattern: RegExp, replacement: string | ((...m: string[]) => string), what: string): string {
  if (!pattern.test(html)) throw new Error(`the area's search page has no ${what}: has its layout changed? (scripts/national.ts)`);
  return html.replace(pattern, replacement as string);
}

/** The national page `kind` from the first area's built search page. */
export function nationalPage(template: string, kind: 'index' | 'search', areas: BuiltArea[], strings = nationalStrings()): string {
  const first = areas[0]!;
  const s = strings.national;
  const origin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(template)?.[1] ?? '';
  const path = kind === 'index' ? '/' : '/search/';
  const title = kind === 'index' ? s['name']! : `${s['searchTitle']} – ${s['name']}`;
  const description = kind === 'index' ? s['indexDescription']! : s['searchDescription']!;
  let html = template;

  // Head: the national title, description and address; no area's feed or preview card.
  html = replaceOnce(html, /<title>[\s\S]*?<\/title>/, `<title>${escapeText(title)}</title>`, '<title>');
  html = replaceOnce(html, /<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeAttribute(description)}">`, 'description');
  html = replaceOnce(html, /<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${escapeAttribute(`${origin}${path}`)}">`, 'canonical link');
  html = html.replace(/\n\s*<link rel="alternate"[^>]*>/g, '').replace(/\n\s*<meta (?:property="og:|name="twitter:)[^>]*>/g, '');

  // Header and footer: the national name and navigation, with the layout's scoped styles.
  const h = scopeOf(html, /<header class="site-header"[^>]*>/);
  const current = (p: string): string => (p === path ? ' aria-current="page"' : '');
  const header = `<header class="site-header" data-pagefind-ignore="all" ${h}>
  <div class="wrap" ${h}>
    <div class="top" ${h}>
      <a class="site-name" href="/" ${h}>${escapeText(s['name']!)}</a>
    </div>
    <p class="tagline" ${h}>${escapeText(s['tagline']!)}</p>
    <nav aria-label="${escapeAttribute(s['nav']!)}" ${h}>
      <ul ${h}>
        <li ${h}><a href="/"${current('/')} ${h}>${escapeText(s['navAreas']!)}</a></li><li ${h}><a href="/search/"${current('/search/')} ${h}>${escapeText(s['navSearch']!)}</a></li>
      </ul>
    </nav>
  </div>
</header>`;
  html = replaceOnce(html, /<header class="site-header"[\s\S]*?<\/header>/, () => header, 'site header');
  const f = scopeOf(html, /<footer class="site-footer"[^>]*>/);
  const footer = `<footer class="site-footer" data-pagefind-ignore="all" ${f}>
  <div class="wrap" ${f}>
    <nav aria-label="${escapeAttribute(s['indexTitle']!)}" ${f}>
      <ul ${f}>
        ${areas.map((a) => `<li ${f}><a href="${a.base}" ${f}>${escapeText(a.name)}</a></li>`).join('')}
      </ul>
    </nav>
  </div>
</footer>`;
  html = replaceOnce(html, /<footer class="site-footer"[\s\S]*?<\/footer>/, () => footer, 'site footer');

  if (kind === 'index') {
    const list = areas
      .map((a) => `<li><a href="${a.base}">${escapeText(a.name)}</a>: ${escapeText(fill(s['areaLine']!, { area: a.area, pages: a.pages, papersFrom: a.papersFrom }))}</li>`)
      .join('\n    ');
    const main = `
  <h1>${escapeText(s['indexTitle']!)}</h1>
  <p>${escapeText(s['indexIntro']!)}</p>
  <ul class="areas">
    ${list}
  </ul>
  <p><a href="/search/">${escapeText(s['searchLink']!)}</a></p>
`;
    html = replaceOnce(html, /(<main\b[^>]*>)[\s\S]*<\/main>/, (_m, open: string) => `${open}${main}</main>`, '<main>');
  } else {
    html = replaceOnce(html, /<h1>[\s\S]*?<\/h1>\s*<p>[\s\S]*?<\/p>/, () => `<h1>${escapeText(s['searchTitle']!)}</h1>\n  <p>${escapeText(s['searchIntro']!)}</p>`, 'heading and introduction');
    // Pagefind's multisite search: the first area's bundle, the others merged, each with its base and area filter value.
    const own = { baseUrl: first.base, mergeFilter: { area: first.area } };
    const merge = areas.slice(1).map((a) => ({ bundlePath: `${a.base}pagefind/`, baseUrl: a.base, mergeFilter: { area: a.area } }));
    html = replaceOnce(
      html,
      /<os-search\b[^>]*>/,
      (tag: string) =>
        tag
          .replace(/\sdata-bundle="[^"]*"/, ` data-bundle="${first.base}pagefind/pagefind.js"`)
          .replace(/\sdata-base-url="[^"]*"/, ` data-base-url="${first.base}" data-index="${escapeAttribute(JSON.stringify(own))}" data-merge="${escapeAttribute(JSON.stringify(merge))}"`),
      'search element',
    );
    html = html.replace(`action="${first.base}search/"`, 'action="/search/"');
    // Where to look without search: the list of areas, not the first area's pages.
    html = html.replace(/(<div class="(?:notice|warning)" data-(?:nojs|error|suggest)[^>]*>[\s\S]*?<ul([^>]*)>)[\s\S]*?(<\/ul>)/g, (_m, start: string, attrs: string, end: string) => `${start}\n      <li${attrs}><a href="/"${attrs}>${escapeText(s['areasLink']!)}</a></li>\n    ${end}`);
  }
  // The look comes with the national pages (copied from the first area), not from the area's folder.
  html = html.split(`${first.base}_astro/`).join('/_astro/').split(`${first.base}favicon.svg`).join('/favicon.svg');
  const stray = /\s(?:href|src|action)="(\/[^"]*)"/g;
  for (const m of html.matchAll(stray)) {
    const url = m[1]!;
    if (!(url === '/' || url.startsWith('/search/') || url.startsWith('/_astro/') || url === '/favicon.svg' || areas.some((a) => url.startsWith(a.base)))) {
      throw new Error(`national ${kind} page: link ${url} points at neither a national page nor an area`);
    }
  }
  return html;
}

/** Header rules for the national pages (exact paths), then each area's own. */
export function nationalHeaders(areas: BuiltArea[]): string {
  const first = areas[0]!;
  const own = readFileSync(join(first.dir, '_headers'), 'utf8');
  const blocks = own.split(/\n(?=\/)/).filter((b) => b.startsWith('/'));
  const rule = (from: string, to: string[]): string[] => {
    const block = blocks.find((b) => b.startsWith(`${from}\n`));
    if (!block) return [];
    const headers = block.slice(from.length + 1);
    return to.map((p) => `${p}\n${headers.trimEnd()}`);
  };
  const national = [...rule(`${first.base}*`, ['/', '/index.html', '/search/', '/search/index.html']), ...rule(`${first.base}_astro/*`, ['/_astro/*'])];
  const areaFiles = areas.map((a) => `# ${a.name} (${a.base})\n${readFileSync(join(a.dir, '_headers'), 'utf8').replace(/^#.*\n/gm, '').trimEnd()}`);
  return `# Written by npm run build:national: the national pages, then each area's own _headers.\n${national.join('\n')}\n${areaFiles.join('\n')}\n`;
}

/** Copy the first area's assets to the national folder, pointing their own references at /_astro/. */
function copyAssets(first: BuiltArea, out: string): void {
  const from = join(first.dir, '_astro');
  const to = join(out, '_astro');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const f of readdirSync(to, { recursive: true, encoding: 'utf8' })) {
    const p = join(to, f);
    if (!/\.(?:css|js|mjs)$/.test(f) || !statSync(p).isFile()) continue;
    const text = readFileSync(p, 'utf8');
    const next = text.split(`${first.base}_astro/`).join('/_astro/');
    if (next !== text) writeFileSync(p, next);
  }
  if (existsSync(join(first.dir, 'favicon.svg'))) cpSync(join(first.dir, 'favicon.svg'), join(out, 'favicon.svg'));
}

/** Write the national pages (and with `assemble`, each area under its slug) into `out`. */
export function buildNational(areaDirs: string[], out: string, assemble = false): BuiltArea[] {
  if (areaDirs.length === 0) throw new Error('name at least one area build (its dist/ folder)');
  const areas = areaDirs.map((d) => readArea(resolve(d))).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const slugs = new Set<string>();
  for (const a of areas) {
    if (slugs.has(a.slug)) throw new Error(`two builds of the area ${a.slug}`);
    slugs.add(a.slug);
  }
  const first = areas[0]!;
  const template = readFileSync(join(first.dir, 'search/index.html'), 'utf8');
  mkdirSync(join(out, 'search'), { recursive: true });
  writeFileSync(join(out, 'index.html'), nationalPage(template, 'index', areas));
  writeFileSync(join(out, 'search/index.html'), nationalPage(template, 'search', areas));
  copyAssets(first, out);
  writeFileSync(join(out, '_headers'), nationalHeaders(areas));
  if (assemble) {
    for (const a of areas) {
      const to = join(out, a.slug);
      if (resolve(to) === resolve(a.dir)) continue;
      rmSync(to, { recursive: true, force: true });
      cpSync(a.dir, to, { recursive: true });
    }
  }
  return areas;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let out = 'national';
  let assemble = false;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out') out = args[++i] ?? out;
    else if (a === '--assemble') assemble = true;
    else dirs.push(a);
  }
  try {
    const areas = buildNational(dirs, resolve(out), assemble);
    console.log(`national: ${areas.length} areas (${areas.map((a) => `${a.slug} ${a.pages} pages`).join(', ')}) written to ${out}/${assemble ? ', each area under its slug' : ''}`);
  } catch (error) {
    console.error(`national: ${(error as Error).message}`);
    process.exit(1);
  }
}
