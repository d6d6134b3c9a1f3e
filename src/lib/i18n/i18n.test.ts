import { describe, expect, it } from 'vitest';
import { i18n, t } from './i18n.ts';

describe('t', () => {
  it('gives what i18next gives, on the first call and on later (remembered) calls', () => {
    const direct = i18n().t('site.skipLink', { ns: 'ui' });
    expect(t('site.skipLink')).toBe(direct);
    expect(t('site.skipLink')).toBe(direct);
  });

  it('picks the plural form and fills values per call, not from an earlier call with other options', () => {
    expect(t('charts.partial', { count: 1 })).toBe('1 row of the table is in no chart: it has no figures to compare.');
    expect(t('charts.partial', { count: 3 })).toBe(i18n().t('charts.partial', { ns: 'ui', count: 3 }));
    expect(t('charts.partial', { count: 1 })).toBe('1 row of the table is in no chart: it has no figures to compare.');
    expect(t('tables.downloadOf', { table: 'Table 1' })).toBe('of Table 1');
    expect(t('tables.downloadOf', { table: 'Table 2' })).toBe('of Table 2');
  });

  it('throws on a missing key every time', () => {
    expect(() => t('no.such.key')).toThrow(/missing UI string "no.such.key"/);
    expect(() => t('no.such.key')).toThrow(/missing UI string "no.such.key"/);
  });
});
