/**
 * The Police and Crime Plans the papers refer to, one `plans` entry per period:
 *
 * - `2016-17`: priorities 1-7 (the grid's "Priority N:" rows) with their
 *   strategic objectives SO1-SO27 (the `grid` drafts) as elements. The 2017
 *   Police Accountability Forum minutes (000) call three of the priorities a
 *   "Police and Crime Plan Theme"; those headings are kept as title variants.
 * - `2022-24`: the "Police, Crime & Community Safety Plan 2022-24", pillars
 *   1-6 as the 29 January 2025 agenda names them, with every other wording the
 *   papers use ("Supporting Victims", "Safer Stronger Communities", …) kept as
 *   title variants.
 * - `2025-29`: the "Police & Crime Plan 2025-29", priorities 1-3 as the
 *   16 April 2025 agenda names them. The papers give nothing more.
 *
 * Pillar elements. The papers never number the elements of a pillar next to
 * their titles. Each pillar report only says in its SUMMARY which elements it
 * covers ("elements 1-4 & 6 of Pillar 2") and then gives one section heading
 * per topic. The rule here: when the number of section headings equals the
 * number of elements the SUMMARY lists, the headings are taken, in order, as
 * those elements (code = the element number, id `…-element-<number>`); a plan
 * note quotes the SUMMARY so the reader can see where the numbers come from.
 * When the counts differ, no number is given: the headings are kept as report
 * sections (code "Section <k>", id `…-section-<k>`, k = position in the
 * report) and a note quotes the SUMMARY's element list.
 *
 * The section headings are plain lines with no markup, so they cannot be told
 * from sub-headings by their form. They are found by their wording: the
 * publisher profile lists, per plan and part, the section headings its reports
 * use (`plans[].reportSections`). Each listed wording must be printed exactly
 * once as a plain line inside its pillar's report (between the banner and
 * "Appendix A"), and the headings are taken in the report's order; a paper
 * that does not match raises an ImportError instead of producing wrong elements.
 */
import { planSchema } from "../src/schemas/plans.ts";
import {
  findGridHeader,
  planIdForPeriod,
  readCover,
  elementCodeParts,
  gridPlanUnit,
  scanGrid,
} from "./grid.ts";
import { profile, profilePath } from "./profile.ts";
import {
  assertSchema,
  draftsOf,
  ImportError,
  type EntryDraft,
  type SourceDoc,
} from "./source.ts";

interface Ref {
  doc: string;
  line: number;
  endLine?: number;
}

interface Element {
  id: string;
  code: string;
  title: string;
  sources: Ref[];
}

interface PlanEntryDraft {
  id: string;
  number: number;
  title: string;
  titleVariants: string[];
  elements: Element[];
  sources: Ref[];
}

interface PlanDraft {
  id: string;
  title: string;
  period: string;
  /** What a part is called in ids, from the profile ("pillar"). */
  unit: string;
  entries: Map<number, PlanEntryDraft>;
  order: number;
  notes: string[];
  /** Agenda rows that name the plan's parts: item number and last cell (page or "Verbal Update"). */
  agenda: Array<{ doc: string; item: string; page: string }>;
}

/**
 * Section headings of the part reports, as worded, per plan period and part number (from the
 * publisher profile's `plans[].reportSections`).
 */
export type SectionWordings = Readonly<
  Record<string, Readonly<Record<number, readonly string[]>>>
>;

