import { describe, expect, it } from 'vitest';
import { linkTarget, safeHref } from './safe-href.ts';
import { parseInline, plainText } from '../text/inline.ts';

/** Targets that must never become an href, each with the reason it is hostile. */
const HOSTILE: [string, string][] = [
  ['javascript:alert(1)', 'script URL'],
  ['JaVaScRiPt:alert(1)', 'script URL in mixed case'],
  [' javascript:alert(1)', 'leading space (browsers strip it)'],
  ['\u0000javascript:alert(1)', 'leading NUL (browsers strip it)'],
  ['\u001fjavascript:alert(1)', 'leading control character'],
  ['java\tscript:alert(1)', 'tab inside the scheme (browsers drop it)'],
  ['java\nscript:alert(1)', 'newline inside the scheme (browsers drop it)'],
  ['&#x6a;avascript:alert(1)', 'HTML entity for the first letter'],
  ['&#106;avascript:alert(1)', 'decimal HTML entity'],
  ['javascript&colon;alert(1)', 'named entity for the colon'],
  ['data:text/html,<script>alert(1)</script>', 'data URL'],
  ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'base64 data URL'],
  ['vbscript:msgbox(1)', 'VBScript URL'],
  ['file:///etc/passwd', 'local file'],
  ['//evil.example/', 'protocol-relative: another site under the page scheme'],
  ['\\\\evil.example\\share', 'backslashes, read as // by browsers'],
  ['/reports/x/', 'relative path'],
  ['ftp://example.org/file', 'a scheme not on the list'],
  ['blob:https://example.org/1', 'blob URL'],
];

/** Targets that stay links. */
const BENIGN: [string, boolean][] = [
  ['http://www.norfolk-pcc.gov.uk/', true],
  ['https://www.norfolk-pcc.gov.uk/about/', true],
  ['HTTPS://EXAMPLE.ORG/Path?q=1#frag', true],
  ['mailto:opccn@norfolk.police.uk', false],
  ['tel:01953424455', false],
  ['tel:+441953424455', false],
];

describe('safeHref', () => {
  it.each(HOSTILE)('refuses %j (%s)', (target) => {
    expect(safeHref(target)).toBeNull();
    expect(linkTarget(target).kind).toBe('refused');
  });

  it.each(BENIGN)('keeps %j exactly as written', (target, external) => {
    expect(safeHref(target)).toBe(target);
    expect(linkTarget(target)).toEqual({ kind: 'link', href: target, external });
  });

  it('treats empty and # targets as lost links, not as refused ones', () => {
    for (const target of [undefined, null, '', ' ', '#', ' # ']) expect(linkTarget(target), String(target)).toEqual({ kind: 'lost' });
  });

  it('says why a target is refused', () => {
    expect(linkTarget('JaVaScRiPt:alert(1)')).toMatchObject({ why: 'the scheme javascript: is not http:, https:, mailto: or tel:' });
    expect(linkTarget('//evil.example/')).toMatchObject({ why: 'not an absolute address' });
    expect(linkTarget(' https://example.org/')).toMatchObject({ why: 'white space or a control character in the target' });
  });
});

describe('parseInline links', () => {
  it('makes web, e-mail and phone targets links', () => {
    expect(parseInline('see [the plan](https://example.org/plan) now')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', href: 'https://example.org/plan', children: [{ kind: 'text', text: 'the plan' }] },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('keeps lost targets as lost links', () => {
    expect(parseInline('[the plan](#)')).toEqual([{ kind: 'link', href: null, children: [{ kind: 'text', text: 'the plan' }] }]);
    expect(parseInline('[the plan]()')).toEqual([{ kind: 'link', href: null, children: [{ kind: 'text', text: 'the plan' }] }]);
  });

  it('leaves a link with any other target as the literal text the papers print', () => {
    for (const [target] of HOSTILE) {
      // The inline syntax stops a target at white space or ")": only the targets it can carry.
      if (/[\s)]/.test(target)) continue;
      const text = `before [**x**](${target}) after`;
      expect(parseInline(text), target).toEqual([
        { kind: 'text', text: 'before ' },
        { kind: 'text', text: `[**x**](${target})` },
        { kind: 'text', text: ' after' },
      ]);
      expect(plainText(text)).toBe(text);
    }
  });
});
