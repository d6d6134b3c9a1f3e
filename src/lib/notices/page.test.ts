import { describe, expect, it } from 'vitest';
import { meetingIndex } from '../meetings/index.ts';
import { NOTICE_LANGUAGES } from './notice.ts';
import { languagesPage } from './page.ts';

describe('languagesPage (on the portal content)', () => {
  it('every notice language, in the papers order; each meeting printing the notice is listed for each language once at most per wording', async () => {
    const index = await meetingIndex();
    const page = await languagesPage();
    const printing = index.ordered.filter((v) => v.entry.data.languageNotice);
    expect(page.printedOn.map((m) => m.href)).toEqual(printing.map((v) => `/meetings/${v.id}/`));
    expect(page.languages.map((l) => l.code)).toEqual([...NOTICE_LANGUAGES]);
    for (const l of page.languages) {
      expect(l.english.length).toBeGreaterThan(0);
      const listed = [...(l.defaultPrintedOn ?? []), ...l.variants.flatMap((v) => v.printedOn)].map((m) => m.href);
      expect(new Set(listed).size).toBe(listed.length);
      if (l.variants.length === 0) expect(l.defaultPrintedOn).toBeUndefined();
    }
    expect(page.email).toContain('@');
  });
});
