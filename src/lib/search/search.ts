/**
 * Site search (Pagefind): the attributes pages carry so that results have a
 * title, type and date and can be filtered, plus the pure helpers the
 * <os-search> element uses in the browser (URL state, filter query, excerpt
 * sanitising, message templates). No DOM and no Astro imports here.
 *
 * Filter names are fixed and shared by every page: type, body, year, pillar.
 * Meta keys: title, type, date (display text). Pages set them through
 * Base's `mainAttributes={searchAttributes({...})}`.
 */

/** How long the search page waits after the last key press before it searches (Pagefind's preload runs meanwhile). */
export const SEARCH_DEBOUNCE_MS = 350;

/** The kinds of page a result can be. */
export const SEARCH_TYPES = ['meeting', 'report', 'question', 'action', 'indicator', 'person', 'glossary', 'paper'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Pagefind filter names, in the order the search page shows them. `area` is only in a national search across several areas' portals (Pagefind's mergeFilter), never in one area's index.
 */
export const FILTER_KEYS = ['area', 'type', 'body', 'year', 'pillar'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What a page tells the search index about itself. */
export interface SearchFacts {
  /** The kind of page. */
  type: SearchType;
  /** Result title (defaults to the page's first h1 when omitted). */
  title?: string | undefined;
  /** Date to show with the result, as display text (e.g. "8 October 2024", "2017, date not stated"). */
  date?: string | undefined;
  /** The scrutiny body's name, e.g. "PCC Accountability Meeting". */
  body?: string | undefined;
  /** The year, e.g. 2024 or "2024". */
  year?: number | string | undefined;
  /** Pillar or priority labels (see planEntryLabels). */
  pillars?: readonly string[] | undefined;
}

/**
 * Attributes for <main> (Base's `mainAttributes`). Values sit in their own
 * data attributes and Pagefind captures them with `key[attribute]`, so commas,
 * colons and quotes in titles need no escaping (Pagefind allows only one
 * inline `key:value` per attribute).
 */
export function searchAttributes(facts: SearchFacts): Record<string, string> {
  const attrs: Record<string, string> = { 'data-pf-type': facts.type };
  const filters = ['type[data-pf-type]'];
  const meta = ['type[data-pf-type]'];
  const put = (attr: string, value: string | number | undefined): boolean => {
    if (value === undefined) return false;
    const text = String(value).trim();
    if (text === '') return false;
    attrs[attr] = text;
    return true;
  };
  if (put('data-pf-title', facts.title)) meta.push('title[data-pf-title]');
  if (put('data-pf-date', facts.date)) meta.push('date[data-pf-date]');
  if (put('data-pf-body', facts.body)) filters.push('body[data-pf-body]');
  if (put('data-pf-year', facts.year)) filters.push('year[data-pf-year]');
  [...new Set(facts.pillars ?? [])].forEach((pillar, i) => {
    if (put(`data-pf-pillar-${i + 1}`, pillar)) filters.push(`pillar[data-pf-pillar-${i + 1}]`);
  });
  attrs['data-pagefind-filter'] = filters.join(', ');
  attrs['data-pagefind-meta'] = meta.join(', ');
  return attrs;
}

/** A plan as far as labels need it. */
interface PlanLike {
  data: { period: string; unit: 'priority' | 'pillar'; entries: { id: string; number: number; title: string }[] };
}

const labelCache = new WeakMap<readonly PlanLike[], Map<string, string>>();

/**
 * The pillar filter value of every plan entry, by entry id:
 * "Pillar 1: Sustain Norfolk Constabulary (2022-24)", "Priority 5: … (2016-17)".
 * Memoised per plans array.
 */
export function planEntryLabels(plans: readonly PlanLike[]): Map<string, string> {
  const cached = labelCache.get(plans);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const plan of plans) {
    const unit = plan.data.unit === 'pillar' ? 'Pillar' : 'Priority';
    for (const e of plan.data.entries) map.set(e.id, `${unit} ${e.number}: ${e.title} (${plan.data.period})`);
  }
  labelCache.set(plans, map);
  return map;
}

// ---------------------------------------------------------------------------
// Browser-side helpers (used by src/components/Search/os-search.ts)

/** The search as the URL holds it: /search/?q=naloxone&type=question&year=2024&years=2017-2018 */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  /** The years searched when the index is split by period (periods.ts): a period's id, "all", or "" for the newest. */
  years: string;
}

export const emptyFilters = (): Record<FilterKey, string[]> => ({ area: [], type: [], body: [], year: [], pillar: [] });

/** Read the state from a query string ("?q=…&type=…"). Unknown parameters are ignored; repeated ones accumulate. */
export function parseSearchState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => v !== ''))];
  return { q: (params.get('q') ?? '').trim(), filters, years: (params.get('years') ?? '').trim() };
}

/** Write the state as a query string, "" when empty. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.years.trim() !== '') params.set('years', state.years.trim());
  const out = params.toString();
  return out === '' ? '' : `?${out}`;
}

/** Pagefind's filter option: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(filters: Record<FilterKey, string[]>): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key].length > 0) out[key] = { any: [...filters[key]] };
  return out;
}

export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}
export interface FilterGroup {
  key: FilterKey;
  options: FilterOption[];
}

/**
 * The filter controls to show, from Pagefind's `filters()` counts: fixed key
 * order; types in SEARCH_TYPES order, years newest first, others alphabetical.
 * A chosen value stays listed even when the index no longer has it.
 */
export function filterGroups(available: Record<string, Record<string, number>>, chosen: Record<FilterKey, string[]>): FilterGroup[] {
  const groups: FilterGroup[] = [];
  for (const key of FILTER_KEYS) {
    const counts = { ...(available[key] ?? {}) };
    for (const value of chosen[key]) counts[value] ??= 0;
    const values = Object.keys(counts);
    if (values.length === 0) continue;
    const rank = (v: string): number => {
      const i = (SEARCH_TYPES as readonly string[]).indexOf(v);
      return i === -1 ? SEARCH_TYPES.length : i;
    };
    values.sort(
      key === 'type'
        ? (a, b) => rank(a) - rank(b) || a.localeCompare(b)
        : key === 'year'
          ? (a, b) => b.localeCompare(a, 'en', { numeric: true })
          : (a, b) => a.localeCompare(b, 'en-GB', { numeric: true }),
    );
    groups.push({ key, options: values.map((value) => ({ value, count: counts[value] ?? 0, checked: chosen[key].includes(value) })) });
  }
  return groups;
}

/** A piece of a result excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind writes (named basics and numeric). Unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt reduced to text and <mark> runs. Every other tag is
 * dropped and references decoded, so the caller builds text nodes and <mark>
 * elements and never assigns HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) mark = true;
    else if (/^<\/mark/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text === '') continue;
      const prev = parts[parts.length - 1];
      if (prev && prev.mark === mark) prev.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** Fill an i18next-style template ("{{count}} results") with values. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
