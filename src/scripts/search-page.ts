/**
 * The search page: loads Pagefind's Component UI on demand and connects it to
 * the page's own search form and sort choice, and to the address bar
 * (/zoeken/?q=…&netwerk=…&sorteer=datum), so a search can be shared.
 */
import { hasCriteria, pagefindSort, readSearchState, searchQueryString, type SortOrder } from '../lib/search/search-url.ts';

interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, string>;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

const COMPONENT_UI = '/pagefind/pagefind-component-ui.js';

async function start() {
  const form = document.querySelector<HTMLFormElement>('#zoekformulier');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const sort = document.querySelector<HTMLSelectElement>('#zoek-sortering');
  if (!form || !input || !sort) return;

  await import(/* @vite-ignore */ COMPONENT_UI);
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');

  const state = readSearchState(location.search);
  input.value = state.query;
  sort.value = state.sort;
  instance.searchSort = pagefindSort(state.sort);

  const writeUrl = (term: string, filters: Record<string, string[]>) => {
    const url = `${location.pathname}${searchQueryString({ query: term, filters, sort: sort.value as SortOrder })}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  };
  instance.on('search', writeUrl);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => instance.triggerSearchWithFilters(input.value, instance.searchFilters ?? {}), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    instance.triggerSearchWithFilters(input.value, instance.searchFilters ?? {});
  });
  sort.addEventListener('change', () => {
    instance.searchSort = pagefindSort(sort.value as SortOrder);
    instance.triggerSearchWithFilters(input.value, instance.searchFilters ?? {});
  });

  document.documentElement.dataset.search = 'ready';
  if (hasCriteria(state)) instance.triggerSearchWithFilters(state.query, state.filters as Record<string, string[]>);
}

start().catch((error: unknown) => {
  const status = document.querySelector('#zoek-fout');
  if (status) status.textContent = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik het menu.';
  console.error(error);
});
