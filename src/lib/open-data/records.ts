/**
 * Every kind of record in the portal as a dataset: one row per record, fixed columns.
 *
 * Pure: each builder takes schema-shaped entries (as the content layer gives them) and the site's
 * origin, so unit tests run on small fixtures. Text is plain (the papers' `**bold**` and link
 * markup removed); every URL is absolute on the origin; a fact the papers do not give is null
 * (an empty CSV cell), never a guess. Several paragraphs are joined by a blank line. What each
 * dataset and column means is written in the i18n dictionary (`openData.<dataset>` in
 * src/i18n/ui/en-GB.json), for the /data/ page and the data package alike.
 */
import type { Action } from '../../schemas/actions.ts';
import type { Body } from '../../schemas/bodies.ts';
import type { SourceRef } from '../../schemas/common.ts';
import type { Inspection } from '../../schemas/inspections.ts';
import type { Meeting } from '../../schemas/meetings.ts';
import type { Person } from '../../schemas/people.ts';
import type { Question } from '../../schemas/questions.ts';
import { unitText } from './csv.ts';
import type { Indicator } from '../indicators/indicators.ts';
import { plainText } from '../text/inline.ts';
import { actionUrl, compareMeetings, meetingDate, meetingSortKey, meetingUrl, parsePrintedTime, questionUrl, reportUrl } from '../meetings/meetings.ts';
import { paperUrl, sourceUrl } from '../papers/parts.ts';
import { personUrl } from '../people/url.ts';
import { numberOf, tableAnchor, tableDownloads, type TableData } from '../tables/tables.ts';
import { opt, rowOf, type Dataset, type Field, type Value } from './dataset.ts';
import { appearancePeriods, tablePeriods, type ColumnPeriod } from './periods.ts';

interface Entry<T> {
  id: string;
  data: T;
}

/** What the builders read: the content collections (schema-shaped) and the site's origin. */
export interface OpenDataSource {
  /** The portal's origin, e.g. "https://scrutiny.example.org". */
  origin: string;
  bodies: readonly Entry<Body>[];
  meetings: readonly Entry<Meeting>[];
  questions: readonly Entry<Question>[];
  actions: readonly Entry<Action>[];
  people: readonly Entry<Person>[];
  inspections: readonly Entry<Inspection>[];
  reports: readonly Entry<{ title: string; meeting: string }>[];
  /** Tables in reading order. */
  tables: readonly Entry<TableData>[];
  /** Indicators in the order the performance pages list them. */
  indicators: readonly Indicator[];
}

const field = <N extends string>(name: N, type: Field['type'], format?: string): Field<N> => ({ name, type, ...(format ? { format } : {}) });

/** Paragraphs as one plain-text cell, a blank line between them; null when there are none. */
const paragraphs = (list: readonly string[]): Value => opt(list.map(plainText).join('\n\n'));
/** Plain text of an optional inline text. */
const plain = (text: string | undefined): Value => opt(text === undefined ? undefined : plainText(text));

/** Absolute URL helpers on one origin. */
function urls(origin: string) {
  const abs = (path: string): string => new URL(path, origin).href;
  return { abs, source: (ref: SourceRef | undefined): Value => (ref ? abs(sourceUrl(ref)) : null) };
}

/** Lookups shared by the builders, made once. */
function indexes(src: OpenDataSource) {
  const meetingById = new Map(src.meetings.map((m) => [m.id, m]));
  const bodyById = new Map(src.bodies.map((b) => [b.id, b]));
  const reportById = new Map(src.reports.map((r) => [r.id, r]));
  const dateOf = (meetingId: string | undefined): Value => {
    const m = meetingId === undefined ? undefined : meetingById.get(meetingId);
    return opt(m ? meetingDate(m) : undefined);
  };
  const sortKey = (meetingId: string): string => {
    const m = meetingById.get(meetingId);
    return m ? meetingSortKey(m) : '';
  };
  return { meetingById, bodyById, reportById, dateOf, sortKey };
}

// ---------------------------------------------------------------------------
// Meetings and agendas

