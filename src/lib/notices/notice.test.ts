import { SEEDS_DIR } from '../../../tests/seeds.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NOTICE_LANGUAGES,
  directionOf,
  keyPaths,
  languageNames,
  missingKeys,
  noticeKeyFor,
  noticeSegments,
  noticeTemplate,
  noticeText,
} from './notice.ts';
import { noticeLanguages } from '../i18n/i18n.ts';
import { siteConfig } from '../../site.config.ts';

const I18N_DIR = join(import.meta.dirname, '../../i18n');
const read = (code: string): unknown => JSON.parse(readFileSync(join(I18N_DIR, `${code}.json`), 'utf8'));
const files = readdirSync(I18N_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const reference = read('en-GB');

describe('notice files', () => {
  it('has one file per language of the papers, plus the en-GB reference', () => {
    expect(files.sort()).toEqual([...NOTICE_LANGUAGES, 'en-GB'].sort());
    expect(noticeLanguages()[0]).toBe('en-GB');
    expect(noticeLanguages()).toHaveLength(11);
  });

  it('the parity rule detects a missing key', () => {
    expect(missingKeys({ notice: 'x', extra: { a: 'y' } }, { notice: 'z' })).toEqual(['extra.a']);
    expect(missingKeys({ notice: 'x' }, { notice: 'z', variants: { v: 'w' } })).toEqual([]);
    expect(keyPaths({ a: { b: 'c', d: 'e' }, f: 'g' })).toEqual(['a.b', 'a.d', 'f']);
  });

  it.each(files.filter((f) => f !== 'en-GB'))('%s.json has every key the en-GB file has', (code) => {
    expect(missingKeys(reference, read(code))).toEqual([]);
  });

  it.each(files)('%s.json: every string interpolates with no {{…}} left over', (code) => {
    for (const key of keyPaths(read(code))) {
      const text = noticeText(code, key);
      expect(text, `${code}:${key}`).not.toMatch(/\{\{|\}\}/);
      expect(text).toContain(siteConfig.office.email);
      expect(text.includes(siteConfig.office.phone) || text.includes(siteConfig.office.phoneCompact)).toBe(true);
      // The segments the pages render join up to the same text.
      expect(noticeSegments(code, key).map((s) => s.text).join('')).toBe(text);
    }
  });

  it('never repeats the office phone or e-mail inside a string', () => {
    for (const code of files) {
      const raw = readFileSync(join(I18N_DIR, `${code}.json`), 'utf8');
      expect(raw).not.toContain(siteConfig.office.email);
      expect(raw).not.toContain(siteConfig.office.phone);
      expect(raw).not.toContain(siteConfig.office.phoneCompact);
    }
  });

  it('isolates the phone and e-mail as values, and uses the compact number in Arabic', () => {
    const ar = noticeSegments('ar');
    expect(ar.filter((s) => s.kind === 'value').map((s) => (s.kind === 'value' ? s.name : ''))).toEqual(['phoneCompact', 'email']);
    expect(noticeTemplate('ar')).toContain('{{phoneCompact}}');
    expect(directionOf('ar')).toBe('rtl');
    for (const code of NOTICE_LANGUAGES.filter((c) => c !== 'ar')) expect(directionOf(code)).toBe('ltr');
  });

  it('keeps the Lithuanian wording of the 16 April 2025 agenda as a variant', () => {
    expect(noticeText('lt')).toContain('susisiekite');
    expect(noticeText('lt', 'variants.susisiekit')).toContain('susisiekit su');
    expect(noticeText('lt', 'variants.susisiekit')).not.toContain('susisiekite');
    expect(noticeKeyFor({ lt: 'variants.susisiekit' }, 'lt')).toBe('variants.susisiekit');
    expect(noticeKeyFor({ lt: 'variants.susisiekit' }, 'bg')).toBe('notice');
  });

  it('throws a clear error for a missing key rather than falling back to English', () => {
    expect(() => noticeText('bg', 'variants.nope')).toThrow(/missing notice string "variants.nope" in src\/i18n\/bg.json/);
  });

  it('names every language in English and in its own script', () => {
    expect(languageNames('bg')).toEqual({ english: 'Bulgarian', native: 'български' });
    expect(languageNames('ar').english).toBe('Arabic');
    expect(languageNames('ml').english).toBe('Malayalam');
  });
});

// Fidelity: with the office's details put back, each notice is exactly the line the papers print.
const SEEDS = SEEDS_DIR;
describe.skipIf(!existsSync(join(SEEDS, '001_1defd7e170de073f.txt')))('notice text matches the papers', () => {
  const lines = (file: string) => readFileSync(join(SEEDS, file), 'utf8').split('\n');
  it('001:41-59 (29 January 2025 agenda), line by line', () => {
    const l = lines('001_1defd7e170de073f.txt');
    NOTICE_LANGUAGES.forEach((code, i) => expect(noticeText(code), code).toBe(l[40 + i * 2]));
  });
  it('004:41-59 (16 April 2025 agenda), with the Lithuanian variant', () => {
    const l = lines('004_d32a210fd6fbcf1e.txt');
    NOTICE_LANGUAGES.forEach((code, i) =>
      expect(noticeText(code, noticeKeyFor({ lt: 'variants.susisiekit' }, code)), code).toBe(l[40 + i * 2]),
    );
  });
});
