/**
 * The narrative of a report, from printed lines to the blocks of its `body`.
 *
 * 1. `lexBlocks` groups lines into blocks: paragraphs, list items ("- ",
 *    " - " nested, "1. " numbered), TAB tables, blank-image placeholders
 *    (whitespace-only lines) and gaps (runs of empty lines).
 * 2. `joinPageBreaks` re-joins sentences that a page break split across a
 *    blank line, so the second half never becomes a false heading.
 * 3. The caller (reports.ts) turns blocks into nodes: headings, paragraphs,
 *    lists, and the tables, figures and grades printed among them.
 * 4. `bodyBlocks` turns the nodes into the report's `body` (src/schemas/reports.ts):
 *    data, whose text is kept exactly as printed (with the papers' own
 *    `**bold**`, `*italic*` and `[text](#)`) and is never read as markup or code.
 */
import type { ReportBlock, ReportListItem } from '../src/schemas/reports.ts';
import { splitRow, type PrintedRow } from './tables.ts';

export type Block =
  | { type: 'para'; lines: string[]; start: number; end: number; /** printed straight after a list item, with no blank line */ glued: boolean }
  | { type: 'item'; depth: number; number?: string | undefined; text: string; start: number; end: number }
  | { type: 'table'; rows: PrintedRow[]; start: number; end: number }
  | { type: 'placeholder'; start: number; end: number }
  | { type: 'gap'; count: number; start: number; end: number };

/**
 * Groups printed lines into blocks. `first` is the line number of `lines[0]`.
 * Consecutive text lines with no blank between them form one paragraph whose
 * lines are kept apart (a letter's addressees, a signature block).
 */
export function lexBlocks(lines: string[], first: number): Block[] {
  const blocks: Block[] = [];
  lines.forEach((text, i) => {
    const line = first + i;
    const prev = blocks[blocks.length - 1];
    if (text === '') {
      if (prev?.type === 'gap') {
        prev.count += 1;
        prev.end = line;
      } else blocks.push({ type: 'gap', count: 1, start: line, end: line });
      return;
    }
    if (/^\s+$/.test(text)) {
      if (prev?.type === 'placeholder') prev.end = line;
      else blocks.push({ type: 'placeholder', start: line, end: line });
      return;
    }
    if (text.includes('\t')) {
      if (prev?.type === 'table') {
        prev.rows.push(splitRow(text, line));
        prev.end = line;
      } else blocks.push({ type: 'table', rows: [splitRow(text, line)], start: line, end: line });
      return;
    }
    const bullet = /^( *)[-•] (.*)$/.exec(text);
    if (bullet) {
      const indent = (bullet[1] ?? '').length;
      blocks.push({ type: 'item', depth: indent === 0 ? 0 : 1 + Math.floor((indent - 1) / 2), text: (bullet[2] ?? '').trim(), start: line, end: line });
      return;
    }
    const numbered = /^(\d+)\.\s+(.*)$/.exec(text);
    if (numbered) {
      blocks.push({ type: 'item', depth: 0, number: numbered[1], text: (numbered[2] ?? '').trim(), start: line, end: line });
      return;
    }
    if (prev?.type === 'para') {
      prev.lines.push(text.trim());
      prev.end = line;
      return;
    }
    blocks.push({ type: 'para', lines: [text.trim()], start: line, end: line, glued: prev?.type === 'item' });
  });
  return blocks;
}