export const MEETING_FIELDS = [
  field('id', 'string'),
  field('body', 'string'),
  field('body_name', 'string'),
  field('topic', 'string'),
  field('date', 'date'),
  field('date_stated', 'string'),
  field('date_not_before', 'date'),
  field('date_not_after', 'date'),
  field('date_evidence', 'string'),
  field('start_time', 'time', '%H:%M'),
  field('end_time', 'time', '%H:%M'),
  field('time_as_printed', 'string'),
  field('venue', 'string'),
  field('status', 'string'),
  field('page_url', 'string'),
  field('source_paper', 'string'),
] as const;

/** The first paper that records the meeting: its agenda, minutes or a report, else the first line that mentions it. */
function meetingSource(m: Meeting, abs: (path: string) => string, source: (ref: SourceRef | undefined) => Value): Value {
  const doc = m.papers.agenda[0] ?? m.papers.minutes[0] ?? m.papers.reports[0];
  if (doc !== undefined) return abs(paperUrl(doc));
  return source(m.mentions[0]?.source ?? m.dateClaims[0]?.source);
}

/** One row per meeting, oldest first (a date not stated sorts at its earliest supported date). */
export function meetingsDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const { bodyById } = indexes(src);
  const rows = [...src.meetings].sort(compareMeetings).map((m) => {
    const d = m.data.date;
    return rowOf(MEETING_FIELDS, {
      id: m.id,
      body: m.data.body,
      body_name: opt(bodyById.get(m.data.body)?.data.name),
      topic: plain(m.data.topic),
      date: d.kind === 'exact' ? d.date : null,
      date_stated: d.kind === 'exact' ? 'stated' : 'not stated',
      date_not_before: d.kind === 'exact' ? null : opt(d.notBefore),
      date_not_after: d.kind === 'exact' ? null : opt(d.notAfter),
      date_evidence: d.kind === 'exact' ? null : plain(d.evidence),
      start_time: opt(m.data.startTime),
      end_time: opt(m.data.endTime),
      time_as_printed: opt(m.data.timeText),
      venue: plain(m.data.venue),
      status: m.data.status,
      page_url: abs(meetingUrl(m.id)),
      source_paper: meetingSource(m.data, abs, source),
    });
  });
  return { name: 'meetings', fields: MEETING_FIELDS, rows };
}

export const AGENDA_FIELDS = [
  field('meeting', 'string'),
  field('meeting_date', 'date'),
  field('position', 'integer'),
  field('number', 'string'),
  field('time', 'string'),
  field('start_time', 'time', '%H:%M'),
  field('title', 'string'),
  field('page_reference', 'string'),
  field('verbal_update', 'boolean'),
  field('report', 'string'),
  field('report_url', 'string'),
  field('page_url', 'string'),
] as const;

/** One row per printed agenda item, meetings oldest first, items in printed order. */
export function agendaItemsDataset(src: OpenDataSource): Dataset {
  const { abs } = urls(src.origin);
  const rows: Value[][] = [];
  for (const m of [...src.meetings].sort(compareMeetings)) {
    const minuteIds = new Set(m.data.minutes.map((s) => s.id));
    const date = meetingDate(m);
    m.data.agenda.forEach((item, i) => {
      const anchor = item.minuteSection !== undefined && minuteIds.has(item.minuteSection) ? item.minuteSection : 'agenda';
      rows.push(
        rowOf(AGENDA_FIELDS, {
          meeting: m.id,
          meeting_date: opt(date),
          position: i + 1,
          number: opt(item.number),
          time: opt(item.time),
          start_time: opt(parsePrintedTime(item.time)),
          title: plainText(item.title),
          page_reference: opt(item.page),
          verbal_update: item.verbalUpdate ? 'true' : 'false',
          report: opt(item.report),
          report_url: item.report ? abs(reportUrl(item.report)) : null,
          page_url: abs(`${meetingUrl(m.id)}#${anchor}`),
        }),
      );
    });
  }
  return { name: 'agenda-items', fields: AGENDA_FIELDS, rows };
}

// ---------------------------------------------------------------------------
// Questions and answers

export const QUESTION_FIELDS = [
  field('id', 'string'),
  field('meeting', 'string'),
  field('meeting_date', 'date'),
  field('kind', 'string'),
  field('number', 'integer'),
  field('section', 'string'),
  field('question', 'string'),
  field('answer', 'string'),
  field('answered_by', 'string'),
  field('plan_entry', 'string'),
  field('actions', 'string'),
  field('page_url', 'string'),
  field('source', 'string'),
] as const;

