/**
 * A performance grid (the 2016/17 grid of the seed papers): one TAB
 * table with the columns Strategic Objective | Action | Evidence/Link |
 * Commentary. This module turns it into one `grid` entry per strategic
 * objective (ids `so-1` … `so-27`) plus the grid's `reports` entry (whose
 * `body` is the cover's lines as paragraphs, then a `grid` block).
 *
 * Rules (see INVENTORY 8.3 and 9.1):
 * - A priority row is `Priority N: title` followed by three empty cells.
 * - An objective row starts with `SOn: title` and carries the objective's
 *   first action. The first two cells may be wrapped in `<p>` (SO23).
 * - A continuation row has an empty first cell and carries a further action.
 * - A row printed with only 3 cells and no leading empty cell (147-151, under
 *   SO17) is a continuation row shifted one column left: it is read as such
 *   and the repair is recorded on the action. It never starts an objective.
 * - Blank lines inside the table are page breaks, never row ends.
 * - An action ends with its owner code(s), e.g. "(NC)": the publisher
 *   profile's `ownerCodes`. A cell with
 *   two codes holds two actions printed together (130): kept as printed, both
 *   owners listed, the repair recorded.
 * - Evidence is split into items: every URL (as printed, percent-encoding
 *   kept) and any plain text between them ("Operation Randall Leaflet"). The
 *   unclosed `<ul>` with "•" bullets, parentheses round URLs and `<p>`
 *   wrapping are markup, not text.
 * - Commentary is split into paragraphs at `<p>`/`</p>`; text is otherwise
 *   kept exactly as printed (typos and duplicated passages included).
 */
import { gridObjectiveSchema } from '../src/schemas/grid.ts';
import { reportSchema, type ReportBlock } from '../src/schemas/reports.ts';
import { profile } from './profile.ts';
import { assertSchema, ImportError, type EntryDraft, type SourceDoc } from './source.ts';

/** An owner code printed at the end of a grid action: one of the publisher profile's `ownerCodes`. */
export type Owner = string;

export interface GridEvidence {
  text: string;
  url?: string;
}

export interface GridActionDraft {
  text: string;
  owners: Owner[];
  evidence: GridEvidence[];
  commentary: string[];
  line: number;
  repair?: string;
}

export interface GridObjectiveDraft {
  code: string;
  title: string;
  priority: number;
  report: string;
  actions: GridActionDraft[];
  source: { doc: string; line: number; endLine?: number };
}

/** A priority row of the grid, as printed. */
export interface GridPriority {
  number: number;
  title: string;
  line: number;
}

/** The grid read structurally, before it is turned into entries. */
export interface GridScan {
  /** Line of the header row. */
  headerLine: number;
  /** Last line of the table (the last row, page breaks excluded). */
  lastLine: number;
  priorities: GridPriority[];
  objectives: Array<Omit<GridObjectiveDraft, 'report'>>;
}

/** The header row that identifies a performance grid. */
export const GRID_HEADER = ['Strategic Objective', 'Action', 'Evidence/Link', 'Commentary'] as const;

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (ws: readonly string[]) => (ws.length ? ws.map(escapeRe).join('|') : '(?!)');
/** The plans a grid reports on: the publisher profile's plans whose parts have numbered elements ("SO" in "SO15"). */
const GRID_PLANS = profile().plans.filter((p) => p.elementWords.length > 0);
/** The words a grid's part rows and element rows begin with, from those plans ("Priority", "SO"). */
const PART_WORDS = [...new Set(GRID_PLANS.flatMap((p) => p.partWords))];
const ELEMENT_WORDS = [...new Set(GRID_PLANS.flatMap((p) => p.elementWords))];
/** The words as messages name them ("Priority N: …", "SOn: …"). */
const PART_WORD = PART_WORDS[0] ?? 'Part';
const ELEMENT_WORD = ELEMENT_WORDS[0] ?? 'Element';
const PRIORITY_RE = new RegExp(`^(?:${alternatives(PART_WORDS)}) (\\d+):\\s*(.+)$`);
const OBJECTIVE_RE = new RegExp(`^(${alternatives(ELEMENT_WORDS)})(\\d+):\\s*(.+)$`);

/** An element code's word and number: "SO15" → { word: "so", number: 15 }. */
export function elementCodeParts(code: string): { word: string; number: number } {
  const m = /^(\D+)(\d+)$/.exec(code);
  return { word: (m?.[1] ?? code).toLowerCase(), number: Number(m?.[2] ?? 0) };
}

