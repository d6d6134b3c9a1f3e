import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyWrites,
  droppedKeys,
  entryPath,
  formatProblem,
  loadReferenceRules,
  planWrites,
  serialise,
  sha256,
  validate,
} from '../../../importer/write.ts';
import { ROOT } from './meetings-helpers.ts';

const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'import-write-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const body = { name: 'Police and Crime Panel', abbreviation: 'PCP', purpose: 'Not stated.', purposeIsQuoted: false, order: 3 };

describe('validation', () => {
  it('names the file and the field of every invalid value, with the source line', () => {
    const v = validate(
      [
        { collection: 'bodies', id: 'police-and-crime-panel', data: { ...body, purposeIsQuoted: 'no' } },
        {
          collection: 'questions',
          id: 'm-q-1',
          data: { kind: 'pcc', meeting: 'nowhere', minuteSection: 'item-4', section: '4.', order: 1, question: [], sources: [{ doc: '001_x', line: 99 }] },
        },
      ],
      loadReferenceRules(ROOT),
    );
    const lines = v.problems.map(formatProblem);
    expect(lines).toContain('src/content/bodies/police-and-crime-panel.json: field "purposeIsQuoted": Invalid input: expected boolean, received string');
    expect(lines.some((l) => /^src\/content\/questions\/m-q-1\.json: field "question": .*\(from 001_x\.txt:99\)$/.test(l))).toBe(true);
  });
  it('checks references with the build\'s own rules (read from src/lib/content/data.ts)', () => {
    const rules = loadReferenceRules(ROOT);
    expect(rules).toContainEqual({ from: 'questions', field: 'actions[]', to: 'actions' });
    const v = validate(
      [
        {
          collection: 'meetings',
          id: '2025-01-29-pcc-accountability-meeting',
          data: { body: 'no-such-body', date: { kind: 'exact', date: '2025-01-29' }, status: 'scheduled', papers: {} },
        },
      ],
      rules,
    );
    expect(v.problems.map(formatProblem)).toEqual([
      'src/content/meetings/2025-01-29-pcc-accountability-meeting.json: field "body": field "body" refers to "no-such-body", but there is no such entry in the "bodies" collection',
    ]);
  });
  it('reports fields the schema would drop instead of losing them silently', () => {
    expect(droppedKeys({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 } })).toEqual(['b.d']);
    const v = validate([{ collection: 'bodies', id: 'x', data: { ...body, colour: 'blue' } }], []);
    expect(v.dropped).toEqual(['src/content/bodies/x.json: field "colour" is not in the bodies schema and was not written']);
  });
});

describe('serialisation', () => {
  it('writes JSON entries with two-space indent and a final newline', () => {
    expect(serialise({ collection: 'bodies', id: 'x', data: { a: 1 } })).toBe('{\n  "a": 1\n}\n');
  });
  it('writes reports as JSON like every other collection, their narrative as data', () => {
    expect(entryPath({ collection: 'reports', id: 'r' })).toBe('src/content/reports/r.json');
    const data = { title: 'Pillar 5: "Support Victims" – it\'s #1', order: 0, body: [{ kind: 'paragraph', lines: ['export const x = 1'], line: 3 }] };
    const text = serialise({ collection: 'reports', id: 'r', data });
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('hand edits and atomic writes', () => {
  const files = [{ path: 'src/content/bodies/a.json', text: '{}\n' }];
  it('writes new files and records their hashes', () => {
    const root = scratch();
    const plan = planWrites(root, files, false, ['src/content/']);
    expect(plan.write.map((w) => w.reason)).toEqual(['new']);
    expect(plan.manifest.files['src/content/bodies/a.json']).toBe(sha256('{}\n'));
  });
  it('keeps a file edited since the importer wrote it, unless forced', () => {
    const root = scratch();
    mkdirSync(join(root, 'src/content/bodies'), { recursive: true });
    mkdirSync(join(root, 'imports'));
    writeFileSync(join(root, 'src/content/bodies/a.json'), '{"edited": true}\n');
    writeFileSync(join(root, 'imports/manifest.json'), JSON.stringify({ version: 1, files: { 'src/content/bodies/a.json': sha256('{"old": 1}\n') } }));
    const kept = planWrites(root, files, false, ['src/content/']);
    expect(kept.kept).toEqual([{ path: 'src/content/bodies/a.json', why: 'edited since the importer wrote it' }]);
    expect(kept.write).toEqual([]);
    expect(kept.manifest.files['src/content/bodies/a.json']).toBe(sha256('{"old": 1}\n'));
    const forced = planWrites(root, files, true, ['src/content/']);
    expect(forced.forced).toEqual(['src/content/bodies/a.json']);
    expect(forced.write).toHaveLength(1);
  });
  it('removes a file it no longer produces only when nobody edited it', () => {
    const root = scratch();
    mkdirSync(join(root, 'src/content/bodies'), { recursive: true });
    mkdirSync(join(root, 'imports'));
    writeFileSync(join(root, 'src/content/bodies/old.json'), 'x\n');
    writeFileSync(join(root, 'src/content/bodies/edited.json'), 'y\n');
    writeFileSync(
      join(root, 'imports/manifest.json'),
      JSON.stringify({ version: 1, files: { 'src/content/bodies/old.json': sha256('x\n'), 'src/content/bodies/edited.json': sha256('z\n') } }),
    );
    const plan = planWrites(root, [], false, ['src/content/']);
    expect(plan.remove).toEqual(['src/content/bodies/old.json']);
    expect(plan.keptStale).toEqual(['src/content/bodies/edited.json']);
  });
  it('writes through a transaction and leaves no working folder behind', () => {
    const root = scratch();
    applyWrites(root, [...files, { path: 'imports/manifest.json', text: '{}\n' }], []);
    expect(readFileSync(join(root, 'src/content/bodies/a.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(root, 'imports/manifest.json'), 'utf8')).toBe('{}\n');
    // Only what was written: no imports/.import-tx (staging, backups, journal).
    expect(readdirSync(join(root, 'imports'))).toEqual(['manifest.json']);
  });
});
