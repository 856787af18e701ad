/**
 * The search page, on Pagefind's JavaScript API: our own form, filters,
 * result rows and live count, kept in step with the address bar
 * (/zoeken/?q=…&netwerk=…&sorteer=datum) so a search can be shared. What a
 * search answers (missing words, corrections, order, filter counts) is
 * src/lib/search/answer.ts, which comes with this script; Pagefind loads when a
 * reader turns to the box, so a reader who only looks does not pay for it. Excerpts are shown
 * without the index's compound marks (src/lib/search/excerpt.ts).
 */
import { withoutCompoundMarks } from '../lib/search/excerpt.ts';
import { FILTERS, FILTER_LABELS, filterValueLabel, othersOfType, type FilterName } from '../lib/search/facets.ts';
import { PAGEFIND_OPTIONS } from '../lib/search/ranking.ts';
import { cleanQuery, hasCriteria, knownFilterValues, pagefindFilters, pagefindSort, readSearchState, searchQueryString, type SearchState, type SortOrder } from '../lib/search/search-url.ts';
import { answer, filterCounts, type Answer, type SearchEngine } from '../lib/search/answer.ts';
import { findsAsTyped, searchTitle, statusText, writtenApart } from '../lib/search/messages.ts';
import { fillRows, type Row, type ShownResult } from '../lib/search/rows.ts';
import { parseVocabulary, VOCABULARY_URL, type Vocabulary } from '../lib/search/suggest.ts';
import { searchUrl } from '../lib/urls.ts';

/**
 * The page's own path, never the address bar's: a server that also answers //zoeken/ (or a browser that reads /\zoeken/
 * so) would give links to //zoeken/?q=…, the host "zoeken", and an address history refuses (helper-35).
 */
const SEARCH_PATH = searchUrl();

interface PagefindInstance extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

interface Pagefind extends PagefindInstance {
  /** Another Pagefind with its own worker and loaded chunks, from the same script. */
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const PAGEFIND = '/pagefind/pagefind.js';
/** Rows shown at a time. */
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;
/** How long a reader must stop typing before the count is read out to them. */
const ANNOUNCE_PAUSE_MS = 1000;

const element = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs `task` once the next frame is painted (a frame callback runs before the paint, a task queued there after it). */
const afterPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));

