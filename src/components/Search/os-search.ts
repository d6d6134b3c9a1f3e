/**
 * <os-search>: progressive enhancement of the search form with Pagefind.
 *
 * - Loads Pagefind's own bundle from this site (no third-party request);
 * - keeps the query and filters in the URL (?q=…&type=…) so results can be linked;
 * - announces the result count through the element's role="status" paragraph;
 * - builds every result from text nodes; Pagefind's excerpt is reduced to text
 *   and <mark> runs (excerptParts) and never assigned as HTML;
 * - when the index is split by period (`pagefind/periods.json`, src/lib/search/periods.ts),
 *   searches the newest years by default and offers the others, and all of them together
 *   (Pagefind's mergeIndex), in a choice of years kept in the URL (?years=…).
 */
import { foundAskedWords } from '../../lib/search/match.ts';
import { ALL_PERIODS, parsePeriods, periodFor, periodOfYear, periodOption, periodYears, yearOf, type PeriodStrings, type SearchPeriod } from '../../lib/search/periods.ts';
import {
  FILTER_KEYS,
  SEARCH_DEBOUNCE_MS,
  emptyFilters,
  excerptParts,
  fillTemplate,
  filterGroups,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  type FilterKey,
  type SearchState,
} from '../../lib/search/search.ts';

interface Strings {
  countOne: string;
  countOther: string;
  countFilteredOne: string;
  countFilteredOther: string;
  noResults: string;
  onlySimilar: string;
  noFilteredResults: string;
  showing: string;
  filterOption: string;
  typeLabel: string;
  dateLabel: string;
  areaLabel: string;
  bestMatch: string;
  untyped: string;
  legends: Record<FilterKey, string>;
  types: Record<string, string>;
  periods: PeriodStrings & { scope: string };
}

interface SubResult {
  title: string;
  url: string;
  locations?: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  filters?: Record<string, Record<string, number>>;
}
type FilterCounts = Record<string, Record<string, number>>;
/** Pagefind's per-index options we use (https://pagefind.app/docs/search-config/, /docs/multisite/). */
interface IndexOptions {
  baseUrl?: string;
  mergeFilter?: Record<string, string>;
}
/** One Pagefind search, over one bundle and any merged into it (Pagefind's createInstance). */
interface Pagefind {
  options: (options: IndexOptions) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (bundlePath: string, options?: IndexOptions) => Promise<void>;
  preload: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<SearchResponse>;
  filters: () => Promise<FilterCounts>;
}
/** Pagefind's bundle script (pagefind.js), as far as it is used here. */
interface PagefindModule {
  createInstance: (options: { basePath: string }) => Pagefind;
}

/**
 * A national search page searches several areas' portals at once (Pagefind's multisite search): the
 * element's own bundle is the first area's, `data-merge` lists the others, each with the base path its
 * result URLs are under and the `area` filter value its pages get.
 */
interface MergedIndex {
  bundlePath: string;
  baseUrl: string;
  mergeFilter?: Record<string, string>;
}

const PAGE_SIZE = 10;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

class OsSearch extends HTMLElement {
  private pagefind: Pagefind | undefined;
  private module!: PagefindModule;
  /** The search of each period (or ALL_PERIODS), opened when first used. */
  private indexes = new Map<string, Promise<Pagefind>>();
  /** This site's index split by period (newest first), or null for one index. */
  private periods: SearchPeriod[] | null = null;
  /** The period (or ALL_PERIODS) searched now; "" with one index. */
  private periodKey = '';
  /** The folder of this site's own (newest) bundle, its result URLs' base, its options, and the bundles merged into it on a national page. */
  private own = { bundle: '/pagefind/', base: '/', options: {} as IndexOptions, merged: [] as MergedIndex[] };
  private strings!: Strings;
  private state: SearchState = { q: '', filters: emptyFilters(), years: '' };
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: SearchResponse['results'] = [];
  private shown = 0;
  private total = 0;
  /** On a national search page: each area's base path and name, to say which area a result is from. */
  private areas: { base: string; name: string }[] = [];
  /** Whether the filter checkboxes exist yet (they are built when the filter panel is first open). */
  private filtersBuilt = false;
  private checkboxes = new Map<string, { input: HTMLInputElement; label: HTMLLabelElement; key: FilterKey; value: string }>();