/** One row per question, meetings oldest first, questions in order. */
export function questionsDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const { dateOf, sortKey } = indexes(src);
  const sorted = [...src.questions].sort(
    (a, b) => sortKey(a.data.meeting).localeCompare(sortKey(b.data.meeting)) || a.data.meeting.localeCompare(b.data.meeting) || a.data.order - b.data.order,
  );
  const rows = sorted.map((q) =>
    rowOf(QUESTION_FIELDS, {
      id: q.id,
      meeting: q.data.meeting,
      meeting_date: dateOf(q.data.meeting),
      kind: q.data.kind,
      number: q.data.order,
      section: plainText(q.data.section),
      question: paragraphs(q.data.question),
      answer: paragraphs(q.data.answer),
      answered_by: opt(q.data.answeredBy.map(plainText).join('; ')),
      plan_entry: opt(q.data.planEntry),
      actions: opt(q.data.actions.join(' ')),
      page_url: abs(questionUrl(q.id)),
      source: source(q.data.sources[0]),
    }),
  );
  return { name: 'questions', fields: QUESTION_FIELDS, rows };
}

// ---------------------------------------------------------------------------
// Actions and their history

export const ACTION_FIELDS = [
  field('id', 'string'),
  field('series', 'string'),
  field('number', 'integer'),
  field('body', 'string'),
  field('raised_at', 'string'),
  field('raised_on', 'date'),
  field('owner', 'string'),
  field('text', 'string'),
  field('status', 'string'),
  field('last_update_date', 'date'),
  field('updates', 'integer'),
  field('question', 'string'),
  field('page_url', 'string'),
  field('source', 'string'),
] as const;

const compareActions =
  (sortKey: (meetingId: string) => string) =>
  (a: Entry<Action>, b: Entry<Action>): number =>
    sortKey(a.data.raisedAt).localeCompare(sortKey(b.data.raisedAt)) ||
    a.data.series.localeCompare(b.data.series) ||
    (a.data.number ?? Number.MAX_SAFE_INTEGER) - (b.data.number ?? Number.MAX_SAFE_INTEGER) ||
    a.id.localeCompare(b.id);

/** One row per action, in the order raised. */
export function actionsDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const { meetingById, dateOf, sortKey } = indexes(src);
  const rows = [...src.actions].sort(compareActions(sortKey)).map((a) => {
    const last = a.data.updates.at(-1);
    return rowOf(ACTION_FIELDS, {
      id: a.id,
      series: a.data.series,
      number: opt(a.data.number),
      body: opt(meetingById.get(a.data.raisedAt)?.data.body),
      raised_at: a.data.raisedAt,
      raised_on: dateOf(a.data.raisedAt),
      owner: plainText(a.data.owner),
      text: plainText(a.data.text),
      status: a.data.status,
      last_update_date: last ? opt(last.date) ?? dateOf(last.meeting) : null,
      updates: a.data.updates.length,
      question: opt(a.data.question),
      page_url: abs(actionUrl(a.id)),
      source: source(a.data.sources[0]),
    });
  });
  return { name: 'actions', fields: ACTION_FIELDS, rows };
}

export const ACTION_UPDATE_FIELDS = [
  field('action', 'string'),
  field('position', 'integer'),
  field('meeting', 'string'),
  field('meeting_date', 'date'),
  field('date', 'date'),
  field('date_as_printed', 'string'),
  field('status', 'string'),
  field('text', 'string'),
  field('page_url', 'string'),
  field('source', 'string'),
] as const;

/** One row per update of an action, actions in the order raised, each action's updates oldest first. */
export function actionUpdatesDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const { dateOf, sortKey } = indexes(src);
  const rows: Value[][] = [];
  for (const a of [...src.actions].sort(compareActions(sortKey))) {
    a.data.updates.forEach((u, i) => {
      rows.push(
        rowOf(ACTION_UPDATE_FIELDS, {
          action: a.id,
          position: i + 1,
          meeting: u.meeting,
          meeting_date: dateOf(u.meeting),
          date: opt(u.date),
          date_as_printed: opt(u.dateText),
          status: u.status,
          text: paragraphs(u.text),
          page_url: abs(`${actionUrl(a.id)}#update-${i + 1}`),
          source: source(u.sources[0]),
        }),
      );
    });
  }
  return { name: 'action-updates', fields: ACTION_UPDATE_FIELDS, rows };
}

