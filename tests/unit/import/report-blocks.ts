/** Readable views of a report's `body` blocks, shared by the report importer tests. */
import type { EntryDraft } from '../../../importer/source.ts';
import { reportSchema, type ReportBlock, type ReportListItem } from '../../../src/schemas/reports.ts';

/** A report draft's narrative, as the schema reads it. */
export const bodyOf = (e: EntryDraft | undefined): ReportBlock[] => reportSchema.parse(e?.data).body;

/** Headings as "level text". */
export const headings = (body: ReportBlock[]): string[] => body.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []));

/** Entries the body places, as "kind:id". */
export const components = (body: ReportBlock[]): string[] => body.flatMap((b) => ('id' in b ? [`${b.kind}:${b.id}`] : []));

/** Item texts, nested ones after their parent. */
export const itemTexts = (items: ReportListItem[]): string[] => items.flatMap((i) => [i.text, ...itemTexts(i.items ?? [])]);

/** Every printed text of the narrative: headings, paragraph lines, list items (nested ones too). */
export const texts = (body: ReportBlock[]): string[] =>
  body.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'paragraph' ? b.lines : b.kind === 'list' ? itemTexts(b.items) : []));

/** Each block on one line, for comparing stretches of the narrative: "paragraph: a | b", "heading 2: …", "list: …", "table: id", "break". */
export const brief = (body: ReportBlock[]): string[] =>
  body.map((b) =>
    b.kind === 'heading' ? `heading ${b.level}: ${b.text}`
    : b.kind === 'paragraph' ? `paragraph: ${b.lines.join(' | ')}`
    : b.kind === 'list' ? `list: ${itemTexts(b.items).join(' | ')}`
    : 'id' in b ? `${b.kind}: ${b.id}`
    : b.kind,
  );
