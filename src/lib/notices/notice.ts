/**
 * The papers' multilingual availability notice ("if you would like a copy of
 * this document in <language>, contact …"), kept as i18next resources in
 * `src/i18n/<bcp47>.json` (namespace `notice`). The office's phone and e-mail
 * are interpolated from `siteConfig.office`, never repeated in the strings.
 */
import { i18n, UI_LANG } from '../i18n/i18n.ts';
import { siteConfig } from '../../site.config.ts';
import { getOrMake } from '../content/group.ts';

/** The languages of the notice, in the order the papers print them. */
export const NOTICE_LANGUAGES = ['bg', 'hu', 'lt', 'ml', 'pl', 'pt', 'ro', 'ru', 'es', 'ar'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** The default key of the notice in each language file. */
export const NOTICE_KEY = 'notice';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Text direction of a language. */
export function directionOf(code: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** Values interpolated into every notice. */
export function noticeValues(): Record<'phone' | 'phoneCompact' | 'email', string> {
  const { phone, phoneCompact, email } = siteConfig.office;
  return { phone, phoneCompact, email };
}

/** The raw template of a notice key in a language (placeholders intact). Throws when it is missing. */
export function noticeTemplate(code: string, key: string = NOTICE_KEY): string {
  const value: unknown = i18n().getResource(code, 'notice', key);
  if (typeof value !== 'string') {
    throw new Error(`i18n: missing notice string "${key}" in src/i18n/${code}.json`);
  }
  return value;
}

/** A run of a notice: plain text, or an interpolated value (phone, e-mail) to be isolated for bidi. */
export type NoticeSegment = { kind: 'text'; text: string } | { kind: 'value'; name: string; text: string };

/** A notice split into text and interpolated values, so pages can wrap values in <bdi dir="ltr">. */
export function noticeSegments(code: string, key: string = NOTICE_KEY): NoticeSegment[] {
  const template = noticeTemplate(code, key);
  const values: Record<string, string> = noticeValues();
  const out: NoticeSegment[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    if (m.index > last) out.push({ kind: 'text', text: template.slice(last, m.index) });
    const name = m[1]!;
    const value = values[name];
    if (value === undefined) throw new Error(`i18n: src/i18n/${code}.json "${key}" uses {{${name}}}, which site.config.ts office does not provide`);
    out.push({ kind: 'value', name, text: value });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ kind: 'text', text: template.slice(last) });
  return out;
}

/** The notice as plain text, interpolated by i18next. */
export function noticeText(code: string, key: string = NOTICE_KEY): string {
  noticeTemplate(code, key); // throws with a clear message when missing (i18next would fall back silently)
  return i18n().t(key, { ns: 'notice', lng: code, ...noticeValues() }) as string;
}

/** Names found so far, by language code: the notice's languages are a fixed few, asked for on every page. */
const namesByCode = new Map<string, { english: string; native: string }>();

/** The English name of a language ("Bulgarian") and its own name ("български"), from the platform's CLDR data. */
export function languageNames(code: string): { english: string; native: string } {
  return getOrMake(namesByCode, code, () => ({
    english: new Intl.DisplayNames([UI_LANG], { type: 'language' }).of(code) ?? code,
    native: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code,
  }));
}

/** Every dotted key path of a resource object. */
export function keyPaths(resource: unknown, prefix = ''): string[] {
  if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) return prefix ? [prefix] : [];
  return Object.entries(resource as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys the reference resource has that another lacks (the parity rule for notice files). */
export function missingKeys(reference: unknown, other: unknown): string[] {
  const have = new Set(keyPaths(other));
  return keyPaths(reference).filter((k) => !have.has(k));
}

/** The key a meeting's agenda uses for a language: a variant when its paper's wording differs, else the default. */
export function noticeKeyFor(variants: Record<string, string>, code: string): string {
  return variants[code] ?? NOTICE_KEY;
}
