/**
 * `npm test`: every test, unit and browser, in this order:
 *   1. check we run on the pinned Node (24 or later), as npm scripts should;
 *   2. unit tests and the fidelity of src/content to the papers (vitest.config.ts), the component tests
 *      (vitest.components.config.ts), then the type check (astro check);
 *   3. find Chromium (installing Debian's package when root on Debian);
 *   4. build the site into dist/ (BUILD_DATE=2026-11-24 unless set; SKIP_BUILD=1 skips);
 *   5. site checks (among them the fidelity of the built pages to the papers) and browser tests on dist/
 *      (vitest.browser.config.ts);
 *   6. a summary with counts; exit code 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.ts';
import { describeCounts, ROOT, runVitest, type VitestCounts } from './browser-tests.ts';

const started = Date.now();
/** Counts of two vitest runs as one; the first error (a run broken outside its tests) is kept. */
function sumCounts(a: VitestCounts, b: VitestCounts): VitestCounts {
  const error = a.error ?? b.error;
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped, exitCode: a.exitCode || b.exitCode, ...(error ? { error } : {}) };
}
const REQUIRED_MAJOR = 24;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;
const step = (text: string): void => console.log(`\n=== ${text}`);

step(`Node ${process.versions.node} (${process.execPath})`);
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED_MAJOR) {
  console.error(`npm test needs Node ${REQUIRED_MAJOR} or later, but runs on Node ${process.versions.node}. Run it through npm (npm test), which uses the pinned "node" devDependency; run "npm ci" first if node_modules is missing.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

step('Unit tests (vitest.config.ts: src/lib/**/*.test.ts, tests/unit, tests/fidelity; vitest.components.config.ts: tests/components)');
const unitStart = Date.now();
// Two runs: the component tests load astro.config.mjs (getViteConfig), so a broken config must not stop the plain unit tests.
const unit = sumCounts(runVitest('vitest.config.ts'), runVitest('vitest.components.config.ts'));
const unitTime = Date.now() - unitStart;

step('Type check (astro check: every .ts and .astro file, tsconfig strictest)');
const checkStart = Date.now();
const typeCheck = spawnSync('npm', ['run', 'check'], { cwd: ROOT, stdio: 'inherit' });
const checkTime = Date.now() - checkStart;
const typeCheckFailed = typeCheck.status !== 0;

let browser: VitestCounts | undefined;
let browserTime = 0;
let blocker: string | undefined;

step('Chromium');
let chromium: string | undefined;
try {
  chromium = ensureChromium();
  console.log(`Using ${chromium}`);
} catch (error) {
  blocker = (error as Error).message;
  console.error(blocker);
}

const env = { ...process.env, BUILD_DATE: process.env['BUILD_DATE'] || '2026-11-24', ...(chromium ? { CHROMIUM_PATH: chromium } : {}) };
let buildTime = 0;
if (!blocker) {
  if (process.env['SKIP_BUILD'] === '1') {
    step('Build skipped (SKIP_BUILD=1): testing the existing dist/');
  } else {
    step(`Build (npm run build, BUILD_DATE=${env.BUILD_DATE})`);
    const buildStart = Date.now();
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env });
    buildTime = Date.now() - buildStart;
    if (build.status !== 0) {
      blocker = `npm run build failed (exit code ${build.status ?? build.signal}); the browser tests did not run`;
      console.error(blocker);
    }
  }
}

if (!blocker) {
  step('Site checks and browser tests (vitest.browser.config.ts: tests/site, tests/browser)');
  const browserStart = Date.now();
  browser = runVitest('vitest.browser.config.ts', [], env);
  browserTime = Date.now() - browserStart;
}

step('Summary');
console.log(`${describeCounts('unit', unit)} in ${seconds(unitTime)}`);
console.log(`type check: ${typeCheckFailed ? 'FAILED' : 'passed'} in ${seconds(checkTime)}`);
if (buildTime) console.log(`build: ${seconds(buildTime)}`);
if (browser) console.log(`${describeCounts('browser', browser)} in ${seconds(browserTime)}`);
else console.log(`browser: not run: ${blocker ?? 'unknown reason'}`);
console.log(`total time: ${seconds(Date.now() - started)}`);

const passed = unit.passed + (browser?.passed ?? 0);
// A run that could not happen or broke outside its tests counts as one failure, so the total never reads "0 failed".
const failed = unit.failed + (unit.error ? 1 : 0) + (typeCheckFailed ? 1 : 0) + (browser ? browser.failed + (browser.error ? 1 : 0) : 1);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
