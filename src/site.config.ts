/**
 * Site-wide configuration for one portal. What is true of one police area (its name, publisher and
 * office) comes from its publisher profile; a second force's portal adds a profile and its papers.
 */
import { loadProfileFile, profileFile, selectedPublisher } from '../importer/profile.ts';

/**
 * The publisher profile's site block (importer/publishers/<area>/profile.json, chosen by
 * OS_PUBLISHER or imports/publisher.json): the portal's name, the publisher and the office's
 * contact details are facts of one police area, kept as data beside the importer's. Read from
 * the working directory (the project root for `npm run build`), so bundling does not move it.
 */
const profile = loadProfileFile(profileFile(selectedPublisher(process.cwd()), process.cwd()));
const site = profile.site;

/**
 * The path the portal is published under: `/` (the default), or with `OS_BASE=area` the area's own
 * folder named by its profile's slug (`/norfolk/`), so that several areas' portals share one origin,
 * one CDN path each, under a national index (`npm run build:area`, `npm run build:national`).
 */
function basePath(setting: string | undefined, area: string): string {
  const value = setting?.trim() ?? '';
  if (value === '' || value === '/') return '/';
  if (value === 'area') return `/${area}/`;
  throw new Error(`OS_BASE=${value}: expected "area" (publish under /${area}/, the profile's slug) or nothing (publish at /)`);
}

export const siteConfig = {
  /** Site name shown in the header and titles. */
  name: site.name,
  /** Who runs the portal's source papers. */
  publisher: site.publisher,
  /** The police area as sentences name it ("Norfolk"); interface strings use it as {{area}}. */
  area: site.area,
  /** Who publishes the papers, ending "Built from the published papers of …"; strings use it as {{papersFrom}}. */
  papersFrom: site.papersFrom,
  /** Words shown under the search box as examples, from the profile (may be none). */
  searchExamples: site.searchExamples,
  /** The area's slug, from its profile ("norfolk"). */
  slug: profile.area,
  /** The path every page is under: "/" or "/<slug>/" (OS_BASE=area). Astro's `base`; src/integrations/base-path.ts applies it to every link. */
  base: basePath(process.env['OS_BASE'], profile.area),
  /** Absolute origin used for canonical URLs, the sitemap and feeds. Set SITE_URL when building for production. */
  url: process.env['SITE_URL'] ?? 'https://scrutiny.example.org',
  /** The office's contact details, as printed on every agenda. Interpolated into the multilingual notice. */
  office: site.office,
  /** UI language. */
  lang: 'en-GB',
  /** Time zone of every meeting. */
  timeZone: 'Europe/London',
} as const;
