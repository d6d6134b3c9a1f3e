/**
 * `npm run test:browser`: the site checks and browser tests (vitest.browser.config.ts) against the
 * already-built site in dist/ (or $SITE_DIR). Extra arguments go to vitest, e.g. a file filter.
 * `npm test` runs this after the unit tests and the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';

export const ROOT = resolve(import.meta.dirname, '..');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

export interface VitestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** vitest's exit code; non-zero with failed = 0 means it broke outside a test (setup error, unhandled error). */
  exitCode: number;
  /** Why the run counts as failed although no test failed, if it does. */
  error?: string;
}

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

/** Runs vitest (on this Node) with a config, output to the terminal, and returns its counts. */
export function runVitest(config: string | undefined, args: string[] = [], env: NodeJS.ProcessEnv = process.env): VitestCounts {
  const dir = mkdtempSync(join(tmpdir(), 'open-scrutiny-vitest-'));
  const jsonFile = join(dir, 'report.json');
  try {
    const run = spawnSync(
      process.execPath,
      [VITEST, 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...args],
      { cwd: ROOT, stdio: 'inherit', env },
    );
    const exitCode = run.status ?? 1;
    let report: JsonReport | undefined;
    try {
      report = JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonReport;
    } catch {
      report = undefined;
    }
    if (!report) return { passed: 0, failed: 0, skipped: 0, exitCode, error: `vitest did not finish (exit code ${exitCode}, no report)` };
    const counts: VitestCounts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
      exitCode,
    };
    if (exitCode !== 0 && counts.failed === 0) counts.error = `vitest exited with code ${exitCode} (an error outside the tests; see above)`;
    return counts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Finds (or, as root on Debian, installs) Chromium and runs the browser suite. */
export function runBrowserTests(args: string[] = []): VitestCounts {
  const chromium = ensureChromium();
  return runVitest('vitest.browser.config.ts', args, { ...process.env, CHROMIUM_PATH: chromium });
}

export function describeCounts(label: string, c: VitestCounts): string {
  return `${label}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${c.error ? ` (${c.error})` : ''}`;
}

if (import.meta.main) {
  let counts: VitestCounts;
  try {
    counts = runBrowserTests(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(describeCounts('browser', counts));
  process.exit(counts.failed > 0 || counts.error ? 1 : 0);
}
