/**
 * The search page, on Pagefind's JavaScript API: our own form, filters,
 * result list and live count, kept in step with the address bar
 * (/zoeken/?q=…&netwerk=…&sorteer=datum) so a search can be shared. Pagefind
 * and its index load only here. Excerpts are shown without the marks that the
 * index puts between the parts of compound words (src/lib/search/excerpt.ts).
 */
import { FEW_RESULTS, needsSuggestions, withoutCompoundMarks } from '../lib/search/excerpt.ts';
import { FILTERS, FILTER_LABELS, filterValueLabel, type FilterName } from '../lib/search/facets.ts';
import { hasCriteria, pagefindFilters, pagefindSort, readSearchState, searchQueryString, type SearchState, type SortOrder } from '../lib/search/search-url.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse>;
  debouncedSearch(term: string | null, options: Record<string, unknown>, wait: number): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGEFIND = '/pagefind/pagefind.js';
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

const element = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

async function start() {
  const form = element<HTMLFormElement>('#zoekformulier');
  const input = element<HTMLInputElement>('#zoekterm');
  const sort = element<HTMLSelectElement>('#zoek-sortering');
  const filterPane = element<HTMLDivElement>('#zoek-filters');
  const status = element<HTMLDivElement>('#zoek-status');
  const list = element<HTMLOListElement>('#zoek-resultaten');
  const more = element<HTMLButtonElement>('#zoek-meer');
  const suggestions = element<HTMLParagraphElement>('#zoek-suggesties');

  const state: SearchState = readSearchState(location.search);
  input.value = state.query;
  sort.value = state.sort;

  /**
   * Pagefind, its WebAssembly, the index metadata and the filters load when a
   * reader turns to the search box (or arrives with a search in the address),
   * not with the page: a reader who only looks pays about 10 KB, not 90–250 KB.
   */
  let engine: Promise<{ pagefind: Pagefind; allFilters: Record<string, Record<string, number>> }> | undefined;
  const loadEngine = () =>
    (engine ??= (async () => {
      const pagefind: Pagefind = await import(/* @vite-ignore */ PAGEFIND);
      await pagefind.options({ excerptLength: 30 });
      await pagefind.init();
      const allFilters = await pagefind.filters();
      // The filter groups are built once; a search updates their counts in place, so focus stays on the box a reader ticked.
      filterPane.replaceChildren(
        ...FILTERS.filter((name) => Object.keys(allFilters[name] ?? {}).length > 0).map((name) => filterGroup(name, allFilters[name]!, state.filters[name] ?? [])),
      );
      return { pagefind, allFilters };
    })());

  let shown: PagefindResponse['results'] = [];
  let vocabulary: Promise<import('../lib/search/suggest.ts').Vocabulary> | undefined;
  let rendered = 0;
  let firstExcerpts: string[] = []; // of the first results shown: did the query itself match, or only its start?

  let latest = 0; // the newest search: an older one that answers later (a typing pause, a slow chunk) is dropped

  /** Runs the current search (typing: after a pause, and only the last one counts). */
  async function run(typing = false) {
    const id = ++latest;
    const { pagefind, allFilters } = await loadEngine();
    state.query = input.value.trim();
    state.sort = sort.value as SortOrder;
    if (!hasCriteria(state)) {
      renderFilters(allFilters);
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      suggestions.replaceChildren();
      writeUrl();
      return;
    }
    const options = { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort) };
    const term = state.query || null;
    const response = typing ? await pagefind.debouncedSearch(term, options, TYPING_PAUSE_MS) : await pagefind.search(term, options);
    if (!response || id !== latest) return; // a newer search has replaced this one
    shown = response.results;
    rendered = 0;
    list.replaceChildren();
    renderFilters(response.filters);
    status.textContent = summary(shown.length, state.query);
    await renderMore(id);
    if (id !== latest) return;
    writeUrl(); // once the results are shown, so the address always describes what is on screen
    await offerSuggestions(pagefind, state.query, shown.length, options);
  }

  /** "Bedoelde je …?" under a search that finds nothing or little: corrections that do find more. */
  async function offerSuggestions(pagefind: Pagefind, query: string, found: number, options: Record<string, unknown>) {
    suggestions.replaceChildren();
    if (!needsSuggestions(query, found, firstExcerpts)) return;
    const { suggestQueries, parseVocabulary, VOCABULARY_URL } = await import('../lib/search/suggest.ts');
    vocabulary ??= fetch(`/${VOCABULARY_URL}`).then((r) => (r.ok ? r.text() : '')).then(parseVocabulary);
    const candidates = suggestQueries(query, await vocabulary);
    const better: string[] = [];
    for (const candidate of candidates) {
      // A correction must find something; where the query found little, at least as much.
      const count = (await pagefind.search(candidate, options)).results.length;
      if (count > 0 && (found >= FEW_RESULTS || count >= found)) better.push(candidate);
    }
    if (query !== state.query || better.length === 0) return; // the reader has typed on, or nothing helps
    const links = better.map((candidate) => {
      const link = document.createElement('a');
      link.href = `${location.pathname}${searchQueryString({ ...state, query: candidate })}`;
      link.textContent = candidate;
      return link;
    });
    suggestions.append('Bedoelde je ', ...links.flatMap((link, i) => (i === 0 ? [link] : [i === links.length - 1 ? ' of ' : ', ', link])), '?');
  }

  function writeUrl() {
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  async function renderMore(id = latest) {
    const next = await Promise.all(shown.slice(rendered, rendered + PAGE_SIZE).map((r) => r.data()));
    if (id !== latest) return []; // a newer search has started while these loaded
    if (rendered === 0) firstExcerpts = next.map((d) => d.excerpt);
    const items = next.map(resultItem);
    list.append(...items);
    rendered += next.length;
    more.hidden = rendered >= shown.length;
    return items;
  }

  function renderFilters(counts: Record<string, Record<string, number>>) {
    for (const box of filterPane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.parentElement!.querySelector('.count')!.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  }

  filterPane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as FilterName;
    const chosen = new Set(state.filters[name] ?? []);
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    if (chosen.size) state.filters[name] = [...chosen];
    else delete state.filters[name];
    void run();
  });
  input.addEventListener('input', () => void run(true));
  // A reader who turns to the box is about to search: load while they type the first letters.
  input.addEventListener('focus', () => void loadEngine(), { once: true });
  filterPane.closest('.search-filters')!.addEventListener('pointerenter', () => void loadEngine(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  sort.addEventListener('change', () => void run());
  more.addEventListener('click', async () => {
    const items = await renderMore();
    items[0]?.querySelector('a')?.focus(); // the reader continues where the new results begin
  });

  document.documentElement.dataset.search = 'ready';
  if (hasCriteria(state)) await run();
}

function summary(count: number, query: string): string {
  const found = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  return query ? `${found} voor ‘${query}’` : found;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const meta = document.createElement('p');
  meta.className = 'meta';
  const type = document.createElement('span');
  type.textContent = filterValueLabel('type', data.meta.type ?? '');
  meta.append(type);
  if (data.meta.date && data.meta.datum) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = data.meta.datum;
    meta.append(' · ', time);
  }
  const title = document.createElement('h2');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind's excerpt is escaped text with <mark> around the matches.
  excerpt.innerHTML = withoutCompoundMarks(data.excerpt);
  item.append(meta, title, excerpt);
  return item;
}

function filterGroup(name: FilterName, counts: Record<string, number>, chosen: string[]): HTMLDetailsElement {
  const group = document.createElement('details');
  group.open = chosen.length > 0;
  const heading = document.createElement('summary');
  heading.textContent = FILTER_LABELS[name];
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.className = 'visually-hidden';
  legend.textContent = FILTER_LABELS[name];
  fieldset.append(legend);
  const values = Object.keys(counts).sort(name === 'jaar' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, 'nl'));
  for (const value of values) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    box.checked = chosen.includes(value);
    const text = document.createElement('span');
    text.textContent = filterValueLabel(name, value);
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `(${counts[value] ?? 0})`;
    label.append(box, text, count);
    fieldset.append(label);
  }
  group.append(heading, fieldset);
  return group;
}

start().catch((error: unknown) => {
  element('#zoek-fout').textContent = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik het menu.';
  console.error(error);
});
