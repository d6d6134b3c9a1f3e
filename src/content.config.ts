/**
 * The portal's content collections. Every schema lives in `src/schemas/`, one
 * file per concept, and is shared with the importer (`scripts/import.ts`).
 * Every entry is a JSON file written by the importer; a report's narrative is
 * data too (its `body` blocks), never MDX, so no paper text is ever compiled.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS } from './schemas/index.ts';
import { paperTextSchema } from './schemas/papers.ts';
import { papersLoader } from './lib/papers/loader.ts';

const json = (dir: string) => glob({ pattern: '**/*.json', base: `./src/content/${dir}` });

export const collections = {
  bodies: defineCollection({ loader: json('bodies'), schema: SCHEMAS.bodies }),
  documents: defineCollection({ loader: json('documents'), schema: SCHEMAS.documents }),
  meetings: defineCollection({ loader: json('meetings'), schema: SCHEMAS.meetings }),
  questions: defineCollection({ loader: json('questions'), schema: SCHEMAS.questions }),
  actions: defineCollection({ loader: json('actions'), schema: SCHEMAS.actions }),
  reports: defineCollection({ loader: json('reports'), schema: SCHEMAS.reports }),
  tables: defineCollection({ loader: json('tables'), schema: SCHEMAS.tables }),
  figures: defineCollection({ loader: json('figures'), schema: SCHEMAS.figures }),
  plans: defineCollection({ loader: json('plans'), schema: SCHEMAS.plans }),
  grid: defineCollection({ loader: json('grid'), schema: SCHEMAS.grid }),
  inspections: defineCollection({ loader: json('inspections'), schema: SCHEMAS.inspections }),
  people: defineCollection({ loader: json('people'), schema: SCHEMAS.people }),
  glossary: defineCollection({ loader: json('glossary'), schema: SCHEMAS.glossary }),
  /** The papers' text, `papers/<doc>.txt`, as lines: shown line by line under /papers/. */
  papers: defineCollection({ loader: papersLoader(), schema: paperTextSchema }),
};
