/**
 * The real site, built from content/, read as HTML: every page type has its
 * headings, Dutch dates, links both ways, the area map and no script.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS, LEAD_COLLECTIONS, type CollectionName } from '../../src/lib/content-model.ts';
import { SAMPLE_PAGES } from '../../src/lib/weight.ts';
import { slugify } from '../../src/lib/slug.ts';
import { builtPages, fileOf, hrefs, page, text } from '../helpers/dist.ts';
import { readGitDates } from '../../src/lib/git-dates.ts';
import { formatDate } from '../../src/lib/nl.ts';
import { projectRoot } from '../helpers/build.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { siteUrls } from '../../src/lib/validation/site-urls.ts';

const pages = builtPages();

describe('every page', () => {
  it('is built for every contract URL', () => {
    for (const url of ['/', '/404.html', '/nieuws/', '/pacten/', '/netwerken/', '/projecten/', '/themas/', '/organisaties/', '/zoeken/', '/over/', '/toegankelijkheid/', '/privacy/']) {
      expect(pages).toContain(url);
    }
    expect(pages.filter((p) => /^\/netwerken\/[^/]+\/$/.test(p))).toHaveLength(14);
  });

  it('is exactly the set of pages a link in the content may point at: none the link check refuses, none it lets through to a 404', async () => {
    const { entries } = await validateContent(projectRoot);
    expect(pages).toEqual([...siteUrls(entries)].filter((url) => url.endsWith('/') || url.endsWith('.html')).sort());
  });

  it.each(pages)('%s has the page shell: lang nl, skip link first, one h1, main, footer links', (url) => {
    const doc = page(url);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('nl');
    const firstLink = doc.querySelector('body a');
    expect(firstLink?.getAttribute('href')).toBe('#inhoud');
    expect(text(firstLink)).toBe('Direct naar de inhoud');
    expect(doc.querySelectorAll('main#inhoud')).toHaveLength(1);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const title = doc.querySelector('title')?.textContent ?? '';
    expect(title.length).toBeGreaterThan(5);
    expect(title.replace(/ \| Zorg en Welzijn Rotterdam$/, '').length, 'the page’s own part of the title').toBeLessThanOrEqual(70);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThan(20);
    // Sentences joined into one keep one full stop (helper-57: "…kan beginnen.. Nieuws").
    expect(description).not.toMatch(/[.!?]\.(?!\.)|\s[.,]/);
    const footer = hrefs(doc.querySelector('footer')!);
    expect(footer).toEqual(expect.arrayContaining(['/over/', '/toegankelijkheid/', '/privacy/']));
  });

  // The content check advises against a first paragraph that repeats the summary only where the page shows it above the text.
  it.each([['news', 'nieuws'], ['pacts', 'pact'], ['networks', 'netwerk'], ['projects', 'project'], ['themes', 'thema'], ['organisations', 'organisatie'], ['pages', 'pagina']] as [CollectionName, string][])(
    'a page of %s shows its summary above the text as the check expects (LEAD_COLLECTIONS)',
    (collection, type) => {
      const doc = page(SAMPLE_PAGES[type]!);
      const lead = doc.querySelector('main p.lead');
      expect(lead !== null, SAMPLE_PAGES[type]).toBe(LEAD_COLLECTIONS.has(collection));
      if (lead) expect(text(lead)).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    },
  );

  it.each(pages)('%s has a heading outline without skipped levels', (url) => {
    const levels = page(url).querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1);
    });
  });

  // The search page, and the 404 page's few lines that put the address's words in its search box.
  it.each(pages.filter((p) => p !== '/zoeken/' && p !== '/404.html'))('%s carries no script', (url) => {
    expect(page(url).querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('shares one stylesheet of at most 25 KB, with a print style', () => {
    const sheets = new Set(pages.flatMap((url) => page(url).querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!)));
    const css = [...sheets].map((href) => readFileSync(fileOf(href), 'utf8')).join('');
    expect(Buffer.byteLength(css)).toBeLessThanOrEqual(25 * 1024);
    expect(css).toContain('@media print');
    expect(css).toContain('prefers-color-scheme:dark');
    expect(css).not.toMatch(/@import|url\(["']?https?:/);
  });

  it('marks the current section in the main navigation', () => {
    expect(page('/nieuws/').querySelector('.main-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/nieuws/');
    expect(page('/netwerken/delfshaven/').querySelector('.main-nav a[aria-current]')?.getAttribute('href')).toBe('/netwerken/');
  });

  it('gives every page below home breadcrumbs ending in the current page', () => {
    for (const url of pages.filter((p) => p !== '/' && p !== '/404.html')) {
      const crumbs = page(url).querySelectorAll('nav.breadcrumbs li');
      expect(crumbs.length, url).toBeGreaterThanOrEqual(2);
      expect(crumbs[0]!.querySelector('a')?.getAttribute('href')).toBe('/');
      expect(crumbs.at(-1)!.querySelector('[aria-current="page"]'), url).not.toBeNull();
    }
  });
});

describe('news', () => {
  const url = '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/';
  it('shows tags by their Dutch label, with the slug as the URL', () => {
    const tags = page('/nieuws/veertien-cooperatieve-netwerken-ondertekend/').querySelectorAll('main ul.tags a');
    expect(tags.map((a) => [text(a), a.getAttribute('href')])).toEqual(
      expect.arrayContaining([
        ['Coöperatie', '/nieuws/tag/cooperatie/'],
        ['Wijkgericht werken', '/nieuws/tag/wijkgericht-werken/'],
        ['Nieuw Rotterdams Welzijn', '/nieuws/tag/nieuw-rotterdams-welzijn/'],
      ]),
    );
    expect(text(page('/nieuws/tag/wijkgericht-werken/').querySelector('h1'))).toBe('Nieuws met trefwoord “Wijkgericht werken”');
  });
  it('shows the Dutch date, category, source and tags', () => {
    const doc = page(url);
    expect(text(doc.querySelector('h1'))).toBe('VWS op werkbezoek bij Laurens Delfshaven');
    const time = doc.querySelector('main time');
    expect(time?.getAttribute('datetime')).toBe('2023-11-29');
    expect(text(time)).toBe('29 november 2023');
    expect(hrefs(doc.querySelector('main')!)).toEqual(expect.arrayContaining(['/nieuws/categorie/netwerk/', '/nieuws/tag/inclusie/']));
    expect(text(doc.querySelector('main .source-note'))).toBe('Bron: deRotterdamseZorg, 29 november 2023. Dit bericht is op die bron gebaseerd en in eigen woorden geschreven.');
  });
  it('credits a source article\'s author as the source\'s, never as the byline of our rewrite', () => {
    const doc = page('/nieuws/veertien-cooperatieve-netwerken-ondertekend/');
    expect(text(doc.querySelector('main .meta'))).toBe('30 september 2016 · Samenwerking');
    expect(text(doc.querySelector('main .source-note'))).toContain('Bron: Zorgenz, artikel van Gerda van Beek, 30 september 2016.');
    const article = doc.querySelectorAll('script[type="application/ld+json"]').map((el) => JSON.parse(el.textContent)).find((d) => d['@type'] === 'NewsArticle');
    expect(article.author).toEqual({ '@type': 'Organization', name: 'Zorg en Welzijn Rotterdam', url: 'https://zorgwelzijn-rotterdam.nl' });
    expect(article.isBasedOn).toMatchObject({ publisher: { name: 'Zorgenz' }, author: { '@type': 'Person', name: 'Gerda van Beek' }, datePublished: '2016-09-30' });
  });
  it('links its network and organisations, and those link back', () => {
    expect(hrefs(page(url).querySelector('main')!)).toEqual(expect.arrayContaining(['/netwerken/delfshaven/', '/organisaties/laurens/', '/organisaties/ministerie-van-vws/']));
    expect(hrefs(page('/netwerken/delfshaven/').querySelector('main')!)).toContain(url);
    expect(hrefs(page('/organisaties/laurens/').querySelector('main')!)).toContain(url);
  });
  it('links the previous and next item as labelled links of their own, not again as related news', () => {
    const main = page(url).querySelector('main')!;
    expect(main.querySelector('a[rel="next"]')).toBeNull(); // the newest item
    const older = main.querySelector('nav.news-pager a[rel="prev"]')!;
    expect(older.getAttribute('href')).toBe('/nieuws/veertien-cooperatieve-netwerken-ondertekend/');
    expect(older.text).toBe('Ouder bericht Veertien coöperatieve netwerken van zorg en welzijn ondertekend');
    expect(page('/nieuws/veertien-cooperatieve-netwerken-ondertekend/').querySelector('main a[rel="next"]')?.getAttribute('href')).toBe(url);
    // The older item shares the Delfshaven network, so it is related too: linked once, as the older item.
    for (const doc of [page(url), page('/nieuws/veertien-cooperatieve-netwerken-ondertekend/')]) {
      const links = hrefs(doc.querySelector('main')!);
      const neighbour = doc.querySelector('nav.news-pager a')!.getAttribute('href')!;
      expect(links.filter((h) => h === neighbour)).toHaveLength(1);
    }
  });
  it('renders GitHub-flavoured tables from Markdown', () => {
    const table = page('/nieuws/veertien-cooperatieve-netwerken-ondertekend/').querySelector('.prose table');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(3);
  });
  it('lists news newest first with a count, by category too', () => {
    const list = page('/nieuws/').querySelectorAll('main .card h2 a').map((a) => a.getAttribute('href'));
    expect(list).toEqual([url, '/nieuws/veertien-cooperatieve-netwerken-ondertekend/']);
    expect(text(page('/nieuws/').querySelector('.lead'))).toContain('2 berichten');
    expect(page('/nieuws/categorie/samenwerking/').querySelectorAll('main .card')).toHaveLength(1);
  });
  it('links and builds only the categories that have news: no button leads to an empty list', () => {
    const nav = page('/nieuws/').querySelector('main nav.news-filter')!;
    expect(text(nav.querySelector(`#${nav.getAttribute('aria-labelledby')}`))).toBe('Nieuws per onderwerp:');
    const categories = hrefs(nav.querySelector('ul.tags')!);
    expect(categories).toEqual(['/nieuws/categorie/netwerk/', '/nieuws/categorie/samenwerking/']);
    expect(hrefs(nav)).toContain('/nieuws/tag/');
    expect(pages.filter((p) => /^\/nieuws\/categorie\/[^/]+\/$/.test(p))).toEqual(categories);
    expect(pages.filter((p) => /^\/projecten\/status\/[^/]+\/$/.test(p))).toEqual(['/projecten/status/afgerond/', '/projecten/status/gepland/', '/projecten/status/lopend/']);
  });
});

describe('the table of contents', () => {
  it.each(pages.filter((url) => page(url).querySelector('nav.toc')))('%s: every entry leads to a heading of the page, in the order the page shows them', (url) => {
    const doc = page(url);
    const targets = hrefs(doc.querySelector('nav.toc')!).map((href) => href.slice(1));
    const order = doc.querySelectorAll('main h2[id]').map((h) => h.getAttribute('id') ?? '');
    expect(targets.length).toBeGreaterThanOrEqual(3);
    expect(targets.every((id) => order.includes(id)), url).toBe(true);
    expect(targets).toEqual(order.filter((id) => targets.includes(id)));
  });
  it('lists what the page shows around the text too: a pact\'s themes, a statement\'s contact (helper-57)', () => {
    expect(hrefs(page('/pacten/zorg-en-welzijnspact-flevoland/').querySelector('nav.toc')!)[0]).toBe('#themas');
    expect(hrefs(page('/privacy/').querySelector('nav.toc')!).at(-1)).toBe('#contact');
    expect(hrefs(page('/toegankelijkheid/').querySelector('nav.toc')!).at(-1)).toBe('#contact');
  });
});

// Where a reader lands who shortens the address of a tag, category or status page (helper-57: each was a 404).
// Tags A to Z; categories and statuses in the order of the buttons above the news and the projects (a project's life: gepland, lopend, afgerond).
const buttons = (url: string) => page(url).querySelectorAll('main ul.tags a').map((a) => a.getAttribute('href'));
describe.each([
  ['/nieuws/tag/', /^\/nieuws\/tag\/[^/]+\/$/, (hrefs: string[]) => [...hrefs].sort((a, b) => text(page(a).querySelector('h1')).localeCompare(text(page(b).querySelector('h1')), 'nl'))],
  ['/nieuws/categorie/', /^\/nieuws\/categorie\/[^/]+\/$/, () => buttons('/nieuws/')],
  ['/projecten/status/', /^\/projecten\/status\/[^/]+\/$/, () => buttons('/projecten/')],
])('the overview %s', (overview, listPage, expectedOrder) => {
  it('lists every list page by its label, in order, with its count, each to its own list; each list page leads back to it', () => {
    const items = page(overview).querySelectorAll('main ul.column-list li');
    const listPages = pages.filter((p) => listPage.test(p));
    expect(listPages.length).toBeGreaterThan(1);
    const listed = items.map((li) => li.querySelector('a')!.getAttribute('href')!);
    expect([...listed].sort()).toEqual([...listPages].sort());
    expect(listed).toEqual(expectedOrder(listed));
    for (const li of items) {
      const own = page(li.querySelector('a')!.getAttribute('href')!);
      // The count the list's own page gives ("2 berichten in deze categorie.", "1 project."), and its name in the heading.
      const count = /^\d+ [a-z]+/.exec(text(own.querySelector('main .lead')))![0];
      expect(text(li)).toBe(`${text(li.querySelector('a'))} · ${count}`);
      expect(text(own.querySelector('h1')).toLowerCase()).toContain(text(li.querySelector('a')).toLowerCase());
      expect(hrefs(own.querySelector('nav[aria-label="Kruimelpad"]')!)).toContain(overview);
    }
  });
});

describe('networks', () => {
  it('shows the fourteen areas as a tile map of real links named as the areas are written, and as a list', () => {
    for (const url of ['/netwerken/', '/', '/netwerken/pernis/']) {
      const links = page(url).querySelectorAll('ul.area-map a');
      expect(links).toHaveLength(14);
      // The link text is the name, spaces included: "Prins Alexander", "Hoek van Holland".
      expect(links.map((a) => [a.text, a.getAttribute('href')]).sort()).toEqual(AREAS.map((area) => [area, `/netwerken/${slugify(area)}/`]).sort());
    }
    expect(page('/netwerken/').querySelectorAll('main ul.column-list li a')).toHaveLength(14);
  });
  it('gathers what refers to an area, with counts, and marks it on the map', () => {
    const doc = page('/netwerken/delfshaven/');
    expect(text(doc.querySelector('main'))).toContain('Ondertekend 28 september 2016');
    expect(text(doc.querySelector('main'))).toContain('Op deze site over Delfshaven: 1 nieuwsbericht en 1 project.');
    // The source gives the range of partners, not each network's number: no "0 partners".
    expect(text(doc.querySelector('main'))).toContain('Partners niet bekend; volgens het bericht over de ondertekening in 2016 had elk netwerk er 7 tot 23');
    expect(text(doc.querySelector('main'))).not.toMatch(/\b0 partners/);
    expect(doc.querySelector('ul.area-map a[aria-current="page"]')?.getAttribute('href')).toBe('/netwerken/delfshaven/');
    expect(hrefs(doc.querySelector('main')!)).toContain('/projecten/zorg-thuis-en-in-de-buurt/');
  });
});

describe('project fact sheets', () => {
  const url = '/projecten/zorg-thuis-en-in-de-buurt/';
  it('show status, lead, partners, network and target groups; no contact person the sources give no basis for', () => {
    const main = page(url).querySelector('main')!;
    expect(text(main)).toContain('Status Afgerond');
    expect(hrefs(main)).toEqual(expect.arrayContaining(['/organisaties/wmo-radar/', '/organisaties/gemeente-rotterdam/', '/netwerken/delfshaven/']));
    expect(text(main)).toContain('Doelgroepen Bewoners');
    expect(main.querySelectorAll('dl.facts dt').map(text)).not.toContain('Contact');
  });
  it('show key figures as a table and as a labelled bar chart', () => {
    const main = page(url).querySelector('main')!;
    const rows = main.querySelectorAll('table tbody tr').map((tr) => text(tr));
    expect(rows).toContain('Kandidaten in de pilot 9 personen Resultaat'); // no figure has a date: said once under the table
    expect(rows.join(' ')).not.toContain('weken'); // a duration is no result
    const chart = main.querySelector('.chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.querySelectorAll('svg.chart-bar rect')).toHaveLength(3);
    expect(chart.querySelectorAll('svg.chart-bar').map((svg) => svg.getAttribute('width'))).toEqual(['100%', '88.9%', '11.1%']);
    expect(text(chart)).toContain('Vrouwen onder de kandidaten 8 personen');
    // A target beside a result (the fixture site: the real projects have one figure each): hatched, and said in words.
    const targeted = page('/projecten/doel-en-resultaat/', process.env.FIXTURE_SITE_DIR!).querySelector('main .chart')!;
    expect(text(targeted)).toContain('Deelnemers 20 personen (doel)');
    expect(targeted.querySelectorAll('svg.chart-bar rect').map((rect) => rect.getAttribute('class'))).toEqual(['bar-resultaat', 'bar-doel']);
  });
  it('carry the page URL for print', () => {
    expect(text(page(url).querySelector('.print-only'))).toContain('https://zorgwelzijn-rotterdam.nl/projecten/zorg-thuis-en-in-de-buurt/');
  });
  it('link both ways with organisations, networks and themes', () => {
    expect(hrefs(page('/organisaties/wmo-radar/').querySelector('main')!)).toContain(url);
    expect(hrefs(page('/themas/iedereen-doet-mee/').querySelector('main')!)).toEqual(expect.arrayContaining(['/projecten/voortraject/', '/projecten/wep-trein/']));
    expect(hrefs(page('/projecten/voortraject/').querySelector('main')!)).toContain('/themas/iedereen-doet-mee/');
  });
  it('are listed by status and by theme', () => {
    expect(page('/projecten/status/lopend/').querySelectorAll('main .card')).toHaveLength(2);
    expect(page('/projecten/status/gepland/').querySelectorAll('main .card')).toHaveLength(2);
    expect(page('/projecten/status/afgerond/').querySelectorAll('main .card')).toHaveLength(1);
    expect(text(page('/projecten/').querySelector('main'))).toContain('Iedereen doet mee · 4 projecten');
  });
});

describe('pacts, themes, organisations and standing pages', () => {
  it('show a pact with its chair, members and themes', () => {
    const main = page('/pacten/zorg-en-welzijnspact-flevoland/').querySelector('main')!;
    expect(text(main)).toContain('Voorzitter Jan Krol, coach belevingsgericht werken bij Woonzorg Flevoland');
    expect(text(main)).toContain('Ook genoemd Werkbedrijf');
    expect(main.querySelectorAll('#themas + ul li')).toHaveLength(6);
    expect(hrefs(page('/organisaties/woonzorg-flevoland/').querySelector('main')!)).toContain('/pacten/zorg-en-welzijnspact-flevoland/');
  });
  it('list a theme’s projects with their figures', () => {
    const main = page('/themas/iedereen-doet-mee/').querySelector('main')!;
    expect(text(main)).toContain('Trekker Frank Kodden');
    expect(main.querySelectorAll('table')).toHaveLength(3);
  });
  it('list organisations A–Z under their first letter, in Dutch order (case ignored)', () => {
    // IJ under I is indexLetter's and compareDutch's rule (tests/unit/nl.test.ts): no organisation of the site begins with IJ yet.
    const main = page('/organisaties/').querySelector('main')!;
    const index = main.querySelectorAll('h2').map((h) => [text(h), h.nextElementSibling?.querySelectorAll('a').map((a) => text(a))]);
    expect(index).toEqual([
      ['C', ['Centrum voor Dienstverlening']],
      ['G', ['Gemeente Rotterdam']],
      ['H', ['Humanitas']],
      ['L', ['Laurens']],
      ['M', ['Ministerie van Volksgezondheid, Welzijn en Sport (VWS)', 'MOB']],
      ['R', ['ROS ZorgImpuls']],
      ['S', ['Sococo']],
      ['T', ['Tafel van Zeven']],
      ['W', ['Werkbedrijf', 'WIN010', 'wmo radar', 'Woonzorg Flevoland']],
    ]);
  });
  it('offer a helpful 404 page with a search form and the sections', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('main form[action="/zoeken/"] input[name="q"]')).not.toBeNull();
    expect(hrefs(doc.querySelector('main')!)).toEqual(expect.arrayContaining(['/', '/nieuws/', '/netwerken/', '/projecten/']));
  });
  it('have a search form in every header that works without JavaScript', () => {
    const form = page('/').querySelector('header form');
    expect(form?.getAttribute('action')).toBe('/zoeken/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input')?.getAttribute('name')).toBe('q');
  });
});

describe('edit links and last updated', () => {
  it.each([
    ['/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/', 'content/news/vws-op-werkbezoek-bij-laurens-delfshaven.md'],
    ['/projecten/wep-trein/', 'content/projects/wep-trein.md'],
    ['/netwerken/pernis/', 'content/networks/pernis.md'],
    ['/organisaties/laurens/', 'content/organisations/laurens.yaml'],
    ['/privacy/', 'content/pages/privacy.md'],
  ])('%s links to %s in the repository and says when it was last updated', (url, file) => {
    const facts = page(url).querySelector('.page-facts')!;
    expect(facts.querySelector('a')?.getAttribute('href')).toBe(`https://github.com/zorgwelzijn-rotterdam/site/edit/main/${file}`);
    expect(text(facts.querySelector('a'))).toBe('Bewerk deze pagina');
    expect(text(facts)).toContain('Bewerk deze pagina (op GitHub, met een account)');
    const fromGit = readGitDates(projectRoot, 'content')?.get(file);
    if (fromGit) expect(text(facts)).toContain(`Deze pagina is voor het laatst gewijzigd op ${formatDate(fromGit)}.`);
    else if (url.startsWith('/nieuws/')) expect(text(facts)).toContain('Deze pagina is voor het laatst gewijzigd op 29 november 2023.'); // shallow clone: the news date
    else expect(text(facts)).not.toContain('gewijzigd');
  });
  it('writes CNAME for GitHub Pages from the site URL', () => {
    expect(readFileSync(fileOf('/CNAME'), 'utf8')).toBe('zorgwelzijn-rotterdam.nl\n');
  });
});
