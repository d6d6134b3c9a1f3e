/**
 * Marks the first use of each glossary acronym on every HTML page while it is rendered (see
 * src/lib/glossary/abbr.ts for the rules), so the build writes each page once, already marked, instead of
 * reading every built page back and writing it again afterwards. Pagefind indexes the written
 * pages, so search sees the same text. The dev server marks its pages the same way.
 */
import { defineMiddleware } from 'astro:middleware';
import { markPageBytes } from './lib/glossary/abbr.ts';
import { sharedMarker } from './lib/glossary/marker.ts';
import { abbrTerms } from './lib/glossary/glossary.ts';
import { parseGlossary } from './integrations/abbr.ts';

const files = import.meta.glob<unknown>('./content/glossary/*.json', { eager: true, import: 'default' });

/** The acronyms to mark, read and validated once per build (markFirstUses keeps its matcher for this list). */
const TERMS = abbrTerms(parseGlossary(files));

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (TERMS.length === 0 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  // Bytes in, bytes out: only <main> is decoded, and a page with nothing to mark keeps the bytes Astro made.
  // In a build, a worker thread marks the page while this thread renders the next ones (src/lib/glossary/marker.ts).
  const page = new Uint8Array(await response.arrayBuffer());
  const mark = sharedMarker();
  const bytes = mark ? await mark(page) : markPageBytes(page, TERMS).bytes;
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
