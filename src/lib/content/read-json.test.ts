import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { entryIdOf, readJsonCollection, readJsonCollectionAs } from './read-json.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const schema = z.object({ title: z.string() });

describe('entryIdOf: the id Astro glob loader gives a file', () => {
  it('drops .json and slugs each segment, keeping underscores and digits', () => {
    expect(entryIdOf('2025-01-29-pcc-accountability-meeting.json')).toBe('2025-01-29-pcc-accountability-meeting');
    expect(entryIdOf('001_1defd7e170de073f.json')).toBe('001_1defd7e170de073f');
    expect(entryIdOf('Some Table.json')).toBe('some-table');
    expect(entryIdOf('sub/Index.json')).toBe('sub');
  });
});

describe('readJsonCollection', () => {
  it('a collection with no folder is empty, as Astro finds it', () => {
    expect(readJsonCollection(dir, 'no-such-collection', schema)).toEqual([]);
  });

  it('reads every entry through the schema, sorted by id', () => {
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'good', 'b.json'), JSON.stringify({ title: 'B' }));
    writeFileSync(join(dir, 'good', 'a.json'), JSON.stringify({ title: 'A' }));
    writeFileSync(join(dir, 'good', 'notes.txt'), 'not an entry');
    expect(readJsonCollection(dir, 'good', schema)).toEqual([
      { id: 'a', data: { title: 'A' } },
      { id: 'b', data: { title: 'B' } },
    ]);
  });

  it('keeps only what is asked of each entry, after checking the whole entry', () => {
    mkdirSync(join(dir, 'wide'));
    writeFileSync(join(dir, 'wide', 'a.json'), JSON.stringify({ title: 'A', body: 'long narrative' }));
    const wide = z.object({ title: z.string(), body: z.string() });
    expect(readJsonCollectionAs(dir, 'wide', wide, (d) => ({ title: d.title }))).toEqual([{ id: 'a', data: { title: 'A' } }]);
    writeFileSync(join(dir, 'wide', 'b.json'), JSON.stringify({ title: 'B' }));
    expect(() => readJsonCollectionAs(dir, 'wide', wide, (d) => ({ title: d.title }))).toThrow(/b\.json: body:/);
  });

  it('names every file it cannot read, in one error: broken JSON and a schema failure with its field', () => {
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'ok.json'), JSON.stringify({ title: 'fine' }));
    writeFileSync(join(dir, 'bad', 'broken.json'), '{"title": ');
    writeFileSync(join(dir, 'bad', 'wrong.json'), JSON.stringify({ title: 3 }));
    let message = '';
    try {
      readJsonCollection(dir, 'bad', schema);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(`${join(dir, 'bad', 'broken.json')}: not valid JSON`);
    expect(message).toContain(`${join(dir, 'bad', 'wrong.json')}: title:`);
    expect(message).not.toContain('ok.json');
  });
});