/** Ends like a finished sentence or a lead-in: ". ! ? : ;" (then closing quotes or brackets), or a link. */
export function endsTerminally(text: string): boolean {
  const t = text.trim();
  return /[.!?:;]["'”’)\]]*$/.test(t) || /\]\([^)]*\)$/.test(t);
}

/** More than one sentence, or long enough to be prose rather than a heading. */
function isProse(text: string): boolean {
  return /[.!?]["'”’)]?\s+[A-Z(“‘"']/.test(text) || text.length >= 200;
}

/**
 * Re-joins sentences split by a page break: block A (a list item, or a
 * paragraph of prose) does not end a sentence, exactly one blank line follows,
 * and block B is a one-line paragraph that starts in lower case or with "(",
 * or, when A is at least sentence-length (80 characters), that ends a sentence
 * itself (so it cannot be a heading). B is appended to A.
 * Returns the joined blocks and each join as [last line of A, line of B].
 */
export function joinPageBreaks(blocks: Block[]): { blocks: Block[]; joins: Array<[number, number]> } {
  const out: Block[] = [];
  const joins: Array<[number, number]> = [];
  for (const block of blocks) {
    const gap = out[out.length - 1];
    const a = out[out.length - 2];
    if (
      block.type === 'para' &&
      block.lines.length === 1 &&
      gap?.type === 'gap' &&
      gap.count === 1 &&
      a !== undefined &&
      ((a.type === 'item' && !endsTerminally(a.text)) ||
        (a.type === 'para' && a.lines.length === 1 && !endsTerminally(a.lines[0] ?? '') && isProse(a.lines[0] ?? '')))
    ) {
      const b = block.lines[0] ?? '';
      const aText = a.type === 'item' ? a.text : (a.lines[0] ?? '');
      // A continuation in lower case is always joined; one that starts in upper case only
      // after a sentence-length first part (a short list entry such as "Absence Management"
      // followed by a new paragraph is not a split sentence).
      const continues =
        /^[a-z(]/.test(b) ||
        (aText.length >= 80 && /[.!]["'”’)]*$/.test(b) && !/^(Table|Figure) \d+/.test(b) && !/^Note\b/.test(b));
      if (continues) {
        joins.push([a.end, block.start]);
        if (a.type === 'item') a.text = `${aText} ${b}`;
        else a.lines[0] = `${aText} ${b}`;
        a.end = block.end;
        out.pop();
        continue;
      }
    }
    out.push(block);
  }
  return { blocks: out, joins };
}

/**
 * Whether a one-line paragraph reads as a heading: short, one phrase, no
 * closing full stop, comma, colon or semicolon, not a line that is only a
 * link, not a date, not a caption.
 */
export function isHeadingCandidate(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 200) return false;
  if (/[.,;:]["'”’)]*$/.test(t)) return false;
  if (/[.!?]["'”’)]?\s+[A-Z(“‘"']/.test(t)) return false;
  if (/^\[[^\]]*\]\([^)]*\)$/.test(t)) return false;
  if (/^(Table|Figure) \d+/.test(t)) return false;
  if (/^\d{1,2}(st|nd|rd|th)? [A-Z][a-z]+ \d{4}$/.test(t)) return false;
  return /^[A-Z0-9‘'“"(]/.test(t);
}

/** Words of a heading, normalised for comparison (case, quotes, hyphens and punctuation ignored). */
export function headingWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[^a-z0-9']+/g, ' ')
      .split(' ')
      .filter((w) => w !== ''),
  );
}

/** Whether two headings name the same section (same words, in any order; at least 90% overlap). */
export function sameHeading(a: string, b: string): boolean {
  const x = headingWords(a);
  const y = headingWords(b);
  const common = [...x].filter((w) => y.has(w)).length;
  const union = new Set([...x, ...y]).size;
  return union > 0 && common / union >= 0.9;
}

/** A node of the narrative; headings get their level after the whole region is read (reports.ts assignLevels). */
export type Node =
  | { kind: 'heading'; text: string; level: number; line: number }
  | { kind: 'para'; lines: string[]; line: number }
  | { kind: 'list'; items: Array<{ depth: number; number?: string | undefined; text: string; line: number }> }
  | Extract<ReportBlock, { kind: 'table' | 'figure' | 'inspection' | 'break' }>;

type ListBlock = Extract<ReportBlock, { kind: 'list' }>;

/**
 * One list node as list blocks. Items nest by their printed depth (a bullet
 * indented deeper than the item above it sits under that item; a jump of more
 * than one level counts as one). A new list starts where bullets change to
 * numbers or back, and where a numbered item does not follow on from the one
 * before, so every printed number is shown as printed (`start`).
 */
function listBlocks(node: Extract<Node, { kind: 'list' }>): ListBlock[] {
  const out: ListBlock[] = [];
  let current: { block: ListBlock; next: number } | undefined;
  let path: ReportListItem[] = [];
  for (const item of node.items) {
    const depth = Math.min(item.depth, path.length);
    const entry: ReportListItem = { text: item.text, line: item.line };
    const parent = depth === 0 ? undefined : path[depth - 1];
    if (parent === undefined) {
      const ordered = item.number !== undefined;
      const n = Number(item.number ?? 0);
      if (current === undefined || current.block.ordered !== ordered || (ordered && n !== current.next)) {
        const block: ListBlock = { kind: 'list', ordered, ...(ordered && n !== 1 ? { start: n } : {}), items: [], line: item.line };
        out.push(block);
        current = { block, next: n };
      }
      current.block.items.push(entry);
      current.next += 1;
      path = [entry];
    } else {
      (parent.items ??= []).push(entry);
      path = [...path.slice(0, depth), entry];
    }
  }
  return out;
}

/** The nodes as the report's `body` blocks (src/schemas/reports.ts): paragraphs, headings and lists keep the printed text as plain strings. */
export function bodyBlocks(nodes: Node[]): ReportBlock[] {
  return nodes.flatMap((node): ReportBlock[] => {
    switch (node.kind) {
      case 'heading':
        return [{ kind: 'heading', level: Math.min(Math.max(node.level, 2), 6), text: node.text, line: node.line }];
      case 'para':
        return [{ kind: 'paragraph', lines: node.lines, line: node.line }];
      case 'list':
        return listBlocks(node);
      default:
        return [node];
    }
  });
}
