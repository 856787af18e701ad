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
