/**
 * Every URL path the built site will have, from the checked entries: what a
 * link in a Markdown body may point at. Mirrors the routes in src/pages/.
 */
import { COLLECTIONS, NEWS_CATEGORIES, PROJECT_STATUSES, type CollectionName } from '../content-model.ts';
import { valuesInUse } from '../in-use.ts';
import { pageCount, pageUrl } from '../pagination.ts';
import { entryUrl, newsCategoryUrl, newsTagUrl, projectStatusUrl, sectionUrl } from '../urls.ts';

// The overviews of tags, categories and statuses are made even when empty (they say so).
export const FIXED_URLS = ['/', '/zoeken/', '/nieuws/tag/', '/nieuws/categorie/', '/projecten/status/', '/rss/', '/rss.xml', '/robots.txt', '/sitemap-index.xml', '/404.html', '/data/projecten.json', '/data/projecten.csv', '/data/netwerken.json'];

export function siteUrls(entries: readonly { collection: CollectionName; id: string; draft: boolean; data?: Record<string, unknown> }[]): Set<string> {
  const urls = new Set(FIXED_URLS);
  for (const collection of COLLECTIONS) if (collection !== 'pages') urls.add(sectionUrl(collection));
  const published = entries.filter((e) => !e.draft);
  for (const e of published) urls.add(entryUrl(e.collection, e.id));
  const news = published.filter((e) => e.collection === 'news');
  for (let page = 2; page <= pageCount(news.length); page++) urls.add(pageUrl('/nieuws/', page));
  // A category or a status without entries gets no page (src/pages/nieuws/categorie/, src/pages/projecten/status/).
  for (const category of valuesInUse(NEWS_CATEGORIES, news.map((n) => n.data?.category as (typeof NEWS_CATEGORIES)[number]))) {
    const count = news.filter((n) => n.data?.category === category).length;
    for (let page = 1; page <= pageCount(count); page++) urls.add(pageUrl(newsCategoryUrl(category), page));
  }
  const tags = new Map<string, number>();
  for (const n of news) for (const tag of (n.data?.tags as string[] | undefined) ?? []) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  for (const [tag, count] of tags) for (let page = 1; page <= pageCount(count); page++) urls.add(pageUrl(newsTagUrl(tag), page));
  const projects = published.filter((e) => e.collection === 'projects');
  for (const status of valuesInUse(PROJECT_STATUSES, projects.map((p) => p.data?.status as (typeof PROJECT_STATUSES)[number]))) urls.add(projectStatusUrl(status));
  return urls;
}
