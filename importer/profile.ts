/**
 * Publisher profile: everything the importer needs to know that is true of one
 * publisher's papers rather than of scrutiny papers in general — the bodies and
 * the names they are printed under, who publishes what, the plans in force and
 * the words that name their parts, the words that give an action's status,
 * owner codes, known non-content lines, notice languages, capitalised words
 * that are not acronyms and title abbreviations.
 *
 * A profile is data: `importer/publishers/<area>/profile.json` (or
 * `profile.yaml`). Which one is used: the `OS_PUBLISHER` environment variable
 * (an area name such as "norfolk", or a path to a profile file), otherwise
 * `imports/publisher.json` (`{ "publisher": "<area>" }`). It is read once, on
 * first use, and checked against `profileSchema`; a bad profile is an
 * ImportError naming the file and the field.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ImportError } from "./source.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a lowercase slug of letters, digits and single hyphens, e.g. "police-accountability-forum"',
  );
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    'must be a date written YYYY-MM-DD, e.g. "2022-04-01"',
  )
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "must be a real calendar date",
  );
const nonEmpty = z.string().trim().min(1, "must not be empty");
/** A regular expression written as a string; checked to compile. */
const pattern = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => {
    try {
      new RegExp(s, "u");
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression (JavaScript syntax, "u" flag)');

/** One scrutiny body whose papers the publisher issues. */
export const profileBodySchema = z.strictObject({
  /** Stable id, used in meeting ids and addresses ("pcc-accountability-meeting"). */
  id: slug,
  /** The name the portal shows. */
  name: nonEmpty,
  /** Short form, as printed ("PAM"); its lowercase form begins action ids. */
  abbreviation: z
    .string()
    .regex(
      /^[A-Z][A-Z0-9]*$/,
      'must be capital letters and digits, e.g. "PAM"',
    ),
  /** Every name the papers print for the body (matched case-insensitively, whole name). Must include `name`. */
  names: z.array(nonEmpty).min(1, "must list at least one printed name"),
  /** Position in lists of bodies (1 = first). */
  order: z.number().int().positive(),
});

/** A publisher: the organisation that issues some bodies' papers. */
export const profilePublisherSchema = z.strictObject({
  /** The publisher's name as the portal shows it on documents and bodies. */
  name: nonEmpty,
  /** Ids of the bodies whose papers it publishes. */
  publishes: z.array(slug).min(1, "must name at least one body"),
});

/** A plan (Police and Crime Plan or equivalent) and the period it is in force. */
export const profilePlanSchema = z
  .strictObject({
    /** The period as printed and used as the plan id ("2022-24"). */
    period: z
      .string()
      .regex(
        /^\d{4}-\d{2}(?:\d{2})?$/,
        'must be a period like "2022-24" or "2025-2029"',
      ),
    /** First day the plan covers. */
    start: isoDate,
    /** Last day the plan covers. */
    end: isoDate,
    /** First day a meeting's "<part word> N" refers to this plan. */
    inForceFrom: isoDate,
    /** Last day a meeting's "<part word> N" refers to this plan. */
    inForceTo: isoDate,
    /** What a part is called in the content ("pillar", "priority", "objective"); the entry id is `<period>-<unit>-<n>`. */
    unit: slug,
    /** The words the papers use for a part, before its number ("Pillar" in "Pillar 2"). Matched as whole words, case as written. */
    partWords: z
      .array(
        z
          .string()
          .regex(
            /^[A-Za-z][A-Za-z ]*$/,
            'must be a word of letters, e.g. "Theme"',
          ),
      )
      .min(1, "must list at least one word"),
    /** The words the papers use for a part's elements, before their number ("SO" in "SO 3"), if any. */
    elementWords: z
      .array(
        z
          .string()
          .regex(
            /^[A-Za-z][A-Za-z ]*$/,
            'must be a word of letters, e.g. "SE"',
          ),
      )
      .default([]),
    /**
     * Section headings the reports on each part use, as worded, keyed by part number ("2"): found in the
     * part's report by their wording (ignoring case, quote style and spacing) and taken, in the report's
     * order, as the part's elements. Parts not listed get no elements from their reports.
     */
    reportSections: z
      .record(
        z.string().regex(/^[1-9]\d*$/, 'must be a part number such as "2"'),
        z.array(nonEmpty).min(1, "must list at least one heading"),
      )
      .default({}),
  })
  .refine((p) => p.start <= p.end, {
    message: "start must not be after end",
    path: ["end"],
  })
  .refine((p) => p.inForceFrom <= p.inForceTo, {
    message: "inForceFrom must not be after inForceTo",
    path: ["inForceTo"],
  });

/** The words that give an action's status, grouped by meaning. Compared ignoring case. */
export const actionStatusSchema = z.strictObject({
  /** Words meaning the action is finished ("closed", "complete", "discharged"). */
  closed: z.array(nonEmpty).min(1, "must list at least one word"),
  /** Words meaning work continues ("ongoing", "in progress", "open"). */
  ongoing: z.array(nonEmpty).min(1, "must list at least one word"),
  /** Words meaning the action was raised at this meeting ("new"). */
  new: z.array(nonEmpty).min(1, "must list at least one word"),
});

/**
 * How minutes written as prose (a forum's summary, not a table) word a question, its answer and a request,
 * as the publisher prints them. Each list is compared as printed (case and spelling), longest first.
 */
export const proseMinutesSchema = z.strictObject({
  /** Who asks, as a question's sentence opens: "The PCC" ("The PCC asked whether …"). */
  askers: z.array(nonEmpty).min(1, "must list at least one asker"),
  /** The verbs after an asker that make the sentence a question: "asked", "queried". */
  askVerbs: z.array(nonEmpty).min(1, "must list at least one verb"),
  /** Who answers, as the answer's first sentence opens, with or without "The": "Chief Constable", "DCC". */
  answerers: z.array(nonEmpty).min(1, "must list at least one answerer"),
  /** Words that open an answer after a comma in the question's own sentence: "to which" (", to which the CC replied …"). */
  answerJoins: z.array(nonEmpty).default([]),
  /** The verbs after an asker that make a paragraph printed in bold a new action: "requested" ("**The PCC requested …**"). */
  requestVerbs: z.array(nonEmpty).default([]),
});

export const profileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** The area's slug, the folder name under importer/publishers/ ("norfolk"). */
    area: slug,
    /** True for a made-up publisher used in tests; the portal must never present it as real. */
    fictional: z.boolean().default(false),
    /** The portal's own name and the office's contact details, as printed on every agenda. */
    site: z.strictObject({
      /** Site name shown in the header and titles. */
      name: nonEmpty,
      /** The police area as the site names it in sentences ("Norfolk": "the Norfolk papers", "Norfolk's Police and Crime Commissioner"). */
      area: nonEmpty,
      /** Who publishes the papers, as a phrase ending the sentence "Built from the published papers of …". */
      papersFrom: nonEmpty,
      /** Who runs the portal's source papers. */
      publisher: nonEmpty,
      /**
       * Words a resident of this area might search for, shown under the search box as examples
       * ("For example: Naloxone, hare coursing or Operation Focus."). Each should be in the papers;
       * without any, the box says only what it searches.
       */
      searchExamples: z.array(nonEmpty).max(5, "at most 5 examples fit under the search box").default([]),
      office: z.strictObject({
        name: nonEmpty,
        address: nonEmpty,
        phone: nonEmpty,
        /** The phone number written without spaces. */
        phoneCompact: nonEmpty,
        email: z.email("must be an e-mail address"),
      }),
    }),
    /** The scrutiny bodies. A paper naming a body not listed is an import error, never a guess. */
    bodies: z.array(profileBodySchema).min(1, "must list at least one body"),
    /** Who publishes which body's papers; every body exactly once. */
    publishers: z
      .array(profilePublisherSchema)
      .min(1, "must list at least one publisher"),
    /** The plans and when each is in force. Periods of plans sharing a part word must not overlap in force. */
    plans: z.array(profilePlanSchema).default([]),
    /** Words an action update's status is given in, by meaning. */
    actionStatus: actionStatusSchema,
    /** How prose minutes word questions, answers and requests; needed only to import minutes written as prose. */
    proseMinutes: proseMinutesSchema.optional(),
    /**
     * Action ids kept from before series were derived: series id → the prefix of its action ids
     * (`{"pam-2024": "pam"}` keeps "pam-action-1"). Other series use the series id ("paf-2017-action-1").
     */
    actionIdPrefixes: z.record(z.string(), slug).default({}),
    /** Owner codes that end a performance-grid action ("(NC)"), with the organisation each names. */
    ownerCodes: z
      .array(
        z.strictObject({
          code: z
            .string()
            .regex(/^[A-Z][A-Z0-9]*$/, 'must be capital letters, e.g. "NC"'),
          name: nonEmpty,
        }),
      )
      .default([]),
    /** Lines with no content for the portal (logo residue): consecutive trimmed lines matching the patterns in order. */
    skips: z
      .array(
        z.strictObject({
          reason: nonEmpty,
          lines: z.array(pattern).min(1, "must list at least one line pattern"),
        }),
      )
      .default([]),
    /** Languages of the availability notice, recognised by a phrase (a pattern) naming the language. */
    noticeLanguages: z
      .array(
        z.strictObject({
          code: z
            .string()
            .regex(/^[a-z]{2,3}$/, 'must be a language code such as "pl"'),
          marker: pattern,
        }),
      )
      .default([]),
    /** Capitalised tokens the glossary would take for acronyms but that are not, each with the reason. */
    notAcronyms: z
      .record(
        z.string().regex(/^[A-Z0-9]+$/, "must be a capitalised token"),
        nonEmpty,
      )
      .default({}),
    /** Title abbreviations: the short form and the full titles (patterns, whole title) it stands for. */
    titleAbbreviations: z
      .array(
        z.strictObject({
          abbreviation: nonEmpty,
          titles: z.array(nonEmpty).min(1, "must list at least one title"),
        }),
      )
      .default([]),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.bodies.forEach((b, i) => {
      if (ids.has(b.id))
        ctx.addIssue({
          code: "custom",
          message: `body id "${b.id}" is listed twice`,
          path: ["bodies", i, "id"],
        });
      ids.add(b.id);
      if (!b.names.includes(b.name))
        ctx.addIssue({
          code: "custom",
          message: `names must include the body's name "${b.name}"`,
          path: ["bodies", i, "names"],
        });
    });
    const published = new Map<string, string>();
    p.publishers.forEach((pub, i) =>
      pub.publishes.forEach((id, j) => {
        if (!ids.has(id))
          ctx.addIssue({
            code: "custom",
            message: `"${id}" is not the id of a body in "bodies"`,
            path: ["publishers", i, "publishes", j],
          });
        const other = published.get(id);
        if (other !== undefined)
          ctx.addIssue({
            code: "custom",
            message: `body "${id}" is already published by "${other}"`,
            path: ["publishers", i, "publishes", j],
          });
        published.set(id, pub.name);
      }),
    );
    for (const id of ids)
      if (!published.has(id))
        ctx.addIssue({
          code: "custom",
          message: `body "${id}" has no publisher: list it under one publisher's "publishes"`,
          path: ["publishers"],
        });
    p.plans.forEach((a, i) =>
      p.plans.forEach((b, j) => {
        if (j <= i) return;
        if (a.period === b.period)
          ctx.addIssue({
            code: "custom",
            message: `plan period "${b.period}" is listed twice`,
            path: ["plans", j, "period"],
          });
        const shared = a.partWords.filter((w) => b.partWords.includes(w));
        if (
          shared.length &&
          a.inForceFrom <= b.inForceTo &&
          b.inForceFrom <= a.inForceTo
        ) {
          ctx.addIssue({
            code: "custom",
            message: `plans "${a.period}" and "${b.period}" both use "${shared[0]}" and are in force at the same time, so "${shared[0]} N" would be ambiguous`,
            path: ["plans", j, "inForceFrom"],
          });
        }
      }),
    );
    const prefixes = new Map<string, string>();
    for (const [series, prefix] of Object.entries(p.actionIdPrefixes)) {
      const other = prefixes.get(prefix);
      if (other !== undefined)
        ctx.addIssue({
          code: "custom",
          message: `prefix "${prefix}" is kept for both series ${other} and ${series}: their actions would share ids`,
          path: ["actionIdPrefixes", series],
        });
      prefixes.set(prefix, series);
    }
    const words = new Map<string, string>();
    for (const meaning of ["closed", "ongoing", "new"] as const) {
      p.actionStatus[meaning].forEach((w, i) => {
        const k = w.toLowerCase();
        const other = words.get(k);
        if (other !== undefined && other !== meaning)
          ctx.addIssue({
            code: "custom",
            message: `"${w}" is listed as both ${other} and ${meaning}`,
            path: ["actionStatus", meaning, i],
          });
        words.set(k, meaning);
      });
    }
  });

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileBody = Profile["bodies"][number];
export type ProfilePlan = Profile["plans"][number];
export type ActionStatus = keyof Profile["actionStatus"];

