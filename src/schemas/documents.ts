import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** One published source paper (a seed file): an agenda pack, minutes, a summary or a supplementary agenda. */
export const documentSchema = z.object({
  /** Title as printed or, where the paper has none, a description of it. */
  title: z.string().min(1),
  /** What kind of paper it is. */
  kind: z.enum(['agenda-pack', 'minutes', 'meeting-summary', 'supplementary-agenda']),
  /** The file the text was imported from, e.g. `001_1defd7e170de073f.txt`. */
  sourceFile: z.string().regex(/\.txt$/, 'expected the name of the imported .txt file'),
  /** Who published it. */
  publisher: z.string().min(1),
  /** Publication date, where the paper states one. */
  published: isoDate.optional(),
  /** Contact details printed on the paper ("Enquiries to"), as written. */
  enquiries: z.array(z.string()).default([]),
  /** Format notes for readers, e.g. that it is a markdown rendering of another paper. */
  note: z.string().optional(),
  /**
   * The web address of the original published paper (PDF or Word file) on the publisher's site,
   * when the office records it: http or https only. The paper's page links to it; without it, the
   * page says who holds the original and gives the contact the paper prints. Optional; the importer
   * sets it from the office's record, imports/originals.json (importer/originals.ts).
   */
  originalUrl: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'expected the http:// or https:// address of the original paper, for example https://www.norfolk-pcc.gov.uk/papers/agenda.pdf',
    })
    .optional(),
  /** Number of lines in the source file, for provenance. */
  lines: z.number().int().positive(),
});
export type SourceDocument = z.infer<typeof documentSchema>;
