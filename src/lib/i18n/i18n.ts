/**
 * One i18next instance for the whole build, created once, over the dictionaries Vite bundles:
 *
 * - `src/i18n/ui/<bcp47>.json`: interface strings (namespace `ui`). en-GB is the source.
 * - `src/i18n/<bcp47>.json`: the papers' multilingual availability notice (namespace `notice`).
 *
 * The instance and `t` are made by src/lib/i18n/core.ts, which code outside Vite uses too.
 */
import type { i18n as I18n, TOptions } from 'i18next';
import { siteConfig } from '../../site.config.ts';
import { codeOf, createTranslator, resourcesOf, UI_LANG, type Resource, type Resources, type Translator } from './core.ts';

export { UI_LANG };

const uiFiles = import.meta.glob<Resource>('../../i18n/ui/*.json', { eager: true, import: 'default' });
const noticeFiles = import.meta.glob<Resource>('../../i18n/*.json', { eager: true, import: 'default' });

/** Every resource, keyed by language then namespace. */
export const resources = (): Resources => resourcesOf(uiFiles, noticeFiles);

/** Language codes that have a notice file, English first. */
export function noticeLanguages(): string[] {
  return Object.keys(noticeFiles)
    .map(codeOf)
    .sort((a, b) => (a === UI_LANG ? -1 : b === UI_LANG ? 1 : a.localeCompare(b)));
}

/** What fills `{{area}}` and `{{papersFrom}}` in every string: the police area and its publishers come from the publisher profile, so no string names one area. */
export const defaultVariables = (): Record<string, string> => ({ area: siteConfig.area, papersFrom: siteConfig.papersFrom });

let translator: Translator | undefined;
const shared = (): Translator => (translator ??= createTranslator(resources(), defaultVariables()));

/** The shared, initialised i18next instance. */
export const i18n = (): I18n => shared().i18n;

/**
 * Translate a UI key (namespace `ui`). Throws on a missing key so that no page ships a raw key.
 * Counted strings pass `count`: i18next picks `key_one` / `key_other` by the language's plural rules.
 * Each key (with the same options) is looked up in i18next once per build (src/lib/i18n/core.ts).
 */
export const t = (key: string, options?: TOptions): string => shared().t(key, options);
