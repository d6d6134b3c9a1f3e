/**
 * The portal's content collections. Every schema lives in `src/schemas/`, one
 * file per concept, and is shared with the importer (`scripts/import.ts`).
 * Data entries are JSON files written by the importer; report narratives are MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actionSchema } from './schemas/actions.ts';
import { bodySchema } from './schemas/bodies.ts';
import { documentSchema } from './schemas/documents.ts';
import { figureSchema } from './schemas/figures.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { gridObjectiveSchema } from './schemas/grid.ts';
import { inspectionSchema } from './schemas/inspections.ts';
import { meetingSchema } from './schemas/meetings.ts';
import { personSchema } from './schemas/people.ts';
import { planSchema } from './schemas/plans.ts';
import { questionSchema } from './schemas/questions.ts';
import { reportSchema } from './schemas/reports.ts';
import { tableSchema } from './schemas/tables.ts';

const json = (dir: string) => glob({ pattern: '**/*.json', base: `./src/content/${dir}` });

export const collections = {
  bodies: defineCollection({ loader: json('bodies'), schema: bodySchema }),
  documents: defineCollection({ loader: json('documents'), schema: documentSchema }),
  meetings: defineCollection({ loader: json('meetings'), schema: meetingSchema }),
  questions: defineCollection({ loader: json('questions'), schema: questionSchema }),
  actions: defineCollection({ loader: json('actions'), schema: actionSchema }),
  reports: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/reports' }),
    schema: reportSchema,
  }),
  tables: defineCollection({ loader: json('tables'), schema: tableSchema }),
  figures: defineCollection({ loader: json('figures'), schema: figureSchema }),
  plans: defineCollection({ loader: json('plans'), schema: planSchema }),
  grid: defineCollection({ loader: json('grid'), schema: gridObjectiveSchema }),
  inspections: defineCollection({ loader: json('inspections'), schema: inspectionSchema }),
  people: defineCollection({ loader: json('people'), schema: personSchema }),
  glossary: defineCollection({ loader: json('glossary'), schema: glossarySchema }),
};
