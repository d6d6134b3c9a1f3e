/**
 * The publisher's original of a paper: the office records its address in imports/originals.json, the
 * importer checks it (http or https, passing safeHref; a paper that was imported) and passes it to the
 * paper's documents entry, and the paper's page links to it. Without it the page names who holds it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../importer/cli.ts';
import { originalHref, parseOriginals } from '../../../importer/originals.ts';
import { ImportError } from '../../../importer/source.ts';
import { paperPage } from '../../../src/lib/papers/pages.ts';
import { documentSchema } from '../../../src/schemas/documents.ts';
import { scratchProject } from '../../seed-content.ts';
import { ROOT, thrownBy } from './meetings-helpers.ts';

const PCP = join(ROOT, 'tests/fixtures/next-quarter/police-and-crime-panel/pcp-2025-11-04-agenda.txt');
const DOC = 'pcp-2025-11-04-agenda';
const URL_OK = 'https://www.example.gov.uk/committee/papers/panel-agenda.pdf';
const record = (originals: Record<string, string>) => `${JSON.stringify({ originals }, null, 2)}\n`;

describe('imports/originals.json: one address per paper', () => {
  const known = new Set([DOC]);
  it('takes an https or http address for an imported paper', () => {
    expect(parseOriginals(record({ [DOC]: URL_OK }), known)).toEqual(new Map([[DOC, URL_OK]]));
    expect(originalHref('http://example.org/a.pdf')).toBe('http://example.org/a.pdf');
  });
  it('refuses what must not become a link: other schemes, relative and hidden targets', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'mailto:office@example.org', 'tel:01234', '/papers/a.pdf', '//example.org/a.pdf', 'data:text/html,x'])
      expect(originalHref(bad), bad).toBeUndefined();
  });
  it('a bad address is refused naming the file, its line, the address and what was expected', () => {
    const text = record({ [DOC]: 'javascript:alert(1)' });
    const e = thrownBy(() => parseOriginals(text, known));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toBe(`imports/originals.json:3: expected the http:// or https:// address of the original of ${DOC}; found "javascript:alert(1)"`);
    expect((e as ImportError).hint).toMatch(/copy the address/);
  });
  it('a paper that was never imported is refused at its line: a typo would link nothing', () => {
    const e = thrownBy(() => parseOriginals(record({ 'pcp-2025-11-04-agneda': URL_OK }), known));
    expect((e as ImportError).message).toMatch(/^imports\/originals\.json:3: expected the id of an imported paper .*found "pcp-2025-11-04-agneda"/);
  });
  it('a file of another shape is refused with what was expected', () => {
    expect((thrownBy(() => parseOriginals('{"originals": {"x": 3}}', known)) as ImportError).message).toMatch(/^imports\/originals\.json: expected \{ "originals"/);
    expect((thrownBy(() => parseOriginals('{"originals": ', known)) as ImportError).message).toMatch(/does not parse/);
  });
});

describe('the address reaches the paper record the site reads', () => {
  const root = scratchProject([PCP], 'originals-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const documentOf = () => documentSchema.parse(JSON.parse(readFileSync(join(root, 'src/content/documents', `${DOC}.json`), 'utf8')));
  const page = () => paperPage({ id: DOC, data: documentOf(), name: 'the Panel agenda', lineCount: 10 });

  it('without a record the page says who holds the original', async () => {
    const r = await run(['--all'], root);
    expect(r.ok, r.log.join('\n')).toBe(true);
    expect(documentOf().originalUrl).toBeUndefined();
    expect(page().original).toBeUndefined();
    expect(page().holder?.text).toBeTruthy();
  }, 60_000);
  it('with one, the documents entry carries it and the page links to it', async () => {
    writeFileSync(join(root, 'imports/originals.json'), record({ [DOC]: URL_OK }));
    const r = await run(['--all'], root);
    expect(r.ok, r.log.join('\n')).toBe(true);
    expect(documentOf().originalUrl).toBe(URL_OK);
    expect(page().original?.href).toBe(URL_OK);
  }, 60_000);
  it('a bad address writes nothing and names the place', async () => {
    writeFileSync(join(root, 'imports/originals.json'), record({ [DOC]: 'file:///etc/passwd' }));
    const r = await run(['--all'], root);
    expect(r.ok).toBe(false);
    expect(r.log.join('\n')).toMatch(/imports\/originals\.json:3: found "file:\/\/\/etc\/passwd" — expected the http:\/\/ or https:\/\/ address of the original of pcp-2025-11-04-agenda/);
    expect(documentOf().originalUrl).toBe(URL_OK);
  }, 60_000);
});
