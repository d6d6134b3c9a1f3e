/**
 * Provenance written into prose. Some notes in the content (a date conflict, the evidence for an
 * undated meeting, a glossary or plan note, a table repair) cite the papers the way the importer
 * writes them: by file name and line ("(001_1defd7e170de073f line 188 and 003_b68bda4d25e51753
 * line 130)"), by title and line ("…: agenda pack, line 30") or, inside one paper's own notes, by
 * line alone ("(line 105)", "at line 131"). A resident can do nothing with those. This splits such a
 * text into plain runs and links: each citation becomes a link to the exact line, named by the paper
 * in words ("the agenda pack of 29 January 2025") or, for a bare line, "source" with the paper's name
 * for screen readers. The text stays data: segments are rendered as text, never as HTML.
 */
import { t } from '../i18n/i18n.ts';
import { paperUrl, sourceUrl } from './parts.ts';
import type { PaperNamer } from './names.ts';

export interface Segment {
  text: string;
  /** Present when the run is a link to a paper (its line, or the paper's page). */
  href?: string;
  /** Words read by screen readers after `text` inside the link (visually hidden). */
  hidden?: string;
}

export interface ProseContext {
  /** Names a paper in words by document id. */
  name: PaperNamer;
  /** Document ids by exact title, to recognise "<title>, line N". */
  titles: ReadonlyMap<string, string>;
  /** The paper a bare "line N" refers to (the paper the note is about), when there is one. */
  doc?: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "line 5", "lines 5–9", "lines 139, 184 and 194": the first number is the place linked. */
const LINES = String.raw`lines? (\d+)(?:(?:\s*[–-]\s*|, | and )\d+(?![\d_]))*`;
const DOC_ID = String.raw`(\d{3}_[0-9a-f]{16})(?:\.txt)?`;

const cache = new Map<ReadonlyMap<string, string>, RegExp>();
function pattern(titles: ReadonlyMap<string, string>): RegExp {
  let re = cache.get(titles);
  if (!re) {
    const byLength = [...titles.keys()].sort((a, b) => b.length - a.length).map(escape);
    // Groups 1–2: "<title>, line N"; 3–4: "<doc id>[ line N]"; 5–8: "[(][ at ]line N[)]".
    const titled = byLength.length > 0 ? `(${byLength.join('|')}),? ${LINES}` : String.raw`(?!)()()`;
    re = new RegExp(String.raw`${titled}|${DOC_ID}(?: ${LINES})?|(\()?( at )?\b${LINES}(\))?`, 'g');
    cache.set(titles, re);
  }
  re.lastIndex = 0;
  return re;
}

/** `text` split into plain runs and links to the papers it cites. A text citing nothing is one plain run. */
export function sourceSegments(text: string, ctx: ProseContext): Segment[] {
  const out: Segment[] = [];
  const push = (s: Segment) => {
    const last = out.at(-1);
    if (!s.href && last && !last.href) last.text += s.text;
    else if (s.text) out.push(s);
  };
  const named = (doc: string): string => ctx.name(doc) ?? t('papers.unknownPaper');
  let at = 0;
  for (const m of text.matchAll(pattern(ctx.titles))) {
    const [whole, title, titleLine, doc, docLine, open, atWord, bareLine, close] = m;
    let link: Segment | undefined;
    let before = '';
    let after = '';
    if (title !== undefined && titleLine !== undefined && ctx.titles.has(title)) {
      const d = ctx.titles.get(title)!;
      link = { text: named(d), href: sourceUrl({ doc: d, line: Number(titleLine) }) };
    } else if (doc !== undefined) {
      link = { text: named(doc), href: docLine !== undefined ? sourceUrl({ doc, line: Number(docLine) }) : paperUrl(doc) };
    } else if (bareLine !== undefined && ctx.doc !== undefined) {
      // "(line 105)" → "(source)"; " at line 131" → " (source)"; "line 5" → "source".
      link = { text: t('papers.proseSource'), hidden: t('papers.proseSourceIn', { paper: named(ctx.doc) }), href: sourceUrl({ doc: ctx.doc, line: Number(bareLine) }) };
      if (atWord !== undefined) {
        before = `${open ?? ''} (`;
        after = `)${close ?? ''}`;
      } else {
        before = open ?? '';
        after = close ?? '';
      }
    }
    if (!link) continue;
    push({ text: text.slice(at, m.index) + before });
    push(link);
    if (after) push({ text: after });
    at = m.index + whole.length;
  }
  push({ text: text.slice(at) });
  return out;
}

/** Document ids by title, for `sourceSegments`. */
export const titlesOf = (documents: readonly { id: string; data: { title: string } }[]): Map<string, string> =>
  new Map(documents.map((d) => [d.data.title, d.id]));
