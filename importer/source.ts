/**
 * The importer's contract. Parsers read a `SourceDoc` (one seed-format text
 * file) and return `EntryDraft`s in the exact shape of the content schemas in
 * `src/schemas/`. Bad input throws `ImportError`, which names the file, the
 * line and what was expected; the CLI then writes nothing.
 */
export interface SourceDoc {
  /** Document id: the file name without `.txt`, e.g. `001_1defd7e170de073f`. */
  id: string;
  /** File name, e.g. `001_1defd7e170de073f.txt`. */
  file: string;
  /** The file's lines; `lines[0]` is line 1. */
  lines: string[];
}

export type CollectionName =
  | 'bodies'
  | 'documents'
  | 'meetings'
  | 'questions'
  | 'actions'
  | 'reports'
  | 'tables'
  | 'figures'
  | 'plans'
  | 'grid'
  | 'inspections'
  | 'people'
  | 'glossary';

/** One content entry to be written as JSON: `src/content/<collection>/<id>.json`. */
export interface EntryDraft {
  collection: CollectionName;
  /** Entry id = file name without extension. Lower-case slug. */
  id: string;
  data: Record<string, unknown>;
}

export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly expected: string;
  /** The text found at that place, as printed (quoted when shown). */
  readonly found: string | undefined;
  /** What was found, in words, when it is not a text to quote ("an empty file (0 bytes)"). */
  readonly description: string | undefined;
  /** What to do about it. */
  readonly hint: string | undefined;
  constructor(file: string, line: number | undefined, expected: string, found?: string, more: { description?: string; hint?: string } = {}) {
    const where = line === undefined ? file : `${file}:${line}`;
    const got = found === undefined ? '' : `; found ${JSON.stringify(found.length > 120 ? `${found.slice(0, 117)}...` : found)}`;
    const said = more.description === undefined ? '' : `; found ${more.description}`;
    super(`${where}: expected ${expected}${got}${said}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.expected = expected;
    this.found = found;
    this.description = more.description;
    this.hint = more.hint;
  }
}

/** One refusal as the importer reports it: `<file>:<line>: <found> — expected <…>. Hint: <…>`. */
export interface Refusal {
  file: string;
  line?: number | undefined;
  /** Text from the paper, quoted when shown. */
  found?: string | undefined;
  /** What was found, in words. */
  description?: string | undefined;
  expected: string;
  hint?: string | undefined;
}

const quote = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);

export function formatRefusal(r: Refusal): string {
  const where = r.line === undefined ? r.file : `${r.file}:${r.line}`;
  const found = [r.found === undefined ? undefined : `found ${quote(r.found)}`, r.description].filter((x) => x !== undefined).join(': ');
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  return `${where}: ${found ? `${found} — ` : ''}expected ${sentence(r.expected)}${r.hint ? ` Hint: ${sentence(r.hint)}` : ''}`;
}

/**
 * Validate a draft's data against its content schema; on failure throw an
 * ImportError naming the file, the line and the first failing field.
 */
export function assertSchema(
  schema: { safeParse(data: unknown): { success: true } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } },
  data: unknown,
  file: string,
  line: number | undefined,
  what: string,
): void {
  const checked = schema.safeParse(data);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new ImportError(file, line, `${what} (${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''})`);
}

/** Read a seed-format text into a SourceDoc. The files have LF endings and no final newline. */
export function toSourceDoc(file: string, text: string): SourceDoc {
  const base = file.replace(/^.*[\\/]/, '');
  return { id: base.replace(/\.txt$/, ''), file: base, lines: text.replace(/\r\n?/g, '\n').split('\n') };
}
