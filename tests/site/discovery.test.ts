/**
 * Sharing and discovery on the real site: the RSS feed against the news
 * collection, the sitemap against the built pages, robots.txt, canonical and
 * Open Graph tags, and JSON-LD per page type.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, LABELS } from '../../src/lib/content-model.ts';
import { SITE } from '../../src/site.ts';
import { publishedEntries } from '../helpers/content-index.ts';
import { FEED_MARKUP_SUMMARY } from '../helpers/search-fixture.ts';
import { builtPages, page, siteDir, text } from '../helpers/dist.ts';
import { decodeHTML } from 'entities';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const read = (file: string) => readFileSync(path.join(siteDir(), file), 'utf8');
const pages = builtPages();
const abs = (p: string) => new URL(p, SITE.url).href;

function jsonLd(url: string): Record<string, any>[] {
  return page(url).querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
}

describe('RSS feed', () => {
  it('is RSS 2.0 in Dutch with the newest news items, matching the collection', async () => {
    const feed = xml.parse(read('rss.xml'));
    expect(feed.rss['@_version']).toBe('2.0');
    const channel = feed.rss.channel;
    expect(channel.language).toBe('nl-nl');
    expect(channel.link).toBe(abs('/'));
    const news = (await publishedEntries()).of('news').sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
    expect(channel.item).toHaveLength(Math.min(50, news.length));
    channel.item.forEach((item: any, i: number) => {
      const entry = news[i]!;
      expect(item.title).toBe(entry.data.title);
      expect(item.link).toBe(abs(`/nieuws/${entry.id}/`));
      expect(item.guid['#text']).toBe(item.link);
      // A feed reader renders <description> as HTML: it must show the summary as text, with no markup in it.
      expect(item.description).not.toMatch(/[<>]/);
      expect(decodeHTML(item.description)).toBe(entry.data.description);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(entry.data.date.toISOString().slice(0, 10));
      expect(item.category).toEqual([LABELS.category[entry.data.category as keyof typeof LABELS.category]]);
    });
  });
  it('carries a summary with markup characters as text, so a feed reader shows it and never renders it', () => {
    const feed = xml.parse(readFileSync(path.join(process.env.FIXTURE_SITE_DIR!, 'rss.xml'), 'utf8'));
    const item = feed.rss.channel.item.find((i: any) => decodeHTML(i.description) === FEED_MARKUP_SUMMARY);
    expect(item, 'the item with markup in its summary').toBeDefined();
    expect(item.description).toBe('Een samenvatting met a &lt; b &amp; c &gt; d erin, en jongeren &lt;18.');
  });
  it('is announced in the head of every page', () => {
    for (const url of pages) expect(page(url).querySelector('head link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), url).toBe('/rss.xml');
  });
  it('is offered to readers by a page that says what it is and gives its address to copy, not as raw XML (helper-45)', () => {
    for (const url of pages) expect(page(url).querySelector('footer a[href="/rss/"]')?.textContent, url).toBe('Nieuws als RSS-feed');
    const rss = page('/rss/');
    expect(text(rss.querySelector('h1'))).toBe('Nieuws volgen met RSS');
    expect(text(rss.querySelector('.feed-address'))).toMatch(/^https:\/\/[^/]+\/rss\.xml$/);
    expect(text(rss.querySelector('main'))).toContain(`De feed bevat de ${FEED_SIZE} nieuwste berichten`);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists exactly the built public pages, once each, without the 404 page', () => {
    const index = xml.parse(read('sitemap-index.xml'));
    const sitemaps: string[] = index.sitemapindex.sitemap.map((s: any) => s.loc);
    const locs = sitemaps.flatMap((loc) => xml.parse(read(new URL(loc).pathname.slice(1))).urlset.url.map((u: any) => u.loc as string));
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(pages.filter((p) => p !== '/404.html').map(abs).sort());
  });
  it('gives entry pages a lastmod', () => {
    const urls = xml.parse(read('sitemap-0.xml')).urlset.url as { loc: string; lastmod?: string }[];
    const news = urls.find((u) => u.loc === abs('/nieuws/veertien-cooperatieve-netwerken-ondertekend/'));
    expect(news?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(new Date(news!.lastmod!).getTime()).toBeGreaterThanOrEqual(new Date('2016-09-30').getTime());
  });
  it('robots.txt points at the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });
});

describe('head metadata', () => {
  const cases = [
    ['/', 'website'],
    ['/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/', 'article'],
    ['/netwerken/delfshaven/', 'website'],
    ['/projecten/wep-trein/', 'website'],
    ['/pacten/zorg-en-welzijnspact-flevoland/', 'website'],
    ['/organisaties/laurens/', 'website'],
    ['/themas/iedereen-doet-mee/', 'website'],
    ['/privacy/', 'website'],
  ] as const;
  it.each(cases)('%s has canonical, Open Graph and Twitter tags', (url, type) => {
    const head = page(url).querySelector('head')!;
    const meta = (attr: string, name: string) => head.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(abs(url));
    expect(meta('property', 'og:url')).toBe(abs(url));
    expect(meta('property', 'og:type')).toBe(type);
    expect(meta('property', 'og:locale')).toBe('nl_NL');
    expect(meta('property', 'og:title')?.length).toBeGreaterThan(2);
    expect(meta('property', 'og:description')).toBe(meta('name', 'description'));
    expect(meta('property', 'og:image')).toBe(abs('/og-image.png'));
    expect(meta('property', 'og:image:alt')?.length).toBeGreaterThan(5);
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    expect(meta('name', 'twitter:image')).toBe(abs('/og-image.png'));
  });
  it('gives news its publication date', () => {
    expect(page('/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/').querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe('2023-11-29');
  });
  it('ships the default share image', () => {
    expect(readFileSync(path.join(siteDir(), 'og-image.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('JSON-LD', () => {
  it('describes every page below home with a BreadcrumbList ending at the page', () => {
    for (const url of pages.filter((p) => p !== '/' && p !== '/404.html')) {
      const crumbs = jsonLd(url).find((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs, url).toBeDefined();
      expect(crumbs!['@context']).toBe('https://schema.org');
      expect(crumbs!.itemListElement[0]).toEqual({ '@type': 'ListItem', position: 1, name: 'Home', item: abs('/') });
      expect(crumbs!.itemListElement.at(-1).item).toBe(abs(url));
    }
  });
  it('marks news as NewsArticle', () => {
    const article = jsonLd('/nieuws/veertien-cooperatieve-netwerken-ondertekend/').find((d) => d['@type'] === 'NewsArticle')!;
    expect(article.headline).toBe('Veertien coöperatieve netwerken van zorg en welzijn ondertekend');
    expect(article.datePublished).toBe('2016-09-30');
    expect(article.inLanguage).toBe('nl-NL');
    // Our rewrite is the site's; the source article and its author are credited as what it is based on.
    expect(article.author).toEqual({ '@type': 'Organization', name: SITE.name, url: SITE.url });
    expect(article.isBasedOn.author).toEqual({ '@type': 'Person', name: 'Gerda van Beek' });
    expect(article.publisher.name).toBe(SITE.name);
    expect(article.image[0]).toBe(abs('/og-image.png'));
  });
  it('marks organisations and pacts as Organization, networks as AdministrativeArea, fact sheets as Project', () => {
    const org = jsonLd('/organisaties/laurens/').find((d) => d['@type'] === 'Organization')!;
    expect(org.name).toBe('Laurens');
    expect(org.address.addressLocality).toBe('Rotterdam');
    const pact = jsonLd('/pacten/zorg-en-welzijnspact-flevoland/').find((d) => d['@type'] === 'Organization')!;
    expect(pact.areaServed).toBe('Flevoland');
    expect(pact.member[0].name).toBe('Woonzorg Flevoland');
    const area = jsonLd('/netwerken/ijsselmonde/').find((d) => d['@type'] === 'AdministrativeArea')!;
    expect(area.name).toBe('IJsselmonde');
    expect(area.containedInPlace.name).toBe('Rotterdam');
    const project = jsonLd('/projecten/zorg-thuis-en-in-de-buurt/').find((d) => d['@type'] === 'Project')!;
    expect(project.name).toBe('Zorg Thuis & In de Buurt');
    expect(project.parentOrganization.name).toBe('wmo radar');
    // Only the partner the source names as such; MOB, Humanitas and the others are named in the text, not members (issue 22).
    expect(project.member.map((m: { name: string }) => m.name)).toEqual(['Gemeente Rotterdam']);
  });
});
