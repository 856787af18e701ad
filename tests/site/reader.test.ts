/**
 * What a reader meets on the real site, read as HTML: dates in words, no page
 * that leads nowhere, links both ways between entries and the organisations they
 * name, no paragraph repeated across pages, a status with its date, the source
 * author credited as the source's, and who runs the site.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { AREAS } from '../../src/lib/content-model.ts';
import { UNDATED_STATUS } from '../../src/lib/project-status.ts';
import { publishedEntries } from '../helpers/content-index.ts';
import { builtPages, hrefs, page, text } from '../helpers/dist.ts';
import { FIXTURE_OWNER } from '../helpers/content.ts';

const pages = builtPages();
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

/** Entry pages that can refer to organisations, by URL. */
const referring = pages.filter((p) => /^\/(nieuws|projecten|pacten|netwerken)\/[^/]+\/$/.test(p) && !/^\/(nieuws\/\d+|projecten\/status)\//.test(p));
const organisationPages = pages.filter((p) => /^\/organisaties\/[^/]+\/$/.test(p));

/** A copy of the element without the parts search and readers skip as page furniture. */
function withoutIgnored(el: HTMLElement): HTMLElement {
  const copy = el.clone() as HTMLElement;
  for (const skip of copy.querySelectorAll('[data-pagefind-ignore], .page-facts, .site-contact')) skip.remove();
  return copy;
}

describe('dates', () => {
  it.each(pages)('%s shows every date in words, through <time>', (url) => {
    const doc = page(url);
    expect(text(doc.querySelector('body')), 'a date written as 30-09-2016').not.toMatch(/\b\d{1,2}-\d{1,2}-\d{4}\b/);
    for (const time of doc.querySelectorAll('body time')) {
      expect(text(time)).toMatch(new RegExp(`^\\d{1,2} (${MONTHS}) \\d{4}$`));
      expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('gives organisation pages their news dates in words (they were 30-09-2016)', () => {
    for (const id of ['gemeente-rotterdam', 'laurens', 'ministerie-van-vws', 'zorgimpuls']) {
      const news = page(`/organisaties/${id}/`).querySelectorAll('main .entry-links li').filter((li) => li.querySelector('a[href^="/nieuws/"]'));
      expect(news.length, id).toBeGreaterThan(0);
      for (const li of news) expect(text(li.querySelector('time')), id).toMatch(new RegExp(`^\\d{1,2} (${MONTHS}) \\d{4}$`));
    }
  });
});

describe('no dead ends', () => {
  // A list page of a category, tag or status; their overviews (/nieuws/tag/ …) list the list pages themselves (pages.test.ts).
  it.each(pages.filter((p) => /^\/(nieuws\/categorie|nieuws\/tag|projecten\/status)\/[^/]+\//.test(p)))('%s lists at least one item', (url) => {
    expect(page(url).querySelectorAll('main .card').length).toBeGreaterThan(0);
  });
  it('no page says there is nothing there yet', () => {
    for (const url of pages) expect(text(page(url).querySelector('main')), url).not.toMatch(/nog geen berichten in deze categorie|geen projecten met deze status|verwijst nog niets/i);
  });
  it.each(organisationPages)('%s is linked from something and links back to it', (url) => {
    const back = hrefs(page(url).querySelector('main')!).filter((h) => referring.includes(h));
    expect(back.length).toBeGreaterThan(0);
    for (const entry of back) expect(hrefs(page(entry).querySelector('main')!), `${entry} → ${url}`).toContain(url);
  });
  // A network page also shows the organisations of its news and projects; those link back to the news and projects.
  it.each(referring.filter((p) => !p.startsWith('/netwerken/')))('%s: every organisation it links to links back', (url) => {
    for (const org of new Set(hrefs(page(url).querySelector('main')!).filter((h) => organisationPages.includes(h)))) {
      expect(hrefs(page(org).querySelector('main')!), `${org} → ${url}`).toContain(url);
    }
  });
  it.each(referring)('%s links every organisation its text names', async (url) => {
    const organisations = (await publishedEntries()).of('organisations');
    const main = page(url).querySelector('main')!;
    const said = text(withoutIgnored(main));
    const linked = hrefs(main);
    for (const o of organisations) {
      const name = String(o.data.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${name}($|[^\\p{L}\\p{N}])`, 'iu').test(said)) expect(linked, `${url} names ${o.data.name}`).toContain(`/organisaties/${o.id}/`);
    }
  });
  it('lists every organisation with a page on /organisaties/, and says what it lists', () => {
    const index = page('/organisaties/');
    expect(hrefs(index.querySelector('main')!).filter((h) => h.startsWith('/organisaties/')).sort()).toEqual([...organisationPages].sort());
    expect(text(index.querySelector('.lead'))).toContain('waar een bericht, project, pact of netwerk op deze site naar verwijst');
    const names = index.querySelectorAll('main li a').map((a) => a.text);
    expect(names).toEqual(expect.arrayContaining(['MOB', 'Humanitas', 'WIN010', 'Tafel van Zeven', 'Werkbedrijf', 'Sococo', 'Centrum voor Dienstverlening']));
  });
  it('the Zorg Thuis fact sheet and the organisations it names link both ways', () => {
    const sheet = '/projecten/zorg-thuis-en-in-de-buurt/';
    for (const id of ['sococo', 'centrum-voor-dienstverlening', 'mob', 'humanitas', 'win010', 'tafel-van-zeven']) {
      expect(hrefs(page(sheet).querySelector('main')!)).toContain(`/organisaties/${id}/`);
      expect(hrefs(page(`/organisaties/${id}/`).querySelector('main')!)).toContain(sheet);
    }
  });
});

describe('fourteen network pages, each worth its place', () => {
  it('no paragraph of one content page stands on another (area names aside)', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const url of pages) {
      const main = page(url).querySelector('main[data-pagefind-body]');
      if (!main) continue;
      for (const p of withoutIgnored(main).querySelectorAll('p, li')) {
        // Area names swapped for one placeholder, so "Voor Centrum is …" and "Voor Pernis is …" count as the same.
        const said = AREAS.reduce((t, area) => t.replaceAll(area, '‹gebied›'), text(p));
        if (said.length < 40) continue;
        const first = seen.get(said);
        if (first && first !== url) repeated.push(`${url} herhaalt ${first}: ${said.slice(0, 80)}`);
        else seen.set(said, url);
      }
    }
    expect(repeated).toEqual([]);
  });
  it('a network page leads with its own facts and links the story of the signing once', () => {
    const signing = '/nieuws/veertien-cooperatieve-netwerken-ondertekend/';
    for (const url of pages.filter((p) => /^\/netwerken\/[^/]+\/$/.test(p))) {
      const main = page(url).querySelector('main')!;
      expect(main.querySelector('h1 + .layout-network dl.facts'), url).not.toBeNull();
      expect(main.querySelector('.layout-network ul.area-map a[aria-current="page"]')?.getAttribute('href'), url).toBe(url);
      expect(hrefs(main).filter((h) => h === signing), url).toHaveLength(1);
      expect(text(main), url).not.toContain('Bij de ondertekening legde Hugo de Jonge');
    }
    expect(hrefs(page('/netwerken/').querySelector('main')!)).toContain(signing);
  });
});

describe('facts as the sources give them', () => {
  it('a running or planned project says when and by whom, and never stands undated', () => {
    for (const url of pages.filter((p) => /^\/projecten\/[^/]+\/$/.test(p) && !p.startsWith('/projecten/status/'))) {
      const status = page(url).querySelectorAll('dl.facts dt').find((dt) => text(dt) === 'Status')!.nextElementSibling!;
      if (/^(Lopend|Gepland)/.test(text(status))) expect(text(status), url).toMatch(/volgens|niet bekend/);
    }
    expect(text(page('/projecten/voortraject/').querySelector('dl.facts'))).toContain('Lopend volgens de actielijn Iedereen doet mee (plan voor 2022–2023); een latere stand is niet bekend');
    expect(text(page('/projecten/wep-trein/').querySelector('dl.facts'))).toContain('2022–2023');
    expect(text(page('/projecten/').querySelector('main'))).not.toContain(UNDATED_STATUS);
  });
  it('the pacts say who takes part, not that the government does', () => {
    expect(text(page('/pacten/').querySelector('main'))).not.toMatch(/overheid samen/);
    expect(text(page('/pacten/zorg-en-welzijnspact-flevoland/').querySelector('main'))).toContain('de lokale overheid, die dus nog niet meedoet');
  });
  it('the words the sources do not use are gone', () => {
    const all = pages.map((url) => text(page(url).querySelector('main'))).join('\n');
    for (const phrase of ['in korte tijd', 'motto dat steeds terugkwam', 'soms tot vertrek', 'Door Gerda van Beek', 'Van wie vrouwen', 'Coach belevingsgericht']) expect(all).not.toContain(phrase);
  });
  it('names organisations by what the sources say they are, not "Overig"', () => {
    for (const url of [...organisationPages, '/organisaties/']) expect(text(page(url).querySelector('main')), url).not.toMatch(/\bOverig\b/);
    expect(text(page('/organisaties/sococo/').querySelector('dl.facts'))).toContain('Sociaal ondernemer');
  });
});

describe('layout slips', () => {
  it('reads a heading\'s count badge as a count: "Netwerken (14)", not "Netwerken14" nor "het project 10" (helper-54)', () => {
    const headings = pages.flatMap((url) => page(url).querySelectorAll('h2, h3').filter((h) => h.querySelector('.badge')).map((h) => [url, h.text] as const));
    expect(headings.length).toBeGreaterThan(5);
    for (const [url, heading] of headings) expect(heading, url).toMatch(/\S \(\d+\)$/);
  });
  it('the search page names thema’s among what it finds (the header box says only "Zoek op de site": whole at 320 px, helper-28)', () => {
    expect(page('/').querySelector('header input[name="q"]')?.getAttribute('placeholder')).toBe('Zoek op de site');
    expect(text(page('/zoeken/').querySelector('label[for="zoekterm"]'))).toBe('Zoek in nieuws, projecten, netwerken, pacten, thema’s en organisaties');
  });
});

describe('who runs the site', () => {
  it.each(['/', '/toegankelijkheid/', '/privacy/', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/'])('%s says honestly that the setting is not filled in yet, with no invented address', (url) => {
    const doc = page(url);
    expect(text(doc.querySelector('footer .site-contact'))).toContain('Wie deze site beheert en hoe je de beheerder bereikt, is nog niet ingevuld.');
    expect(doc.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
  });
  it.each(['/toegankelijkheid/', '/privacy/'])('%s ends with a Contact section from the setting', (url) => {
    const contact = page(url).querySelector('main section[aria-labelledby="contact"]')!;
    expect(text(contact.querySelector('h2'))).toBe('Contact');
    expect(contact.querySelector('.site-contact')).not.toBeNull();
    expect(text(page(url).querySelector('main .prose'))).not.toContain('de organisatie die de site beheert');
  });
});

describe('who runs the site, once it is filled in', () => {
  const fixture = process.env.FIXTURE_SITE_DIR!;
  it.each(['/', '/nieuws/', '/toegankelijkheid/', '/privacy/'])('%s names the owner and links their address', (url) => {
    const footer = page(url, fixture).querySelector('footer .site-contact')!;
    expect(text(footer)).toBe(`Beheer: ${FIXTURE_OWNER.SITE_OWNER_NAME}. Contact: ${FIXTURE_OWNER.SITE_OWNER_EMAIL}.`);
    expect(footer.querySelector('a')?.getAttribute('href')).toBe(`mailto:${FIXTURE_OWNER.SITE_OWNER_EMAIL}`);
  });
  it.each(['/toegankelijkheid/', '/privacy/'])('%s says who runs the site in its Contact section', (url) => {
    const contact = page(url, fixture).querySelector('main section[aria-labelledby="contact"] .site-contact')!;
    expect(text(contact)).toBe(`Deze site wordt beheerd door ${FIXTURE_OWNER.SITE_OWNER_NAME}. Je bereikt de beheerder via ${FIXTURE_OWNER.SITE_OWNER_EMAIL}.`);
  });
});

describe('key figures said once', () => {
  const projectPages = pages.filter((p) => /^\/projecten\/[^/]+\/$/.test(p) && !p.startsWith('/projecten/status/'));

  it.each(projectPages)('%s: the chart legend names only the kinds of bar it draws', (url) => {
    const chart = page(url).querySelector('figure.chart-figure');
    if (!chart) return; // a project without figures has no chart
    const targets = chart.querySelectorAll('rect.bar-doel').length;
    const results = chart.querySelectorAll('rect.bar-resultaat').length;
    const legend = text(chart.querySelector('figcaption'));
    expect(legend.includes('Gearceerde balk: doel'), legend).toBe(targets > 0);
    expect(legend.includes('Effen balk'), legend).toBe(results > 0);
  });

  it('a chart only where it compares figures; a lone figure stands in the table alone (helper-54: one bar filled its row)', () => {
    expect(page('/projecten/zorg-thuis-en-in-de-buurt/').querySelectorAll('main figure.chart-figure .chart-row')).toHaveLength(3);
    for (const url of ['/projecten/taakbrigades/', '/projecten/voortraject/', '/projecten/wep-trein/']) {
      expect(page(url).querySelector('main figure.chart-figure'), url).toBeNull();
      expect(page(url).querySelectorAll('main .figure-table-box tbody tr'), url).toHaveLength(1);
    }
  });

  it.each(projectPages)('%s: a table whose figures have no date says so once, not in every row', (url) => {
    for (const box of page(url).querySelectorAll('.figure-table-box')) {
      const dates = box.querySelectorAll('tbody td[data-label="Peildatum"]').map(text);
      if (dates.some((d) => d !== 'niet vermeld')) continue;
      expect(dates, url).toEqual([]);
      expect(text(box).match(/peildatum/gi), url).toHaveLength(1);
      expect(text(box)).toContain('Bij deze cijfers staat geen peildatum.');
    }
  });
  it('a theme whose tables have no date says so once for all of them (helper-57: three times)', () => {
    const main = page('/themas/iedereen-doet-mee/').querySelector('main')!;
    expect(main.querySelectorAll('.figure-table-box').length).toBeGreaterThan(1);
    expect(text(main).match(/peildatum/gi)).toHaveLength(1);
    expect(text(main)).toContain('Bij geen van deze cijfers staat een peildatum.');
  });

  it('the action line page shows each project’s figures once, and does not name itself on every card', () => {
    const main = page('/themas/iedereen-doet-mee/').querySelector('main')!;
    expect(main.querySelectorAll('.card .key-figure')).toHaveLength(0);
    expect(main.querySelectorAll('.figure-table-box').length).toBeGreaterThan(0);
    expect(text(main)).not.toContain('volgens de actielijn Iedereen doet mee');
    expect(text(main)).toContain('volgens deze actielijn');
    // Elsewhere a card still says which action line its status is from.
    expect(text(page('/projecten/').querySelector('main'))).toContain('volgens de actielijn Iedereen doet mee');
  });
});

describe('Dutch a reader can trust', () => {
  it.each(pages.filter((p) => p !== '/'))('%s: its <title> carries the site name', (url) => {
    expect(text(page(url).querySelector('title'))).toMatch(/ \| Zorg en Welzijn Rotterdam$/);
  });

  it('the search page’s form says it searches the whole site, themes included', () => {
    const form = page('/zoeken/').querySelector('main form[role="search"]')!;
    expect(form.getAttribute('aria-label')).toBe('Zoeken in de hele site');
    expect(text(form.querySelector('label'))).toContain('thema’s');
  });

  it.each(['/zoeken/', '/404.html'])('%s: one search box, its own; the header shows none beside it (an empty second box on a results page)', (url) => {
    expect(page(url).querySelectorAll('form[role="search"]')).toHaveLength(1);
    expect(page(url).querySelector('main form[role="search"] input[name="q"]')).not.toBeNull();
    expect(page(url).querySelector('header form')).toBeNull();
    // Every other page keeps the header's box.
    expect(page('/nieuws/').querySelector('header form[role="search"] input[name="q"]')).not.toBeNull();
  });

  it('the VWS news item names the ministries in full, as the source does', () => {
    const main = text(page('/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/').querySelector('main'));
    expect(main).not.toMatch(/\b(BZK|SZW|JenV|OCW|VRO)\b/);
    for (const ministry of ['Binnenlandse Zaken', 'Sociale Zaken en Werkgelegenheid', 'Justitie en Veiligheid', 'Onderwijs, Cultuur en Wetenschap', 'Volkshuisvesting en Ruimtelijke Ordening']) expect(main).toContain(ministry);
  });
});
