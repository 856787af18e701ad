/** A link to a part of a page that the page does not have (helper-62: /over/#bestaat-niet passed). */
import { describe, expect, it } from 'vitest';
import { missingAnchor } from '../../src/lib/validation/anchors.ts';
import { checkBody } from '../../src/lib/validation/check-body.ts';

const pages = new Map<string, ReadonlySet<string>>([
  ['/over/', new Set(['inhoud', 'site-search', 'toc-title', 'hoe-de-inhoud-tot-stand-komt', 'zelf-iets-aanleveren', 'hergebruik'])],
  ['/nieuws/a/', new Set(['inhoud', 'site-search', 'toc-title', 'de-vraag', 'coöperatie'])],
  ['/nieuws/kort/', new Set(['inhoud', 'site-search', 'toc-title'])],
  // Six headings; a longer id first that is also near.
  ['/nieuws/lang/', new Set(['inhoud', 'een', 'twee', 'drie', 'vier', 'vijf', 'kop', 'hergebruiken', 'hergebruik'])],
  ['/nieuws/vijf/', new Set(['een', 'twee', 'drie', 'vier', 'vijf'])],
]);
const check = (url: string, own = '/nieuws/a/') => missingAnchor(url, own, (page) => pages.get(page));

describe('a link to a part of a page', () => {
  it('passes where the page has the part, on another page or this one, %-coded too; or where the page\'s parts are not known', () => {
    for (const url of ['/over/#hergebruik', '/over#hergebruik', '/over/?x=1#hergebruik', '#de-vraag', '#co%C3%B6peratie', '/over/#inhoud', '/projecten/#open-data', '/bestaat-niet/#x']) expect(check(url), url).toBeUndefined();
  });
  it('offers the part meant for a slip, with the page as written', () => {
    expect(check('/over/#hergebruk')).toBe('gevonden: een link naar /over/#hergebruk, maar /over/ heeft geen kop of onderdeel #hergebruk, zodat de link bovenaan de pagina uitkomt; verwacht een kop die er is: bedoelde je /over/#hergebruik?');
    expect(check('#de-vrag')).toBe('gevonden: een link naar #de-vrag, maar deze pagina heeft geen kop of onderdeel #de-vrag, zodat de link bovenaan de pagina uitkomt; verwacht een kop die er is: bedoelde je #de-vraag?');
    // Capitals as a heading is written: the id is in small letters.
    expect(check('/over/#Hergebruik')).toContain('bedoelde je /over/#hergebruik?');
  });
  it('names the page\'s headings where none is near, and says so where the page has none; never the template\'s own parts', () => {
    expect(check('/over/#contactgegevens')).toBe('gevonden: een link naar /over/#contactgegevens, maar /over/ heeft geen kop of onderdeel #contactgegevens, zodat de link bovenaan de pagina uitkomt; verwacht een kop van die pagina: #hoe-de-inhoud-tot-stand-komt, #zelf-iets-aanleveren, #hergebruik');
    expect(check('#x', '/nieuws/kort/')).toBe('gevonden: een link naar #x, maar deze pagina heeft geen kop of onderdeel #x, zodat de link bovenaan de pagina uitkomt; verwacht de link zonder #x: deze pagina heeft geen tussenkoppen');
    // A short name is near only one letter away: #ab is not #de-vraag.
    expect(check('#ab')).toContain('verwacht een kop van deze pagina: #de-vraag, #coöperatie');
  });
  it('reads a page written without its last slash, and a broken %-code as written', () => {
    expect(check('/over#fout')).toContain('maar /over/ heeft geen kop of onderdeel #fout');
    expect(check('/over/#%E0%A4%A')).toContain('heeft geen kop of onderdeel #%E0%A4%A,');
  });
  it('offers the nearest part, up to a third of the name\'s letters away (three at most), and names five parts at most', () => {
    // hergebruiken is three away and comes first; hergebruik is one away.
    expect(check('/nieuws/lang/#hergebruk')).toContain('bedoelde je /nieuws/lang/#hergebruik?');
    // Two of six letters away: near; three letters, one away at most: kop is not xyz.
    expect(check('#de-vrg')).toContain('bedoelde je #de-vraag?');
    expect(check('/nieuws/lang/#xyz')).toContain('verwacht een kop van die pagina: #een, #twee, #drie, #vier, #vijf …');
    expect(check('/nieuws/vijf/#zes')).toContain('verwacht een kop van die pagina: #een, #twee, #drie, #vier, #vijf');
    expect(check('/nieuws/vijf/#zes')).not.toContain('…');
  });
  it('gets the parts of a text and its links to parts from the body check', () => {
    const body = '## De vraag\n\n## De vraag\n\n<span id="eigen">x</span>\n\nZie [de vraag](#de-vraag), [over](/over/#hergebruik), [web](https://example.org/#x) en [niets](/over/).\n';
    const result = checkBody({ path: 'content/news/a.md', body, bodyLine: 5 }, { urls: new Set(['/over/']), fileExists: () => false });
    expect(result.anchors).toEqual(['de-vraag', 'de-vraag-1', 'eigen']);
    expect(result.fragmentLinks).toEqual([{ url: '#de-vraag', line: 11 }, { url: '/over/#hergebruik', line: 11 }]);
  });
});
