/**
 * Hostile input at the byte level: what a paper file can be instead of a clean UTF-8 text, and
 * what the importer does with it. Each case is data: the bytes of a paper and either
 *
 * - refused: the command line (run in a scratch project, the paper in its papers/ folder) fails,
 *   writes nothing, and reports `papers/<file>[:<line>]: …` matching the message; or
 * - accepted: decodePaper gives exactly this text, with these warnings (file:line and code point).
 *
 * Meaning-level hostility (answers without questions, repeated numbers) is in hostile.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, PROBLEM_LIMIT } from '../../../importer/cli.ts';
import { decodePaper, firstInvalidUtf8 } from '../../../importer/paper.ts';
import { ImportError, toSourceDoc } from '../../../importer/source.ts';
import { ROOT, SEEDS, thrownBy } from './meetings-helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const utf16 = (s: string, order: 'le' | 'be', bom = true) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(s, (_, i) => s.charCodeAt(i))];
  units.forEach((u, i) => {
    out[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
};
const units16le = (units: number[]) => Uint8Array.from(units.flatMap((u) => [u & 0xff, u >> 8]));

const PAPER = '003_b68bda4d25e51753.txt';
const paper = (f = PAPER) => readFileSync(join(SEEDS, f));
const paperText = (f = PAPER) => paper(f).toString('utf8');
/** 003 cut after the first two bytes of the en dash on line 11. */
const cutMidCharacter = () => {
  const b = paper();
  const dash = b.indexOf(Buffer.from('–'));
  return b.subarray(0, dash + 2);
};

type Outcome = { refused: { line?: number; message: RegExp } } | { accepted: string; warnings?: RegExp[] };
interface Case {
  name: string;
  file?: string;
  bytes: () => Uint8Array;
  expect: Outcome;
}