// ---------------------------------------------------------------------------
// People and roles

export const ROLE_FIELDS = [
  field('person', 'string'),
  field('name', 'string'),
  field('role_title', 'string'),
  field('organisation', 'string'),
  field('as_of', 'date'),
  field('meeting', 'string'),
  field('page_url', 'string'),
  field('source', 'string'),
] as const;

/** One row per role as a paper states it, people by id, each person's roles in the papers' order. */
export function peopleRolesDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const rows: Value[][] = [];
  for (const p of [...src.people].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const r of p.data.roles) {
      rows.push(
        rowOf(ROLE_FIELDS, {
          person: p.id,
          name: plainText(p.data.name),
          role_title: plainText(r.title),
          organisation: plain(r.organisation),
          as_of: opt(r.asOf),
          meeting: opt(r.meeting),
          page_url: abs(personUrl(p.id)),
          source: source(r.source),
        }),
      );
    }
  }
  return { name: 'people-roles', fields: ROLE_FIELDS, rows };
}

// ---------------------------------------------------------------------------
// Inspection grades

export const GRADE_FIELDS = [
  field('inspection', 'string'),
  field('title', 'string'),
  field('inspectorate', 'string'),
  field('report', 'string'),
  field('meeting_date', 'date'),
  field('grade', 'string'),
  field('area', 'string'),
  field('page_url', 'string'),
  field('source', 'string'),
] as const;

/** One row per graded area, in the grid's order (grades best first, areas as printed). */
export function inspectionGradesDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const { reportById, dateOf } = indexes(src);
  const rows: Value[][] = [];
  for (const ins of [...src.inspections].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const g of ins.data.grades) {
      for (const area of g.areas) {
        rows.push(
          rowOf(GRADE_FIELDS, {
            inspection: ins.id,
            title: plainText(ins.data.title),
            inspectorate: ins.data.inspectorate,
            report: ins.data.report,
            meeting_date: dateOf(reportById.get(ins.data.report)?.data.meeting),
            grade: g.grade,
            area: plainText(area),
            page_url: abs(`${reportUrl(ins.data.report)}#inspection-${ins.id}`),
            source: source(ins.data.source),
          }),
        );
      }
    }
  }
  return { name: 'inspection-grades', fields: GRADE_FIELDS, rows };
}

// ---------------------------------------------------------------------------
// Tables and indicators

export const TABLE_FIELDS = [
  field('id', 'string'),
  field('number', 'integer'),
  field('caption', 'string'),
  field('report', 'string'),
  field('meeting', 'string'),
  field('meeting_date', 'date'),
  field('plan_entry', 'string'),
  field('rows', 'integer'),
  field('columns', 'integer'),
  field('notes', 'string'),
  field('page_url', 'string'),
  field('csv_url', 'string'),
  field('json_url', 'string'),
  field('source', 'string'),
] as const;

/** One row per table, in reading order. */
export function tablesDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const { reportById, dateOf } = indexes(src);
  const rows = src.tables.map((t) => {
    const meeting = reportById.get(t.data.report)?.data.meeting;
    const d = tableDownloads(t.id);
    return rowOf(TABLE_FIELDS, {
      id: t.id,
      number: opt(t.data.number),
      caption: plainText(t.data.caption),
      report: t.data.report,
      meeting: opt(meeting),
      meeting_date: dateOf(meeting),
      plan_entry: opt(t.data.planEntry),
      rows: t.data.rows.length,
      columns: t.data.columns.length,
      notes: opt(t.data.notes.map((n) => plainText(n.text)).join('\n')),
      page_url: abs(`${reportUrl(t.data.report)}#${tableAnchor(t.id)}`),
      csv_url: abs(d.csv),
      json_url: abs(d.json),
      source: source(t.data.source),
    });
  });
  return { name: 'tables', fields: TABLE_FIELDS, rows };
}

