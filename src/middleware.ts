/**
 * Marks the first use of each glossary acronym on every HTML page the dev server renders (see
 * src/lib/glossary/abbr.ts for the rules). In a build the page writer does it
 * (src/lib/site/page-writer.ts: a worker thread marks each page and writes it while Astro renders the
 * next), with the same bytes, so this leaves the pages alone while it runs.
 */
import { defineMiddleware } from 'astro:middleware';
import { markPageBytes } from './lib/glossary/abbr.ts';
import { isHtml, pageWriterRunning } from './lib/site/page-writer.ts';
import { abbrTerms } from './lib/glossary/glossary.ts';
import { parseGlossary } from './integrations/abbr.ts';

const files = import.meta.glob<unknown>('./content/glossary/*.json', { eager: true, import: 'default' });

/** The acronyms to mark, read and validated once per build (markFirstUses keeps its matcher for this list). */
const TERMS = abbrTerms(parseGlossary(files));

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (TERMS.length === 0 || pageWriterRunning() || !isHtml(response)) return response;
  // Bytes in, bytes out: only <main> is decoded, and a page with nothing to mark keeps the bytes Astro made.
  const bytes = markPageBytes(new Uint8Array(await response.arrayBuffer()), TERMS).bytes;
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