/** "bodies.2.names" from a Zod issue path. */
const fieldOf = (path: ReadonlyArray<PropertyKey>): string =>
  path.length ? path.map(String).join(".") : "(the whole profile)";

/** Parse and check a profile's text; `file` names it in errors. */
export function parseProfile(text: string, file: string): Profile {
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new ImportError(
      file,
      undefined,
      "a publisher profile in valid JSON or YAML",
      undefined,
      {
        description: `text that does not parse (${e instanceof Error ? e.message : String(e)})`,
      },
    );
  }
  const r = profileSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const all = r.error.issues.map((i) => `${fieldOf(i.path)}: ${i.message}`);
    throw new ImportError(
      file,
      undefined,
      `a valid publisher profile; field ${fieldOf(first.path)} ${first.message}`,
      undefined,
      {
        description:
          all.length > 1
            ? `${all.length} problems: ${all.join("; ")}`
            : all[0]!,
        hint: "see importer/profile.ts for what each field means",
      },
    );
  }
  return r.data;
}

/** The profile file for an area name or a path. */
export function profileFile(nameOrPath: string, root = ROOT): string {
  if (/[\\/]/.test(nameOrPath) || /\.(?:json|ya?ml)$/i.test(nameOrPath))
    return isAbsolute(nameOrPath) ? nameOrPath : resolve(root, nameOrPath);
  const dir = join(root, "importer", "publishers", nameOrPath);
  for (const f of ["profile.json", "profile.yaml", "profile.yml"])
    if (existsSync(join(dir, f))) return join(dir, f);
  throw new ImportError(
    join(dir, "profile.json"),
    undefined,
    `a publisher profile for "${nameOrPath}"`,
    undefined,
    {
      description: "no profile.json or profile.yaml in that folder",
      hint: "set OS_PUBLISHER or imports/publisher.json to an area under importer/publishers/",
    },
  );
}

