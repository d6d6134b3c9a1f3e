/**
 * Helpers for the per-kind parser tests: one folder of fixture papers per kind of paper the importer
 * recognises by its content (tests/fixtures/parsers/<kind>/), one test file per kind here. The
 * fixtures are written for these tests (fictional dates, people and wording in the publisher's
 * conventions); the tests check the rules and the values of the fixtures, never the real papers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAliases, type Aliases } from '../../../../importer/aliases.ts';
import { dispatch, PARSERS, type DispatchResult } from '../../../../importer/meetings-dispatch.ts';
import { draftsOf, toSourceDoc, type SourceDoc } from '../../../../importer/source.ts';
import { ROOT } from '../meetings-helpers.ts';

export const PARSER_FIXTURES = join(ROOT, 'tests/fixtures/parsers');

/** A fixture paper of one kind (tests/fixtures/parsers/<kind>/<name>). */
export function kindDoc(kind: string, name: string): SourceDoc {
  return toSourceDoc(name, readFileSync(join(PARSER_FIXTURES, kind, name), 'utf8'));
}

/** No recorded decisions: the paper must say what it is. */
export const noDecisions = (): Aliases => parseAliases({});

/** Dispatch a paper as the importer does: recognised by its content alone (or with the decisions given). */
export function read(doc: SourceDoc, aliases: Aliases = noDecisions()): DispatchResult {
  return dispatch(doc, aliases, PARSERS);
}

/** The parsers that claimed lines of the paper ("agenda", "minutes", "reports", …), in order, once each. */
export const claimedBy = (r: DispatchResult): string[] => [...new Set(r.claims.map((c) => c.by))];

/** The kind of paper the documents entry records ("agenda-pack", "minutes", "meeting-summary"). */
export function paperKind(r: DispatchResult): string | undefined {
  return draftsOf(r.entries, 'documents')[0]?.data.kind;
}
