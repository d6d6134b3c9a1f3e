/**
 * Page weight of the built site stays within the budgets of scripts/page-weight.ts (`npm run page-weight`):
 * the median page's HTML gzipped, and the share of pages that load no JavaScript. Reads the files only.
 */
import { describe, expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { BUDGETS, measurePageWeight, percent, scriptsRun } from '../../scripts/page-weight.ts';

describe('page weight', () => {
  const weight = measurePageWeight(siteDir());

  test('the build has pages to weigh', () => {
    expect(weight.pages).toBeGreaterThan(0);
  });

  test(`the median page is at most ${BUDGETS.medianGzipKB} KB gzipped`, () => {
    expect(weight.medianGzipBytes / 1024).toBeLessThanOrEqual(BUDGETS.medianGzipKB);
  });

  test(`at least ${percent(BUDGETS.withoutJsShare)} of pages load no JavaScript`, () => {
    const scripts = [...weight.scripts].map(([src, n]) => `${n} × ${src}`).join(', ');
    expect(weight.withoutJsShare, `${weight.withJs.length} of ${weight.pages} pages load JavaScript: ${scripts}`).toBeGreaterThanOrEqual(BUDGETS.withoutJsShare);
  });

  test('what counts as JavaScript: scripts with a src, module and inline scripts; not JSON-LD or other data blocks', () => {
    expect(scriptsRun('<script src="/a.js"></script><script type="module">x</script><script>y</script>')).toEqual(['/a.js', 'inline module', 'inline']);
    expect(scriptsRun('<script type="application/ld+json">{}</script><script type="importmap">{}</script><!-- <script src="/b.js"></script> -->')).toEqual([]);
    expect(scriptsRun('<SCRIPT TYPE="Text/JavaScript; charset=utf-8" SRC="/c.js"></SCRIPT>')).toEqual(['/c.js']);
  });
});