/** The publisher named by OS_PUBLISHER, else by imports/publisher.json. */
export function selectedPublisher(
  root = ROOT,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const fromEnv = env["OS_PUBLISHER"]?.trim();
  if (fromEnv) return fromEnv;
  const file = join(root, "imports", "publisher.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ImportError(
      file,
      undefined,
      '{ "publisher": "<area>" } naming the publisher profile to use',
      undefined,
      {
        description: e instanceof Error ? e.message : String(e),
        hint: "or set OS_PUBLISHER",
      },
    );
  }
  const r = z
    .strictObject({ $comment: z.string().optional(), publisher: nonEmpty })
    .safeParse(raw);
  if (!r.success)
    throw new ImportError(
      file,
      undefined,
      '{ "publisher": "<area>" } naming the publisher profile to use',
      JSON.stringify(raw),
    );
  return r.data.publisher;
}

/** Read and check a profile file. */
export function loadProfileFile(file: string): Profile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ImportError(
      file,
      undefined,
      "a readable publisher profile",
      undefined,
      { description: e instanceof Error ? e.message : String(e) },
    );
  }
  return parseProfile(text, file);
}

let current: { file: string; profile: Profile } | undefined;

/** The profile in use, loaded once on first call. */
export function profile(): Profile {
  current ??= (() => {
    const file = profileFile(selectedPublisher());
    return { file, profile: loadProfileFile(file) };
  })();
  return current.profile;
}

