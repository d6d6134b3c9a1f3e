/**
 * The language of a line of a paper, where the portal knows it: the agendas print the availability
 * notice in ten languages, one paragraph a line, and each wording is in src/i18n/<lang>.json (with
 * the paper's variants). A line that is one of those wordings, whatever phone number and e-mail it
 * gives, is marked with its language (and direction) on the paper's pages, so that screen readers
 * pronounce it in that language (WCAG 2.2 3.1.2). Every other line is the page's language.
 */
import { i18n } from '../i18n/i18n.ts';
import { directionOf, keyPaths, NOTICE_LANGUAGES, noticeTemplate } from '../notices/notice.ts';

export interface LineLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let matchers: { re: RegExp; language: LineLanguage }[] | undefined;

function build(): { re: RegExp; language: LineLanguage }[] {
  return NOTICE_LANGUAGES.flatMap((lang) =>
    keyPaths(i18n().getResourceBundle(lang, 'notice')).map((key) => {
      const parts = noticeTemplate(lang, key).split(/\{\{\s*\w+\s*\}\}/).map((p) => escape(p.trim()).replace(/\s+/g, '\\s+'));
      return { re: new RegExp(`^\\s*${parts.join('\\s*.+?\\s*')}\\s*$`, 'u'), language: { lang, dir: directionOf(lang) } };
    }),
  );
}

/** The language of one line, when it is a notice wording; undefined for the page's own language. */
export function lineLanguage(line: string): LineLanguage | undefined {
  if (line.trim().length < 20) return undefined;
  matchers ??= build();
  return matchers.find((m) => m.re.test(line))?.language;
}
