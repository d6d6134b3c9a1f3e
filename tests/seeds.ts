/** Where the tests read the source papers: the copies committed in papers/ (SEEDS_DIR overrides). */
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR: string = process.env['SEEDS_DIR'] ?? fileURLToPath(new URL('../papers/', import.meta.url));
