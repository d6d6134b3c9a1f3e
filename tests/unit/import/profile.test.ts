import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actionIdOf, actionSeriesId } from "../../../importer/meetings-util.ts";
import {
  loadProfileFile,
  parseProfile,
  planPartAt,
  profile,
  profileFile,
  prosePatterns,
  selectedPublisher,
  statusOfWord,
} from "../../../importer/profile.ts";
import { ImportError } from "../../../importer/source.ts";

const ROOT = join(import.meta.dirname, "../../..");
const IMPORTER = join(ROOT, "importer");

/** The text of a TypeScript file without its comments (examples in comments are not facts the code holds). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, "$1");
}

describe("the importer holds no publisher facts (they live in importer/publishers/)", () => {
  const papers = readdirSync(join(ROOT, "papers"))
    .filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f))
    .map((f) => f.replace(/\.txt$/, ""));
  const files = readdirSync(IMPORTER).filter((f) => f.endsWith(".ts"));
  it("finds the seed papers and importer files to check", () => {
    expect(papers.length).toBeGreaterThan(0);
    expect(files).toContain("profile.ts");
  });
  for (const f of files) {
    it(`${f}: no paper document id, area name, owner code or line-number table`, () => {
      const text = code(readFileSync(join(IMPORTER, f), "utf8"));
      const found = [
        ...papers,
        ...papers.map((p) => p.slice(4)),
        "Norfolk",
        "NORFOLK",
        "OPCCN",
        "SECTION_HEADING_LINES",
      ].filter((w) => text.includes(w));
      expect(
        found,
        `importer/${f} holds ${found.join(", ")}: move it to the publisher profile`,
      ).toEqual([]);
    });
  }
});

describe("the importer holds no plan-part or status words (they come from the profiles' plans and actionStatus)", () => {
  const files = readdirSync(IMPORTER).filter((f) => f.endsWith(".ts"));
  const profiles = readdirSync(join(IMPORTER, "publishers")).map((area) =>
    loadProfileFile(profileFile(area, ROOT)),
  );
  /** The words that name plan parts and their elements ("Pillar", "Priority", "SO"), as printed and in capitals. */
  const partWords = [
    ...new Set(
      profiles
        .flatMap((p) => p.plans.flatMap((x) => [...x.partWords, ...x.elementWords]))
        .flatMap((w) => [w, w.toUpperCase()]),
    ),
  ];
  /** Status words of every profile ("closed", "complete", "in progress", "new", …). */
  const statusWords = [
    ...new Set(
      profiles.flatMap((p) => [...p.actionStatus.closed, ...p.actionStatus.ongoing, ...p.actionStatus.new]),
    ),
  ];
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** Column names of a grid are not plan parts: "Strategic Objective" heads the grid's first column. */
  const notParts = ["Strategic Objective"];
  const status = statusWords.map(escape).join("|");
  /** A status sentence or phrase written into code: "Action closed", "New Action", "can now be closed". */
  const statusPhrase = new RegExp(`\\bAction\\s+[(?:]*(?:${status})\\b|\\b(?:${status})\\)?\\s+Action\\b|\\bnow be [(?:]*(?:${status})\\b`, "i");

  it("the profiles give the words checked here", () => {
    expect(partWords).toEqual(expect.arrayContaining(["Pillar", "Priority", "SO", "PILLAR"]));
    expect(statusWords).toEqual(expect.arrayContaining(["closed", "complete", "ongoing", "new"]));
  });
  it("the checks fail on the words they look for", () => {
    const hasPart = (t: string) => partWords.some((w) => new RegExp(`\\b${escape(w)}\\b`).test(t));
    expect(hasPart("const RE = /^Priority (\\d+):/;")).toBe(true);
    expect(hasPart("`a Pillar ${n} named`")).toBe(true);
    expect(statusPhrase.test("/Action (?:closed|complete)\\.$/i")).toBe(true);
    expect(statusPhrase.test("'New Action.'")).toBe(true);
    expect(statusPhrase.test("status: 'closed'")).toBe(false);
  });
  for (const f of files) {
    it(`${f}: no plan-part word and no status sentence`, () => {
      let text = code(readFileSync(join(IMPORTER, f), "utf8"));
      for (const allowed of notParts) text = text.split(allowed).join(" ");
      const found = partWords.filter((w) => new RegExp(`\\b${escape(w)}\\b`).test(text));
      expect(found, `importer/${f} holds the plan-part words ${found.join(", ")}: take them from the profile's plans`).toEqual([]);
      const phrase = statusPhrase.exec(text)?.[0];
      expect(phrase, `importer/${f} holds the status wording "${phrase}": take it from the profile's actionStatus`).toBeUndefined();
    });
  }
});

