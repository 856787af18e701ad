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

/** A filter value as shown: page types by their Dutch label, other values (areas, themes, years) as they are. */
export function filterValueLabel(filter: FilterName, value: string): string {
  return filter === 'type' ? (TYPE_LABELS[value as SearchType] ?? value) : value;
}

/** One page of a type, and several, as the search page counts them ("en 13 andere netwerkpagina’s"). */
const TYPE_COUNTED: Record<SearchType, [one: string, more: string]> = {
  nieuws: ['nieuwsbericht', 'nieuwsberichten'],
  pact: ['pact', 'pacten'],
  netwerk: ['netwerkpagina', 'netwerkpagina’s'],
  project: ['projectkaart', 'projectkaarten'],
  thema: ['thema', 'thema’s'],
  organisatie: ['organisatiepagina', 'organisatiepagina’s'],
  pagina: ['pagina', 'pagina’s'],
};

/** "13 andere netwerkpagina’s", "1 andere projectkaart". */
export function othersOfType(type: string, count: number): string {
  const [one, more] = TYPE_COUNTED[type as SearchType] ?? ['pagina', 'pagina’s'];
  return `${count} andere ${count === 1 ? one : more}`;
}