  /** The element's own piece marked `data-<name>` (named `ref`: `part` is taken by HTMLElement). */
  private ref<T extends HTMLElement = HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-${name}]`);
    if (!found) throw new Error(`os-search: missing [data-${name}]`);
    return found;
  }

  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    const bundle = this.dataset['bundle'] ?? '/pagefind/pagefind.js';
    this.state = parseSearchState(window.location.search);
    try {
      const url = new URL(bundle, window.location.href);
      this.module = (await import(/* @vite-ignore */ url.href)) as PagefindModule;
      // Result URLs are site paths ("/meetings/x/"); under a base path they need it in front ("/norfolk/meetings/x/").
      const options = JSON.parse(this.dataset['index'] ?? '{}') as IndexOptions;
      const merged = JSON.parse(this.dataset['merge'] ?? '[]') as MergedIndex[];
      this.own = { bundle: new URL('./', url).pathname, base: options.baseUrl ?? this.dataset['baseUrl'] ?? '/', options, merged };
      if (merged.length > 0) {
        this.areas = [{ base: this.own.base, name: options.mergeFilter?.['area'] ?? '' }, ...merged.map((m) => ({ base: m.baseUrl, name: m.mergeFilter?.['area'] ?? '' }))].filter((a) => a.name !== '');
      } else {
        this.periods = await this.loadPeriods();
      }
      this.periodKey = this.periods ? periodFor(this.periods, this.state.years, this.state.filters.year) : '';
      this.pagefind = await this.openIndex(this.periodKey);
    } catch {
      this.ref('nojs').hidden = true;
      this.ref('error').hidden = false;
      return;
    }
    this.ref('nojs').hidden = true;
    this.ref('app').hidden = false;
    this.ref('skip').hidden = false;
    this.offerPeriods();
    // On narrow screens the filters start folded away so that results are not pushed below a long list of boxes.
    const panel = this.ref<HTMLDetailsElement>('filter-panel');
    const chosen = FILTER_KEYS.some((k) => parseSearchState(window.location.search).filters[k].length > 0);
    if (window.matchMedia('(max-width: 56rem)').matches && !chosen) panel.open = false;

    const form = this.querySelector<HTMLFormElement>('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.timer);
      this.state.q = input.value.trim();
      void this.run('push');
    });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      // Start loading the index chunks for the words while the debounce waits (Pagefind's preload).
      const words = input.value.trim();
      if (words !== '') void this.pagefind?.preload(words);
      this.timer = setTimeout(() => {
        this.state.q = input.value.trim();
        void this.run('replace');
      }, SEARCH_DEBOUNCE_MS);
    });
    this.ref<HTMLButtonElement>('clear').addEventListener('click', () => {
      this.state.filters = emptyFilters();
      void this.run('replace');
    });
    this.ref<HTMLButtonElement>('more').addEventListener('click', () => void this.moreClicked());
    window.addEventListener('popstate', () => {
      this.state = parseSearchState(window.location.search);
      input.value = this.state.q;
      void this.run(null);
    });

    // Words typed while the search was still loading are kept (and searched), not replaced by the
    // address's empty query: on a slow connection or machine a resident may type before this runs.
    const typed = input.value.trim();
    const adopted = this.state.q === '' && typed !== '';
    if (adopted) this.state.q = typed;
    else input.value = this.state.q;
    // Folded (phones): the filters' files, which grow with the site, are fetched only when it is opened,
    // then the counts are those of the results on screen. The same after another period is chosen.
    panel.addEventListener('toggle', () => {
      if (panel.open && !this.filtersBuilt) void this.buildFilters().then(() => this.refreshCounts());
    });
    if (panel.open) await this.buildFilters();
    await this.run(adopted ? 'replace' : null);
  }

  /** The periods of `pagefind/periods.json`, or null when the site has one index (or the file is missing or not as expected). */
  private async loadPeriods(): Promise<SearchPeriod[] | null> {
    const at = this.dataset['periods'];
    if (!at) return null;
    try {
      const response = await fetch(at);
      const periods = response.ok ? parsePeriods(await response.json()) : null;
      return periods && periods.length > 1 ? periods : null;
    } catch {
      return null;
    }
  }

  /**
   * The search of a period (its own bundle), of ALL_PERIODS (the newest bundle with every other merged
   * into it), or, with one index, of this site's bundle with any national ones merged. Opened once each.
   */
  private openIndex(key: string): Promise<Pagefind> {
    const known = this.indexes.get(key);
    if (known) return known;
    const periods = this.periods;
    const period = periods?.find((p) => p.id === key);
    const bundleOf = (p: SearchPeriod): string => `${this.own.base}${p.bundle}`;
    const primary = period ? bundleOf(period) : this.own.bundle;
    const merged: MergedIndex[] = periods && key === ALL_PERIODS ? periods.slice(1).map((p) => ({ bundlePath: bundleOf(p), baseUrl: this.own.base })) : periods ? [] : this.own.merged;
    const opening = (async () => {
      const pagefind = this.module.createInstance({ basePath: primary });
      await pagefind.options({ ...this.own.options, baseUrl: this.own.base });
      for (const index of merged) {
        await pagefind.mergeIndex(index.bundlePath, { baseUrl: index.baseUrl, ...(index.mergeFilter ? { mergeFilter: index.mergeFilter } : {}) });
      }
      await pagefind.init();
      return pagefind;
    })();
    this.indexes.set(key, opening);
    opening.catch(() => this.indexes.delete(key));
    return opening;
  }

  /** With the index split by period: the choice of years to search, newest first, then all of them. */
  private offerPeriods(): void {
    const periods = this.periods;
    if (!periods) return;
    const select = this.ref<HTMLSelectElement>('years-select');
    for (const key of [...periods.map((p) => p.id), ALL_PERIODS]) select.append(el('option', { value: key }, periodOption(periods, key, this.strings.periods)));
    select.value = this.periodKey;
    select.addEventListener('change', () => {
      const key = select.value;
      this.state.years = key === periods[0]?.id ? '' : key;
      // Years ticked in the year filter that the chosen period does not hold would find nothing.
      if (key !== ALL_PERIODS) this.state.filters.year = this.state.filters.year.filter((y) => periodOfYear(periods, yearOf(y))?.id === key);
      void this.run('replace');
    });
    this.ref('years').hidden = false;
  }

  /** Search the period the state asks for: open its index and rebuild the filters (their values differ by period). */
  private async usePeriod(): Promise<void> {
    if (!this.periods) return;
    const key = periodFor(this.periods, this.state.years, this.state.filters.year);
    this.ref<HTMLSelectElement>('years-select').value = key;
    if (key === this.periodKey) return;
    this.periodKey = key;
    this.pagefind = await this.openIndex(key);
    this.filtersBuilt = false;
    if (this.ref<HTMLDetailsElement>('filter-panel').open) await this.buildFilters();
  }

  /** Build one fieldset of checkboxes per filter from the whole index; later searches only update counts and ticks. */
  private async buildFilters(): Promise<void> {
    if (this.filtersBuilt) return;
    this.filtersBuilt = true;
    const all = await this.pagefind!.filters();
    const host = this.ref<HTMLElement>('filters');
    host.replaceChildren();
    this.checkboxes.clear();
    for (const group of filterGroups(all, this.state.filters)) {
      const list = el('ul');
      group.options.forEach((option, i) => {
        const id = `filter-${group.key}-${i}`;
        const input = el('input', { type: 'checkbox', id, name: group.key, value: option.value });
        input.checked = option.checked;
        input.addEventListener('change', () => {
          const chosen = new Set(this.state.filters[group.key]);
          if (input.checked) chosen.add(option.value);
          else chosen.delete(option.value);
          this.state.filters[group.key] = [...chosen];
          void this.run('replace');
        });
        const label = el('label', { for: id });
        list.append(el('li', {}, input, label));
        this.checkboxes.set(`${group.key}\u0000${option.value}`, { input, label, key: group.key, value: option.value });
      });
      host.append(el('fieldset', {}, el('legend', {}, this.strings.legends[group.key] ?? group.key), list));
    }
    this.updateFilters(all);
  }

  /** The filter counts of the search on screen (after the filters were built late), without showing its results again. */
  private async refreshCounts(): Promise<void> {
    const pagefind = this.pagefind;
    const filters = pagefindFilters(this.state.filters);
    if (!pagefind || (this.state.q === '' && Object.keys(filters).length === 0)) return;
    const token = this.seq;
    const response = await pagefind.search(this.state.q === '' ? null : this.state.q, { filters });
    if (token === this.seq) this.updateFilters(response.filters ?? {});
  }

  private optionName(key: FilterKey, value: string): string {
    return key === 'type' ? this.strings.types[value] ?? value : value;
  }

  private updateFilters(counts: FilterCounts): void {
    for (const box of this.checkboxes.values()) {
      box.input.checked = this.state.filters[box.key].includes(box.value);
      const count = counts[box.key]?.[box.value] ?? 0;
      box.label.textContent = fillTemplate(this.strings.filterOption, { value: this.optionName(box.key, box.value), count });
    }
    const any = FILTER_KEYS.some((k) => this.state.filters[k].length > 0);
    this.ref<HTMLButtonElement>('clear').hidden = !any;
  }

  private announce(text: string): void {
    this.ref<HTMLElement>('status').textContent = text;
  }

  private async run(history: 'push' | 'replace' | null): Promise<void> {
    if (!this.pagefind) return;
    const token = ++this.seq;
    if (history) {
      const url = `${window.location.pathname}${serializeSearchState(this.state)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    const list = this.ref<HTMLOListElement>('results');
    list.setAttribute('aria-busy', 'true');
    try {
      await this.usePeriod();
    } catch {
      this.ref('app').hidden = true;
      this.ref('error').hidden = false;
      return;
    }
    const pagefind = this.pagefind;
    if (token !== this.seq || !pagefind) return;
    const filters = pagefindFilters(this.state.filters);
    const filtered = Object.keys(filters).length > 0;
    if (this.state.q === '' && !filtered) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      this.pending = [];
      this.shown = 0;
      this.total = 0;
      this.ref<HTMLButtonElement>('more').hidden = true;
      this.ref<HTMLElement>('showing').textContent = '';
      if (this.filtersBuilt) this.updateFilters(await pagefind.filters());
      this.ref('suggest').hidden = true;
      this.announce('');
      return;
    }
    const response = await pagefind.search(this.state.q === '' ? null : this.state.q, { filters });
    if (token !== this.seq) return;
    this.updateFilters(response.filters ?? {});
    this.pending = response.results;
    this.total = response.results.length;
    this.shown = 0;
    list.replaceChildren();
    const first = await this.showMore(false);
    if (token !== this.seq) return;
    list.removeAttribute('aria-busy');
    const s = this.strings;
    // Pagefind falls back to shorter prefixes of a word no page contains: say so instead of
    // presenting pages that only share a first letter as answers.
    const onlyPrefixes = this.state.q !== '' && this.total > 0 && !foundAskedWords(first.map((d) => d.excerpt), this.state.q);
    const nothing = this.total === 0 || onlyPrefixes;
    const message =
      this.state.q === ''
        ? this.total === 0 ? s.noFilteredResults : fillTemplate(this.total === 1 ? s.countFilteredOne : s.countFilteredOther, { count: this.total })
        : this.total === 0
          ? fillTemplate(s.noResults, { query: this.state.q })
          : onlyPrefixes
            ? fillTemplate(s.onlySimilar, { query: this.state.q })
            : fillTemplate(this.total === 1 ? s.countOne : s.countOther, { count: this.total, query: this.state.q });
    this.ref('suggest').hidden = !nothing;
    // With the index split by period, say which years were searched.
    const periods = this.periods;
    const scope = periods ? fillTemplate(s.periods.scope, { years: periodYears(periods, this.periodKey, s.periods) }) : '';
    this.announce(scope === '' ? message : `${message}${/[.!?]$/.test(message) ? '' : '.'} ${scope}`);
  }

  /**
   * "Show more results": the button is disabled and the list marked busy until the next results are on
   * screen, so a second press cannot load the same results twice (and a test can wait for the list to settle).
   */
  private async moreClicked(): Promise<void> {
    const more = this.ref<HTMLButtonElement>('more');
    if (more.disabled) return;
    const token = this.seq;
    const list = this.ref<HTMLOListElement>('results');
    more.disabled = true;
    list.setAttribute('aria-busy', 'true');
    try {
      await this.showMore(true);
    } finally {
      more.disabled = false;
      // A new search started meanwhile owns the busy state.
      if (token === this.seq) list.removeAttribute('aria-busy');
    }
  }

  /**
   * Load and show the next page of results: only their PAGE_SIZE fragments are fetched (result.data()),
   * never the rest until asked. When asked, move focus to the first new one once all are shown.
   */
  private async showMore(focus: boolean): Promise<ResultData[]> {
    const token = this.seq;
    const batch = this.pending.slice(this.shown, this.shown + PAGE_SIZE);
    const list = this.ref<HTMLOListElement>('results');
    const data: ResultData[] = [];
    const items: HTMLLIElement[] = [];
    // All ten fragments are fetched at once, and each result is shown as soon as it and those before it
    // have arrived: the first is on screen without waiting for the tenth.
    for (const next of batch.map((r) => r.data())) {
      const d = await next;
      if (token !== this.seq) return data;
      data.push(d);
      const item = this.renderResult(d);
      items.push(item);
      list.append(item);
    }
    this.shown += batch.length;
    const more = this.ref<HTMLButtonElement>('more');
    more.hidden = this.shown >= this.total;
    const showing = this.total > PAGE_SIZE ? fillTemplate(this.strings.showing, { shown: this.shown, count: this.total }) : '';
    this.ref<HTMLElement>('showing').textContent = showing;
    if (focus) {
      items[0]?.querySelector('a')?.focus();
      // "Show more results" was pressed: say politely how many are now shown (the one status region).
      this.announce(showing);
    }
    return data;
  }

  private renderResult(d: ResultData): HTMLLIElement {
    const s = this.strings;
    const title = d.meta['title'] ?? d.url;
    const type = d.meta['type'];
    const meta = el('p', { class: 'result-meta' },
      el('span', { class: 'visually-hidden' }, `${s.typeLabel} `),
      el('span', { class: 'result-type' }, type ? s.types[type] ?? type : s.untyped));
    if (d.meta['date']) {
      meta.append(' · ', el('span', { class: 'visually-hidden' }, `${s.dateLabel} `), d.meta['date']);
    }
    const area = this.areas.find((a) => d.url.startsWith(a.base));
    if (area) meta.append(' · ', el('span', { class: 'visually-hidden' }, `${s.areaLabel} `), area.name);
    const excerpt = el('p', { class: 'result-excerpt' });
    for (const part of excerptParts(d.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
    const li = el('li', { class: 'result' }, el('h3', {}, el('a', { href: d.url }, title)), meta, excerpt);
    const best = [...(d.sub_results ?? [])]
      .filter((r) => r.url !== d.url && r.url.includes('#'))
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    if (best) li.append(el('p', { class: 'result-best' }, `${s.bestMatch} `, el('a', { href: best.url }, best.title)));
    return li;
  }
}

if (!customElements.get('os-search')) customElements.define('os-search', OsSearch);