/** The section wordings the publisher profile lists. */
export function profileSectionWordings(): SectionWordings {
  const out: Record<string, Record<number, readonly string[]>> = {};
  for (const p of profile().plans) {
    const parts: Record<number, readonly string[]> = {};
    for (const [k, v] of Object.entries(p.reportSections)) parts[Number(k)] = v;
    out[p.period] = parts;
  }
  return out;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (ws: readonly string[]) =>
  ws.length ? ws.map(escapeRe).join("|") : "(?!)";
/** The words the profile's plans name their parts with ("Pillar", "Priority"), longest first. */
const PART_WORDS = [...new Set(profile().plans.flatMap((p) => p.partWords))].sort(
  (a, b) => b.length - a.length,
);
/**
 * The plans each of whose parts has its own report in the papers (a banner, a SUMMARY naming the
 * elements it covers, section headings): those the profile lists report sections for.
 */
const REPORT_PLANS = profile().plans.filter(
  (p) => Object.keys(p.reportSections).length > 0,
);
const REPORT_WORDS = [...new Set(REPORT_PLANS.flatMap((p) => p.partWords))];
/** Their units ("pillar"): a plan of the papers with such a unit has part reports too. */
const REPORT_UNITS = new Set(REPORT_PLANS.map((p) => p.unit));
const REPORT_ALT = alternatives(REPORT_WORDS);

/** "<plan name> Plan 2022-24: <part word> 1 - '<title>'" (agenda rows). */
const PLAN_ITEM_RE = new RegExp(
  `((?:Police, Crime & Community Safety|Police & Crime|Police and Crime) Plan (\\d{4})-(\\d{2})): (${alternatives(PART_WORDS)}) (\\d+) [-–] ['‘](.+?)['’](?=\\s*(?:\\t|$))`,
);
/** "6. **Police and Crime Plan Theme: 'Good Stewardship of Taxpayers' Money'**" (000). */
const THEME_RE =
  /^\d+\.\s+\*{0,2}(Police and Crime Plan Theme:\s*['‘](.+)['’])\*{0,2}\s*$/;
/** "<part word> N" anywhere in a line, the word captured. */
const PART_RE = new RegExp(`\\b(${alternatives(PART_WORDS)}) (\\d+)\\b`);
/** "5. <part word> 1 – <title>" (minutes) and "Police and Crime Plan – <part word> 3 – <title>", for plans with part reports. */
const PILLAR_HEADING_RE = new RegExp(
  `^(?:\\d+\\.\\s+)?(?:Police and Crime Plan [–-] )?(?:${REPORT_ALT}) (\\d+) [–-] (.+?)\\s*$`,
);
/** "<part word> 1 (<title>)" anywhere in a line (report SUBJECT lines). */
const PILLAR_PAREN_RE = new RegExp(`\\b(?:${REPORT_ALT}) (\\d+) \\(([^)]+)\\)`, "g");
/** "<PART WORD> 2: <TITLE>" (report banners, in capitals). */
const PILLAR_BANNER_RE = new RegExp(
  `^(?:${alternatives(REPORT_WORDS.map((w) => w.toUpperCase()))}) (\\d+):? (.+?)\\s*$`,
);
/** "…contributing to elements 1-4 & 6 of <part word> 2 of the Police and Crime Plan." (report SUMMARY). */
const SUMMARY_RE = new RegExp(
  `\\b(elements ([\\d\\s,&–-]+?|[\\d\\s,&–-]+? and \\d+)) of (?:${REPORT_ALT}) (\\d+)\\b`,
);

/** The profile's plan a plan draft is (by its id, the period). */
const profilePlanOf = (plan: { id: string }) =>
  profile().plans.find((p) => p.period === plan.id);
/** The word a plan's parts are named with, as printed ("Pillar"). */
const partWordOf = (plan: { id: string }) =>
  profilePlanOf(plan)?.partWords[0] ?? REPORT_WORDS[0] ?? "Part";
/** "priority" → "priorities", "pillar" → "pillars". */
const plural = (unit: string) =>
  /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;

/** The unit of the profile's plan for a period named with a part word on an agenda row (else of the plans using that word); else an error. */
function agendaPlanUnit(
  period: string,
  word: string,
  file: string,
  line: number,
  raw: string,
): string {
  const plan = profile().plans.find((p) => p.period === period);
  if (plan && plan.partWords.includes(word)) return plan.unit;
  // A period the profile does not list: the unit of the plans naming their parts with this word, when they agree.
  const units = [
    ...new Set(
      profile()
        .plans.filter((p) => p.partWords.includes(word))
        .map((p) => p.unit),
    ),
  ];
  if (!plan && units.length === 1) return units[0]!;
  throw new ImportError(
    file,
    line,
    `a plan period and part word the publisher profile lists (${profile()
      .plans.map((p) => `${p.period}: "${p.partWords.join('", "')}"`)
      .join("; ")})`,
    raw,
    { hint: "add the plan to the publisher profile, with the words its parts are named by" },
  );
}

/** Compare wordings ignoring case, quote style, spacing and a final full stop. */
export function normaliseWording(s: string): string {
  return s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.$/, "")
    .toLowerCase();
}

