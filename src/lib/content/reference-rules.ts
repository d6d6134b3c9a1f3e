/**
 * Which fields of which collection refer to entries of another collection.
 * One source of truth for the build (src/lib/content/data.ts) and the importer
 * (importer/write.ts); plain TypeScript so Node can load it outside Astro.
 */
import type { RefRule } from './integrity.ts';

export const REFERENCE_RULES: RefRule[] = [
  { from: 'meetings', field: 'body', to: 'bodies' },
  { from: 'meetings', field: 'attendance[].person', to: 'people' },
  { from: 'meetings', field: 'apologies[].person', to: 'people' },
  { from: 'meetings', field: 'agenda[].report', to: 'reports' },
  { from: 'meetings', field: 'agenda[].lists[]', to: 'meetings' },
  { from: 'meetings', field: 'nextMeeting.meeting', to: 'meetings' },
  { from: 'meetings', field: 'papers.agenda[]', to: 'documents' },
  { from: 'meetings', field: 'papers.minutes[]', to: 'documents' },
  { from: 'meetings', field: 'papers.reports[]', to: 'documents' },
  { from: 'questions', field: 'meeting', to: 'meetings' },
  { from: 'questions', field: 'actions[]', to: 'actions' },
  { from: 'actions', field: 'raisedAt', to: 'meetings' },
  { from: 'actions', field: 'updates[].meeting', to: 'meetings' },
  { from: 'actions', field: 'question', to: 'questions' },
  { from: 'reports', field: 'meeting', to: 'meetings' },
  { from: 'reports', field: 'tables[]', to: 'tables' },
  { from: 'reports', field: 'figures[]', to: 'figures' },
  { from: 'reports', field: 'document', to: 'documents' },
  { from: 'tables', field: 'report', to: 'reports' },
  { from: 'figures', field: 'report', to: 'reports' },
  { from: 'grid', field: 'report', to: 'reports' },
  { from: 'inspections', field: 'report', to: 'reports' },
  { from: 'people', field: 'roles[].meeting', to: 'meetings' },
];
