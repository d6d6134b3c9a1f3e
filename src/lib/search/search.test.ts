import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  emptyFilters,
  excerptParts,
  fillTemplate,
  filterGroups,
  pagefindFilters,
  parseSearchState,
  planEntryLabels,
  searchAttributes,
  serializeSearchState,
} from './search.ts';

describe('searchAttributes', () => {
  it('captures every value from its own attribute, so commas and colons need no escaping', () => {
    const attrs = searchAttributes({
      type: 'question',
      title: 'Question 3: What is being done, in Norwich, about hare coursing?',
      date: '8 October 2024',
      body: 'PCC Accountability Meeting',
      year: 2024,
      pillars: ['Pillar 3: Tackling Crime (2022-24)', 'Pillar 3: Tackling Crime (2022-24)', 'Pillar 6: Safer Stronger Communities (2022-24)'],
    });
    expect(attrs).toEqual({
      'data-pf-type': 'question',
      'data-pf-title': 'Question 3: What is being done, in Norwich, about hare coursing?',
      'data-pf-date': '8 October 2024',
      'data-pf-body': 'PCC Accountability Meeting',
      'data-pf-year': '2024',
      'data-pf-pillar-1': 'Pillar 3: Tackling Crime (2022-24)',
      'data-pf-pillar-2': 'Pillar 6: Safer Stronger Communities (2022-24)',
      'data-pagefind-filter': 'type[data-pf-type], body[data-pf-body], year[data-pf-year], pillar[data-pf-pillar-1], pillar[data-pf-pillar-2]',
      'data-pagefind-meta': 'type[data-pf-type], title[data-pf-title], date[data-pf-date]',
    });
  });
  it('leaves out what a page does not have', () => {
    expect(searchAttributes({ type: 'meeting', date: ' ', year: undefined })).toEqual({
      'data-pf-type': 'meeting',
      'data-pagefind-filter': 'type[data-pf-type]',
      'data-pagefind-meta': 'type[data-pf-type]',
    });
  });
});

describe('planEntryLabels', () => {
  it('labels pillars and priorities with their plan period, memoised', () => {
    const plans = [
      { data: { period: '2022-24', unit: 'pillar' as const, entries: [{ id: '2022-24-pillar-1', number: 1, title: 'Sustain Norfolk Constabulary' }] } },
      { data: { period: '2016-17', unit: 'priority' as const, entries: [{ id: '2016-17-priority-5', number: 5, title: 'Support Victims' }] } },
    ];
    const labels = planEntryLabels(plans);
    expect(labels.get('2022-24-pillar-1')).toBe('Pillar 1: Sustain Norfolk Constabulary (2022-24)');
    expect(labels.get('2016-17-priority-5')).toBe('Priority 5: Support Victims (2016-17)');
    expect(planEntryLabels(plans)).toBe(labels);
  });
});

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = parseSearchState('?q=+hare+coursing+&type=question&type=action&year=2024&year=2024&utm=x&body=');
    expect(state).toEqual({ q: 'hare coursing', filters: { ...emptyFilters(), type: ['question', 'action'], year: ['2024'] }, years: '' });
    expect(serializeSearchState(state)).toBe('?q=hare+coursing&type=question&type=action&year=2024');
    expect(serializeSearchState({ q: ' ', filters: emptyFilters(), years: '' })).toBe('');
  });
  it('keeps the years searched when the index is split by period', () => {
    const state = parseSearchState('?q=knife&years=2017-2018');
    expect(state.years).toBe('2017-2018');
    expect(serializeSearchState(state)).toBe('?q=knife&years=2017-2018');
    expect(serializeSearchState({ ...state, years: '' })).toBe('?q=knife');
  });
  it('builds Pagefind filters: any value within a filter, every filter together', () => {
    expect(pagefindFilters({ ...emptyFilters(), type: ['question', 'action'], pillar: ['Pillar 1: X (2022-24)'] })).toEqual({
      type: { any: ['question', 'action'] },
      pillar: { any: ['Pillar 1: X (2022-24)'] },
    });
    expect(pagefindFilters(emptyFilters())).toEqual({});
  });
});

describe('filterGroups', () => {
  it('orders keys, types, years and keeps chosen values that have no results', () => {
    const groups = filterGroups(
      { year: { '2017': 3, '2025': 9, '2024': 40 }, type: { action: 17, meeting: 6, indicator: 2, question: 62 }, colour: { red: 1 } },
      { ...emptyFilters(), type: ['report'], year: ['2024'] },
    );
    expect(groups.map((g) => g.key)).toEqual(['type', 'year']);
    expect(groups[0]!.options.map((o) => `${o.value}:${o.count}:${o.checked}`)).toEqual([
      'meeting:6:false',
      'report:0:true',
      'question:62:false',
      'action:17:false',
      'indicator:2:false',
    ]);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(['2025', '2024', '2017']);
  });
});

describe('excerptParts', () => {
  it('keeps only text and mark runs, decoding references', () => {
    expect(excerptParts('ACC Davison on <mark>Naloxone</mark> availability &amp; &lt;b&gt; use <mark>naloxone</mark>.')).toEqual([
      { text: 'ACC Davison on ', mark: false },
      { text: 'Naloxone', mark: true },
      { text: ' availability & <b> use ', mark: false },
      { text: 'naloxone', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('drops any other markup so nothing can be injected', () => {
    const parts = excerptParts('a<img src=x onerror=alert(1)><mark class="x">b</mark><script>c</script>&#39;&#x2019;&bogus;');
    expect(parts).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: true },
      { text: "c'’&bogus;", mark: false },
    ]);
  });
  it('decodes numeric references safely', () => {
    expect(decodeEntities('&#163;349,340 &#0; &#x110000;')).toBe('£349,340 &#0; &#x110000;');
  });
});

describe('fillTemplate', () => {
  it('fills named slots and leaves unknown ones', () => {
    expect(fillTemplate('{{count}} results for “{{query}}” {{other}}', { count: 3, query: 'hare' })).toBe('3 results for “hare” {{other}}');
  });
});
