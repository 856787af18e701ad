/** The search facets: page types and the filters a reader can narrow on. */
import type { CollectionName } from '../content-model.ts';

export const SEARCH_TYPES = {
  news: 'nieuws',
  pacts: 'pact',
  networks: 'netwerk',
  projects: 'project',
  themes: 'thema',
  organisations: 'organisatie',
  pages: 'pagina',
} as const satisfies Record<CollectionName, string>;

export type SearchType = (typeof SEARCH_TYPES)[CollectionName];

/** Filter names as they appear in the index and in shareable search URLs. */
export const FILTERS = ['type', 'netwerk', 'thema', 'jaar'] as const;
export type FilterName = (typeof FILTERS)[number];

/** How the search page names each filter. */
export const FILTER_LABELS: Record<FilterName, string> = { type: 'Soort', netwerk: 'Netwerk', thema: 'Thema', jaar: 'Jaar' };

/** How a reader sees the page types in results and filters. */
const TYPE_LABELS: Record<SearchType, string> = {
  nieuws: 'Nieuws',
  pact: 'Pact',
  netwerk: 'Netwerk',
  project: 'Projectkaart',
  thema: 'Thema',
  organisatie: 'Organisatie',
  pagina: 'Pagina',
};

/**
 * What the date a result shows is, where it is not the day a page appeared (helper-43: a network's "28 september 2016"
 * read as the day its page was written; it is the day the network was signed).
 */
const DATE_WORDS: Partial<Record<SearchType, string>> = { netwerk: 'ondertekend', project: 'start', pact: 'opgericht', pagina: 'bijgewerkt' };

/** A result's date as the search page shows it: "28 september 2016" for news, "ondertekend 28 september 2016" for a network. */
export const shownDate = (type: SearchType, written: string): string => (DATE_WORDS[type] ? `${DATE_WORDS[type]} ${written}` : written);

/** A filter value as shown: page types by their Dutch label, other values (areas, themes, years) as they are. */
export function filterValueLabel(filter: FilterName, value: string): string {
  return filter === 'type' ? (TYPE_LABELS[value as SearchType] ?? value) : value;
}

/**
 * One other page of a type, and several, as the search page counts them ("en 13
 * andere netwerkpagina’s"): a het-word takes "ander" in the singular (1 ander
 * nieuwsbericht), a de-word "andere" (1 andere projectkaart).
 */
const TYPE_COUNTED: Record<SearchType, [one: string, more: string]> = {
  nieuws: ['ander nieuwsbericht', 'andere nieuwsberichten'],
  pact: ['ander pact', 'andere pacten'],
  netwerk: ['andere netwerkpagina', 'andere netwerkpagina’s'],
  project: ['andere projectkaart', 'andere projectkaarten'],
  thema: ['ander thema', 'andere thema’s'],
  organisatie: ['andere organisatiepagina', 'andere organisatiepagina’s'],
  pagina: ['andere pagina', 'andere pagina’s'],
};

/** "13 andere netwerkpagina’s", "1 andere projectkaart", "1 ander nieuwsbericht". */
export function othersOfType(type: string, count: number): string {
  const [one, more] = TYPE_COUNTED[type as SearchType] ?? ['andere pagina', 'andere pagina’s'];
  return `${count} ${count === 1 ? one : more}`;
}
