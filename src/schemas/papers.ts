import { z } from 'astro/zod';

/**
 * The text of one source paper (`papers/<doc>.txt`), as the `papers` collection holds it: its lines
 * in order, line n at index n - 1, numbered exactly as every `{ doc, line }` source reference counts.
 * Written by no importer: read from the file at build time (src/lib/papers/loader.ts).
 */
export const paperTextSchema = z.object({
  /** The lines, without their line endings. */
  lines: z.array(z.string()),
});
export type PaperText = z.infer<typeof paperTextSchema>;
