/**
 * The importer end to end, in a scratch project (symlinked code, copied decisions):
 * errors write nothing, reruns are idempotent, papers added later merge with the
 * cache, hand edits are kept unless --force.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, refusalOfProblem, run } from '../../../importer/cli.ts';
import { formatRefusal } from '../../../importer/source.ts';
import { FIXTURES, noAliases, ROOT, SEEDS } from './meetings-helpers.ts';

let root: string;
const content = (p: string) => join(root, 'src/content', p);
const S = (f: string) => join(SEEDS, f);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'import-cli-'));
  mkdirSync(join(root, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'src/lib'), join(root, 'src/lib'));
  symlinkSync(join(ROOT, 'src/i18n'), join(root, 'src/i18n'));
  symlinkSync(join(ROOT, 'importer'), join(root, 'importer'));
  mkdirSync(join(root, 'imports'));
  cpSync(join(ROOT, 'imports/aliases.json'), join(root, 'imports/aliases.json'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('arguments', () => {
  it('needs a paper or --all', () => {
    expect(() => parseArgs([])).toThrowError(/name at least one paper/);
    expect(parseArgs(['a.txt', '--force', '--dry-run'])).toEqual({ files: ['a.txt'], all: false, force: true, dryRun: true });
    expect(() => parseArgs(['--bogus'])).toThrowError(/unknown option --bogus/);
  });
});

describe('an entry that fails validation is blamed on where it came from', () => {
  const shown = new Map([['003_b68bda4d25e51753.txt', 'papers/003_b68bda4d25e51753.txt']]);
  it('the paper line it was read from, named by its path', () => {
    const r = refusalOfProblem(
      { file: 'src/content/questions/m-q-1.json', field: 'question', message: 'Invalid input: expected array, received string', from: '003_b68bda4d25e51753.txt:78' },
      noAliases(),
      shown,
    );
    expect(formatRefusal(r)).toBe(
      'papers/003_b68bda4d25e51753.txt:78: the entry src/content/questions/m-q-1.json, field "question": Invalid input: expected array, received string — ' +
        'expected an entry that fits its schema (src/schemas/). Hint: the importer read this part of the paper into something the site cannot show: ' +
        'check the paper at this line against the original; if the paper is right, report it with the paper.',
    );
  });
  it('the entry itself when nothing says where it came from', () => {
    const r = refusalOfProblem({ file: 'src/content/meetings/m.json', field: 'body', message: 'field "body" refers to "nobody", but there is no such entry in the "bodies" collection' }, noAliases(), shown);
    expect([r.file, r.line, r.description]).toEqual(['src/content/meetings/m.json', undefined, 'the entry src/content/meetings/m.json, field "body": refers to "nobody", but there is no such entry in the "bodies" collection']);
  });
});

describe('the importer in a scratch project', () => {
  it('a malformed paper: the error names file, line and what was expected, and nothing is written', async () => {
    const r = await run([join(FIXTURES, 'summary-bad-attendance.txt')], root);
    expect(r.ok).toBe(false);
    expect(r.log.join('\n')).toMatch(/summary-bad-attendance\.txt:7: found "[^"]*" — expected an attendance bullet .*\. Hint: /);
    expect(r.log.at(-1)).toBe('nothing was written: 1 problem(s)');
    expect(existsSync(join(root, 'src/content'))).toBe(false);
    expect(existsSync(join(root, 'imports/extracts'))).toBe(false);
  });

  it('--dry-run writes nothing', async () => {
    const r = await run([S('003_b68bda4d25e51753.txt'), '--dry-run'], root);
    expect(r.ok).toBe(true);
    expect(r.log.join('\n')).toMatch(/would write \d+ file/);
    expect(existsSync(join(root, 'src/content'))).toBe(false);
  });

  it('imports one paper, caches its extract and records what it wrote', async () => {
    const r = await run([S('003_b68bda4d25e51753.txt')], root);
    expect(r.ok, r.log.join('\n')).toBe(true);
    expect(existsSync(content('meetings/2024-10-08-pcc-accountability-meeting.json'))).toBe(true);
    expect(existsSync(content('questions/2024-10-08-pcc-accountability-meeting-q-25.json'))).toBe(true);
    expect(existsSync(join(root, 'imports/extracts/003_b68bda4d25e51753.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, 'imports/manifest.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toContain('src/content/meetings/2024-10-08-pcc-accountability-meeting.json');
  });

  it('a rerun changes nothing', async () => {
    const before = readFileSync(content('meetings/2024-10-08-pcc-accountability-meeting.json'), 'utf8');
    const r = await run([S('003_b68bda4d25e51753.txt')], root);
    expect(r.log.join('\n')).toMatch(/wrote 0 file\(s\)/);
    expect(readFileSync(content('meetings/2024-10-08-pcc-accountability-meeting.json'), 'utf8')).toBe(before);
  });

  it('a paper added later merges with what is there: one meeting, both papers', async () => {
    const r = await run([S('001_1defd7e170de073f.txt')], root);
    expect(r.ok, r.log.join('\n')).toBe(true);
    const m = JSON.parse(readFileSync(content('meetings/2024-10-08-pcc-accountability-meeting.json'), 'utf8')) as { papers: { minutes: string[] } };
    expect(m.papers.minutes).toEqual(['001_1defd7e170de073f', '003_b68bda4d25e51753']);
    expect(existsSync(content('meetings/2025-01-29-pcc-accountability-meeting.json'))).toBe(true);
  });

  it('keeps a hand-edited file unless --force, and says so', async () => {
    const file = content('questions/2024-10-08-pcc-accountability-meeting-q-16.json');
    const edited = readFileSync(file, 'utf8').replace('around 200', 'around 200 (corrected by hand)');
    writeFileSync(file, edited);
    const kept = await run([S('003_b68bda4d25e51753.txt')], root);
    expect(kept.log.join('\n')).toMatch(/kept hand-edited src\/content\/questions\/2024-10-08-pcc-accountability-meeting-q-16\.json \(edited since the importer wrote it\); use --force/);
    expect(kept.log.join('\n')).toMatch(/not recorded in imports\/CORRECTIONS\.md/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    // Still kept on the next run: the manifest keeps the importer's hash, not the edited one.
    await run([S('003_b68bda4d25e51753.txt')], root);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await run([S('003_b68bda4d25e51753.txt'), '--force'], root);
    expect(forced.log.join('\n')).toMatch(/overwriting hand-edited/);
    expect(readFileSync(file, 'utf8')).not.toContain('corrected by hand');
  });

  it('an entry that fails validation: the error names the file and the field, and nothing is written', async () => {
    const aliases = JSON.parse(readFileSync(join(root, 'imports/aliases.json'), 'utf8')) as { links: Array<Record<string, unknown>> };
    aliases.links.push({ question: { doc: '003_b68bda4d25e51753', line: 78 }, action: 'pam-action-99', reason: 'test: an action that does not exist' });
    writeFileSync(join(root, 'imports/aliases.json'), JSON.stringify(aliases));
    const before = readFileSync(content('questions/2024-10-08-pcc-accountability-meeting-q-16.json'), 'utf8');
    const r = await run([S('003_b68bda4d25e51753.txt')], root);
    expect(r.ok).toBe(false);
    expect(r.log).toContain(
      'error: imports/aliases.json: the entry src/content/questions/2024-10-08-pcc-accountability-meeting-q-16.json, field "actions[]": refers to "pam-action-99", ' +
        'but there is no such entry in the "actions" collection — expected links to actions that the papers produce. ' +
        `Hint: links[${aliases.links.length - 1}] links a question to pam-action-99, which no imported paper produces: correct the decision or remove it.`,
    );
    expect(r.log.join('\n')).toMatch(/nothing was written/);
    expect(readFileSync(content('questions/2024-10-08-pcc-accountability-meeting-q-16.json'), 'utf8')).toBe(before);
    cpSync(join(ROOT, 'imports/aliases.json'), join(root, 'imports/aliases.json'));
  });

  it('a recorded decision whose quote is not in the paper stops the import', async () => {
    const aliases = JSON.parse(readFileSync(join(root, 'imports/aliases.json'), 'utf8')) as { meetings: Array<{ evidence: Array<{ quote: string }> }> };
    aliases.meetings[0]!.evidence[1]!.quote = 'Thursday 23 January 2025';
    writeFileSync(join(root, 'imports/aliases.json'), JSON.stringify(aliases));
    const r = await run([S('003_b68bda4d25e51753.txt')], root);
    expect(r.ok).toBe(false);
    expect(r.log.join('\n')).toMatch(
      /imports\/aliases\.json: found "[^"]*" — expected the quote of meetings\[0\] \("Thursday 23 January 2025"\) on 003_b68bda4d25e51753:130\. Hint: either .*003_b68bda4d25e51753\.txt changed since the decision was recorded/,
    );
    cpSync(join(ROOT, 'imports/aliases.json'), join(root, 'imports/aliases.json'));
  });
});
