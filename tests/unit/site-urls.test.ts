/**
 * The addresses a link in a body may point at: every page the build makes,
 * list pages of ten news items included, and nothing a draft or an empty list
 * would not make.
 */
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/content-model.ts';
import { siteUrls } from '../../src/lib/validation/site-urls.ts';

type Entry = { collection: CollectionName; id: string; draft: boolean; data?: Record<string, unknown> };
// Without tags the field is left out, as editors do.
const news = (n: number, category: string, tags: string[] = []): Entry => ({ collection: 'news', id: `bericht-${category}-${n}`, draft: false, data: tags.length ? { category, tags } : { category } });

describe('the pages a link may point at', () => {
  // 20 published news items (two pages): 11 about networks, all tagged mantelzorg, 9 about policy; a draft, a project and a page beside them.
  const entries: Entry[] = [
    ...Array.from({ length: 11 }, (_, i) => news(i + 1, 'netwerk', ['mantelzorg'])),
    ...Array.from({ length: 9 }, (_, i) => news(i + 1, 'beleid', i === 0 ? ['jongeren'] : [])),
    { collection: 'news', id: 'concept', draft: true, data: { category: 'onderwijs', tags: ['concept-tag'] } },
    { collection: 'projects', id: 'proefproject', draft: false, data: { status: 'lopend' } },
    { collection: 'pages', id: 'over', draft: false },
  ];
  // Asked inside each test, so a mutation run knows which tests reach siteUrls.
  const urlsOf = () => [...siteUrls(entries)];

  it('pages the news, each category and each tag in use by ten: page 2 only where there are more than ten; none for a category without news', () => {
    const lists = urlsOf().filter((u) => u.startsWith('/nieuws/') && !u.startsWith('/nieuws/bericht-')).sort();
    expect(lists).toEqual([
      '/nieuws/',
      '/nieuws/2/',
      '/nieuws/categorie/',
      '/nieuws/categorie/beleid/',
      '/nieuws/categorie/netwerk/',
      '/nieuws/categorie/netwerk/2/',
      '/nieuws/tag/',
      '/nieuws/tag/jongeren/',
      '/nieuws/tag/mantelzorg/',
      '/nieuws/tag/mantelzorg/2/',
    ]);
  });

  it('has each published entry and the fixed pages; a draft, and a project counted as news, have none', () => {
    const urls = urlsOf();
    expect(urls).toContain('/nieuws/bericht-netwerk-11/');
    expect(urls).toContain('/projecten/proefproject/');
    // A status page only for a status a published project has, as src/pages/projecten/status/ makes them.
    expect(urls.filter((u) => u.startsWith('/projecten/status/'))).toEqual(['/projecten/status/', '/projecten/status/lopend/']);
    expect(urls).toContain('/over/');
    expect(urls).toContain('/zoeken/');
    expect(urls).not.toContain('/nieuws/concept/');
    expect(urls.filter((u) => u.startsWith('/nieuws/bericht-'))).toHaveLength(20);
  });

  it('a single news item: one page of news, no page 2', () => {
    const one = [...siteUrls([news(1, 'netwerk')])];
    expect(one).toContain('/nieuws/');
    expect(one).toContain('/nieuws/categorie/netwerk/');
    expect(one.filter((u) => /\/\d+\/$/.test(u))).toEqual([]);
  });

  it('without any entry: the fixed pages, feeds and data files, and each section\'s overview', () => {
    expect([...siteUrls([])].sort()).toEqual([
      '/',
      '/404.html',
      '/data/netwerken.json',
      '/data/projecten.csv',
      '/data/projecten.json',
      '/netwerken/',
      '/nieuws/',
      '/nieuws/categorie/',
      '/nieuws/tag/',
      '/organisaties/',
      '/pacten/',
      '/projecten/',
      '/projecten/status/',
      '/robots.txt',
      '/rss.xml',
      '/rss/',
      '/sitemap-index.xml',
      '/themas/',
      '/zoeken/',
    ]);
  });
});
