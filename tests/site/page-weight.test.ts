/**
 * Page weight of the built site stays within the budgets of scripts/page-weight.ts (`npm run page-weight`):
 * the median page's HTML gzipped and the share of pages without JavaScript; a page loads a script only for an
 * element that uses it. Reads the files only.
 */
import { describe, expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, measurePageWeight, scriptsRun } from '../../scripts/page-weight.ts';

describe('page weight', () => {
  const weight = measurePageWeight(siteDir());

  test('the build has pages to weigh', () => {
    expect(weight.pages).toBeGreaterThan(0);
  });

  test(`the median page is at most ${BUDGETS.medianGzipKB} KB gzipped`, () => {
    expect(weight.medianGzipBytes / 1024).toBeLessThanOrEqual(BUDGETS.medianGzipKB);
  });

  // Charts are drawn in the HTML and lists search through the search page, so what loads JavaScript no longer
  // depends on the papers: only the search page and the glossary's in-page filter. Every script is progressive
  // enhancement of its element (see tests/browser for the pages working without JavaScript).
  test("a page loads a component's script only when it has that component's element", () => {
    const uses: Record<string, string> = { Filter: '<os-filter', Search: '<os-search' };
    const wrong: string[] = [];
    for (const file of weight.withJs) {
      const html = readFileSync(join(siteDir(), file), 'utf8');
      for (const src of scriptsRun(html)) {
        const component = /\/_astro\/(\w+)\.astro_astro_type_script/.exec(src)?.[1];
        const element = component === undefined ? undefined : uses[component];
        if (element === undefined) wrong.push(`${file}: ${src} is not the script of a known component (Filter, Search)`);
        else if (!html.includes(element)) wrong.push(`${file}: loads ${src} but has no ${element}>`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('only the search page and the glossary load JavaScript, so any site of 100 pages or more is within the budget', () => {
    expect(weight.withJs.sort()).toEqual(['glossary/index.html', 'search/index.html'].filter((f) => existsSync(join(siteDir(), f))));
    if (weight.pages >= 100) expect(weight.withoutJsShare).toBeGreaterThanOrEqual(BUDGETS.withoutJsShare);
  });

  test('what counts as JavaScript: scripts with a src, module and inline scripts; not JSON-LD or other data blocks', () => {
    expect(scriptsRun('<script src="/a.js"></script><script type="module">x</script><script>y</script>')).toEqual(['/a.js', 'inline module', 'inline']);
    expect(scriptsRun('<script type="application/ld+json">{}</script><script type="importmap">{}</script><!-- <script src="/b.js"></script> -->')).toEqual([]);
    expect(scriptsRun('<SCRIPT TYPE="Text/JavaScript; charset=utf-8" SRC="/c.js"></SCRIPT>')).toEqual(['/c.js']);
  });
});
