/**
 * Cross-entry reference checks, run once per build over all collections.
 * Every broken reference becomes one readable line naming the entry file and field.
 */
export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

export interface RefRule {
  /** Collection holding the referring entries. */
  from: string;
  /** Dotted path to the field; `[]` walks arrays, e.g. "updates[].meeting". */
  field: string;
  /** Collection the id must exist in. */
  to: string;
}

function valuesAt(data: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [data];
  const [head, ...rest] = path as [string, ...string[]];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const next = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  if (next === undefined || next === null) return [];
  if (isArray) return Array.isArray(next) ? next.flatMap((item) => valuesAt(item, rest)) : [];
  return valuesAt(next, rest);
}

/** Returns one message per broken reference; empty when all resolve. */
export function checkReferences(collections: Record<string, EntryLike[]>, rules: RefRule[]): string[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: string[] = [];
  for (const rule of rules) {
    const target = ids.get(rule.to);
    for (const entry of collections[rule.from] ?? []) {
      for (const value of valuesAt(entry.data, rule.field.split('.'))) {
        if (typeof value !== 'string') continue;
        if (!target?.has(value)) {
          problems.push(
            `${entry.filePath ?? `${rule.from}/${entry.id}`}: field "${rule.field}" refers to "${value}", but there is no such entry in the "${rule.to}" collection`,
          );
        }
      }
    }
  }
  return problems;
}
