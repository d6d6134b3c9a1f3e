/**
 * One i18next instance for the whole build, created once.
 *
 * - `src/i18n/ui/<bcp47>.json`: interface strings (namespace `ui`). en-GB is the source.
 * - `src/i18n/<bcp47>.json`: the papers' multilingual availability notice (namespace `notice`).
 */
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { siteConfig } from '../../site.config.ts';

type Resource = Record<string, unknown>;

const uiFiles = import.meta.glob<Resource>('../../i18n/ui/*.json', { eager: true, import: 'default' });
const noticeFiles = import.meta.glob<Resource>('../../i18n/*.json', { eager: true, import: 'default' });

const codeOf = (path: string): string => path.replace(/^.*\/([^/]+)\.json$/, '$1');

export const UI_LANG = 'en-GB';

/** Every resource, keyed by language then namespace. */
export function resources(): Record<string, Record<string, Resource>> {
  const out: Record<string, Record<string, Resource>> = {};
  for (const [path, data] of Object.entries(uiFiles)) (out[codeOf(path)] ??= {})['ui'] = data;
  for (const [path, data] of Object.entries(noticeFiles)) (out[codeOf(path)] ??= {})['notice'] = data;
  return out;
}

/** Language codes that have a notice file, English first. */
export function noticeLanguages(): string[] {
  return Object.keys(noticeFiles)
    .map(codeOf)
    .sort((a, b) => (a === UI_LANG ? -1 : b === UI_LANG ? 1 : a.localeCompare(b)));
}

let instance: I18n | undefined;

/** The shared, initialised i18next instance. */
export function i18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: UI_LANG,
      fallbackLng: UI_LANG,
      ns: ['ui', 'notice'],
      defaultNS: 'ui',
      resources: resources(),
      // The police area and its publishers come from the publisher profile, so no string names one area.
      interpolation: { escapeValue: false, defaultVariables: { area: siteConfig.area, papersFrom: siteConfig.papersFrom } },
      returnNull: false,
    });
  }
  return instance;
}

/**
 * Strings already translated: `key` alone, or `key` and its options as JSON (only options whose values
 * are strings, numbers or booleans). Strings with names or dates in them rarely repeat, so the map is
 * emptied when it reaches TRANSLATED_MAX entries: memory stays bounded however many pages a build has.
 */
const translated = new Map<string, string>();
const TRANSLATED_MAX = 20_000;

/** Whether a key resolves, by key and the options that change how it resolves (plural count, language, namespace). */
const resolves = new Map<string, boolean>();
const resolvesKey = (key: string, options: TOptions | undefined): string =>
  options === undefined ? key : `${key}\u0000${options.count === undefined ? '' : 'count'}\u0000${String(options.lng ?? '')}\u0000${String(options.ns ?? '')}`;

const cacheKey = (key: string, options: TOptions | undefined): string | undefined => {
  if (options === undefined) return key;
  for (const value of Object.values(options)) if (typeof value === 'object' || typeof value === 'function') return undefined;
  return `${key}\u0000${JSON.stringify(options)}`;
};

/**
 * Translate a UI key (namespace `ui`). Throws on a missing key so that no page ships a raw key.
 * Counted strings pass `count`: i18next picks `key_one` / `key_other` by the language's plural rules.
 * Each key (with the same options) is looked up in i18next once per build; later calls read the result
 * from a plain map, since the resources never change during a build.
 */
export function t(key: string, options?: TOptions): string {
  const memo = cacheKey(key, options);
  const known = memo === undefined ? undefined : translated.get(memo);
  if (known !== undefined) return known;
  const inst = i18n();
  const rk = resolvesKey(key, options);
  let found = resolves.get(rk);
  if (found === undefined) resolves.set(rk, (found = inst.exists(key, { ns: 'ui', ...options })));
  if (!found) throw new Error(`i18n: missing UI string "${key}" in src/i18n/ui/${UI_LANG}.json`);
  const text = inst.t(key, { ns: 'ui', ...options }) as string;
  if (memo !== undefined) {
    if (translated.size >= TRANSLATED_MAX) translated.clear();
    translated.set(memo, text);
  }
  return text;
}
