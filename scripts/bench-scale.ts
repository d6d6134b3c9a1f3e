/**
 * Build-cost benchmark: does build time grow linearly with the number of meetings?
 *
 * Copies the project to a temp dir (node_modules linked), adds N synthetic
 * meetings cloned from a real one with shifted dates, and times `astro build`
 * for each N. The synthetic meetings exist only in the temp copy; nothing is
 * added to the portal. Usage: npm run bench:scale -- 0 500 2000
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0);
if (sizes.length === 0) sizes.push(0, 500, 2000);
const template = JSON.parse(readFileSync(join(root, 'src/content/meetings/2024-10-08-pcc-accountability-meeting.json'), 'utf8'));

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const rows: Array<{ extra: number; pages: number; seconds: number }> = [];
for (const extra of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'os-scale-'));
  try {
    for (const part of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    for (let k = 0; k < extra; k++) {
      const date = addDays('2030-01-01', k);
      const id = `${date}-pcc-accountability-meeting`;
      const m = { ...template, date: { kind: 'exact', date }, dateClaims: [], dateConflict: undefined, nextMeeting: undefined, status: 'scheduled', minutes: [], mentions: [{ source: { doc: '001_1defd7e170de073f', line: 7 }, text: 'synthetic benchmark meeting' }] };
      writeFileSync(join(dir, 'src/content/meetings', `${id}.json`), JSON.stringify(m));
    }
    const started = performance.now();
    const out = execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, BUILD_DATE: '2026-11-24', ASTRO_CACHE_DIR: join(dir, '.cache') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? NaN);
    rows.push({ extra, pages, seconds });
    console.log(`+${extra} meetings: ${pages} pages in ${seconds.toFixed(1)} s (${((seconds * 1000) / pages).toFixed(1)} ms/page)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (rows.length >= 2) {
  const [a, b] = [rows[0]!, rows[rows.length - 1]!];
  console.log(`marginal cost: ${(((b.seconds - a.seconds) * 1000) / (b.pages - a.pages)).toFixed(1)} ms per extra page`);
}