/** The file the profile in use was read from. */
export function profilePath(): string {
  profile();
  return current!.file;
}

// ---------------------------------------------------------------------------
// Helpers every parser uses.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The meaning of a status word or phrase ("Completed" → closed), or undefined if the profile does not list it. */
export function statusOfWord(
  word: string,
  p: Profile = profile(),
): ActionStatus | undefined {
  const w = word.trim().replace(/\s+/g, " ").toLowerCase();
  for (const meaning of ["closed", "ongoing", "new"] as const)
    if (p.actionStatus[meaning].some((x) => x.toLowerCase() === w))
      return meaning;
  return undefined;
}

/**
 * A pattern source matching any of the words as printed (longest first, so "in progress" wins over "in"; a space
 * matches any run of spaces), for use inside a larger pattern; one that matches nothing when there are none.
 */
export const wordsPattern = (words: readonly string[]): string =>
  words.length ? `(?:${[...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "\\s+")).join("|")})` : "(?!)";

/** A pattern source matching any status word of the given meanings (longest first), for use inside a larger pattern. */
export function statusWordsPattern(
  meanings: readonly ActionStatus[] = ["closed", "ongoing", "new"],
  p: Profile = profile(),
): string {
  return wordsPattern(meanings.flatMap((m) => p.actionStatus[m]));
}

