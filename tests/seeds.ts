/**
 * Where the tests read papers.
 *
 * - SEEDS_DIR: the five seed papers as a fixed fixture copy (tests/fixtures/seed-papers/), for unit tests
 *   that parse them and check what they say. Adding a paper to papers/ each quarter cannot change them.
 *   The SEEDS_DIR environment variable overrides it.
 * - PAPERS_DIR: the papers the portal is built from (papers/), for the fidelity checks, which are rules
 *   (every number and sentence of every paper reaches the content and the pages). PAPERS_DIR overrides it.
 */
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR: string = process.env['SEEDS_DIR'] ?? fileURLToPath(new URL('./fixtures/seed-papers/', import.meta.url));

export const PAPERS_DIR: string = process.env['PAPERS_DIR'] ?? fileURLToPath(new URL('../papers/', import.meta.url));
