/** Where each entry and list lives: the URL contract of ../shared/content-model.md. */
import { SECTION, type CollectionName } from './content-model.ts';

export function entryUrl(collection: CollectionName, id: string): string {
  return collection === 'pages' ? `/${id}/` : `/${SECTION[collection]}/${id}/`;
}

export function sectionUrl(collection: Exclude<CollectionName, 'pages'>): string {
  return `/${SECTION[collection]}/`;
}

export const newsCategoryUrl = (category: string) => `/nieuws/categorie/${category}/`;
/** The overview of every tag (/nieuws/tag/), or one tag's news. */
export const newsTagUrl = (tag?: string) => (tag ? `/nieuws/tag/${tag}/` : '/nieuws/tag/');
export const projectStatusUrl = (status: string) => `/projecten/status/${status}/`;
export const searchUrl = (query?: string) => (query ? `/zoeken/?q=${encodeURIComponent(query)}` : '/zoeken/');