/**
 * The status sentences an update may end with, for messages, from the profile's status words:
 * '"Action closed." (or "Action complete."), "Action ongoing." or "New Action (<date>)."'.
 */
export function statusSentencesText(p: Profile = profile()): string {
  const sentences = (ws: readonly string[], say: (w: string) => string) => {
    const [first = '', ...more] = ws;
    return `"${say(first)}"${more.length ? ` (or ${more.map((w) => `"${say(w)}"`).join(", ")})` : ""}`;
  };
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return `${sentences(p.actionStatus.closed, (w) => `Action ${w}.`)}, ${sentences(p.actionStatus.ongoing, (w) => `Action ${w}.`)} or ${sentences(p.actionStatus.new, (w) => `${cap(w)} Action (<date>).`)}`;
}

/** The profile's prose-minutes words as patterns: a question's opening, where its answer starts, and a bold request. */
export interface ProsePatterns {
  /** At the start of a sentence: an asker and an asking verb ("The PCC asked"). */
  questionStart: RegExp;
  /** Where the answer starts in a question's text: a sentence opened by an answerer, or an answer join after a comma. */
  answerStart: RegExp;
  /** A request printed in bold: "**<asker> <request verb> …**", the request (without the asterisks) captured. */
  request: RegExp;
}

const prosePatternsOf = new WeakMap<Profile, ProsePatterns | undefined>();

/** The prose-minutes patterns of a profile, or undefined when it has no `proseMinutes`. Worked out once per profile. */
export function prosePatterns(p: Profile = profile()): ProsePatterns | undefined {
  if (prosePatternsOf.has(p)) return prosePatternsOf.get(p);
  const w = p.proseMinutes;
  const out = w && {
    questionStart: new RegExp(`^${wordsPattern(w.askers)} ${wordsPattern(w.askVerbs)}\\b`),
    answerStart: new RegExp(
      `(?<=[.?!]\\s)(?=(?:The )?${wordsPattern(w.answerers)}\\b)|(?<=,\\s)(?=${wordsPattern(w.answerJoins)}\\b)`,
    ),
    request: new RegExp(`\\*\\*(${wordsPattern(w.askers)} ${wordsPattern(w.requestVerbs)} .+?)\\*\\*`, "g"),
  };
  prosePatternsOf.set(p, out);
  return out;
}

