/**
 * Sharding by police area (issue 12): two small areas are each built on their own under their own base
 * path, then `scripts/national.ts` writes the national index and the national search over both areas'
 * Pagefind bundles (multisite search), and the assembled site is served on 127.0.0.1 and opened in Chromium.
 *
 * The areas: the fictional publisher's fixture paper (importer/publishers/fictional, "Wessex Vale",
 * published under /fictional/) and a second, synthetic area made here from the same paper under a
 * copy of that profile with another slug and name ("Second Vale (synthetic)", /second-vale/). Both are
 * plainly not real; the same paper in both lets one query find pages in each.
 *
 * Builds run in scratch copies of the project (tests/fidelity/scratch-build.ts); nothing in the
 * project's own src/content or dist/ is touched. Slow (two `astro build`s and two search index builds).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { build, copyProject, removeScratch, ROOT } from '../fidelity/scratch-build.ts';
import { buildNational } from '../../scripts/national.ts';
import { formatLinkProblems } from '../../src/lib/links/check.ts';
import { checkSiteLinks, validateHtmlFile } from '../site/checks.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { assertClean, closePage, formatAxe, openPage, runAxe, searchSettled } from './helpers.ts';

const ORIGIN = 'https://scrutiny.example.org';
const FIXTURE = join(ROOT, 'tests/fixtures/publishers/fictional/papers');
const QUERY = 'speed';

interface Area {
  slug: string;
  name: string;
  area: string;
}
const AREAS: Area[] = [
  { slug: 'fictional', name: 'Wessex Vale Scrutiny (fictional)', area: 'Wessex Vale' },
  { slug: 'second-vale', name: 'Second Vale Scrutiny (synthetic test area)', area: 'Second Vale (synthetic)' },
];

/** A scratch project holding one area: the fictional paper imported under the area's profile. */
function areaProject(area: Area): string {
  const dir = copyProject(`area-${area.slug}-`);
  cpSync(join(ROOT, 'scripts'), join(dir, 'scripts'), { recursive: true });
  rmSync(join(dir, 'papers'), { recursive: true });
  cpSync(FIXTURE, join(dir, 'papers'), { recursive: true });
  for (const collection of readdirSync(join(dir, 'src/content'))) {
    for (const f of readdirSync(join(dir, 'src/content', collection))) rmSync(join(dir, 'src/content', collection, f));
  }
  rmSync(join(dir, 'imports/extracts'), { recursive: true, force: true });
  rmSync(join(dir, 'imports/manifest.json'), { force: true });
  writeFileSync(join(dir, 'imports/aliases.json'), `${JSON.stringify({ documents: [], meetings: [], mentions: [], links: [], bodies: [] }, null, 2)}\n`);
  if (area.slug !== 'fictional') {
    // The second area: the fictional profile under another slug and name, marked synthetic.
    const profile = JSON.parse(readFileSync(join(ROOT, 'importer/publishers/fictional/profile.json'), 'utf8')) as Record<string, unknown> & { site: Record<string, unknown> };
    profile['$comment'] = 'A synthetic area for tests/browser/national.test.ts only: the fictional profile under another slug and name.';
    profile['area'] = area.slug;
    profile.site = { ...profile.site, name: area.name, area: area.area };
    mkdirSync(join(dir, 'importer/publishers', area.slug), { recursive: true });
    writeFileSync(join(dir, 'importer/publishers', area.slug, 'profile.json'), `${JSON.stringify(profile, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'imports/publisher.json'), `${JSON.stringify({ publisher: area.slug }, null, 2)}\n`);
  const imported = spawnSync(process.execPath, ['scripts/import.ts', '--all'], { cwd: dir, encoding: 'utf8', timeout: 300_000, env: { ...process.env, OS_PUBLISHER: '' } });
  if (imported.status !== 0) throw new Error(`import for ${area.slug} failed:\n${imported.stdout}\n${imported.stderr}`);
  return dir;
}

/** `npm run build:area` in a scratch project: astro build with OS_BASE=area, then the search indexes (scripts/search-index.ts). */
function buildArea(dir: string): string {
  const built = build(dir, { OS_BASE: 'area', OS_PUBLISHER: '', SITE_URL: ORIGIN, BUILD_DATE: '2026-11-24' });
  if (built.status !== 0) throw new Error(built.output);
  const dist = join(dir, 'dist');
  const pf = spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), dist], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (pf.status !== 0) throw new Error(`search index failed:\n${pf.stdout}\n${pf.stderr}`);
  return dist;
}

let site = '';
let server: StaticServer | undefined;

beforeAll(() => {
  const dists = AREAS.map((a) => buildArea(areaProject(a)));
  site = join(dists[0]!, '..', 'national');
  buildNational(dists, site, true);
  return startStaticServer(site).then((s) => {
    server = s;
  });
}, 900_000);

afterAll(async () => {
  await server?.close();
  removeScratch();
});

let open: Page | undefined;
const openHere = async (path: string, width = 1280): Promise<Page> => (open = await openPage(path, { base: server!.url, width }));
afterEach(async () => {
  // Close the page a test left open, whatever happened.
  if (open) await closePage(open);
  open = undefined;
});

describe('two areas built on their own, each under its base, with a national index', () => {
  test('every internal link of the assembled site resolves (areas under /<slug>/, national pages at /)', () => {
    const report = checkSiteLinks(site, ORIGIN);
    expect(report.pages).toBeGreaterThan(40);
    const lines = formatLinkProblems(report.problems);
    expect(lines, lines.join('\n')).toEqual([]);
  });

  test('the national pages are valid HTML (html-validate, as every page of a portal)', async () => {
    const errors = [...(await validateHtmlFile(join(site, 'index.html'), '/')), ...(await validateHtmlFile(join(site, 'search/index.html'), '/search/'))];
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('each area wrote its area.json, and its links, feeds and sitemap are under its base', () => {
    for (const a of AREAS) {
      expect(JSON.parse(readFileSync(join(site, a.slug, 'area.json'), 'utf8'))).toMatchObject({ slug: a.slug, base: `/${a.slug}/`, name: a.name });
      const home = readFileSync(join(site, a.slug, 'index.html'), 'utf8');
      const rootLinks = [...home.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith(`/${a.slug}/`));
      expect(rootLinks, `${a.slug}/index.html`).toEqual([]);
      expect(readFileSync(join(site, a.slug, 'meetings.xml'), 'utf8')).toContain(`${ORIGIN}/${a.slug}/meetings/`);
      expect(readFileSync(join(site, a.slug, 'meetings.xml'), 'utf8')).not.toMatch(new RegExp(`${ORIGIN}/meetings/`));
      expect(readFileSync(join(site, a.slug, 'sitemap-0.xml'), 'utf8')).not.toMatch(new RegExp(`<loc>${ORIGIN}/(?!${a.slug}/)`));
      expect(readFileSync(join(site, '_headers'), 'utf8')).toContain(`/${a.slug}/_astro/*`);
      // The accessibility statement gives the portal's own address, folder included.
      expect(readFileSync(join(site, a.slug, 'accessibility/index.html'), 'utf8')).toContain(`portal at ${ORIGIN}/${a.slug}/.`);
    }
  });

  for (const a of AREAS) {
    test(`${a.slug}: its pages load under /${a.slug}/ in Chromium, with its own search`, async () => {
      const failed: string[] = [];
      for (const path of [`/${a.slug}/`, `/${a.slug}/meetings/`, `/${a.slug}/actions/`, `/${a.slug}/glossary/`]) {
        const page = await openHere(path);
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${path}: ${r.status()} ${r.url()}`);
        });
        expect(pageTitleOk(await page.title(), a), path).toBe(true);
        // Stylesheets applied: the header's background is not the default transparent.
        expect(await page.locator('header.site-header').evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        await assertClean(page);
        await closePage(page);
        open = undefined;
      }
      const page = await openHere(`/${a.slug}/search/?q=${QUERY}`);
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`search: ${r.status()} ${r.url()}`);
      });
      expect(await searchSettled(page)).toMatch(/^\d+ results? for “speed”/);
      const hrefs = await page.locator('os-search ol[data-results] > li h3 a').evaluateAll((as) => as.map((x) => x.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(`/${a.slug}/`), href).toBe(true);
      await Promise.all([page.waitForURL((u) => u.pathname === hrefs[0]), page.locator('os-search ol[data-results] > li h3 a').first().click()]);
      expect(((await page.locator('main').textContent()) ?? '').toLowerCase()).toContain(QUERY);
      await assertClean(page);
      expect(failed).toEqual([]);
    });
  }

  test('the national index lists both areas, links to each and passes axe', async () => {
    const page = await openHere('/');
    const links = await page.locator('main ul.areas a').evaluateAll((as) => as.map((x) => ({ href: x.getAttribute('href'), text: x.textContent })));
    expect(links).toEqual(expect.arrayContaining(AREAS.map((a) => ({ href: `/${a.slug}/`, text: a.name }))));
    expect(links).toHaveLength(AREAS.length);
    expect(await page.locator('h1').textContent()).toBe('Police areas');
    expect(formatAxe(await runAxe(page), '/')).toEqual([]);
    await assertClean(page);
  });

  test('a search on the national page returns results from both areas, each linking into its own area', async () => {
    const page = await openHere(`/search/?q=${QUERY}`);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    expect(await searchSettled(page)).toMatch(/^\d+ results? for “speed”/);
    // The area filter comes from Pagefind's mergeFilter, with a count per area.
    const areaBoxes = await page.locator('input[type="checkbox"][name="area"]').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    expect(areaBoxes.sort()).toEqual(AREAS.map((a) => a.area).sort());
    // Show every result, then check both areas are there and each result names its area.
    for (let i = 0; i < 10 && (await page.locator('os-search [data-more]').isVisible()); i++) {
      await page.locator('os-search [data-more]').click();
      await searchSettled(page);
    }
    const results = await page.locator('os-search ol[data-results] > li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('h3 a')?.getAttribute('href') ?? '', meta: li.querySelector('.result-meta')?.textContent ?? '' })),
    );
    for (const a of AREAS) {
      const mine = results.filter((r) => r.href.startsWith(`/${a.slug}/`));
      expect(mine.length, `results in /${a.slug}/`).toBeGreaterThan(0);
      for (const r of mine) expect(r.meta, r.href).toContain(a.area);
    }
    expect(results.filter((r) => !AREAS.some((a) => r.href.startsWith(`/${a.slug}/`)))).toEqual([]);
    expect(formatAxe(await runAxe(page), '/search/')).toEqual([]);
    // Follow a result from the second area: it opens that area's page.
    const second = results.find((r) => r.href.startsWith(`/${AREAS[1]!.slug}/`))!;
    await Promise.all([page.waitForURL((u) => u.pathname === second.href.split('#')[0]), page.locator(`os-search ol[data-results] a[href="${second.href}"]`).first().click()]);
    expect(await page.title()).toContain(AREAS[1]!.name);
    await assertClean(page);
    expect(failed).toEqual([]);
  });

  test('ticking one police area narrows the national search to it', async () => {
    const page = await openHere(`/search/?q=${QUERY}&area=${encodeURIComponent(AREAS[0]!.area)}`);
    await searchSettled(page);
    const hrefs = await page.locator('os-search ol[data-results] > li h3 a').evaluateAll((as) => as.map((x) => x.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`/${AREAS[0]!.slug}/`), href).toBe(true);
    await assertClean(page);
  });
});

function pageTitleOk(title: string, a: Area): boolean {
  return title === a.name || title.endsWith(`– ${a.name}`);
}