const CASES: Case[] = [
  // Not a paper's text at all.
  { name: 'an empty file', bytes: () => bytes(), expect: { refused: { message: /an empty file \(0 bytes\) — expected the paper's text\. Hint: export the paper as UTF-8 text/ } } },
  { name: 'a file of only whitespace', bytes: () => bytes(' \n\t\r\n  \r'), expect: { refused: { message: /a file of only whitespace \(\d+ characters\) — expected the paper's text\. Hint: / } } },
  { name: 'a UTF-8 BOM and nothing else', bytes: () => bytes([0xef, 0xbb, 0xbf]), expect: { refused: { message: /a file of only whitespace/ } } },
  { name: 'only control characters', bytes: () => bytes('\x01\x02\n\x03'), expect: { refused: { message: /a file of only whitespace and control characters/ } } },
  { name: 'binary bytes with NUL', bytes: () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), expect: { refused: { line: 3, message: /a binary file \(a NUL byte at byte offset 8\) — expected a text file/ } } },
  { name: 'mostly control characters, no NUL', bytes: () => bytes('ab', Array.from({ length: 40 }, (_, i) => 1 + (i % 8))), expect: { refused: { message: /a binary file \(mostly control characters\)/ } } },
  { name: 'mostly bytes that are not UTF-8', bytes: () => bytes('x', Array.from({ length: 40 }, (_, i) => 0x80 + i)), expect: { refused: { message: /a binary file \(mostly bytes that are not UTF-8 text\)/ } } },
  { name: 'PDF bytes', bytes: () => bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj'), expect: { refused: { line: 1, message: /a PDF file \("%PDF-"\) — expected a text file\. Hint: this looks like a PDF: extract its text first/ } } },
  { name: 'docx (zip) bytes', bytes: () => bytes('PK', [0x03, 0x04, 0x14, 0x00, 0x06, 0x00], '[Content_Types].xml'), expect: { refused: { line: 1, message: /a zip archive .* — expected a text file\. Hint: this looks like a Word \(\.docx\)/ } } },
  { name: 'an old Word .doc (OLE)', bytes: () => bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), expect: { refused: { line: 1, message: /an old Office document/ } } },
  { name: 'RTF', bytes: () => bytes('{\\rtf1\\ansi Agenda}'), expect: { refused: { line: 1, message: /an RTF document/ } } },
  { name: 'UTF-32 with BOM', bytes: () => bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), expect: { refused: { line: 1, message: /UTF-32 text/ } } },

  // Encodings.
  { name: 'UTF-16 LE without BOM', bytes: () => utf16('Summary of the PCC Accountability Meeting\nDate: Tuesday', 'le', false), expect: { refused: { message: /UTF-16 \(little-endian\) text without a byte-order mark .* — expected UTF-8 text, or UTF-16 with a byte-order mark\. Hint: export the paper as UTF-8 text/ } } },
  { name: 'UTF-16 BE without BOM', bytes: () => utf16('Summary of the PCC Accountability Meeting', 'be', false), expect: { refused: { message: /UTF-16 \(big-endian\) text without a byte-order mark/ } } },
  { name: 'UTF-16 LE with BOM', bytes: () => utf16('Date: Tuesday 8 October 2024\r\nVenue – Wymondham ✓', 'le'), expect: { accepted: 'Date: Tuesday 8 October 2024\nVenue – Wymondham ✓' } },
  { name: 'UTF-16 BE with BOM', bytes: () => utf16('Date: Tuesday\nVenue – Wymondham', 'be'), expect: { accepted: 'Date: Tuesday\nVenue – Wymondham' } },
  { name: 'UTF-16 LE with BOM and a surrogate pair', bytes: () => units16le([0xfeff, 0x61, 0xd83d, 0xde00, 0x0a, 0x62]), expect: { accepted: 'a😀\nb' } },
  { name: 'UTF-16 LE with an unpaired surrogate on line 2', bytes: () => units16le([0xfeff, 0x61, 0x0a, 0x62, 0xd83d, 0x63]), expect: { refused: { line: 2, message: /an unpaired UTF-16 surrogate U\+D83D at byte offset 8 — expected valid UTF-16 text/ } } },
  { name: 'UTF-16 LE with an odd number of bytes', bytes: () => bytes(Array.from(utf16('ab\ncd', 'le')), [0x65]), expect: { refused: { line: 2, message: /odd number of bytes \(13\): it ends in the middle of a character — expected an even number of bytes .*Hint: the file looks truncated/ } } },
  { name: 'UTF-16 with BOM: NUL is removed with a warning', bytes: () => utf16('a\u0000b\nc', 'le'), expect: { accepted: 'ab\nc', warnings: [/^papers\/hostile\.txt:1: removed U\+0000 NUL, a control character$/] } },
  { name: 'UTF-8 with BOM', bytes: () => bytes([0xef, 0xbb, 0xbf], 'Date: Tuesday\nVenue'), expect: { accepted: 'Date: Tuesday\nVenue' } },
  { name: 'CRLF line endings', bytes: () => bytes('one\r\ntwo\r\n\r\nfour'), expect: { accepted: 'one\ntwo\n\nfour' } },
  { name: 'lone CR line endings', bytes: () => bytes('one\rtwo\r\rfour\r'), expect: { accepted: 'one\ntwo\n\nfour\n' } },
  { name: 'mixed line endings', bytes: () => bytes('one\r\ntwo\rthree\nfour'), expect: { accepted: 'one\ntwo\nthree\nfour' } },

  // Invalid UTF-8.
  { name: 'invalid UTF-8 in the middle', bytes: () => bytes('line one\nline two\nbad ', [0xff], ' here\nline four'), expect: { refused: { line: 3, message: /invalid UTF-8 at byte offset 22 \(FF\) after "bad " — expected UTF-8 text\. Hint: export the paper as UTF-8 text; the file may be in Windows-1252/ } } },
  { name: 'invalid UTF-8 after CRLF lines, offset counts the BOM', bytes: () => bytes([0xef, 0xbb, 0xbf], 'a\r\nb\r\nc', [0xc3, 0x28]), expect: { refused: { line: 3, message: /invalid UTF-8 at byte offset 10 \(C3\) after "c"/ } } },
  { name: 'Windows-1252 text', bytes: () => bytes('Caf', [0xe9], ' au lait, ', [0x93], 'quoted', [0x94]), expect: { refused: { line: 1, message: /invalid UTF-8 at byte offset 3 \(E9\) after "Caf".*Windows-1252 or Latin-1/ } } },
  { name: 'overlong encoding of "/" (C0 AF)', bytes: () => bytes('path ', [0xc0, 0xaf], ' etc'), expect: { refused: { line: 1, message: /invalid UTF-8 at byte offset 5 \(C0\)/ } } },
  { name: 'overlong three-byte encoding (E0 80 AF)', bytes: () => bytes('a\nb ', [0xe0, 0x80, 0xaf]), expect: { refused: { line: 2, message: /invalid UTF-8 at byte offset 4 \(E0\)/ } } },
  { name: 'an encoded surrogate (ED A0 80)', bytes: () => bytes('x', [0xed, 0xa0, 0x80]), expect: { refused: { line: 1, message: /invalid UTF-8 at byte offset 1 \(ED\)/ } } },
  { name: 'a real paper cut in the middle of a character', file: PAPER, bytes: cutMidCharacter, expect: { refused: { line: 11, message: /invalid UTF-8 at byte offset \d+ \(E2 80\) after "- Police and Crime Commissioner \(PCC\) ".*Hint: the file ends in the middle of a character: it looks truncated/ } } },

  // Control characters: removed with a warning naming file:line and the code point.
  { name: 'NUL in UTF-8 is a binary file', bytes: () => bytes('one\ntwo\x00three'), expect: { refused: { line: 2, message: /a binary file \(a NUL byte at byte offset 7\)/ } } },
  { name: 'ESC', bytes: () => bytes('one\nred \x1b[31mtext'), expect: { accepted: 'one\nred [31mtext', warnings: [/^papers\/hostile\.txt:2: removed U\+001B ESC \(escape\), a control character$/] } },
  { name: 'DEL', bytes: () => bytes('de\x7fl'), expect: { accepted: 'del', warnings: [/^papers\/hostile\.txt:1: removed U\+007F DEL, a control character$/] } },
  { name: 'C1 controls (NEL, CSI)', bytes: () => bytes('a\u0085b\n\nc\u009bd'), expect: { accepted: 'ab\n\ncd', warnings: [/^papers\/hostile\.txt:1: removed U\+0085 NEL \(next line\), a C1 control character$/, /^papers\/hostile\.txt:3: removed U\+009B, a C1 control character$/] } },
  { name: 'form feeds on several lines', bytes: () => bytes('\fa\nb\n\fc\n\fd'), expect: { accepted: 'a\nb\nc\nd', warnings: [/^papers\/hostile\.txt:1: removed U\+000C FF \(form feed, a page break\), a control character; also on lines 3, 4$/] } },
  {
    name: 'page breaks on many lines: one warning that counts them',
    bytes: () => bytes(Array.from({ length: 12 }, (_, i) => `\fpage ${i + 1}`).join('\n')),
    expect: { accepted: Array.from({ length: 12 }, (_, i) => `page ${i + 1}`).join('\n'), warnings: [/:1: removed U\+000C .*; also on lines 2, 3, 4, 5, 6, 7, 8, 9, … \(12 lines in all\)$/] },
  },
  { name: 'U+202E right-to-left override', bytes: () => bytes('Total: \u202e0001\u202c pounds'), expect: { accepted: 'Total: 0001 pounds', warnings: [/:1: removed U\+202C POP DIRECTIONAL FORMATTING, a bidirectional control$/, /:1: removed U\+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control$/] } },
  { name: 'U+2066–U+2069 isolates', bytes: () => bytes('x\n\u2066a\u2069 \u2067b\u2069 \u2068c\u2069'), expect: { accepted: 'x\na b c', warnings: [/:2: removed U\+2066 LEFT-TO-RIGHT ISOLATE/, /:2: removed U\+2067 RIGHT-TO-LEFT ISOLATE/, /:2: removed U\+2068 FIRST STRONG ISOLATE/, /:2: removed U\+2069 POP DIRECTIONAL ISOLATE/] } },
  { name: 'a byte-order mark in the middle (two files joined)', bytes: () => bytes('end of one\n\ufeffstart of two'), expect: { accepted: 'end of one\nstart of two', warnings: [/:2: removed U\+FEFF byte-order mark$/] } },
  { name: 'kept: TAB, LRM/RLM, ALM, zero-width space, joiner, non-joiner, word joiner', bytes: () => bytes('a\tb \u200e\u200f\u061c \u200b\u200c\u200d\u2060 می\u200cخواهم'), expect: { accepted: 'a\tb \u200e\u200f\u061c \u200b\u200c\u200d\u2060 می\u200cخواهم', warnings: [] } },
  { name: 'kept with a warning: U+FFFD already in the text', bytes: () => bytes('ok\ncaf\ufffd and \ufffd'), expect: { accepted: 'ok\ncaf\ufffd and \ufffd', warnings: [/^papers\/hostile\.txt:2: kept U\+FFFD REPLACEMENT CHARACTER: a character was lost when the text was extracted/] } },
  { name: 'a final newline is kept (the parsers see the same lines)', bytes: () => bytes('a\r\n'), expect: { accepted: 'a\n' } },

  // Real papers, damaged.
  { name: 'a real paper truncated mid-line: the paper is named, not aliases.json', file: PAPER, bytes: () => paper().subarray(0, 500), expect: { refused: { line: 16, message: /found "- Assistant Chi" — expected an attendance bullet/ } } },
  {
    name: 'a real paper truncated where it still parses: the quote beyond its end names the paper',
    file: '004_d32a210fd6fbcf1e.txt',
    bytes: () => paper('004_d32a210fd6fbcf1e.txt').subarray(0, 20000),
    expect: { refused: { line: 130, message: /the paper ends at line 130, but imports\/aliases\.json \(mentions\[6\]\) quotes its line 508 .* — expected the whole paper\. Hint: the file looks truncated/ } },
  },
  { name: 'a paper named with spaces', file: 'paper with spaces.txt', bytes: () => paper(), expect: { refused: { message: /the file name "paper with spaces\.txt" — expected a file name of lower-case letters, .*Hint: rename it, for example to "paper-with-spaces\.txt"/ } } },
  { name: 'a paper named in capitals', file: 'Agenda_2025.txt', bytes: () => paper(), expect: { refused: { message: /the file name "Agenda_2025\.txt" — .*"agenda_2025\.txt"/ } } },
  { name: 'not a .txt file', file: 'paper.pdf', bytes: () => bytes('%PDF-1.4'), expect: { refused: { message: /a file named "paper\.pdf" — expected a paper: a \.txt file/ } } },
];

let root: string;
const written = () => existsSync(join(root, 'src/content')) || existsSync(join(root, 'imports/extracts')) || existsSync(join(root, 'imports/manifest.json'));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'import-hostile-'));
  mkdirSync(join(root, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'src/lib'), join(root, 'src/lib'));
  symlinkSync(join(ROOT, 'src/i18n'), join(root, 'src/i18n'));
  symlinkSync(join(ROOT, 'importer'), join(root, 'importer'));
  mkdirSync(join(root, 'imports'));
  mkdirSync(join(root, 'papers'));
  cpSync(join(ROOT, 'imports/aliases.json'), join(root, 'imports/aliases.json'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Import the files (name → bytes) as papers of the scratch project; they are removed afterwards. */
async function importPapers(files: Record<string, Uint8Array>, extra: string[] = []) {
  const paths = Object.entries(files).map(([name, b]) => {
    const p = join(root, 'papers', name);
    writeFileSync(p, b);
    return p;
  });
  try {
    return await run([...paths, ...extra], root);
  } finally {
    for (const p of paths) rmSync(p, { force: true });
  }
}

describe('hostile paper files', () => {
  for (const c of CASES) {
    const file = c.file ?? 'hostile.txt';
    const display = `papers/${file}`;
    if ('refused' in c.expect) {
      const { line, message } = c.expect.refused;
      it(`${c.name}: refused, naming ${display}${line === undefined ? '' : `:${line}`}`, async () => {
        const r = await importPapers({ [file]: c.bytes() });
        expect(r.ok).toBe(false);
        const errors = r.log.filter((l) => l.startsWith('error: '));
        const where = `error: ${display}${line === undefined ? '' : `:${line}`}: `;
        const mine = errors.filter((l) => l.startsWith(where));
        expect(mine, r.log.join('\n')).not.toEqual([]);
        expect(mine.some((l) => message.test(l)), r.log.join('\n')).toBe(true);
        // Every problem is about this paper, never about the recorded decisions.
        expect(errors.filter((l) => !l.startsWith(`error: ${display}`))).toEqual([]);
        expect(r.log.at(-1)).toMatch(/^nothing was written: \d+ problem\(s\)$/);
        expect(written()).toBe(false);
      });
    } else {
      const { accepted, warnings } = c.expect;
      it(`${c.name}: accepted`, () => {
        const d = decodePaper(display, c.bytes());
        expect(d.text).toBe(accepted);
        if (warnings) {
          expect(d.warnings).toHaveLength(warnings.length);
          warnings.forEach((w, i) => expect(d.warnings[i]).toMatch(w));
        }
      });
    }
  }
  it('covers at least 40 kinds of file, at least 10 of them accepted', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => 'accepted' in c.expect).length).toBeGreaterThanOrEqual(10);
  });
});

describe('one run, every problem', () => {
  it('two problems in two papers are both reported, each naming its own paper and line', async () => {
    const r = await importPapers({ 'one.txt': bytes('a\nb\n', [0xff]), 'two.txt': paper().subarray(0, 500) });
    expect(r.ok).toBe(false);
    const errors = r.log.filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^error: papers\/one\.txt:3: invalid UTF-8 at byte offset 4 \(FF\)/);
    expect(errors[1]).toMatch(/^error: papers\/two\.txt:16: found "- Assistant Chi" — expected an attendance bullet/);
    expect(r.log.at(-1)).toBe(`nothing was written: ${errors.length} problem(s)`);
    expect(written()).toBe(false);
  });
  it(`lists at most ${PROBLEM_LIMIT} problems and counts the rest`, async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < PROBLEM_LIMIT + 3; i++) files[`empty-${String(i).padStart(2, '0')}.txt`] = bytes();
    const r = await importPapers(files);
    expect(r.ok).toBe(false);
    const errors = r.log.filter((l) => l.startsWith('error: papers/'));
    expect(errors).toHaveLength(PROBLEM_LIMIT);
    expect(errors[0]).toMatch(/^error: papers\/empty-00\.txt: an empty file/);
    expect(r.log).toContain('error: … and 3 more');
    expect(r.log.at(-1)).toBe(`nothing was written: ${PROBLEM_LIMIT + 3} problem(s)`);
  });
  it('two files with the same name from two folders are refused, not one silently replacing the other', async () => {
    const other = mkdtempSync(join(tmpdir(), 'import-hostile-other-'));
    try {
      writeFileSync(join(other, PAPER), paper());
      writeFileSync(join(root, 'papers', PAPER), paper());
      const r = await run([join(root, 'papers', PAPER), join(other, PAPER), '--dry-run'], root);
      expect(r.ok).toBe(false);
      expect(r.log.join('\n')).toContain(`error: ${join(other, PAPER)}: a second paper named "${PAPER}" (the other is papers/${PAPER}) — expected one paper per file name`);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(join(root, 'papers', PAPER), { force: true });
    }
  });
});

