import { afterEach, describe, expect, it } from 'vitest';
import { markPageBytes, type AbbrTerm } from './abbr.ts';
import { sharedMarker, startMarker } from './marker.ts';

const TERMS: AbbrTerm[] = [
  { term: 'PCC', id: 'pcc', title: 'Police and Crime Commissioner' },
  { term: 'ACC', id: 'acc', title: 'Assistant Chief Constable' },
];
const page = (main: string): string =>
  `<!doctype html><html lang="en-GB"><head><title>PCC</title></head><body><header>PCC</header><main id="main">${main}</main><footer>PCC</footer></body></html>`;

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe('the marking worker', () => {
  it('gives each page the bytes markPageBytes gives, pages sent at once coming back to their own callers', async () => {
    stop = startMarker(TERMS);
    const mark = sharedMarker();
    expect(mark).toBeDefined();
    const utf8 = new TextEncoder();
    const pages = [page('<p>The PCC and the ACC; PCC again.</p>'), page('<p>No acronyms here.</p>'), page('<p>Café – “ACC” £5</p>'), page('<p>PCC</p>')];
    const expected = pages.map((html) => new TextDecoder().decode(markPageBytes(utf8.encode(html), TERMS).bytes));
    const marked = await Promise.all(pages.map((html) => mark!(utf8.encode(html))));
    expect(marked.map((bytes) => new TextDecoder().decode(bytes))).toEqual(expected);
    expect(expected[0]).toContain('<abbr');
  });

  it('is shared only while it runs', async () => {
    const stopIt = startMarker(TERMS);
    expect(sharedMarker()).toBeDefined();
    await stopIt();
    expect(sharedMarker()).toBeUndefined();
  });
});