/** The unit of the profile's plan for a grid's period ("2016-17" → "priority"), else the one unit all its grid plans share; else an error. */
export function gridPlanUnit(period: string, file: string, line: number | undefined): string {
  const plan = GRID_PLANS.find((p) => p.period === planIdForPeriod(period));
  if (plan) return plan.unit;
  // A period the profile does not list: the unit its grid plans share, when they agree.
  const units = [...new Set(GRID_PLANS.map((p) => p.unit))];
  if (units.length !== 1) {
    throw new ImportError(file, line, `a plan for the grid's period ${period} among the publisher profile's plans with element words (${GRID_PLANS.map((p) => p.period).join(', ') || 'none'})`, period, {
      hint: `add the plan, its part words and its element words to the publisher profile`,
    });
  }
  return units[0]!;
}
const OWNER_CODES = profile().ownerCodes.map((o) => o.code);
const OWNER_ALT = OWNER_CODES.length ? OWNER_CODES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') : '(?!)';
const OWNER_RE = new RegExp(`\\((${OWNER_ALT})\\)`, 'g');
const TRAILING_OWNER_RE = new RegExp(`\\((?:${OWNER_ALT})\\)$`);
const MERGED_SPLIT_RE = new RegExp(`(?<=\\((?:${OWNER_ALT})\\))\\s+`);
const ownerCodesText = OWNER_CODES.map((c) => `"(${c})"`).join(' or ');
const URL_RE = /https?:\/\/[^\s<>()"]+/g;
const urlCheck = gridObjectiveSchema.shape.actions.element.shape.evidence.unwrap().element.shape.url.unwrap();

/** Remove a `<p>…</p>` wrapper round a whole cell. */
export function unwrapP(cell: string): string {
  let s = cell.trim();
  for (;;) {
    const m = /^<p>([\s\S]*)<\/p>$/.exec(s);
    if (!m || /<\/?p>/.test(m[1] ?? '')) return s;
    s = (m[1] ?? '').trim();
  }
}

/** Split a cell into paragraphs at `<p>` / `</p>`; text outside the tags is a paragraph too. */
export function splitParagraphs(cell: string): string[] {
  return cell
    .split(/<\/?p>/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * Split an Evidence/Link cell into items: each URL as printed, and each run of
 * plain text between URLs. Bullets "•", list markup and the parentheses that
 * wrap URLs are dropped.
 */
export function parseEvidence(cell: string, file: string, line: number): GridEvidence[] {
  const cleaned = cell.replace(/<\/?(?:ul|li|p)\b[^>]*>/g, ' ');
  const items: GridEvidence[] = [];
  const pushText = (raw: string) => {
    const text = raw.replace(/[•()]/g, ' ').replace(/\s+/g, ' ').trim();
    if (text.length > 0) items.push({ text });
  };
  let last = 0;
  for (const m of cleaned.matchAll(URL_RE)) {
    pushText(cleaned.slice(last, m.index));
    const url = m[0];
    if (!urlCheck.safeParse(url).success) {
      throw new ImportError(file, line, 'a valid URL in the Evidence/Link cell', url);
    }
    items.push({ text: url, url });
    last = m.index + url.length;
  }
  pushText(cleaned.slice(last));
  return items;
}

/** Owner codes printed in an action cell, in order (a merged cell has two). */
export function parseOwners(action: string, file: string, line: number): Owner[] {
  if (!TRAILING_OWNER_RE.test(action)) {
    throw new ImportError(file, line, `an owner code ${ownerCodesText || '(none listed in the publisher profile)'} at the end of the Action cell`, action);
  }
  return [...action.matchAll(OWNER_RE)].map((m) => m[1] as Owner);
}

/** Split a merged action cell into the actions it holds: each ends with an owner code. */
export function splitMergedActions(action: string): string[] {
  return action
    .split(MERGED_SPLIT_RE)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function isHeader(cells: string[]): boolean {
  return cells.length === GRID_HEADER.length && cells.every((c, i) => unwrapP(c) === GRID_HEADER[i]);
}

/** Index (0-based) of the grid header row, or -1. */
export function findGridHeader(doc: SourceDoc): number {
  return doc.lines.findIndex((l) => l.includes('\t') && isHeader(l.split('\t')));
}

/** Read the grid's rows. Throws ImportError naming the line for anything it cannot read. */
export function scanGrid(doc: SourceDoc): GridScan {
  const { file } = doc;
  const headerIdx = findGridHeader(doc);
  if (headerIdx < 0) {
    throw new ImportError(file, undefined, `a performance-grid header row "${GRID_HEADER.join('<TAB>')}"`);
  }
  const priorities: GridPriority[] = [];
  const objectives: GridScan['objectives'] = [];
  let currentPriority: GridPriority | undefined;
  let current: GridScan['objectives'][number] | undefined;
  let lastLine = headerIdx + 1;

  for (let i = headerIdx + 1; i < doc.lines.length; i++) {
    const raw = doc.lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '') continue; // a page break inside the table
    if (!raw.includes('\t')) break; // the table has ended
    lastLine = line;
    let cells = raw.split('\t');
    let repair: string | undefined;

    if (cells.length === 3) {
      const first = unwrapP(cells[0] ?? '');
      if (PRIORITY_RE.test(first) || OBJECTIVE_RE.test(first) || first === '') {
        throw new ImportError(file, line, 'a grid row of 4 TAB-separated cells', raw);
      }
      if (!current) {
        throw new ImportError(file, line, `a strategic objective row ("${ELEMENT_WORD}n: …") before a continuation row`, raw);
      }
      cells = ['', ...cells];
      repair =
        `Printed with 3 cells instead of 4: the empty Strategic Objective cell is missing, so the action, ` +
        `evidence and commentary sat one column to the left. Read as a further action of ${current.code}.`;
    } else if (cells.length !== 4) {
      throw new ImportError(file, line, `a grid row of 4 TAB-separated cells (found ${cells.length})`, raw);
    }

    const [c0 = '', c1 = '', c2 = '', c3 = ''] = cells;
    const first = unwrapP(c0);
    const priority = PRIORITY_RE.exec(first);
    if (priority) {
      if ([c1, c2, c3].some((c) => c.trim() !== '')) {
        throw new ImportError(file, line, 'a priority row with empty Action, Evidence/Link and Commentary cells', raw);
      }
      const number = Number(priority[1]);
      if (priorities.some((p) => p.number === number)) {
        throw new ImportError(file, line, `only one row for ${PART_WORD} ${number}`, raw);
      }
      currentPriority = { number, title: (priority[2] ?? '').trim(), line };
      priorities.push(currentPriority);
      current = undefined;
      continue;
    }

    const objective = OBJECTIVE_RE.exec(first);
    if (objective) {
      if (!currentPriority) {
        throw new ImportError(file, line, `a "${PART_WORD} N: …" row before the first strategic objective`, raw);
      }
      const code = `${objective[1]}${Number(objective[2])}`;
      if (objectives.some((o) => o.code === code)) {
        throw new ImportError(file, line, `only one row starting ${code}`, raw);
      }
      current = {
        code,
        title: (objective[3] ?? '').trim(),
        priority: currentPriority.number,
        actions: [],
        source: { doc: doc.id, line },
      };
      objectives.push(current);
    } else if (first !== '') {
      throw new ImportError(
        file,
        line,
        `an empty first cell (a further action), "${PART_WORD} N: …" or "${ELEMENT_WORD}n: …" in the Strategic Objective column`,
        first,
      );
    } else if (!current) {
      throw new ImportError(file, line, `a strategic objective row ("${ELEMENT_WORD}n: …") before a continuation row`, raw);
    }

    const text = unwrapP(c1);
    if (text === '') throw new ImportError(file, line, 'an action in the Action cell', raw);
    const owners = parseOwners(text, file, line);
    const action: GridActionDraft = {
      text,
      owners,
      evidence: parseEvidence(c2, file, line),
      commentary: splitParagraphs(c3),
      line,
    };
    if (owners.length > 1) {
      const parts = splitMergedActions(text);
      const next = nextRowAction(doc, i);
      const second = parts[parts.length - 1];
      const repeated = next && second && next.text === second ? ` The last of them is printed again on its own at line ${next.line}.` : '';
      const merged =
        `${parts.length} actions printed in one Action cell, each with its own owner code; kept as printed, ` +
        `with both owners listed.${repeated}`;
      repair = repair ? `${repair} ${merged}` : merged;
    }
    if (repair) action.repair = repair;
    const target = current as GridScan['objectives'][number];
    target.actions.push(action);
    target.source.endLine = line;
  }

  if (priorities.length === 0) throw new ImportError(file, headerIdx + 2, `at least one "${PART_WORD} N: …" row after the header`);
  for (const o of objectives) {
    if (o.source.endLine === o.source.line) delete o.source.endLine;
  }
  return { headerLine: headerIdx + 1, lastLine, priorities, objectives };
}

/** The action text of the next non-blank table row after index `i`, if any. */
function nextRowAction(doc: SourceDoc, i: number): { text: string; line: number } | undefined {
  for (let j = i + 1; j < doc.lines.length; j++) {
    const raw = doc.lines[j] ?? '';
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    const action = cells.length === 3 ? cells[0] : cells[1];
    return action === undefined ? undefined : { text: unwrapP(action), line: j + 1 };
  }
  return undefined;
}

/** The cover lines printed above the grid that belong to its report. */
export interface GridCover {
  /** Agenda item line, e.g. "7. Police and Crime Commissioner for <area>'s 2016-17 Annual Report". */
  item?: { number: string; text: string; line: number };
  /** The grid's title line, e.g. "Annex 1 – Appendix A (Performance grid for 2016/17)". */
  title: { text: string; line: number };
  /** The period in the title, e.g. "2016/17". */
  period: string;
  /** Page label such as "AA3". */
  pageLabel?: { text: string; line: number };
  /** "Date Published: …" line. */
  published?: { text: string; line: number };
}

const TITLE_RE = /^(.*\(Performance grid for (\d{4}\/\d{2})\))\s*$/;

export function readCover(doc: SourceDoc, headerIdx: number): GridCover {
  let titleIdx = -1;
  for (let i = headerIdx - 1; i >= 0; i--) {
    if (TITLE_RE.test((doc.lines[i] ?? '').trim())) {
      titleIdx = i;
      break;
    }
  }
  if (titleIdx < 0) {
    throw new ImportError(
      doc.file,
      headerIdx + 1,
      'a title line such as "Annex 1 – Appendix A (Performance grid for 2016/17)" above the grid',
    );
  }
  const m = TITLE_RE.exec((doc.lines[titleIdx] ?? '').trim()) as RegExpExecArray;
  const cover: GridCover = { title: { text: m[1] as string, line: titleIdx + 1 }, period: m[2] as string };
  for (let i = titleIdx - 1; i >= 0; i--) {
    const s = (doc.lines[i] ?? '').trim();
    if (s === '') continue;
    const item = /^(\d+\.)\s+(.+)$/.exec(s);
    if (item) cover.item = { number: item[1] as string, text: s, line: i + 1 };
    break;
  }
  for (let i = titleIdx + 1; i < headerIdx; i++) {
    const s = (doc.lines[i] ?? '').trim();
    if (!cover.pageLabel && /^[A-Z]{1,3}\d+$/.test(s)) cover.pageLabel = { text: s, line: i + 1 };
    else if (!cover.published && /^Date Published:\s*\S/.test(s)) cover.published = { text: s, line: i + 1 };
  }
  return cover;
}

/** "2016/17" → "2016-17": the plan id the grid's priorities belong to. */
export function planIdForPeriod(period: string): string {
  return period.replace(/\//g, '-');
}

/** Report id for the grid: "<meeting date>-<body initials>-performance-grid-<period>". */
export function gridReportId(meetingId: string, period: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(meetingId);
  const prefix = m ? `${m[1]}-${(m[2] as string).split('-').filter((w) => w !== 'and' && w !== 'of' && w !== 'the').map((w) => w[0]).join('')}` : meetingId;
  return `${prefix}-performance-grid-${planIdForPeriod(period)}`;
}

export function parseGrid(
  doc: SourceDoc,
  ctx: { meetingId: string },
): { entries: EntryDraft[]; claimed: Array<[number, number]> } {
  const scan = scanGrid(doc);
  const cover = readCover(doc, scan.headerLine - 1);
  const reportId = gridReportId(ctx.meetingId, cover.period);
  const planId = planIdForPeriod(cover.period);
  const unit = gridPlanUnit(cover.period, doc.file, cover.title.line);

  const entries: EntryDraft[] = [];
  for (const o of scan.objectives) {
    const data: GridObjectiveDraft = { ...o, report: reportId };
    const ordered = {
      code: data.code,
      title: data.title,
      priority: data.priority,
      report: data.report,
      actions: data.actions,
      source: data.source,
    };
    assertSchema(gridObjectiveSchema, ordered, doc.file, o.source.line, 'a grid objective that matches src/schemas/grid.ts');
    const code = elementCodeParts(o.code);
    entries.push({ collection: 'grid', id: `${code.word}-${code.number}`, data: ordered });
  }

  const coverStart = cover.item?.line ?? cover.title.line;
  const coverEnd = Math.max(cover.title.line, cover.pageLabel?.line ?? 0, cover.published?.line ?? 0);
  const paragraphs = [cover.item, cover.pageLabel, cover.published].filter((p): p is { text: string; line: number } => p !== undefined);
  const body: ReportBlock[] = [
    ...paragraphs.map((p): ReportBlock => ({ kind: 'paragraph', lines: [p.text], line: p.line })),
    { kind: 'grid', id: reportId, line: scan.headerLine },
  ];
  const report = {
    title: cover.title.text,
    meeting: ctx.meetingId,
    ...(cover.item ? { agendaItem: cover.item.number } : {}),
    planEntries: scan.priorities.map((p) => `${planId}-${unit}-${p.number}`),
    document: doc.id,
    source: { doc: doc.id, line: coverStart, endLine: scan.lastLine },
    order: 0,
    body,
  };
  assertSchema(reportSchema, report, doc.file, coverStart, 'a grid report that matches src/schemas/reports.ts');
  entries.push({ collection: 'reports', id: reportId, data: report });

  return {
    entries,
    claimed: [
      [coverStart, coverEnd],
      [scan.headerLine, scan.lastLine],
    ],
  };
}