describe('a conflict between papers', () => {
  it('blamed on a paper unchanged since its import: the hint points at the paper new in this run, named by its path', async () => {
    try {
      const first = await run([join(SEEDS, '001_1defd7e170de073f.txt')], root);
      expect(first.ok, first.log.join('\n')).toBe(true);
      writeFileSync(join(root, 'papers/001_1defd7e170de073f.txt'), paper('001_1defd7e170de073f.txt'));
      const redated = paperText().replace('Date: Tuesday 8 October 2024', 'Date: Tuesday 15 October 2024');
      const r = await importPapers({ '0000-bad.txt': utf8(redated) }, ['--dry-run']);
      expect(r.ok).toBe(false);
      const errors = r.log.filter((l) => l.startsWith('error: '));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^error: papers\/001_1defd7e170de073f\.txt:\d+: .*papers\/0000-bad\.txt:5/);
      expect(errors[0]).toMatch(
        /Note: papers\/001_1defd7e170de073f\.txt is unchanged since it was last imported; the difference more likely comes from papers\/0000-bad\.txt, new or changed in this import\.$/,
      );
    } finally {
      for (const p of ['src/content', 'imports/extracts', 'imports/manifest.json', 'papers/001_1defd7e170de073f.txt']) rmSync(join(root, p), { recursive: true, force: true });
    }
  });
});

