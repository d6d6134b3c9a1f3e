/**
 * Paper text is data, never code: every component that shows text from the papers is rendered
 * (Astro's container API) with real content entries whose every text field is replaced by a hostile
 * payload: HTML, an Astro/JSX expression, MDX's `export`, a markdown link to javascript:, a
 * spreadsheet formula. Each payload must come out as the same characters in the page's text, never
 * as a <script> element, an event-handler attribute, a javascript: (or any non-web) href, or the
 * value of an evaluated expression.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'astro/zod';
import { SCHEMAS } from '../../src/schemas/index.ts';
import type { ActionView, QuestionView } from '../../src/lib/actions/view.ts';
import type { Block, Conflict } from '../../src/schemas/common.ts';
import { provenance } from '../../src/lib/papers/provenance.ts';
import ActionCard from '../../src/components/ActionCard/ActionCard.astro';
import AgendaList from '../../src/components/AgendaList/AgendaList.astro';
import AttendanceList from '../../src/components/AttendanceList/AttendanceList.astro';
import Conflicts from '../../src/components/Conflicts/Conflicts.astro';
import DataTable from '../../src/components/DataTable/DataTable.astro';
import Value from '../../src/components/DataTable/Value.astro';
import Figure from '../../src/components/Figure/Figure.astro';
import GlossaryList from '../../src/components/GlossaryList/GlossaryList.astro';
import Grades from '../../src/components/Grades/Grades.astro';
import InlineText from '../../src/components/InlineText/InlineText.astro';
import MeetingQuestion from '../../src/components/MeetingQuestion/MeetingQuestion.astro';
import MinuteBlocks from '../../src/components/MinuteBlocks/MinuteBlocks.astro';
import PerformanceGrid from '../../src/components/PerformanceGrid/PerformanceGrid.astro';
import PersonItems from '../../src/components/PersonItems/PersonItems.astro';
import QuestionCard from '../../src/components/QuestionCard/QuestionCard.astro';
import ReportBody from '../../src/components/ReportBody/ReportBody.astro';
import SourceList from '../../src/components/SourceList/SourceList.astro';

const CONTENT = resolve(import.meta.dirname, '../../src/content');

const PAYLOADS = [
  '<script>alert(1)</script>',
  '{1+1}',
  'export const x = 1',
  '[x](javascript:alert(1))',
  '=1+1',
  'JaVaScRiPt:alert(1)',
  '<img src=x onerror=alert(1)>',
] as const;

/** Keys whose strings are ids, enums, dates or references, not text printed in the papers: kept as they are. */
const STRUCTURAL = new Set([
  'id', 'kind', 'type', 'status', 'unit', 'date', 'doc', 'meeting', 'body', 'report', 'series', 'planEntry', 'minuteSection',
  'collection', 'anchor', 'href', 'lists', 'actions', 'questions', 'from', 'to', 'until', 'owners', 'code', 'role', 'grade',
]);

/** The value with every text string replaced by the payload (ids, enums and references kept). */
function poison<T>(value: T, payload: string, key = ''): T {
  if (typeof value === 'string') return (STRUCTURAL.has(key) ? value : payload) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => poison(v, payload, key)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload, k)])) as T;
  }
  return value;
}

type Schemas = typeof SCHEMAS;
/** Every entry of a content collection, parsed with its schema (so defaults apply), as { id, data }. */
function collection<K extends keyof Schemas>(name: K): { id: string; data: z.infer<Schemas[K]> }[] {
  const dir = join(CONTENT, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), data: SCHEMAS[name].parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) as z.infer<Schemas[K]> }));
}

/** The first entry of a collection that passes `test`. */
function first<K extends keyof Schemas>(name: K, test: (data: z.infer<Schemas[K]>) => boolean): { id: string; data: z.infer<Schemas[K]> } {
  const found = collection(name).find((e) => test(e.data));
  if (!found) throw new Error(`no entry in src/content/${name} fits this test`);
  return found;
}

// PerformanceGrid reads its objectives through loadSite(): serve it the poisoned grid over the real site
// (which other components, such as PersonLink, read too).
const fakeSite = vi.hoisted(() => ({ current: {} as Record<string, unknown> }));
vi.mock('../../src/lib/content/data.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/content/data.ts')>();
  return { ...real, loadSite: async () => ({ ...(await real.loadSite()), ...fakeSite.current }) };
});

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** Every element (name, attributes) and the text of the rendered HTML, as a browser parses it. */
function inspect(html: string): { elements: { tag: string; attrs: { name: string; value: string }[] }[]; text: string } {
  const elements: { tag: string; attrs: { name: string; value: string }[] }[] = [];
  let text = '';
  const walk = (node: Node): void => {
    if ('tagName' in node) elements.push({ tag: node.tagName, attrs: node.attrs });
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('content' in node && node.content) walk(node.content);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(html));
  return { elements, text };
}

