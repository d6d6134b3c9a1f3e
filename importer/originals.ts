/**
 * Where the publisher's original of each paper is (imports/originals.json): the web address of the
 * PDF or Word file the paper's text was extracted from, when the office records it. The importer
 * passes it to the paper's documents entry (`originalUrl`), and the paper's page links to it; a paper
 * without one says who holds the original and gives the contact the paper prints.
 *
 * The file is the office's record, one address per paper, by document id (the paper's file name
 * without `.txt`):
 *
 *     { "originals": { "pam-2025-07-08-agenda-pack": "https://www.example.gov.uk/papers/agenda.pdf" } }
 *
 * It is optional: without it no paper names an original. An address must be http or https and pass
 * `safeHref` (src/lib/links/safe-href.ts, the rule every link from content passes); a paper id that was
 * never imported is refused, as a typo would otherwise link nothing.
 */
import { z } from 'zod';
import { safeHref } from '../src/lib/links/safe-href.ts';
import { ImportError } from './source.ts';

export const ORIGINALS_FILE = 'imports/originals.json';

const shape = z.strictObject({
  $comment: z.string().optional(),
  originals: z.record(z.string(), z.string()).default({}),
});

/** The line of a file's text where `"key"` first appears (1-based), for naming the place of a bad value. */
function lineOfKey(text: string, key: string): number | undefined {
  const i = text.indexOf(JSON.stringify(key));
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}

/** The address as a link may use it: http or https, and allowed by safeHref; else undefined. */
export function originalHref(url: string): string | undefined {
  const href = safeHref(url);
  if (href === null) return undefined;
  return /^https?:$/.test(new URL(href).protocol) ? href : undefined;
}

/**
 * Read imports/originals.json's text: document id → address. `known` is the ids of the imported
 * papers. Bad JSON, a bad shape, an address that is not http(s) or a paper never imported is an
 * ImportError naming the file, the line and what was expected.
 */
export function parseOriginals(text: string, known: ReadonlySet<string>, file = ORIGINALS_FILE): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ImportError(file, undefined, 'the addresses of the originals as JSON: { "originals": { "<paper id>": "https://…" } }', undefined, {
      description: `text that does not parse (${e instanceof Error ? e.message : String(e)})`,
      hint: 'correct the JSON syntax',
    });
  }
  const r = shape.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ImportError(file, undefined, `{ "originals": { "<paper id>": "https://…" } }; at ${issue.path.map(String).join('.') || 'the top level'}: ${issue.message}`, undefined, {
      hint: 'each paper id names one address, written as a string',
    });
  }
  const out = new Map<string, string>();
  for (const [doc, url] of Object.entries(r.data.originals)) {
    const line = lineOfKey(text, doc);
    if (!known.has(doc)) {
      throw new ImportError(file, line, `the id of an imported paper (its file name in papers/ without ".txt")`, doc, {
        hint: 'check the id against papers/ and imports/extracts/; import the paper first if it is new',
      });
    }
    const href = originalHref(url);
    if (href === undefined) {
      throw new ImportError(file, line, `the http:// or https:// address of the original of ${doc}`, url, {
        hint: "copy the address from the browser's address bar on the publisher's site, e.g. https://www.example.gov.uk/papers/agenda.pdf",
      });
    }
    out.set(doc, href);
  }
  return out;
}