/** Every part word of every plan, longest first, as a pattern source ("Pillar|Priority"). */
export function partWordsPattern(p: Profile = profile()): string {
  const words = [...new Set(p.plans.flatMap((x) => x.partWords))].sort(
    (a, b) => b.length - a.length,
  );
  return words.length ? `(?:${words.map(escape).join("|")})` : "(?!)";
}

/** The publisher of a body's papers. */
export function publisherOf(
  bodyId: string,
  p: Profile = profile(),
): string | undefined {
  return p.publishers.find((x) => x.publishes.includes(bodyId))?.name;
}

/** A plan part named in a text: "Pillar 2" → { word: "Pillar", number: 2 }, the first one found. */
export function partNamed(
  text: string,
  p: Profile = profile(),
): { word: string; number: number; period?: string } | undefined {
  const re = new RegExp(`\\b(${partWordsPattern(p).slice(3, -1)}) (\\d+)\\b`);
  const m = re.exec(text);
  if (!m) return undefined;
  // A period printed in the same text ("Plan 2025-29: Priority 1") names the plan outright.
  const period = p.plans.find((x) =>
    new RegExp(`(?<![\\d-])${escape(x.period)}(?![\\d-])`).test(text),
  )?.period;
  return { word: m[1]!, number: Number(m[2]), ...(period ? { period } : {}) };
}

/**
 * When a meeting was held: its date, or the range it must lie in when the papers do not say, and the plan
 * period a recorded decision names for it, if any.
 */
export type MeetingWhen =
  | string
  | { notBefore?: string; notAfter?: string; period?: string }
  | undefined;

/**
 * The plan entry a text's "<part word> N" refers to at a meeting: the plan the text names by period,
 * else the only plan using that word in force on the meeting's date (or throughout its date range).
 * `undefined` with a reason when there is none, or when the part is not named.
 */
export function planPartAt(
  text: string,
  when: MeetingWhen,
  p: Profile = profile(),
): { id: string; plan: ProfilePlan } | { id?: undefined; reason?: string } {
  const found = partNamed(text, p);
  if (!found) return {};
  // A recorded decision may name the plan for a paper that does not (imports/aliases.json "planPeriod").
  const part =
    found.period === undefined &&
    typeof when === "object" &&
    when.period !== undefined
      ? { ...found, period: when.period }
      : found;
  const candidates = p.plans.filter((x) => x.partWords.includes(part.word));
  let plan: ProfilePlan | undefined;
  if (part.period) {
    plan = candidates.find((x) => x.period === part.period);
    if (!plan)
      return {
        reason: `"${part.word} ${part.number}" is printed with plan period ${part.period}, but the profile's plan ${part.period} does not name its parts "${part.word}"`,
      };
  } else {
    const range =
      typeof when === "string"
        ? { notBefore: when, notAfter: when }
        : (when ?? {});
    if (!range.notBefore && !range.notAfter)
      return {
        reason: `"${part.word} ${part.number}" at a meeting whose date is not known: no plan can be said to be in force`,
      };
    const from = range.notBefore;
    const to = range.notAfter;
    const inForce = candidates.filter(
      (x) =>
        from !== undefined &&
        to !== undefined &&
        x.inForceFrom <= from &&
        to <= x.inForceTo,
    );
    if (inForce.length !== 1) {
      const at =
        from === to
          ? from
          : `between ${from ?? "an unknown date"} and ${to ?? "an unknown date"}`;
      return {
        reason: `"${part.word} ${part.number}" at a meeting held ${at}: ${inForce.length === 0 ? "no plan using that word is in force throughout" : "more than one plan using that word is in force"} (profile plans: ${candidates.map((x) => `${x.period} ${x.inForceFrom}–${x.inForceTo}`).join(", ") || "none"})`,
      };
    }
    plan = inForce[0]!;
  }
  return { id: `${plan.period}-${plan.unit}-${part.number}`, plan };
}