/** What must hold for every rendering with a payload in its text. */
function expectInert(name: string, html: string, payload: string): void {
  const { elements, text } = inspect(html);
  for (const el of elements) {
    // No script from content: a component's own scripts are bundled files (src), never inline.
    if (el.tag === 'script') expect(el.attrs.find((a) => a.name === 'src'), `${name}: an inline <script> with ${payload}`).toBeDefined();
    expect(el.tag, `${name}: an element the component never writes`).not.toMatch(/^(iframe|object|embed|img)$/);
    for (const a of el.attrs) {
      expect(a.name, `${name}: event handler attribute on <${el.tag}>`).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)) {
        const protocol = new URL(a.value, 'https://portal.test/page/').protocol;
        expect(['http:', 'https:', 'mailto:', 'tel:'], `${name}: <${el.tag} ${a.name}="${a.value}">`).toContain(protocol);
      }
    }
  }
  // The payload is shown as the very characters the papers hold: not parsed as HTML, not evaluated.
  expect(text, `${name}: the payload ${payload} is not in the text`).toContain(payload);
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const meeting = first('meetings', (m) => m.agenda.length > 0 && m.attendance.length > 0 && m.apologies.length > 0);
/** Every kind of minuted block, nested lists included (the real minutes use only some). */
const MINUTE_BLOCKS: Block[] = [
  { type: 'h', text: 'Sub-heading' },
  { type: 'p', text: 'Paragraph' },
  { type: 'ul', items: [{ text: 'Bullet', children: [{ text: 'Nested bullet' }] }] },
  { type: 'ol', items: [{ text: 'Numbered' }] },
  ...collection('meetings').flatMap((e) => e.data.minutes.flatMap((s) => s.blocks)).slice(0, 5),
];
const question = first('questions', (q) => q.answer.length > 0 && q.answeredBy.length > 0);
const action = first('actions', () => true);
const table = first('tables', (t) => t.grouped && t.notes.length > 0);
const figure = first('figures', () => true);
const inspection = first('inspections', () => true);
const grid = collection('grid').filter((g) => g.data.actions.some((a) => a.evidence.some((e) => e.url !== undefined)));
const glossary = collection('glossary').slice(0, 3);
const report = first('reports', (r) => r.body.some((b) => b.kind === 'list') && r.body.some((b) => b.kind === 'heading'));

const CONFLICT: Conflict = {
  about: 'the status',
  claims: [{ value: 'Closed.', source: { doc: 'a', line: 1 } }, { value: 'Ongoing.', source: { doc: 'b', line: 2 } }],
  shown: 'Ongoing.',
};

/** Links to the papers, every paper named by the payload (names come from the papers' titles). */
const paperSources = (payload: string) => {
  const ids = readdirSync(resolve(import.meta.dirname, '../../src/content/documents')).map((f) => f.replace(/\.json$/, ''));
  return provenance({ documents: ids.map((id) => ({ id, data: { title: payload } })), paperNames: new Map(ids.map((id) => [id, payload])) });
};

