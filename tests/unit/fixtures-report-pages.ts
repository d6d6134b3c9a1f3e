/** Schema-checked example tables from src/components/DataTable/examples/, shared by the report-pages unit tests. */
import { readFileSync } from 'node:fs';
import { tableSchema, type DataTable } from '../../src/schemas/tables.ts';

export function example(name: 'budget' | 'grouped' | 'subheaders' | 'group-label' | 'periods' | 'transposed-2023' | 'transposed-2024'): DataTable {
  const url = new URL(`../../src/components/DataTable/examples/${name}.json`, import.meta.url);
  return tableSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}
