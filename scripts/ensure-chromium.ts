/**
 * Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 *
 * If neither exists and we are root on Debian, installs Debian's `chromium` package with apt-get.
 * Otherwise stops with a message that says how to install it. Never downloads a browser build.
 *
 * CLI: `node scripts/ensure-chromium.ts` prints the path (exit 0) or the reason (exit 1).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const INSTALL_HELP = [
  'The browser tests need Debian\'s Chromium (package "chromium").',
  'Install it with:  sudo apt-get install chromium',
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, e.g.  CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium binary to use, or undefined when none is present. Throws if CHROMIUM_PATH is set but unusable. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const wanted = env['CHROMIUM_PATH'];
  if (wanted !== undefined && wanted !== '') {
    if (!isExecutable(wanted)) throw new Error(`CHROMIUM_PATH is set to "${wanted}", but no executable file is there.\n${INSTALL_HELP}`);
    return wanted;
  }
  return isExecutable(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined;
}

/** Whether we may install Chromium ourselves: root on Debian (or a Debian derivative). */
export function canAptInstall(): boolean {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Returns a Chromium path, installing Debian's package first when allowed. Throws with install help otherwise. */
export function ensureChromium(env: Record<string, string | undefined> = process.env): string {
  const found = findChromium(env);
  if (found) return found;
  if (!canAptInstall()) throw new Error(`Chromium was not found at ${DEFAULT_CHROMIUM} and CHROMIUM_PATH is not set.\n${INSTALL_HELP}`);
  console.log(`Chromium is missing: installing Debian's "chromium" package with apt-get (we are root on Debian).`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (run.status !== 0) throw new Error(`"apt-get ${args.join(' ')}" failed (exit ${run.status ?? run.signal}).\n${INSTALL_HELP}`);
  }
  const installed = findChromium(env);
  if (!installed) throw new Error(`apt-get installed "chromium" but ${DEFAULT_CHROMIUM} is still missing.\n${INSTALL_HELP}`);
  return installed;
}

if (import.meta.main) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