/** The period columns shared by the cell and figure datasets. */
const PERIOD_FIELDS = [
  field('period_start', 'date'),
  field('period_end', 'date'),
  field('period_note', 'string'),
] as const;

const periodCells = (p: ColumnPeriod | undefined): Record<'period_start' | 'period_end' | 'period_note', Value> => ({
  period_start: opt(p?.start),
  period_end: opt(p?.end),
  period_note: opt(p?.note),
});

export const TABLE_CELL_FIELDS = [
  field('table', 'string'),
  field('row_position', 'integer'),
  field('group', 'string'),
  field('row', 'string'),
  field('row_type', 'string'),
  field('column_position', 'integer'),
  field('column', 'string'),
  field('as_printed', 'string'),
  field('value', 'number'),
  field('unit', 'string'),
  ...PERIOD_FIELDS,
  field('correction', 'string'),
  field('source', 'string'),
] as const;

/** One row per table cell: tables in reading order, rows top to bottom, columns left to right. */
export function tableCellsDataset(src: OpenDataSource): Dataset {
  const { source } = urls(src.origin);
  const rows: Value[][] = [];
  for (const t of src.tables) {
    const periods = tablePeriods(t.data);
    t.data.rows.forEach((row, i) => {
      row.cells.forEach((cell, j) => {
        rows.push(
          rowOf(TABLE_CELL_FIELDS, {
            table: t.id,
            row_position: i + 1,
            group: opt(row.group),
            row: opt(row.label),
            row_type: row.kind,
            column_position: j + 1,
            column: opt(t.data.columns[j]),
            as_printed: opt(cell.raw),
            value: opt(numberOf(cell.value)),
            unit: opt(unitText(cell.value)),
            ...periodCells(periods[j]),
            correction: opt(row.repair),
            source: source({ doc: t.data.source.doc, line: row.line }),
          }),
        );
      });
    });
  }
  return { name: 'table-cells', fields: TABLE_CELL_FIELDS, rows };
}

export const INDICATOR_FIGURE_FIELDS = [
  field('indicator', 'string'),
  field('name', 'string'),
  field('qualifier', 'string'),
  field('table', 'string'),
  field('table_number', 'integer'),
  field('report', 'string'),
  field('meeting_date', 'date'),
  field('period', 'string'),
  ...PERIOD_FIELDS,
  field('as_printed', 'string'),
  field('value', 'number'),
  field('unit', 'string'),
  field('page_url', 'string'),
  field('source', 'string'),
] as const;

/** One row per printed figure of every indicator, indicators in list order, each oldest table first. */
export function indicatorFiguresDataset(src: OpenDataSource): Dataset {
  const { abs, source } = urls(src.origin);
  const tableById = new Map(src.tables.map((t) => [t.id, t.data]));
  const rows: Value[][] = [];
  for (const ind of src.indicators) {
    for (const a of ind.appearances) {
      const table = tableById.get(a.tableId);
      const periods = appearancePeriods(table, a.observations.length);
      a.observations.forEach((o, j) => {
        rows.push(
          rowOf(INDICATOR_FIGURE_FIELDS, {
            indicator: ind.id,
            name: plainText(ind.name),
            qualifier: plain(ind.qualifier),
            table: a.tableId,
            table_number: opt(a.tableNumber),
            report: a.reportId,
            meeting_date: opt(a.date),
            period: opt(o.period),
            ...periodCells(periods[j]),
            as_printed: opt(o.raw),
            value: opt(numberOf(o.value)),
            unit: opt(unitText(o.value)),
            page_url: abs(`/performance/${ind.id}/`),
            source: table ? source({ doc: table.source.doc, line: a.line }) : null,
          }),
        );
      });
    }
  }
  return { name: 'indicator-figures', fields: INDICATOR_FIGURE_FIELDS, rows };
}

/** Every dataset, in the order of the /data/ page and the bulk download. */
export function allDatasets(src: OpenDataSource): Dataset[] {
  return [
    meetingsDataset(src),
    agendaItemsDataset(src),
    questionsDataset(src),
    actionsDataset(src),
    actionUpdatesDataset(src),
    peopleRolesDataset(src),
    inspectionGradesDataset(src),
    tablesDataset(src),
    tableCellsDataset(src),
    indicatorFiguresDataset(src),
  ];
}
