/**
 * The search index build (scripts/search-index.ts) on a small site written here: every searchable
 * page is indexed once, and Pagefind cuts its word index into chunks of INDEX_CHUNK_SIZE word
 * positions (a setting Pagefind marks unstable: this fails if a Pagefind release stops honouring it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { INDEX_CHUNK_SIZE, PAGEFIND, buildSearchIndexes, readPageFacts } from '../../scripts/search-index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A page of `words` words, searchable, in `year`. */
function page(year: number | null, words: string[]): string {
  const yearAttr = year === null ? '' : ` data-pf-year="${year}"`;
  return `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><main data-pagefind-body${yearAttr}><h1>Page</h1><p>${words.join(' ')}</p></main></body></html>`;
}

describe('search index build', () => {
  test('reads a page only for whether it is searchable and its year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'os-search-facts-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.html'), page(2024, ['alpha']));
    writeFileSync(join(dir, 'b.html'), '<!doctype html><html lang="en-GB"><body><main><h1>Not searched</h1></main></body></html>');
    expect(readPageFacts(join(dir, 'a.html'))).toEqual({ searchable: true, year: 2024 });
    expect(readPageFacts(join(dir, 'b.html'))).toEqual({ searchable: false, year: null });
  });

  test('indexes every searchable page, in smaller index chunks than Pagefind makes by default', async () => {
    const site = mkdtempSync(join(tmpdir(), 'os-search-chunks-'));
    dirs.push(site);
    const pages = 40;
    const perPage = 300;
    for (let p = 0; p < pages; p++) {
      mkdirSync(join(site, `p${p}`));
      const words = Array.from({ length: perPage }, (_, w) => `w${String((p * 7 + w) % 900).padStart(3, '0')}x`);
      writeFileSync(join(site, `p${p}`, 'index.html'), page(2024, words));
    }
    const periods = await buildSearchIndexes(site);
    expect(periods.reduce((n, p) => n + p.pages, 0)).toBe(pages);
    const chunks = (bundle: string): number => readdirSync(join(site, bundle, 'index')).filter((f) => f.endsWith('.pf_index')).length;
    // The same pages indexed by Pagefind with its default chunk size (20,000 positions), for comparison.
    const env = { ...process.env };
    delete env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    const plain = spawnSync(process.execPath, [PAGEFIND, '--site', site, '--output-subdir', 'pagefind-default'], { env, encoding: 'utf8' });
    expect(plain.status, plain.stderr).toBe(0);
    expect(chunks('pagefind-default')).toBeGreaterThan(0);
    expect(INDEX_CHUNK_SIZE).toBeLessThan(20_000);
    expect(chunks('pagefind')).toBeGreaterThanOrEqual(2 * chunks('pagefind-default'));
  });
});
