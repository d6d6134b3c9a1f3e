/**
 * The dev server's routes for the per-table and per-indicator downloads (src/pages/data/tables/,
 * src/pages/data/indicators/). A build lists no paths for them: the open-data integration writes
 * the same files all at once (src/lib/open-data/files.ts), which is much faster than a route per file.
 */
import { reportSite } from '../reports/site.ts';
import { indicatorFiles, tableFiles } from './files.ts';

type Kind = 'tables' | 'indicators';

/** The paths to serve: every table's or indicator's id in the dev server, none in a build. */
export async function openDataRoutes(kind: Kind): Promise<{ params: { id: string } }[]> {
  if (import.meta.env.OS_BUILD) return [];
  const rs = await reportSite();
  return (kind === 'tables' ? rs.tables : rs.indicators).map((e) => ({ params: { id: e.id } }));
}

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** One table's or indicator's CSV or JSON, the same bytes the build writes. */
export async function openDataResponse(kind: Kind, id: string | undefined, format: 'csv' | 'json'): Promise<Response> {
  const rs = await reportSite();
  const tableOf = (tableId: string) => rs.site.tableById.get(tableId)?.data;
  const files =
    kind === 'tables'
      ? (() => {
          const table = rs.site.tableById.get(id ?? '');
          return table && tableFiles(table);
        })()
      : (() => {
          const ind = rs.indicatorById.get(id ?? '');
          return ind && indicatorFiles(ind, tableOf);
        })();
  if (!files) throw new Error(`/data/${kind}/${id}.${format}: no such ${kind === 'tables' ? 'table' : 'indicator'}`);
  return new Response(files[format].text, { headers: { 'Content-Type': TYPES[format] } });
}