describe("publisher profiles", () => {
  it("every profile under importer/publishers/ is valid", () => {
    const areas = readdirSync(join(IMPORTER, "publishers"));
    expect(areas).toContain("norfolk");
    for (const a of areas)
      expect(loadProfileFile(profileFile(a, ROOT)).area).toBe(a);
  });

  it("every search example a profile gives is printed in that publisher's papers", () => {
    // The portal's own papers/ are the selected publisher's; another publisher's are its test fixtures.
    const papersOf = (area: string): string =>
      area === selectedPublisher(ROOT) ? join(ROOT, "papers") : join(ROOT, "tests/fixtures/publishers", area, "papers");
    for (const area of readdirSync(join(IMPORTER, "publishers"))) {
      const dir = papersOf(area);
      const text = readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(join(dir, f), "utf8"))
        .join("\n")
        .replace(/\s+/g, " ")
        .toLowerCase();
      for (const example of loadProfileFile(profileFile(area, ROOT)).site.searchExamples)
        expect(text, `${area}: search example "${example}"`).toContain(example.toLowerCase());
    }
  });

  it("names the file and the field of a bad profile", () => {
    const good = JSON.parse(
      readFileSync(profileFile("norfolk", ROOT), "utf8"),
    ) as Record<string, unknown> & { plans: Array<Record<string, unknown>> };
    const bad = {
      ...good,
      plans: good.plans.map((p, i) =>
        i === 2 ? { ...p, inForceFrom: "2016-06-01" } : p,
      ),
    };
    const error = (() => {
      try {
        parseProfile(JSON.stringify(bad), "importer/publishers/x/profile.json");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(
      /^importer\/publishers\/x\/profile\.json: expected a valid publisher profile; field plans\.\d\.inForceFrom/,
    );
    expect(() =>
      parseProfile(JSON.stringify({ ...good, bodies: [] }), "p.json"),
    ).toThrowError(/field bodies must list at least one body/);
    expect(() => parseProfile("{", "p.json")).toThrowError(
      /^p\.json: expected a publisher profile in valid JSON or YAML/,
    );
    expect(() =>
      parseProfile(
        JSON.stringify({
          ...good,
          actionStatus: { closed: ["done"], ongoing: ["done"], new: ["new"] },
        }),
        "p.json",
      ),
    ).toThrowError(/"done" is listed as both closed and ongoing/);
  });

  it("reads status words by meaning", () => {
    expect(statusOfWord("Completed")).toBe("closed");
    expect(statusOfWord("in  progress")).toBe("ongoing");
    expect(statusOfWord("pending")).toBeUndefined();
  });

  it("links a part to the plan in force at the meeting, or to none with a reason", () => {
    expect(planPartAt("Pillar 2", "2025-01-15").id).toBe("2022-24-pillar-2");
    expect(planPartAt("Priority 3", "2025-06-01").id).toBe(
      "2025-29-priority-3",
    );
    expect(planPartAt("Priority 3", "2017-03-01").id).toBe(
      "2016-17-priority-3",
    );
    const reasonOf = (r: ReturnType<typeof planPartAt>): string | undefined => ("reason" in r ? r.reason : undefined);
    expect(reasonOf(planPartAt("Pillar 2", "2025-06-01"))).toMatch(
      /no plan using that word is in force/,
    );
    expect(reasonOf(planPartAt("Pillar 2", undefined))).toMatch(
      /date is not known/,
    );
    expect(planPartAt("no part here", "2025-06-01")).toEqual({});
  });
});

describe("action series", () => {
  it("are named from the body and the year of the meeting that raised action 1; kept prefixes keep old ids", () => {
    const body = profile().bodies[0]!;
    const series = actionSeriesId(body.id, `2024-07-22-${body.id}`);
    expect(series).toBe(`${body.abbreviation.toLowerCase()}-2024`);
    expect(actionIdOf(series, 3)).toBe(
      `${profile().actionIdPrefixes[series] ?? series}-action-3`,
    );
    // A series begun in another year never shares ids with it.
    expect(
      actionIdOf(actionSeriesId(body.id, `2026-01-10-${body.id}`), 3),
    ).not.toBe(actionIdOf(series, 3));
    expect(() => actionSeriesId("no-such-body", "2024-01-01-x")).toThrowError(
      ImportError,
    );
  });
});

describe("prose minutes: who asks, who answers and how a request is worded come from the profile", () => {
  const files = readdirSync(IMPORTER).filter((f) => f.endsWith(".ts"));
  const profiles = readdirSync(join(IMPORTER, "publishers")).map((area) => loadProfileFile(profileFile(area, ROOT)));
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** "<asker> <verb>" phrases of every profile ("The PCC asked", "The PCC requested"), as they would be written in code. */
  const phrases = profiles.flatMap((p) =>
    (p.proseMinutes?.askers ?? []).flatMap((a) => [...(p.proseMinutes?.askVerbs ?? []), ...(p.proseMinutes?.requestVerbs ?? [])].map((v) => `${a} ${v}`)),
  );
  it("a profile gives the words checked here", () => {
    expect(phrases).toEqual(expect.arrayContaining(["The PCC asked", "The PCC requested"]));
  });
  for (const f of files) {
    it(`${f}: no asker's question or request wording`, () => {
      const text = code(readFileSync(join(IMPORTER, f), "utf8"));
      const found = phrases.filter((w) => new RegExp(`\\b${escape(w).replace(/ /g, "\\s+")}\\b`).test(text));
      expect(found, `importer/${f} holds ${found.join(", ")}: take it from the profile's proseMinutes`).toEqual([]);
    });
  }

  it("another area's words make other patterns: a Police, Fire and Crime Commissioner asks, a Chief Fire Officer answers", () => {
    const norfolk = profile();
    const other = {
      ...norfolk,
      proseMinutes: { askers: ["The PFCC", "The Commissioner"], askVerbs: ["asked"], answerers: ["Chief Fire Officer", "CFO"], answerJoins: [], requestVerbs: ["asked that"] },
    };
    const p = prosePatterns(other)!;
    expect(p.questionStart.test("The PFCC asked how many fires were attended.")).toBe(true);
    expect(p.questionStart.test("The PCC asked how many fires were attended.")).toBe(false);
    const text = "The Commissioner asked about response times. The CFO said they had improved.";
    const m = p.answerStart.exec(text);
    expect(m && text.slice(m.index)).toBe("The CFO said they had improved.");
    expect([..."**The PFCC asked that a report come back.** Then.".matchAll(p.request)].map((x) => x[1])).toEqual(["The PFCC asked that a report come back."]);
    // Without the section, nothing is read as a prose question.
    expect(prosePatterns({ ...norfolk, proseMinutes: undefined })).toBeUndefined();
  });
});
