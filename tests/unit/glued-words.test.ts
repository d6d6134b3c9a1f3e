import { describe, expect, it } from 'vitest';
import { gluedWords } from '../site/glued.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

describe('words search would glue together', () => {
  it('finds a term glued to its definition, a header to its cell and lines split by <br>', () => {
    expect(gluedWords(page('<dl><dt>Venue</dt><dd>Conference Room</dd></dl>'))).toEqual(['Venue⟂Conference']);
    expect(gluedWords(page('<table><tr><th>Figure</th><th>Last</th></tr></table>'))).toEqual(['Figure⟂Last']);
    expect(gluedWords(page('<p>Hollie Adams<br>Norfolk County Council</p>'))).toEqual(['Adams⟂Norfolk']);
  });
  it('accepts whitespace between them, and the elements Pagefind itself separates', () => {
    expect(gluedWords(page('<dl><dt>Venue</dt> <dd>Conference Room</dd></dl>'))).toEqual([]);
    expect(gluedWords(page('<p>Hollie Adams<br>\nNorfolk</p>'))).toEqual([]);
    expect(gluedWords(page('<ul><li>Agenda</li><li>Minutes</li></ul><h2>Actions</h2><p>Raised</p>'))).toEqual([]);
    expect(gluedWords(page('<table><tr><td>1</td><td>2</td></tr></table>'))).toEqual([]);
  });
  it('keeps words split only by inline markup, and ignores what search does not index', () => {
    expect(gluedWords(page('<p><strong>M</strong>obile and <abbr title="x">PCC</abbr>s</p>'))).toEqual([]);
    expect(gluedWords(page('<div data-pagefind-ignore><dl><dt>A</dt><dd>B</dd></dl></div>'))).toEqual([]);
    expect(gluedWords('<html><body><main><dl><dt>A</dt><dd>B</dd></dl></main></body></html>')).toEqual([]);
  });
});
