/**
 * The i18next instance and the `t` every page uses, made from resources given to it: no Vite and no
 * Astro, so the same strings resolve the same way in the build's worker threads
 * (src/integrations/open-data-worker.ts reads the dictionaries with `resourcesFromFiles`) as in the
 * pages (src/lib/i18n/i18n.ts gives the dictionaries Vite bundles).
 */
import i18next, { type i18n as I18n, type InterpolationOptions, type TOptions } from 'i18next';

export type Resource = Record<string, unknown>;
/** Every resource, keyed by language then namespace (`ui`, `notice`). */
export type Resources = Record<string, Record<string, Resource>>;

export const UI_LANG = 'en-GB';

/** "…/ui/en-GB.json" → "en-GB". */
export const codeOf = (path: string): string => path.replace(/^.*[/\\]([^/\\]+)\.json$/, '$1');

/** Resources from the dictionaries by file path: interface strings (namespace `ui`) and the papers' notice (namespace `notice`). */
export function resourcesOf(uiFiles: Record<string, Resource>, noticeFiles: Record<string, Resource>): Resources {
  const out: Resources = {};
  for (const [path, data] of Object.entries(uiFiles)) (out[codeOf(path)] ??= {})['ui'] = data;
  for (const [path, data] of Object.entries(noticeFiles)) (out[codeOf(path)] ??= {})['notice'] = data;
  return out;
}

export interface Translator {
  /** The initialised i18next instance. */
  i18n: I18n;
  /**
   * Translate a UI key (namespace `ui`). Throws on a missing key so that no page ships a raw key.
   * Counted strings pass `count`: i18next picks `key_one` / `key_other` by the language's plural rules.
   */
  t: (key: string, options?: TOptions) => string;
}

/** Options that change which string i18next looks up, or how: calls with them take i18next's whole path. */
const LOOKUP_OPTIONS = new Set(['lng', 'lngs', 'fallbackLng', 'ns', 'context', 'ordinal', 'defaultValue', 'returnObjects', 'returnDetails', 'joinArrays', 'replace', 'interpolation', 'postProcess', 'keyPrefix', 'nsSeparator', 'keySeparator', 'skipInterpolation', 'nest']);
/** Where a template has something to fill in, and where it nests another key (i18next's default markers). */
const PREFIX = '{{';
const NESTING = '$t(';

/** Strings with names or dates in them rarely repeat: the map of translated strings is emptied at this size. */
const TRANSLATED_MAX = 20_000;

/**
 * An i18next instance over `resources` and its `t`. `defaultVariables` fill `{{area}}` and the like in
 * every string. Each key (with the same options) is looked up in i18next once; later calls read the
 * result from a plain map, since the resources never change while a build runs.
 */
export function createTranslator(resources: Resources, defaultVariables: Record<string, string>): Translator {
  const inst = i18next.createInstance();
  void inst.init({
    initAsync: false,
    lng: UI_LANG,
    fallbackLng: UI_LANG,
    ns: ['ui', 'notice'],
    defaultNS: 'ui',
    resources,
    interpolation: { escapeValue: false, defaultVariables },
    returnNull: false,
  });

  /** Strings already translated: `key` alone, or `key` and its options as JSON (only options whose values are strings, numbers or booleans). */
  const translated = new Map<string, string>();
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
   * Each string's template, found by i18next once per key and the options that choose among its forms
   * (the plural category of `count`, with 0 apart since a key may have a `_zero` form), then filled in
   * by i18next's own interpolator: the same text as `i18n.t`, without its whole lookup on every call
   * (about 10 µs, and most calls with a name or a caption in them are new). Calls with options that
   * change the lookup itself (a language, a namespace, a context, …) and templates that nest
   * another key take i18next's whole path.
   */
  const templates = new Map<string, string>();
  const plural = new Intl.PluralRules(UI_LANG);
  const templateKey = (key: string, options: TOptions | undefined): string | undefined => {
    if (options === undefined) return key;
    for (const name of Object.keys(options)) if (LOOKUP_OPTIONS.has(name)) return undefined;
    const { count } = options;
    if (count === undefined) return key;
    if (typeof count !== 'number') return undefined;
    return `${key}\u0000${count === 0 ? 'zero' : plural.select(count)}`;
  };
  // It fills `{{area}}` and the like from the instance's default variables itself.
  const interpolator = inst.services.interpolator;

  const t = (key: string, options?: TOptions): string => {
    const memo = cacheKey(key, options);
    const known = memo === undefined ? undefined : translated.get(memo);
    if (known !== undefined) return known;
    const rk = resolvesKey(key, options);
    let found = resolves.get(rk);
    if (found === undefined) resolves.set(rk, (found = inst.exists(key, { ns: 'ui', ...options })));
    if (!found) throw new Error(`i18n: missing UI string "${key}" in src/i18n/ui/${UI_LANG}.json`);
    const tk = templateKey(key, options);
    let template = tk === undefined ? undefined : templates.get(tk);
    if (tk !== undefined && template === undefined) templates.set(tk, (template = inst.t(key, { ns: 'ui', ...options, skipInterpolation: true }) as string));
    const text =
      template === undefined || template.includes(NESTING)
        ? (inst.t(key, { ns: 'ui', ...options }) as string)
        : !template.includes(PREFIX)
          ? template
          : interpolator.interpolate(template, { ...options }, UI_LANG, { ...options } as InterpolationOptions);
    if (memo !== undefined) {
      if (translated.size >= TRANSLATED_MAX) translated.clear();
      translated.set(memo, text);
    }
    return text;
  };
  return { i18n: inst, t };
}