async function start() {
  const form = element<HTMLFormElement>('#zoekformulier');
  const input = element<HTMLInputElement>('#zoekterm');
  const parts = element<HTMLDivElement>('#zoek-onderdelen');
  const toggle = element<HTMLButtonElement>('#zoek-filterknop');
  const sort = element<HTMLSelectElement>('#zoek-sortering');
  const filterPane = element<HTMLDivElement>('#zoek-filters');
  const status = element<HTMLDivElement>('#zoek-status');
  const announcement = element<HTMLDivElement>('#zoek-melding');
  const notes = element<HTMLParagraphElement>('#zoek-suggesties');
  const overviews = element<HTMLDivElement>('#zoek-overzichten');
  const filterArea = parts.querySelector<HTMLDivElement>('.search-filters')!;
  const list = element<HTMLOListElement>('#zoek-resultaten');
  const more = element<HTMLButtonElement>('#zoek-meer');

  const ownTitle = document.title;
  const state: SearchState = readSearchState(location.search);
  input.value = state.query;
  sort.value = state.sort;
  parts.hidden = false; // sort, filters and results work now
  renderToggle();

  /**
   * Pagefind, its WebAssembly and the index metadata load when a reader turns
   * to the search box (or arrives with a search in the address), not with the
   * page. The answering logic comes in this script: as a chunk of its own it
   * cost a request after focus and 1.6 KB of Vite's loader (2 December).
   */
  let engine: Promise<Pagefind> | undefined;
  const loadEngine = () =>
    (engine ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.init();
      return pagefind;
    })());

  /**
   * The filters and their counts come from a second Pagefind, loaded once the
   * first results are on screen (or the filters are opened): Pagefind counts
   * every filter it has loaded on every search, which at 10,000 pages takes
   * longer than the search itself, so the one that answers loads only the
   * filters a search uses (answer.ts, `filterCounts`).
   */
  let counter: Promise<PagefindInstance> | undefined;
  let filtersAdjusted = false;
  const loadCounter = () =>
    (counter ??= (async () => {
      const pagefind = (await loadEngine()).createInstance(PAGEFIND_OPTIONS);
      await pagefind.init();
      const allFilters = await pagefind.filters();
      // Values from the address as the site writes them (netwerk=delfshaven), before any box is built or ticked; the search
      // on screen then runs again (loading every filter before the first results would slow every shared search).
      const known = knownFilterValues(state.filters, allFilters);
      if (JSON.stringify(known) !== JSON.stringify(state.filters)) {
        state.filters = known;
        filtersAdjusted = true;
        renderToggle();
      }
      // The filter groups are built once; a search updates their counts in place, so focus stays on the box a reader ticked.
      filterPane.replaceChildren(
        ...FILTERS.filter((name) => Object.keys(allFilters[name] ?? {}).length > 0).map((name) => filterGroup(name, allFilters[name]!, state.filters[name] ?? [])),
      );
      return pagefind;
    })());

  /** The pane is busy from the moment a search is on screen until its counts are, which start once that screen is painted. */
  function recountFilters(id: number, answered: Answer | undefined) {
    filterPane.setAttribute('aria-busy', 'true');
    afterPaint(() => void showFilterCounts(id, answered));
  }

  /** Counts what ticking each filter value would give for the search on screen; a newer search drops them. */
  async function showFilterCounts(id: number, answered: Answer | undefined) {
    if (id !== latest) return;
    const counting = await loadCounter();
    if (filtersAdjusted) {
      filtersAdjusted = false;
      void run();
      return;
    }
    const counts = answered ? await filterCounts(counting, answered, { filters: pagefindFilters(state.filters) }) : await counting.filters();
    if (id !== latest) return;
    renderFilterCounts(counts);
    filterPane.removeAttribute('aria-busy');
  }

  /** The site's words for corrections: fetched only when a typed word is not on the site. */
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = () => (vocabulary ??= fetch(`/${VOCABULARY_URL}`).then((r) => (r.ok ? r.text() : '')).then(parseVocabulary));

  let found: Answer | undefined;
  let rows: Row[] = [];
  let loaded = 0;
  const shownRows = new Map<Row, { item: HTMLLIElement; alike: number }>();
  /** Pages with nearly the same excerpt share a row for a query; a list by filters alone shows every page it holds. */
  const folds = () => state.query.trim() !== '';
  let latest = 0; // the newest search: an older one that answers later (a typing pause, a slow chunk) is dropped

  /** Runs the current search; `how` says what started it: typing waits for a pause, a submit brings the answer into view. */
  async function run(how: 'typing' | 'submit' | 'change' = 'change') {
    const id = ++latest;
    const pagefind = await loadEngine();
    if (how === 'typing') await pause(TYPING_PAUSE_MS);
    if (id !== latest) return;
    state.query = cleanQuery(input.value);
    state.sort = sort.value as SortOrder;
    if (!hasCriteria(state)) {
      found = undefined;
      recountFilters(id, undefined);
      status.textContent = '';
      announce('', 'now');
      notes.replaceChildren();
      renderNothingFound(undefined);
      list.replaceChildren();
      more.hidden = true;
      writeUrl(how);
      return;
    }
    const answered = await answer(pagefind, state.query, { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort), literal: state.literal, vocabulary: loadVocabulary });
    if (id !== latest) return; // a newer search has replaced this one
    const fresh: Row[] = [];
    const count = await fillRows(answered.results, 0, fresh, PAGE_SIZE, () => id === latest, folds());
    if (id !== latest) return;
    found = answered;
    rows = fresh;
    loaded = count;
    shownRows.clear();
    list.replaceChildren();
    renderRows();
    recountFilters(id, answered);
    renderStatus(how === 'typing' ? 'after-pause' : 'now');
    renderNotes(answered);
    renderNothingFound(answered);
    writeUrl(how); // once the results are shown, so the address always describes what is on screen
    if (how === 'submit') bringIntoView();
  }

  /** The rows loaded so far: new ones appended, earlier ones redrawn where more pages with the same text were found. */
  function renderRows(): HTMLLIElement[] {
    const added: HTMLLIElement[] = [];
    for (const row of rows) {
      const shown = shownRows.get(row);
      if (shown && shown.alike === row.alike.length) continue;
      const item = rowItem(row);
      if (shown) shown.item.replaceWith(item);
      else {
        list.append(item);
        added.push(item);
      }
      shownRows.set(row, { item, alike: row.alike.length });
    }
    more.hidden = loaded >= (found?.results.length ?? 0);
    return added;
  }

  /** The count line: the results, and the rows they stand in when pages with the same text share one. */
  function renderStatus(when: 'now' | 'after-pause' = 'now') {
    if (!found) return;
    const held = rows.reduce((n, row) => n + 1 + row.alike.length, 0);
    status.textContent = statusText(found, Object.values(state.filters).flat().length, { rows: rows.length, results: held });
    announce(status.textContent, when);
  }

  /**
   * What the live region reads out: the count line, while typing only once the reader has paused a while (helper-43: every
   * few letters were read out, "2 resultaten voor ‘vri’, … ‘vrij’, … ‘vrijw’"), and only when it changed.
   */
  let announcing: ReturnType<typeof setTimeout> | undefined;
  function announce(text: string, when: 'now' | 'after-pause') {
    clearTimeout(announcing);
    const say = () => {
      if (announcement.textContent !== text) announcement.textContent = text;
    };
    if (when === 'now') say();
    else announcing = setTimeout(say, ANNOUNCE_PAUSE_MS);
  }

  /** Under the count: the correction searched instead, the corrections offered, or the way out of filters that hide everything. */
  function renderNotes(answered: Answer) {
    notes.replaceChildren();
    const link = (query: string, literal = false) => {
      const a = document.createElement('a');
      a.href = `${SEARCH_PATH}${searchQueryString({ ...state, query, literal })}`;
      a.textContent = query;
      return a;
    };
    // No way back to the query as typed where it finds nothing (each word missing, as the count line says; helper-30), nor to
    // a word whose parts were searched: those are no other spelling (helper-28).
    if (answered.corrected && (!findsAsTyped(answered) || writtenApart(answered.query, answered.corrected))) return;
    // "a, b of c", each a link to its search.
    const links = (queries: readonly string[]) => queries.map((query) => link(query)).flatMap((a, i) => (i === 0 ? [a] : [i === queries.length - 1 ? ' of ' : ', ', a]));
    if (answered.corrected) {
      const strong = document.createElement('strong');
      strong.textContent = answered.corrected;
      notes.append('Gezocht naar ', strong, ' — zoek in plaats daarvan naar ', link(answered.query, true));
    } else if (answered.offers.length > 0) {
      notes.append('Bedoelde je ', ...links(answered.offers), '?');
    } else if (answered.unquoted) {
      notes.append('Zoek zonder aanhalingstekens: ', link(answered.unquoted));
    } else if (answered.eachAlone && answered.eachAlone.length > 0) {
      notes.append('Zoek op één woord: ', ...links(answered.eachAlone));
    } else if (answered.eachPart && answered.eachPart.length > 0) {
      notes.append('Zoek op een deel van het woord: ', ...links(answered.eachPart));
    } else if (answered.results.length === 0 && answered.withoutFilters > 0 && Object.keys(state.filters).length > 0) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'button-secondary';
      clear.textContent = 'Filters wissen';
      clear.addEventListener('click', () => {
        state.filters = {};
        for (const box of filterPane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
        renderToggle();
        void run().then(() => input.focus());
      });
      notes.append(clear);
    }
  }

  /**
   * Nothing found, and not because of filters: filters and sorting have nothing
   * to work on (every value would say 0), so they make way for the overview pages.
   */
  function renderNothingFound(answered: Answer | undefined) {
    const nothing = answered !== undefined && answered.results.length === 0 && answered.withoutFilters === 0;
    filterArea.hidden = nothing;
    overviews.hidden = !nothing;
  }

  /** On a small screen the header, the box and the filter button can push the answer below the fold: scroll to the count. */
  function bringIntoView() {
    // What must show below the count: the first result's title, or else the line under the count (a correction, "Filters wissen").
    const target = list.firstElementChild?.querySelector('.search-result-title') ?? (notes.hasChildNodes() ? notes : status);
    if (status.getBoundingClientRect().top < 0 || target.getBoundingClientRect().bottom > window.innerHeight) {
      status.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  }

  /** The query of the current history entry, and whether the reader is still typing it. */
  let entryQuery = state.query;
  let typingInEntry = false;

  /**
   * The address of what is on screen. A new query gets a history entry of its own, so Back returns to the
   * search before it: the first pause in typing it (or Enter) adds the entry, further typing refines that
   * entry, and so do filters and sorting.
   */
  function writeUrl(how: 'typing' | 'submit' | 'change' = 'change') {
    const url = `${SEARCH_PATH}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (state.query !== entryQuery && !typingInEntry && how !== 'change') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    // After pushState, so the new history entry carries the title of its own search.
    document.title = searchTitle(state.query, ownTitle);
    entryQuery = state.query;
    typingInEntry = how === 'typing';
  }
  // Back and Forward: the search of that entry, as its address says.
  window.addEventListener('popstate', () => {
    const entry = readSearchState(location.search);
    Object.assign(state, entry);
    entryQuery = entry.query;
    typingInEntry = false;
    input.value = entry.query;
    sort.value = entry.sort;
    for (const box of filterPane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = (entry.filters[box.name as FilterName] ?? []).includes(box.value);
    renderToggle();
    void run();
  });

  function renderFilterCounts(counts: Record<string, Record<string, number>>) {
    for (const box of filterPane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = counts[box.name]?.[box.value] ?? 0;
      box.parentElement!.querySelector('.count')!.textContent = `(${count})`;
      leadsNowhere(box, count);
    }
  }

  /** The filter button says how many values are ticked, so a reader sees filters are on while the panel is folded. */
  function renderToggle() {
    const ticked = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    toggle.textContent = ticked ? `Filters (${ticked} gekozen)` : 'Filters';
  }

  toggle.addEventListener('click', () => {
    toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    void loadCounter();
  });
  filterPane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as FilterName;
    const chosen = new Set(state.filters[name] ?? []);
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    if (chosen.size) state.filters[name] = [...chosen];
    else delete state.filters[name];
    renderToggle();
    void run();
  });
  input.addEventListener('input', () => {
    state.literal = false; // a new query may be corrected again
    // The index chunks of the words being typed load now, not after Enter (BENCHMARKS.md). Not before the word has three
    // letters: the chunks of every word that begins with one or two letters are much of an index ("t" fetched 134 kB at 10,000 pages).
    const typed = cleanQuery(input.value);
    if (/\p{L}{3}\S*$/u.test(typed)) void loadEngine().then((pagefind) => pagefind.preload(typed));
    void run('typing');
  });
  // A reader who turns to the box is about to search: load while they type the first letters.
  input.addEventListener('focus', () => void loadEngine(), { once: true });
  // A reader about to use the filters before searching: by mouse, or by keyboard as the sort menu takes focus (helper-43: on a desktop
  // the keyboard went from the sort menu to the footer, the filters never loaded).
  filterArea.addEventListener('pointerenter', () => void loadCounter(), { once: true });
  filterArea.addEventListener('focusin', () => void loadCounter(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('submit');
  });
  sort.addEventListener('change', () => void run());
  /**
   * Loads further results a screen at a time until `enough` says so (given the rows added) or all are loaded,
   * and shows them; the rows added, or undefined when a newer search took over.
   */
  async function loadMore(enough: (added: readonly HTMLLIElement[]) => boolean): Promise<HTMLLIElement[] | undefined> {
    const id = latest;
    const total = found?.results.length ?? 0;
    const added: HTMLLIElement[] = [];
    do {
      loaded = await fillRows(found?.results ?? [], loaded, rows, PAGE_SIZE, () => id === latest, folds());
      if (id !== latest) return undefined;
      added.push(...renderRows());
    } while (!enough(added) && loaded < total);
    renderStatus();
    return added;
  }

  more.addEventListener('click', async () => {
    // Results that share a row already shown (pages with the same text) add no row: load on until one is added or all are.
    const added = await loadMore((rowsAdded) => rowsAdded.length > 0);
    // The reader continues where the new results begin; with none new, the button is gone: the last row, which grew.
    if (added) (added[0] ?? list.lastElementChild)?.querySelector('a')?.focus();
  });

  document.documentElement.dataset.search = 'ready';
  // Leaving for a result: the entry keeps how many results were shown and where the page stood, for a Back that reloads the page.
  window.addEventListener('pagehide', () => history.replaceState({ ...history.state, shown: loaded, scrollY: window.scrollY }, ''));
  const place = history.state as { shown?: number; scrollY?: number } | null;
  if (hasCriteria(state)) await run('submit'); // arriving with a search (the header's form, a shared address) is a submit too
  // Arriving without one, no results are on their way: no room is kept for them (helper-54: a screen of white on a phone).
  else parts.classList.add('search-idle');
  // Back to a search left with more results shown ("Meer resultaten tonen"): as many again, and the page where it stood.
  if (place?.shown && place.shown > loaded && (await loadMore(() => loaded >= place.shown!))) window.scrollTo(0, place.scrollY ?? 0);
}

function rowItem({ result, alike }: Row): HTMLLIElement {
  const item = resultItem(result);
  if (alike.length > 0) {
    // The same excerpt on other pages: one row, the others a click away.
    const others = document.createElement('details');
    others.className = 'search-result-alike';
    const summary = document.createElement('summary');
    summary.textContent = `en ${othersOfType(result.type, alike.length)} met bijna dezelfde tekst`;
    const links = document.createElement('ul');
    for (const other of alike) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = other.url;
      a.textContent = other.title;
      li.append(a);
      links.append(li);
    }
    others.append(summary, links);
    item.append(others);
  }
  return item;
}

function resultItem(data: ShownResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const meta = document.createElement('p');
  meta.className = 'meta';
  const type = document.createElement('span');
  type.textContent = filterValueLabel('type', data.type);
  meta.append(type);
  if (data.date && data.datum) {
    const time = document.createElement('time');
    time.dateTime = data.date;
    time.textContent = data.datum;
    meta.append(' · ', time);
  }
  const title = document.createElement('h2');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.title;
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
    leadsNowhere(box, counts[value] ?? 0);
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

/**
 * A value that would leave no result cannot be ticked (helper-45: "Netwerk (0)" could be, and led to nothing); one that is
 * ticked stays free to untick, whatever its count.
 */
function leadsNowhere(box: HTMLInputElement, count: number): void {
  box.disabled = count === 0 && !box.checked;
}
