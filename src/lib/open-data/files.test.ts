import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeOpenData } from '../../integrations/open-data-worker.ts';
import { reportSite } from '../reports/site.ts';
import { openDataResponse, openDataRoutes } from './routes.ts';
import type { BulkSummary } from './bulk.ts';
import { bulkFile, bulkFileNames, bulkRoutes, bulkSummary } from './site.ts';

const staging = mkdtempSync(join(tmpdir(), 'open-data-files-'));
afterAll(() => rmSync(staging, { recursive: true, force: true }));

const i18nDir = fileURLToPath(new URL('../../i18n/', import.meta.url));

describe('the open data files', () => {
  it('a build writes, straight from src/content, the same bytes the dev server serves through the routes', async () => {
    let summary: BulkSummary | undefined;
    const count = writeOpenData({ contentDir: inject('seedContent'), i18nDir, stagingDir: staging }, (s) => (summary = s));
    const rs = await reportSite();
    const bulk = await bulkFileNames();
    expect(count).toBe(2 * rs.tables.length + 2 * rs.indicators.length + bulk.length);
    // The bulk files: each kind of record's CSV and JSON, the data package and the zip; and what /data/ says of them.
    expect(bulk).toContain('datapackage.json');
    expect(bulk).toContain('open-scrutiny-data.zip');
    for (const file of bulk) {
      const { body } = await bulkFile(file);
      expect(readFileSync(join(staging, 'data', file)).equals(Buffer.from(body)), file).toBe(true);
    }
    expect(summary).toEqual(await bulkSummary());
    expect(summary?.datasets.every((d) => d.rows > 0 || d.name === 'inspection-grades')).toBe(true);
    expect(rs.tables.length).toBeGreaterThan(0);
    expect(rs.indicators.length).toBeGreaterThan(0);
    for (const kind of ['tables', 'indicators'] as const) {
      const routes = await openDataRoutes(kind);
      const written = readdirSync(join(staging, 'data', kind)).sort();
      expect(written).toEqual(routes.flatMap((r) => [`${r.params.id}.csv`, `${r.params.id}.json`]).sort());
      for (const file of written) {
        const [, id, format] = /^(.*)\.(csv|json)$/.exec(file) ?? [];
        // Bytes, not text: Response.text() would drop the CSV's byte-order mark.
        const served = Buffer.from(await (await openDataResponse(kind, id, format as 'csv' | 'json')).arrayBuffer());
        expect(readFileSync(join(staging, 'data', kind, file)).equals(served), `${kind}/${file}`).toBe(true);
      }
    }
  });

  it('the dev server\'s bulk routes name each file without its extension, every file once', async () => {
    const routes = await Promise.all((['csv', 'json', 'zip'] as const).map(async (ext) => (await bulkRoutes(ext)).map((r) => `${r.params.name}.${ext}`)));
    expect(routes.flat().sort()).toEqual((await bulkFileNames()).sort());
    expect(await bulkRoutes('zip')).toEqual([{ params: { name: 'open-scrutiny-data' } }]);
    await expect(bulkFile('no-such.csv')).rejects.toThrow('/data/no-such.csv: no such file');
  });

  it('a route asked for an id that does not exist says which', async () => {
    await expect(openDataResponse('tables', 'no-such-table', 'csv')).rejects.toThrow('/data/tables/no-such-table.csv: no such table');
  });
});