/** "1-4 & 6" → [1, 2, 3, 4, 6]; "1,2,5 & 6" → [1, 2, 5, 6]. */
export function parseElementList(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/,|&|\band\b/)) {
    const p = part.trim();
    if (p === "") continue;
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(p);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      for (let k = from; k <= to; k++) out.push(k);
    } else if (/^\d+$/.test(p)) out.push(Number(p));
    else return [];
  }
  return out;
}

/** Strip markdown heading marks, bold and `<b>` so minutes headings in 003 read like those in 001. */
function plainLine(s: string): string {
  return s
    .replace(/^#+\s*/, "")
    .replace(/\*\*/g, "")
    .replace(/<\/?b>/g, "")
    .replace(/&amp;/g, "&")
    .trim();
}

function addSource(target: { sources: Ref[] }, ref: Ref): void {
  if (!target.sources.some((r) => r.doc === ref.doc && r.line === ref.line))
    target.sources.push(ref);
}

function addVariant(entry: PlanEntryDraft, wording: string): void {
  const w = wording.trim();
  const n = normaliseWording(w);
  if (normaliseWording(entry.title) === n) return;
  if (entry.titleVariants.some((v) => normaliseWording(v) === n)) return;
  entry.titleVariants.push(w);
}

const isUpper = (s: string) => s === s.toUpperCase() && /[A-Z]/.test(s);

function ensurePlan(
  plans: Map<string, PlanDraft>,
  id: string,
  init: () => PlanDraft,
): PlanDraft {
  let plan = plans.get(id);
  if (!plan) {
    plan = init();
    plans.set(id, plan);
  }
  return plan;
}

/** Plans named on agenda rows ("… Plan 2022-24: Pillar 1 - '…'"). */
function readAgendaPlans(
  docs: SourceDoc[],
  plans: Map<string, PlanDraft>,
): void {
  for (const doc of docs) {
    doc.lines.forEach((raw, i) => {
      const m = PLAN_ITEM_RE.exec(raw);
      if (!m) return;
      const [
        ,
        title = "",
        y1 = "",
        y2 = "",
        unitWord = "",
        num = "",
        entryTitle = "",
      ] = m;
      const period = `${y1}-${y2}`;
      const unit = agendaPlanUnit(period, unitWord, doc.file, i + 1, raw);
      const plan = ensurePlan(plans, period, () => ({
        id: period,
        title,
        period,
        unit,
        entries: new Map(),
        order: Number(y1),
        notes: [],
        agenda: [],
      }));
      if (plan.unit !== unit) {
        throw new ImportError(
          doc.file,
          i + 1,
          `the plan ${period} to be divided into ${plan.unit}s, as elsewhere in the papers`,
          raw,
        );
      }
      const number = Number(num);
      const ref = { doc: doc.id, line: i + 1 };
      const existing = plan.entries.get(number);
      if (existing) {
        addVariant(existing, entryTitle);
        addSource(existing, ref);
      } else {
        plan.entries.set(number, {
          id: `${period}-${unit}-${number}`,
          number,
          title: entryTitle,
          titleVariants: [],
          elements: [],
          sources: [ref],
        });
      }
      const cells = raw.split("\t");
      if (cells.length > 1)
        plan.agenda.push({
          doc: doc.id,
          item: (cells[0] ?? "").trim(),
          page: (cells.at(-1) ?? "").trim(),
        });
    });
  }
}

/** The plan the performance grid reports on: its priorities and strategic objectives. */
function readGridPlans(
  drafts: EntryDraft[],
  docs: SourceDoc[],
  plans: Map<string, PlanDraft>,
): void {
  const gridDrafts = draftsOf(drafts, "grid");
  for (const doc of docs) {
    const headerIdx = findGridHeader(doc);
    if (headerIdx < 0) continue;
    const scan = scanGrid(doc);
    const cover = readCover(doc, headerIdx);
    const id = planIdForPeriod(cover.period);
    const nameIdx = doc.lines.findIndex((l) =>
      l.includes("Police and Crime Plan"),
    );
    if (nameIdx < 0) {
      throw new ImportError(
        doc.file,
        undefined,
        'the words "Police and Crime Plan" naming the plan the grid reports on',
      );
    }
    const unit = gridPlanUnit(cover.period, doc.file, cover.title.line);
    const plan = ensurePlan(plans, id, () => ({
      id,
      title: "Police and Crime Plan",
      period: cover.period,
      unit,
      entries: new Map(),
      order: Number(cover.period.slice(0, 4)),
      notes: [
        `The papers call this plan "the Police and Crime Plan" without giving its period in the name. ` +
          `It is listed under ${cover.period} because the performance grid that sets out its priorities and ` +
          `strategic objectives is the "${cover.title.text}".`,
      ],
      agenda: [],
    }));
    for (const p of scan.priorities) {
      plan.entries.set(p.number, {
        id: `${id}-${unit}-${p.number}`,
        number: p.number,
        title: p.title,
        titleVariants: [],
        elements: [],
        sources: [{ doc: doc.id, line: p.line }],
      });
    }
    const mine = gridDrafts.filter((d) => d.data.source.doc === doc.id);
    for (const d of mine) {
      const code = d.data.code;
      const priority = d.data.priority;
      const entry = plan.entries.get(priority);
      const src = d.data.source;
      if (!entry) {
        throw new ImportError(
          doc.file,
          src.line,
          `a "${partWordOf(plan)} ${priority}:" row for ${code}`,
        );
      }
      entry.elements.push({
        id: `${id}-${code.toLowerCase()}`,
        code,
        title: d.data.title,
        sources: [{ doc: src.doc, line: src.line }],
      });
    }
    for (const entry of plan.entries.values()) {
      entry.elements.sort(
        (a, b) =>
          elementCodeParts(a.code).number - elementCodeParts(b.code).number,
      );
    }
  }
}

/** "Police and Crime Plan Theme: '…'" headings (000) naming a priority by title and number. */
function readThemes(docs: SourceDoc[], plans: Map<string, PlanDraft>): void {
  for (const doc of docs) {
    doc.lines.forEach((raw, i) => {
      const m = THEME_RE.exec(raw.trim());
      if (!m) return;
      const [, heading = "", theme = ""] = m;
      let priorityLine = -1;
      let number = -1;
      let word = "";
      for (let j = i + 1; j < Math.min(doc.lines.length, i + 7); j++) {
        const p = PART_RE.exec(doc.lines[j] ?? "");
        if (p) {
          word = p[1] ?? "";
          number = Number(p[2]);
          priorityLine = j + 1;
          break;
        }
      }
      if (number < 0) return;
      const matches = [...plans.values()]
        .filter(
          (plan) =>
            profilePlanOf(plan)?.partWords.includes(word) ??
            profile().plans.some(
              (p) => p.unit === plan.unit && p.partWords.includes(word),
            ),
        )
        .map((plan) => plan.entries.get(number))
        .filter(
          (e): e is PlanEntryDraft =>
            e !== undefined &&
            normaliseWording(e.title) === normaliseWording(theme),
        );
      if (matches.length !== 1) return;
      const entry = matches[0] as PlanEntryDraft;
      addVariant(entry, heading);
      addSource(entry, { doc: doc.id, line: i + 1, endLine: priorityLine });
    });
  }
}

interface PillarMention {
  doc: SourceDoc;
  line: number;
  number: number;
  wording: string;
}

function pillarMentions(docs: SourceDoc[]): PillarMention[] {
  const out: PillarMention[] = [];
  for (const doc of docs) {
    doc.lines.forEach((raw, i) => {
      if (PLAN_ITEM_RE.test(raw)) return;
      const line = plainLine(raw);
      const heading = PILLAR_HEADING_RE.exec(line);
      if (heading)
        out.push({
          doc,
          line: i + 1,
          number: Number(heading[1]),
          wording: heading[2] ?? "",
        });
      const banner = PILLAR_BANNER_RE.exec(line);
      if (banner)
        out.push({
          doc,
          line: i + 1,
          number: Number(banner[1]),
          wording: banner[2] ?? "",
        });
      for (const m of line.matchAll(PILLAR_PAREN_RE)) {
        out.push({
          doc,
          line: i + 1,
          number: Number(m[1]),
          wording: m[2] ?? "",
        });
      }
    });
  }
  return out;
}

/** Every other wording of a pillar's title, with where it is printed. Mixed-case wordings win over capitals. */
function readPillarWordings(
  docs: SourceDoc[],
  plans: Map<string, PlanDraft>,
): void {
  const pillarPlans = [...plans.values()].filter((p) => REPORT_UNITS.has(p.unit));
  if (pillarPlans.length === 0) return;
  const mentions = pillarMentions(docs);
  const ordered = [
    ...mentions.filter((m) => !isUpper(m.wording)),
    ...mentions.filter((m) => isUpper(m.wording)),
  ];
  for (const m of ordered) {
    const plan = pillarPlanFor(m.doc, pillarPlans);
    const entry = plan.entries.get(m.number);
    if (!entry) {
      throw new ImportError(
        m.doc.file,
        m.line,
        `a ${partWordOf(plan)} ${m.number} named on the agenda of the ${plan.title}`,
        m.wording,
      );
    }
    addVariant(entry, m.wording);
    addSource(entry, { doc: m.doc.id, line: m.line });
  }
  for (const plan of pillarPlans) {
    for (const entry of plan.entries.values())
      entry.sources.sort(
        (a, b) => a.doc.localeCompare(b.doc) || a.line - b.line,
      );
  }
}

/** The pillar plan a document's "Pillar N" refers to: the one it names, or the only one there is. */
function pillarPlanFor(doc: SourceDoc, pillarPlans: PlanDraft[]): PlanDraft {
  const named = pillarPlans.filter((p) =>
    doc.lines.some((l) => l.includes(p.title)),
  );
  if (named.length === 1) return named[0] as PlanDraft;
  if (pillarPlans.length === 1) return pillarPlans[0] as PlanDraft;
  throw new ImportError(
    doc.file,
    undefined,
    `one Police and Crime Plan divided into parts that "${REPORT_WORDS.join('" or "')} N" can refer to`,
  );
}

/** Elements of each pillar from the pillar reports' SUMMARY lines and section headings. */
function readPillarElements(
  docs: SourceDoc[],
  plans: Map<string, PlanDraft>,
  wordings: SectionWordings,
): void {
  const pillarPlans = [...plans.values()].filter((p) => REPORT_UNITS.has(p.unit));
  if (pillarPlans.length === 0) return;
  for (const doc of docs) {
    const banners = doc.lines.flatMap((l, i) => {
      const m = PILLAR_BANNER_RE.exec(l.trim());
      return m ? [{ n: Number(m[1]), idx: i }] : [];
    });
    if (banners.length === 0) continue;
    const plan = pillarPlanFor(doc, pillarPlans);
    const table = wordings[plan.period] ?? {};
    for (const { n, idx: bannerIdx } of banners) {
      const listed = table[n];
      // The profile lists no sections for this part: its report's headings are not taken as elements.
      if (!listed || listed.length === 0) continue;
      const entry = plan.entries.get(n);
      if (!entry)
        throw new ImportError(
          doc.file,
          bannerIdx + 1,
          `${partWordOf(plan)} ${n} to be named on the agenda of the ${plan.title}`,
          doc.lines[bannerIdx],
        );
      const appendixIdx = doc.lines.findIndex(
        (l, i) => i > bannerIdx && /^Appendix A\b/.test(l.trim()),
      );
      const endIdx = doc.lines.findIndex(
        (l, i) => i > bannerIdx && /^END\.?$/.test(l.trim()),
      );
      if (appendixIdx < 0)
        throw new ImportError(
          doc.file,
          bannerIdx + 1,
          `an "Appendix A" line closing the ${partWordOf(plan)} ${n} report's sections`,
        );
      const found = listed.map((wording) => {
        const want = normaliseWording(wording);
        const at: number[] = [];
        for (let i = bannerIdx + 1; i < appendixIdx; i++)
          if (normaliseWording(doc.lines[i] ?? "") === want) at.push(i + 1);
        if (at.length !== 1) {
          throw new ImportError(
            doc.file,
            at[1] ?? bannerIdx + 1,
            `the section heading "${wording}" printed once as a line of the ${partWordOf(plan)} ${n} report (lines ${bannerIdx + 2}-${appendixIdx}), as the publisher profile lists it`,
            undefined,
            {
              description:
                at.length === 0
                  ? "no such line"
                  : `it on lines ${at.join(", ")}`,
              hint: `correct the heading in the paper, or the wording in the profile's plans[period=${plan.period}].reportSections.${n} (${profilePath()})`,
            },
          );
        }
        return at[0]!;
      });
      const headings = found
        .sort((x, y) => x - y)
        .map((line) => {
          const text = (doc.lines[line - 1] ?? "").trim();
          const looksLikeHeading =
            text !== "" &&
            !text.includes("\t") &&
            !/^[-*#]/.test(text) &&
            !/[.:;,]$/.test(text) &&
            !/^(Table|Figure) \d/.test(text);
          if (!looksLikeHeading) {
            throw new ImportError(
              doc.file,
              line,
              `a section heading of the ${partWordOf(plan)} ${n} report (lines ${bannerIdx + 2}-${appendixIdx}): a plain line with no TAB, bullet or final punctuation`,
              text,
            );
          }
          const sources: Ref[] = [{ doc: doc.id, line }];
          for (
            let j = appendixIdx + 1;
            j < (endIdx < 0 ? doc.lines.length : endIdx);
            j++
          ) {
            if (
              normaliseWording(doc.lines[j] ?? "") === normaliseWording(text)
            ) {
              sources.push({ doc: doc.id, line: j + 1 });
              break;
            }
          }
          return { text, sources };
        });

      let summary:
        { text: string; numbers: number[]; line: number } | undefined;
      for (let j = Math.max(0, bannerIdx - 40); j < bannerIdx; j++) {
        const m = SUMMARY_RE.exec(doc.lines[j] ?? "");
        if (m && Number(m[3]) === n)
          summary = {
            text: m[1] as string,
            numbers: parseElementList(m[2] as string),
            line: j + 1,
          };
      }
      const quote = summary
        ? `the report's SUMMARY says it covers "${summary.text} of ${partWordOf(plan)} ${n}" (${doc.id} line ${summary.line})`
        : `the report's SUMMARY does not say which elements it covers`;
      if (summary && summary.numbers.length === headings.length) {
        const nums = summary.numbers;
        entry.elements = headings.map((h, k) => ({
          id: `${entry.id}-element-${nums[k]}`,
          code: String(nums[k]),
          title: h.text,
          sources: [
            ...h.sources,
            { doc: doc.id, line: (summary as { line: number }).line },
          ],
        }));
        plan.notes.push(
          `${partWordOf(plan)} ${n}: ${quote}. Its ${headings.length} section headings are listed in order as element${nums.length > 1 ? "s" : ""} ` +
            `${listWords(nums.map(String))}. The papers do not print the element numbers beside the headings.`,
        );
      } else {
        entry.elements = headings.map((h, k) => ({
          id: `${entry.id}-section-${k + 1}`,
          code: `Section ${k + 1}`,
          title: h.text,
          sources: h.sources,
        }));
        plan.notes.push(
          `${partWordOf(plan)} ${n}: ${quote}, but the report has ${headings.length} section headings, so they are listed as ` +
            `the report's sections, without element numbers.`,
        );
      }
    }
  }
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

export function buildPlans(
  drafts: EntryDraft[],
  docs: SourceDoc[],
): EntryDraft[] {
  return buildPlansWith(drafts, docs, profileSectionWordings());
}

/** `buildPlans` with other section-heading wordings than the publisher profile's (tests). */
export function buildPlansWith(
  drafts: EntryDraft[],
  docs: SourceDoc[],
  wordings: SectionWordings,
): EntryDraft[] {
  const plans = new Map<string, PlanDraft>();
  readGridPlans(drafts, docs, plans);
  readAgendaPlans(docs, plans);
  readThemes(docs, plans);
  readPillarWordings(docs, plans);
  readPillarElements(docs, plans, wordings);

  const out: EntryDraft[] = [];
  for (const plan of [...plans.values()].sort((a, b) => a.order - b.order)) {
    const entries = [...plan.entries.values()].sort(
      (a, b) => a.number - b.number,
    );
    const hasElements = entries.some((e) => e.elements.length > 0);
    // Reports presented on a part of this plan (a later agenda pack may hold one).
    const reported = drafts.some(
      (d) =>
        d.collection === "reports" &&
        Array.isArray(d.data["planEntries"]) &&
        (d.data["planEntries"] as unknown[]).some((p) => typeof p === "string" && p.startsWith(`${plan.period}-`)),
    );
    if (!hasElements) {
      // Agenda items paper by paper: "5, 6 and 7 (004_x); 5 (pam-y)".
      const byDoc = new Map<string, string[]>();
      for (const a of plan.agenda) {
        const item = a.item.replace(/\.$/, "");
        if (item !== "") byDoc.set(a.doc, [...(byDoc.get(a.doc) ?? []), item]);
      }
      const pages = [...new Set(plan.agenda.map((a) => a.page))];
      const where =
        byDoc.size > 0
          ? ` They are named ${reported ? "" : "only "}as agenda items ${[...byDoc].map(([doc, items]) => `${listWords(items)} (${doc})`).join("; ")}` +
            (pages.length === 1 ? `, each marked "${pages[0]}".` : ".")
          : "";
      plan.notes.push(
        `The papers give no further detail of this plan than the titles of its ${entries.length} ${plural(plan.unit)}: ` +
          `no objectives${reported ? " or elements" : ", elements or report"} for it are printed.${where}`,
      );
    }
    const data = {
      title: plan.title,
      period: plan.period,
      unit: plan.unit,
      entries: entries.map((e) => ({
        id: e.id,
        number: e.number,
        title: e.title,
        titleVariants: e.titleVariants,
        elements: e.elements,
        sources: e.sources,
      })),
      order: plan.order,
      notes: plan.notes,
    };
    const src = entries[0]?.sources[0];
    assertSchema(
      planSchema,
      data,
      src ? `${src.doc}.txt` : plan.id,
      src?.line,
      "a plan that matches src/schemas/plans.ts",
    );
    out.push({ collection: "plans", id: plan.id, data });
  }
  return out;
}
