/**
 * `npm run import -- <paper.txt> [...] [--all] [--force] [--dry-run]`
 * Reads papers in the seeds' text format and writes validated content to src/content.
 * See importer/cli.ts.
 */
import { run } from '../importer/cli.ts';

const result = await run(process.argv.slice(2));
// Problems go to stderr, everything else to stdout.
for (const line of result.log) (/^(?:error: |nothing was written)/.test(line) ? console.error : console.log)(line);
process.exitCode = result.ok ? 0 : 1;
