/**
 * A search as a shareable URL: /zoeken/?q=wijkteam&netwerk=Delfshaven&sorteer=datum,
 * and &letterlijk=1 for a query searched as typed, without a correction in its place.
 * Read when the search page opens, written back as the reader types, filters
 * and sorts, so the address bar can always be copied and sent.
 */
import { FILTERS, type FilterName } from './facets.ts';

export type SortOrder = 'relevantie' | 'datum';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortOrder;
  /** Search the words as typed: the reader chose "zoek in plaats daarvan naar …". */
  literal: boolean;
}

/** The longest query searched and shown, in characters: a query is a few words; a pasted text or a crafted link is cut. */
export const QUERY_MAX = 200;

/**
 * A query as it is searched and shown back: control characters (a NUL, a tab)
 * become spaces, format characters (a right-to-left override that would turn
 * the page's own sentence around, a soft hyphen) go, runs of spaces become one,
 * and at most QUERY_MAX characters are kept.
 */
export function cleanQuery(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ').replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX).trim();
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters, sort: params.get('sorteer') === 'datum' ? 'datum' : 'relevantie', literal: params.get('letterlijk') === '1' };
}

/** "?q=…&netwerk=…", or "" for an empty search; filters Pagefind does not know are dropped. */
export function searchQueryString(state: { query: string; filters?: Record<string, unknown>; sort?: SortOrder; literal?: boolean }): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTERS) {
    const value = state.filters?.[name];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const v of values) params.append(name, String(v));
  }
  if (state.sort === 'datum') params.set('sorteer', 'datum');
  if (state.literal && state.query.trim()) params.set('letterlijk', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Filter values from an address as the site writes them, matched case aside (netwerk=delfshaven is Delfshaven); a
 * value the site does not have is left out, so a shared or hand-written link cannot tick a filter no box shows
 * (helper-43: "Geen resultaten met dit filter", with no filter to untick). `known`: Pagefind's filters and their values.
 */
export function knownFilterValues(filters: SearchState['filters'], known: Record<string, Record<string, number>>): SearchState['filters'] {
  const matched: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const written = new Map(Object.keys(known[name] ?? {}).map((value) => [value.toLocaleLowerCase('nl'), value]));
    const values = [...new Set((filters[name] ?? []).flatMap((value) => written.get(value.toLocaleLowerCase('nl')) ?? []))];
    if (values.length) matched[name] = values;
  }
  return matched;
}

/** Pagefind's filter option: a result matches any of the values chosen within one filter, and every filter. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const chosen: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) if (values?.length) chosen[name] = { any: values };
  return chosen;
}

/** Pagefind's sort option for an order: newest first by the indexed date, or by relevance. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
  return sort === 'datum' ? { date: 'desc' } : {};
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}
