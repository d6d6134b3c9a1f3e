/**
 * `npm run import -- <paper.txt> [...] [--all] [--force] [--dry-run]`
 * Reads papers in the seeds' text format and writes validated content to src/content.
 * See importer/cli.ts.
 */
import { run } from '../importer/cli.ts';

const result = await run(process.argv.slice(2));
for (const line of result.log) console.log(line);
process.exitCode = result.ok ? 0 : 1;
