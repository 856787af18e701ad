/** Where each entry and list lives: the URL contract of ../shared/content-model.md. */
import { SECTION, type CollectionName } from './content-model.ts';

export function entryUrl(collection: CollectionName, id: string): string {
  return collection === 'pages' ? `/${id}/` : `/${SECTION[collection]}/${id}/`;
}

export function sectionUrl(collection: Exclude<CollectionName, 'pages'>): string {
  return `/${SECTION[collection]}/`;
}

/** The overview of the categories in use (/nieuws/categorie/), or one category's news. */
export const newsCategoryUrl = (category?: string) => (category ? `/nieuws/categorie/${category}/` : '/nieuws/categorie/');
/** The overview of every tag (/nieuws/tag/), or one tag's news. */
export const newsTagUrl = (tag?: string) => (tag ? `/nieuws/tag/${tag}/` : '/nieuws/tag/');
/** The overview of the statuses in use (/projecten/status/), or one status's projects. */
export const projectStatusUrl = (status?: string) => (status ? `/projecten/status/${status}/` : '/projecten/status/');
export const searchUrl = (query?: string) => (query ? `/zoeken/?q=${encodeURIComponent(query)}` : '/zoeken/');
