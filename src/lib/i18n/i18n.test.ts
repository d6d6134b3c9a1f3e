import { describe, expect, it } from 'vitest';
import { defaultVariables, i18n, resources, t } from './i18n.ts';
import { createTranslator } from './core.ts';

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

describe('t, on every string of the dictionary', () => {
  /** Every key of a resource, as i18next addresses it ("a.b.c"), its plural suffix taken off. */
  const keysOf = (value: unknown, prefix = ''): string[] =>
    typeof value === 'string'
      ? [prefix.replace(/_(zero|one|two|few|many|other)$/, '')]
      : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  const ui = resources()['en-GB']!['ui']!;
  const keys = [...new Set(keysOf(ui))];
  const templateOf = (key: string): string => {
    const forms = ['', '_zero', '_one', '_other'].map((s) => key.split('.').reduce<unknown>((o, k, i, all) => (o as Record<string, unknown>)?.[i === all.length - 1 ? k + s : k], ui));
    return forms.filter((f) => typeof f === 'string').join(' ');
  };

  it('gives what i18next gives, for every key, count and kind of value (markup, i18next markers, formats)', () => {
    const fresh = createTranslator(resources(), defaultVariables());
    const values = ['Hare coursing <b>&amp;</b>', 'x $t(site.skipLink) {{area}}', 'Table 5: “Calls”'];
    let compared = 0;
    for (const key of keys) {
      const template = templateOf(key);
      const names = [...template.matchAll(/\{\{\s*([^,}\s]+)\s*(,[^}]*)?\}\}/g)].map((m) => [m[1]!, m[2] !== undefined] as const);
      for (const value of values)
        for (const count of [undefined, 0, 1, 2, 7]) {
          const options: Record<string, unknown> = {};
          for (const [name, formatted] of names) if (name !== 'count') options[name] = formatted ? [value, 'second'] : value;
          if (count !== undefined) options['count'] = count;
          const opts = Object.keys(options).length > 0 ? options : undefined;
          if (!fresh.i18n.exists(key, { ns: 'ui', ...opts })) {
            // Only plural forms, asked without a count.
            expect(() => fresh.t(key, opts)).toThrow(`missing UI string "${key}"`);
            continue;
          }
          expect(fresh.t(key, opts), `${key} ${JSON.stringify(opts)}`).toBe(fresh.i18n.t(key, { ns: 'ui', ...opts }));
          // A second call (remembered) gives the same.
          expect(fresh.t(key, opts)).toBe(fresh.i18n.t(key, { ns: 'ui', ...opts }));
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(keys.length * 3);
  });
});