/** Each component with its props built from poisoned content. */
function renderings(payload: string): [string, Parameters<AstroContainer['renderToString']>[0], Record<string, unknown>][] {
  const p = <T,>(value: T): T => poison(value, payload);
  const link = (href: string) => ({ href, label: payload });
  const m = p(meeting.data);
  const q = p(question);
  const questionView: QuestionView = {
    id: q.id,
    entry: { id: q.id, collection: 'questions', data: q.data },
    url: `/questions/${q.id}/`,
    kindLabel: payload,
    label: payload,
    pageTitle: payload,
    docTitle: payload,
    summary: payload,
    meeting: link(`/meetings/${q.data.meeting}/`),
    onMeetingPage: link(`/meetings/${q.data.meeting}/#q-1`),
    theme: payload,
    actions: [link('/actions/a/')],
    sources: [{ href: '/papers/d/1/#L1', text: payload }],
    search: {},
  };
  const a = p(action);
  const actionView: ActionView = {
    id: a.id,
    entry: { id: a.id, collection: 'actions', data: a.data },
    url: `/actions/${a.id}/`,
    label: payload,
    pageTitle: payload,
    docTitle: payload,
    text: payload,
    owner: payload,
    status: a.data.status,
    statusLabel: payload,
    raised: link('/meetings/m/'),
    onMeetingPage: link('/meetings/m/#action-1'),
    age: { kind: 'raised-not-stated' },
    ageText: payload,
    statusHeading: payload,
    updates: [{ index: 1, anchor: 'update-1', heading: payload, meeting: link('/meetings/m/'), date: undefined, text: [payload], status: a.data.status, statusLabel: payload }],
    questions: [link('/questions/q/')],
    variants: [{ text: payload, source: { href: '/papers/d/1/#L1', text: payload } }],
    sources: [{ href: '/papers/d/1/#L1', text: payload }, { href: '/papers/d/1/#L2', text: payload }],
    search: {},
  };
  const gridEntries = grid.map((g) => {
    const poisoned = p(g);
    // URL fields from the papers too: the evidence links get the payload as their target.
    return { ...poisoned, data: { ...poisoned.data, actions: poisoned.data.actions.map((x) => ({ ...x, evidence: x.evidence.map((e) => ({ ...e, url: payload })) })) } };
  });
  fakeSite.current = { gridByReport: new Map([['grid-report', gridEntries]]) };
  const t = p(table.data);
  return [
    ['InlineText', InlineText, { text: payload }],
    ['QuestionCard', QuestionCard, { question: questionView, level: 2, showMeeting: true, showTheme: true }],
    ['ActionCard', ActionCard, { action: actionView, level: 2, anchors: true }],
    ['MinuteBlocks', MinuteBlocks, { blocks: p(MINUTE_BLOCKS) }],
    ['AgendaList', AgendaList, {
      items: m.agenda,
      date: meeting.data.date.kind === 'exact' ? meeting.data.date.date : undefined,
      minuteIds: new Set(m.agenda.flatMap((i) => (i.minuteSection ? [i.minuteSection] : []))),
      reportTitles: new Map(m.agenda.flatMap((i) => (i.report ? [[i.report, payload] as [string, string]] : []))),
      meetingTitles: new Map(m.agenda.flatMap((i) => i.lists.map((id) => [id, payload] as [string, string]))),
    }],
    ['AttendanceList', AttendanceList, { people: [...m.attendance, ...m.apologies] }],
    ['MeetingQuestion', MeetingQuestion, { question: q, actions: [link('/actions/a/')] }],
    ['DataTable', DataTable, { id: table.id, table: t }],
    ['Value', Value, { raw: payload, value: { type: 'text' } }],
    ['Figure', Figure, { id: figure.id, figure: p(figure.data) }],
    ['Grades', Grades, { id: inspection.id, inspection: p(inspection.data) }],
    ['GlossaryList', GlossaryList, { entries: glossary.map(p), src: paperSources(payload) }],
    ['SourceList', SourceList, { links: [{ href: '/papers/d/1/#L1', text: payload }, { href: '/papers/d/1/#L2', text: payload }] }],
    ['PerformanceGrid', PerformanceGrid, { id: 'grid-report' }],
    ['Conflicts', Conflicts, { conflicts: [p(CONFLICT)], src: paperSources(payload) }],
    ['ReportBody', ReportBody, { blocks: p(report.data.body.filter((b) => ['heading', 'paragraph', 'list', 'rule'].includes(b.kind))) }],
    ['PersonItems (questions)', PersonItems, { list: { key: 'answered', items: [{ ...link('/questions/q/'), summary: payload, printedAs: [payload] }] } }],
    ['PersonItems (actions)', PersonItems, { list: { key: 'owned', items: [{ ...link('/actions/a/'), summary: payload, status: a.data.status, statusLabel: payload, printedAs: payload }] } }],
  ];
}

describe('paper text is rendered as text by every component that shows it', () => {
  it('has content to poison for every component', () => {
    expect(grid.length).toBeGreaterThan(0);
    expect(glossary.length).toBeGreaterThan(0);
    expect(renderings('x').map(([name]) => name)).toHaveLength(18);
  });

  for (const payload of PAYLOADS) {
    // A generous limit: 18 renderings on a shared two-core machine; nothing here depends on timing.
    it(`${JSON.stringify(payload)} stays text`, { timeout: 60_000 }, async () => {
      for (const [name, component, props] of renderings(payload)) {
        const html = await container.renderToString(component, { props });
        expectInert(name, html, payload);
      }
    });
  }

  it('the checks catch a payload that became markup (the test can fail)', () => {
    expect(() => expectInert('raw', '<p><script>alert(1)</script></p>', '<script>alert(1)</script>')).toThrow();
    expect(() => expectInert('raw', '<p><a href="javascript:alert(1)">x</a>{1+1}</p>', '{1+1}')).toThrow(/href/);
    expect(() => expectInert('raw', '<p>2</p>', '{1+1}')).toThrow(/not in the text/);
    expect(() => expectInert('raw', '<p><img src=x onerror=alert(1)></p>', '<img src=x onerror=alert(1)>')).toThrow();
  });
});