describe("the importer's own files, damaged", () => {
  const reset = () => {
    for (const p of ['src/content', 'imports/extracts', 'imports/manifest.json']) rmSync(join(root, p), { recursive: true, force: true });
  };
  it('a manifest that is not JSON is refused with a hint, and nothing is written', async () => {
    try {
      writeFileSync(join(root, 'imports/manifest.json'), '{"version": 1, "files": {');
      const r = await importPapers({ [PAPER]: paper() });
      expect(r.ok).toBe(false);
      expect(r.log).toContainEqual(expect.stringMatching(/^error: imports\/manifest\.json: invalid JSON \(.+\) — expected the importer's record .*Hint: restore imports\/manifest\.json from version control/));
      expect(existsSync(join(root, 'src/content'))).toBe(false);
    } finally {
      reset();
    }
  });
  it('a cached extract that is not JSON is refused naming it, together with a bad paper of the same run', async () => {
    try {
      mkdirSync(join(root, 'imports/extracts'), { recursive: true });
      writeFileSync(join(root, 'imports/extracts/001_1defd7e170de073f.json'), '{"version": 1, "doc": ');
      const r = await importPapers({ [PAPER]: paper(), 'empty.txt': bytes() });
      expect(r.ok).toBe(false);
      const errors = r.log.filter((l) => l.startsWith('error: '));
      expect(errors).toEqual([
        expect.stringMatching(/^error: papers\/empty\.txt: an empty file/),
        expect.stringMatching(/^error: imports\/extracts\/001_1defd7e170de073f\.json: invalid JSON .* — expected an extract written by the importer\. Hint: import papers\/001_1defd7e170de073f\.txt again/),
      ]);
    } finally {
      reset();
    }
  });
  it('text cached by an older importer is cleaned like a paper when it is re-read', async () => {
    try {
      const first = await importPapers({ [PAPER]: paper() });
      expect(first.ok, first.log.join('\n')).toBe(true);
      const x = join(root, 'imports/extracts/003_b68bda4d25e51753.json');
      const cachedExtract = JSON.parse(readFileSync(x, 'utf8')) as { parser: string; lines: string[] };
      cachedExtract.parser = 'older-importer';
      cachedExtract.lines[77] = `\u202e${cachedExtract.lines[77]!}\u001b`;
      writeFileSync(x, JSON.stringify(cachedExtract));
      const r = await run([join(SEEDS, '001_1defd7e170de073f.txt'), '--dry-run'], root);
      expect(r.ok, r.log.join('\n')).toBe(true);
      expect(r.log).toContain('warning: imports/extracts/003_b68bda4d25e51753.json (the text of 003_b68bda4d25e51753.txt as imported before):78: removed U+001B ESC (escape), a control character');
      expect(r.log).toContain('warning: imports/extracts/003_b68bda4d25e51753.json (the text of 003_b68bda4d25e51753.txt as imported before):78: removed U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control');
      // JSON.stringify writes U+202E as itself and ESC as the six characters \u001b.
      expect(JSON.stringify(r.entries)).not.toMatch(/\u202e|\\u001b/);
      expect(JSON.stringify(r.entries)).toContain('around 200 Norfolk police officers');
    } finally {
      reset();
    }
  });
});

describe('a real paper in another encoding reads as the same paper', () => {
  const original = toSourceDoc(PAPER, paperText()).lines;
  const variants: Array<[string, () => Uint8Array]> = [
    ['UTF-8 with BOM', () => bytes([0xef, 0xbb, 0xbf], Array.from(paper()))],
    ['CRLF', () => utf8(paperText().replace(/\n/g, '\r\n'))],
    ['lone CR', () => utf8(paperText().replace(/\n/g, '\r'))],
    ['UTF-16 LE with BOM', () => utf16(paperText(), 'le')],
    ['UTF-16 BE with BOM', () => utf16(paperText().replace(/\n/g, '\r\n'), 'be')],
  ];
  for (const [name, b] of variants) {
    it(`${name}: the same lines, no warnings`, () => {
      const d = decodePaper(`papers/${PAPER}`, b());
      expect(d.warnings).toEqual([]);
      expect(toSourceDoc(PAPER, d.text).lines).toEqual(original);
    });
  }
  it('imports to the same entries (UTF-16 LE with BOM and CRLF against the UTF-8 original)', async () => {
    const a = await importPapers({ [PAPER]: paper() }, ['--dry-run']);
    const b = await importPapers({ [PAPER]: utf16(paperText().replace(/\n/g, '\r\n'), 'le') }, ['--dry-run']);
    expect(a.ok, a.log.join('\n')).toBe(true);
    expect(b.ok, b.log.join('\n')).toBe(true);
    expect(b.entries).toEqual(a.entries);
  });
  it('the current papers decode to exactly the text they are read as today, with no warnings', () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const d = decodePaper(`papers/${f}`, paper(f));
      expect(d.warnings, f).toEqual([]);
      expect(d.text, f).toBe(paperText(f));
    }
  });
});

describe('finding the first bad byte', () => {
  it('gives the start of the malformed sequence, its end, and whether the bytes stop inside a character', () => {
    expect(firstInvalidUtf8(utf8('all fine – ✓'))).toBe(undefined);
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x82], 'c'))).toEqual({ start: 2, end: 4, atEnd: false });
    expect(firstInvalidUtf8(bytes('ab', [0x80]))).toEqual({ start: 2, end: 3, atEnd: false });
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x82]))).toEqual({ start: 2, end: 4, atEnd: true });
  });
  it('a refusal is an ImportError with the file, the line, a description and a hint as fields', () => {
    const e = thrownBy(() => decodePaper('papers/x.txt', bytes('a\nb', [0xff])));
    expect(e).toBeInstanceOf(ImportError);
    const err = e as ImportError;
    expect([err.file, err.line, err.expected]).toEqual(['papers/x.txt', 2, 'UTF-8 text']);
    expect(err.description).toMatch(/^invalid UTF-8 at byte offset 3 \(FF\) after "b"$/);
    expect(err.hint).toMatch(/export the paper as UTF-8 text/);
  });
});
