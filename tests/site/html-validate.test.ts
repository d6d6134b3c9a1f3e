/** html-validate (html-validate:recommended, see .htmlvalidate.json) on every built page: zero errors. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDir } from '../browser/helpers.ts';
import { htmlFiles, validateHtmlFile } from './checks.ts';

const dir = siteDir();
const files = htmlFiles(dir);

test('the build has pages to validate', () => {
  expect(files).toContain('index.html');
});

describe.concurrent('html-validate', () => {
  test.for(files)('%s', async (file) => {
    const errors = await validateHtmlFile(join(dir, file), file);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
