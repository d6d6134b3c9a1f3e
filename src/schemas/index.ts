/**
 * Every collection's schema, by collection name: the single registry used by
 * `src/content.config.ts` (the build) and `importer/write.ts` (the importer).
 */
import { actionSchema } from './actions.ts';
import { bodySchema } from './bodies.ts';
import { documentSchema } from './documents.ts';
import { figureSchema } from './figures.ts';
import { glossarySchema } from './glossary.ts';
import { gridObjectiveSchema } from './grid.ts';
import { inspectionSchema } from './inspections.ts';
import { meetingSchema } from './meetings.ts';
import { personSchema } from './people.ts';
import { planSchema } from './plans.ts';
import { questionSchema } from './questions.ts';
import { reportSchema } from './reports.ts';
import { tableSchema } from './tables.ts';

export const SCHEMAS = {
  bodies: bodySchema,
  documents: documentSchema,
  meetings: meetingSchema,
  questions: questionSchema,
  actions: actionSchema,
  reports: reportSchema,
  tables: tableSchema,
  figures: figureSchema,
  plans: planSchema,
  grid: gridObjectiveSchema,
  inspections: inspectionSchema,
  people: personSchema,
  glossary: glossarySchema,
} as const;

export type CollectionKey = keyof typeof SCHEMAS;
