/**
 * The bulk download as a zip (fflate): the files in the order given, each with the same fixed
 * timestamp (1 January 1980, the zip format's earliest), so the same content always gives the
 * same bytes, whenever and wherever it is built.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Local-time parts, as zip stores them: the same stored date in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipFile {
  /** Path inside the zip. */
  name: string;
  /** Contents, written as UTF-8. */
  text: string;
}

/** A zip holding the files in this order, compressed with DEFLATE at the highest level. */
export function zipFiles(files: readonly ZipFile[]): Uint8Array<ArrayBuffer> {
  const names = new Set<string>();
  const data: Zippable = {};
  for (const f of files) {
    if (names.has(f.name)) throw new Error(`zip: two files named "${f.name}"`);
    names.add(f.name);
    data[f.name] = [strToU8(f.text), { mtime: FIXED_TIME, level: 9 }];
  }
  // A copy on a plain ArrayBuffer, which a Response body accepts.
  return new Uint8Array(zipSync(data, { mtime: FIXED_TIME, level: 9 }));
}
