/** The news feed: the newest 50 items, in Dutch, valid RSS 2.0. */
import rss from '@astrojs/rss';
import { escapeText } from 'entities';
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { FEED_SIZE, LABELS } from '../lib/content-model.ts';
import { roleInSentence } from '../lib/nl.ts';
import { entryUrl } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { news } = await getSite();
  return rss({
    title: `${SITE.name}: nieuws`,
    description: `Nieuws over ${roleInSentence(SITE.tagline)}.`,
    site: site ?? SITE.url,
    customData: '<language>nl-nl</language>',
    items: news.slice(0, FEED_SIZE).map((item) => ({
      title: item.data.title,
      link: entryUrl('news', item.id),
      pubDate: item.data.date,
      // A feed reader reads <description> as HTML: escaped once more, a summary is only ever text.
      description: escapeText(item.data.description),
      categories: [LABELS.category[item.data.category]],
    })),
  });
};
