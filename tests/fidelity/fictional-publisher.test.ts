/**
 * The importer and the site hold no facts of one police area: a plainly fictional publisher
 * (importer/publishers/fictional/) with a paper of its own (tests/fixtures/publishers/fictional/)
 * imports and builds a small portal with the same code. The project is copied to a scratch
 * folder, its papers, content and import records are replaced by the fictional ones, and the real
 * importer and `astro build` run there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeScratch, ROOT } from './scratch-build.ts';

afterAll(removeScratch);

const FIXTURE = join(ROOT, 'tests/fixtures/publishers/fictional/papers');

function fictionalProject(): string {
  const dir = copyProject('fictional-');
  cpSync(join(ROOT, 'scripts'), join(dir, 'scripts'), { recursive: true });
  rmSync(join(dir, 'papers'), { recursive: true });
  cpSync(FIXTURE, join(dir, 'papers'), { recursive: true });
  for (const collection of readdirSync(join(dir, 'src/content'))) {
    for (const f of readdirSync(join(dir, 'src/content', collection))) rmSync(join(dir, 'src/content', collection, f));
  }
  rmSync(join(dir, 'imports/extracts'), { recursive: true, force: true });
  rmSync(join(dir, 'imports/manifest.json'), { force: true });
  // No identity decisions: those recorded for Norfolk quote Norfolk's papers.
  writeFileSync(join(dir, 'imports/aliases.json'), `${JSON.stringify({ documents: [], meetings: [], mentions: [], links: [], bodies: [] }, null, 2)}\n`);
  writeFileSync(join(dir, 'imports/publisher.json'), `${JSON.stringify({ publisher: 'fictional' }, null, 2)}\n`);
  return dir;
}

describe('a second, fictional publisher', () => {
  it('imports its own paper and builds a portal that names its own area and nobody else\'s', () => {
    const dir = fictionalProject();
    const imported = spawnSync(process.execPath, ['scripts/import.ts', '--all'], { cwd: dir, encoding: 'utf8', timeout: 300_000, env: { ...process.env, OS_PUBLISHER: '' } });
    expect(imported.status, `${imported.stdout}\n${imported.stderr}`).toBe(0);
    const built = build(dir);
    expect(built.status, built.output).toBe(0);
    const dist = join(dir, 'dist');
    const page = (p: string) => readFileSync(join(dist, p), 'utf8');
    const home = page('index.html');
    expect(home).toContain('Wessex Vale Scrutiny (fictional)');
    // The meeting the paper records, with its question, answer and action.
    const meetings = readdirSync(join(dist, 'meetings')).filter((d) => d.endsWith('-vale-scrutiny-board'));
    expect(meetings.length).toBeGreaterThan(0);
    // A meeting's page and its questions page (the questions' words and answers in full).
    const withQuestions = (m: string): string =>
      page(`meetings/${m}/index.html`) + (existsSync(join(dist, `meetings/${m}/questions/index.html`)) ? page(`meetings/${m}/questions/index.html`) : '');
    const held = meetings.map(withQuestions).find((html) => html.includes('speed checks'));
    expect(held, 'a meeting page with the paper\'s question').toBeDefined();
    expect(held).toContain('40 checks were held');
    const actions = readdirSync(join(dist, 'actions')).filter((d) => d.startsWith('vsb-'));
    expect(actions.length).toBe(1);
    expect(page(`actions/${actions[0]}/index.html`)).toContain('publish the speed check results');
    // No page names the other police area.
    const named: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.html') && readFileSync(p, 'utf8').includes('Norfolk')) named.push(p.slice(dist.length));
      }
    };
    walk(dist);
    expect(named).toEqual([]);
  }, 600_000);
});
