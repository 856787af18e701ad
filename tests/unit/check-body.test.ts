import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteRootImageMessage } from '../../src/lib/validation/site-root-image.ts';
import { checkBody, htmlIssues, onlyComments, pageEffects, tooDeep, unfinishedTag, type BodyContext } from '../../src/lib/validation/check-body.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';

const context: BodyContext = {
  urls: new Set(['/', '/netwerken/', '/netwerken/delfshaven/', '/nieuws/']),
  fileExists: (p) => ['public/afbeeldingen/foto.jpg', 'public/og-image.png', 'content/news/plaatje.png', 'content/afbeeldingen/kaart.jpg', 'src/components/content/Kader.astro'].includes(p),
  siteHost: 'zorgwelzijn-rotterdam.nl',
};

/** Problems of a body that starts on line 6 of content/news/a.md (or .mdx). */
const check = (body: string, ext = 'md', extra: Partial<Parameters<typeof checkBody>[0]> = {}) =>
  checkBody({ path: `content/news/a.${ext}`, body, bodyLine: 6, ...extra }, context).problems.map(formatProblem);
const warningsOf = (body: string) => checkBody({ path: 'content/news/a.md', body, bodyLine: 6 }, context).warnings.map(formatProblem);
const imagesOf = (body: string) => checkBody({ path: 'content/news/a.md', body, bodyLine: 6 }, context).images;

describe('a valid body', () => {
  it('has no problems: links to existing pages, local images with alt, GFM, safe HTML', () => {
    const body = [
      'Zie [Delfshaven](/netwerken/delfshaven/) en [nieuws](/nieuws/#laatste), [extern](https://www.rotterdam.nl/), [mail](mailto:a@b.nl).',
      '',
      '![Een foto van de wijk](./foto.jpg) ![Plaatje](./plaatje.png)',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '<abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>',
      '',
      'Een [volledig adres](https://zorgwelzijn-rotterdam.nl/netwerken/delfshaven/).',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });
});

describe('links', () => {
  it('to a page the site does not have', () => {
    expect(check('Tekst\n\nZie [Atlantis](/netwerken/atlantis/).')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een link naar /netwerken/atlantis/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals het overzicht /netwerken/',
    ]);
  });
  it('to a page a letter or the capitals off: the page meant, from the same section', () => {
    expect(check('Zie [Delfshaven](/netwerken/delfshavn/).')[0]).toMatch(/verwacht een bestaand adres: bedoelde je \/netwerken\/delfshaven\/\?$/);
    expect(check('Zie [Delfshaven](/netwerken/Delfshaven/).')[0]).toMatch(/bedoelde je \/netwerken\/delfshaven\/\?$/);
    // Under a section the site does not have, the one page of that name (helper-58: /netwerk/charlois/ got no guess);
    // in capitals throughout, or with index.html after it, the page itself.
    expect(check('Zie [x](/verenigingen/delfshaven/).')[0]).toMatch(/verwacht een bestaand adres: bedoelde je \/netwerken\/delfshaven\/\?$/);
    expect(check('Zie [x](/Netwerken/Delfshaven/).')[0]).toMatch(/bedoelde je \/netwerken\/delfshaven\/\?$/);
    expect(check('Zie [x](/netwerken/delfshaven/index.html).')[0]).toMatch(/bedoelde je \/netwerken\/delfshaven\/\?$/);
    expect(check('Zie [x](/nieuws.html).')[0]).toMatch(/bedoelde je \/nieuws\/\?$/);
    // No page of that name: the general example, no guess.
    expect(check('Zie [x](/verenigingen/atlantis/).')[0]).toMatch(/verwacht een bestaand adres, zoals \/netwerken\/delfshaven\/$/);
    // Only a page right under the same section is a guess, not one a level deeper that is a letter off as a whole (zorg/wijk).
    const deeper = { ...context, urls: new Set(['/projecten/', '/projecten/zorg/wijk/', '/projecten/zorg/']) };
    const guess = (link: string) => checkBody({ path: 'content/news/a.md', body: `[x](${link})`, bodyLine: 6 }, deeper).problems.map(formatProblem)[0];
    expect(guess('/projecten/zorgwijk/')).toMatch(/verwacht een bestaand adres, zoals het overzicht \/projecten\/$/);
    expect(guess('/projecten/zorgx/')).toMatch(/bedoelde je \/projecten\/zorg\/\?$/);
  });
  it('to a page under an older or shorter name: the one page of the section with every word of it (helper-42)', () => {
    const renamed = { ...context, urls: new Set(['/nieuws/', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/', '/nieuws/werkbezoek-humanitas/', '/nieuws/laurens-opent-leerwerkplek/']) };
    const guess = (link: string) => checkBody({ path: 'content/news/a.md', body: `[x](${link})`, bodyLine: 6 }, renamed).problems.map(formatProblem)[0];
    expect(guess('/nieuws/Werkbezoek-Laurens/')).toMatch(/bedoelde je \/nieuws\/vws-op-werkbezoek-bij-laurens-delfshaven\/\?$/);
    // A word no page holds, or words that no one page holds all of: no guess, the overview instead.
    expect(guess('/nieuws/werkbezoek-rotterdam/')).toMatch(/zoals het overzicht \/nieuws\/$/);
    expect(guess('/nieuws/laurens-werkbezoek-x/')).toMatch(/zoals het overzicht \/nieuws\/$/);
    // One short word is too little to go on (vws: the ministry, in many a title).
    expect(guess('/nieuws/vws/')).toMatch(/zoals het overzicht \/nieuws\/$/);
    const twice = { ...context, urls: new Set(['/nieuws/', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/', '/nieuws/tweede-werkbezoek-bij-laurens-in-2024/']) };
    expect(checkBody({ path: 'content/news/a.md', body: '[x](/nieuws/werkbezoek-laurens/)', bodyLine: 6 }, twice).problems.map(formatProblem)[0]).toMatch(/zoals het overzicht \/nieuws\/$/);
  });
  it('between two lines of --- at the very start of the body: checked, as the page shows them (a line and a heading), not cut off as a second frontmatter', () => {
    expect(check('---\nZie [x](/pacten/geen/).\n---\n\nTekst.')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een regel "---" direct onder tekst, waardoor die tekst een kop wordt; verwacht een witregel tussen de tekst en "---", of haal "---" weg (een kop schrijf je met ## ervoor)',
      'content/news/a.md:7  inhoud — gevonden: een link naar /pacten/geen/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals /netwerken/delfshaven/',
    ]);
  });
  it('to the site by its full address, and without the trailing slash', () => {
    expect(check('[x](https://zorgwelzijn-rotterdam.nl/pacten/geen/)')[0]).toContain('een link naar /pacten/geen/, maar die pagina bestaat niet');
    expect(check('[x](/netwerken/delfshaven)')).toEqual([]);
  });
  it('to the site by http: or in capitals; an address of another site, or with the site only in its query, is not looked up', () => {
    expect(check('[x](http://zorgwelzijn-rotterdam.nl/pacten/geen/)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar /pacten/geen/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals /netwerken/delfshaven/']);
    expect(check('[x](HTTPS://ZORGWELZIJN-ROTTERDAM.NL/pacten/geen/)')[0]).toContain('een link naar /pacten/geen/, maar die pagina bestaat niet');
    expect(check('[x](https://www.rotterdam.nl/zorg/) [y](https://www.rotterdam.nl/uitleg?van=https://zorgwelzijn-rotterdam.nl/)')).toEqual([]);
  });
  it('that is no valid web address: named as such, with or without the site\'s own address, instead of stopping the check', () => {
    const invalid = 'content/news/a.md:6  inhoud — gevonden: een link naar http://[fout, maar dat is geen geldig webadres; verwacht een volledig adres, zoals https://www.rotterdam.nl/';
    expect(check('[x](http://[fout)')).toEqual([invalid]);
    expect(checkBody({ path: 'content/news/a.md', body: '[x](http://[fout)', bodyLine: 6 }, { ...context, siteHost: undefined }).problems.map(formatProblem)).toEqual([invalid]);
  });
  it('without a scheme and not from the site\'s root (a browser reads it from the page it is on): each with what to write, the page meant where one is named', () => {
    const withPages = { ...context, urls: new Set([...context.urls, '/projecten/', '/projecten/wep-trein/', '/nieuws/veertien-netwerken/']) };
    const problems = (body: string) => checkBody({ path: 'content/news/a.md', body, bodyLine: 6 }, withPages).problems.map((p) => p.message);
    expect(problems('[Laurens](www.laurens.nl) [R](rotterdam.nl/zorg) [m](info@laurens.nl)')).toEqual([
      'gevonden: een link naar www.laurens.nl zonder https://; verwacht het volledige adres, https://www.laurens.nl',
      'gevonden: een link naar rotterdam.nl/zorg zonder https://; verwacht het volledige adres, https://rotterdam.nl/zorg',
      'gevonden: een link naar info@laurens.nl zonder mailto:; verwacht mailto:info@laurens.nl',
    ]);
    // The colon left out: a path on this site to a browser, and the address meant (helper-39 was told to write a path).
    expect(problems('[de website](https//www.laurens.nl/) [W](HTTP//www.laurens.nl)')).toEqual([
      'gevonden: een link naar https//www.laurens.nl/ zonder : na https; verwacht https://www.laurens.nl/',
      'gevonden: een link naar HTTP//www.laurens.nl zonder : na http; verwacht http://www.laurens.nl',
    ]);
    expect(problems('[W](../projecten/wep-trein/) [w](wep-trein) [b](./veertien-netwerken.md) [o](onbekend/)')).toEqual([
      'gevonden: een link naar ../projecten/wep-trein/ zonder / ervoor (een browser zoekt die vanaf deze pagina); verwacht een pad dat met / begint: bedoelde je /projecten/wep-trein/?',
      'gevonden: een link naar wep-trein zonder / ervoor (een browser zoekt die vanaf deze pagina); verwacht een pad dat met / begint: bedoelde je /projecten/wep-trein/?',
      'gevonden: een link naar het bestand ./veertien-netwerken.md; verwacht het adres van die pagina op de site: bedoelde je /nieuws/veertien-netwerken/?',
      'gevonden: een link naar onbekend/ zonder / ervoor (een browser zoekt die vanaf deze pagina); verwacht een pad dat met / begint, zoals /netwerken/delfshaven/',
    ]);
    // A file name is no web address: rapport.pdf is a path from this page too.
    expect(problems('[r](rapport.pdf)')).toEqual(['gevonden: een link naar rapport.pdf zonder / ervoor (een browser zoekt die vanaf deze pagina); verwacht een pad dat met / begint, zoals /netwerken/delfshaven/']);
    // Paths from the root, anchors on the page, and addresses with a scheme are no such mistake.
    expect(problems('[a](/netwerken/delfshaven/) [b](#kop) [c](mailto:info@laurens.nl) [d](tel:+31101234567) [e](https://www.laurens.nl)')).toEqual([]);
    // A link's reference definition without / is told on its own line.
    expect(checkBody({ path: 'content/news/a.md', body: 'Zie [Laurens][l].\n\n[l]: www.laurens.nl', bodyLine: 6 }, withPages).problems.map(formatProblem)).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een link naar www.laurens.nl zonder https://; verwacht het volledige adres, https://www.laurens.nl',
    ]);
  });
  it('tells a file name from a web address by its end, and a scheme, a mail address and a site only from the start of the link', () => {
    const withPages = { ...context, urls: new Set([...context.urls, '/projecten/', '/projecten/wep-trein/', '/nieuws/plan/']) };
    const kind = (link: string) => {
      const message = checkBody({ path: 'content/news/a.md', body: `[x](<${link}>)`, bodyLine: 6 }, withPages).problems[0]?.message ?? 'geen';
      return /zonder https:/.test(message) ? 'web' : /zonder mailto:/.test(message) ? 'mail' : /het bestand/.test(message) ? 'bestand' : /zonder \/ ervoor/.test(message) ? 'pad' : message;
    };
    const cases: [string, string][] = [
      // Files, not sites: every extension, also the short and long spellings.
      ...['verslag.htm', 'verslag.html', 'brief.doc', 'brief.docx', 'cijfers.xls', 'cijfers.xlsx', 'dia.ppt', 'dia.pptx', 'kaart.jpg', 'kaart.jpeg', 'archief.www.pdf'].map((f): [string, string] => [f, 'pad']),
      // A site whose name holds an extension before its end, or ends in letters only.
      ['zorg.md-groep.nl', 'web'],
      ['notities.txt2', 'pad'],
      ['_concept.nl', 'pad'],
      // A scheme only at the start; a mail address only as the whole link.
      ['projecten/uitleg:2024/', 'pad'],
      ['mail info@laurens.nl', 'pad'],
      ['info@laurens.nl/contact', 'pad'],
      // An entry's file, .md or .mdx, and a path with slashes doubled at its end: the page meant by the last part.
      ['./plan.mdx', 'bestand'],
      ['plan.md-oud', 'pad'],
      // An empty link goes nowhere but to the page itself (helper-37: [leeg]() passed).
      ['', 'gevonden: een link zonder adres; verwacht tussen ( en ) het adres, zoals (/netwerken/charlois/) of (https://…)'],
    ];
    expect(cases.map(([link]) => [link, kind(link)])).toEqual(cases);
    expect(checkBody({ path: 'content/news/a.md', body: '[w](wep-trein//)', bodyLine: 6 }, withPages).problems[0]!.message).toMatch(/bedoelde je \/projecten\/wep-trein\/\?$/);
    // Only an .md or .mdx at the end is the file's extension: plan.md-oud is no file of the page plan-oud.
    const withPlanOud = { ...withPages, urls: new Set([...withPages.urls, '/nieuws/plan-oud/']) };
    expect(checkBody({ path: 'content/news/a.md', body: '[p](plan.md-oud)', bodyLine: 6 }, withPlanOud).problems[0]!.message).toMatch(/zoals \/netwerken\/delfshaven\/$/);
  });
  it('starting with two slashes: a site elsewhere, told with https: in front (helper-29: //evil.example/ passed)', () => {
    expect(check('[c](//evil.example/) en [d](/\\\\evil.example/x)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar //evil.example/ zonder https:; verwacht het volledige adres, https://evil.example/',
      'content/news/a.md:6  inhoud — gevonden: een link naar /\\evil.example/x zonder https:; verwacht het volledige adres, https://evil.example/x',
    ]);
  });
  it('written between < > with a space in front: still a path on this site', () => {
    expect(check('[x](< /pacten/geen/>)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar /pacten/geen/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals /netwerken/delfshaven/']);
  });
  it('to a file: one in public/ passes, a missing one is named with its section', () => {
    expect(check('[Logo](/og-image.png)')).toEqual([]);
    expect(check('[Rapport](/nieuws/rapport.pdf)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar /nieuws/rapport.pdf, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals het overzicht /nieuws/']);
  });
  it('with javascript:, data: or vbscript:, also as a reference or with a tab in the scheme; mail and phone links pass', () => {
    const refused = (address: string) => `inhoud — gevonden: een link naar ${address}; verwacht een gewoon webadres (https://…), een e-mailadres (mailto:…) of een pad op deze site`;
    expect(check('[klik](javascript:alert(1))')).toEqual([`content/news/a.md:6  ${refused('javascript:alert(1)')}`]);
    expect(check('[klik](data:text/html;base64,PHNjcmlwdD4=)')).toEqual([`content/news/a.md:6  ${refused('data:text/html;base64,PHNjcmlwdD4=')}`]);
    expect(check('[klik][r]\n\n[r]: data:text/html,hoi')).toEqual([`content/news/a.md:8  ${refused('data:text/html,hoi')}`]);
    expect(check('[klik](vbscript:msgbox)')).toEqual([`content/news/a.md:6  ${refused('vbscript:msgbox')}`]);
  });
  it('refuses a second definition of one name, which the page never uses: the first is the one checked (helper-55)', () => {
    const TWICE = (line: number, name: string, first: number) => `content/news/a.${line > 0 ? 'md' : 'mdx'}:${Math.abs(line)}  inhoud — gevonden: [${name}] voor de tweede keer als verwijzing (ook op regel ${first}), terwijl de pagina alleen de eerste gebruikt; verwacht elke [naam]: adres één keer: haal er een weg of geef hem een andere naam`;
    const refused = (address: string) => `inhoud — gevonden: een link naar ${address}; verwacht een gewoon webadres (https://…), een e-mailadres (mailto:…) of een pad op deze site`;
    const IMAGE_ONLY = 'inhoud — gevonden: het adres javascript:alert(document.domain); verwacht een afbeelding naast dit bestand, zoals ./grafiek.png';
    // An image and a link share the name; the page takes the javascript: address, the old check read ./foto.png. The link is
    // checked through it too (a definition only images use is no link), the unused second one only as a second.
    expect(check('Een foto ![Het logo op een blauwe achtergrond][x] en [het verslag][x].\n\n[x]: javascript:alert(document.domain)\n[X]: ./foto.png')).toEqual([
      TWICE(9, 'X', 8),
      'content/news/a.md:6  inhoud — gevonden: een afbeelding die haar adres uit een verwijzing haalt, ![Het logo op een blauwe achtergrond][x]; verwacht het adres direct achter de beschrijving, ![Het logo op een blauwe achtergrond](./grafiek.png), want alleen zo neemt de site de afbeelding op',
      `content/news/a.md:6  ${IMAGE_ONLY}`,
      `content/news/a.md:8  ${refused('javascript:alert(document.domain)')}`,
    ]);
    expect(check('[het verslag][l]\n\n[l]: //evil.example/phish\n[L]: /nieuws/')).toEqual([
      TWICE(9, 'L', 8),
      'content/news/a.md:8  inhoud — gevonden: een link naar //evil.example/phish zonder https:; verwacht het volledige adres, https://evil.example/phish',
    ]);
    expect(check('[het logo][logo]\n\n[logo]: data:text/html;base64,PHNjcmlwdD4=\n\n[logo]: /nieuws/', 'mdx')).toEqual([
      TWICE(-10, 'logo', 8),
      `content/news/a.mdx:8  ${refused('data:text/html;base64,PHNjcmlwdD4=')}`,
    ]);
    expect(check('[het verslag][v] en [de kaart][k]\n\n[v]: /nieuws/\n[k]: /netwerken/')).toEqual([]);
    expect(check('[mail](mailto:info@example.org) [bel](tel:+31101234567) [web](https://example.org/)')).toEqual([]);
    // An address a mail program cannot send to (helper-58); several, and a subject, are fine.
    expect(check('[mail](mailto:info@voorbeeld)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar mailto:info@voorbeeld, maar info@voorbeeld is geen volledig e-mailadres; verwacht mailto: met een adres als naam@organisatie.nl']);
    expect(check('[mail](mailto:)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar mailto:, maar dat is geen volledig e-mailadres; verwacht mailto: met een adres als naam@organisatie.nl']);
    expect(check('[mail](mailto:jan%40laurens.nl?subject=Vraag) [twee](mailto:a@laurens.nl,b@laurens.nl)')).toEqual([]);
    expect(check('[mail](mailto:a@laurens.nl,b@voorbeeld)')).toHaveLength(1);
    // More than the reader sees (helper-62): a copy to another address, a text put in the mail, a code a phone carries out.
    expect(check('[mail](mailto:info@laurens.nl?bcc=a@evil.example&body=klik%20https://evil.example)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een e-maillink met bcc=, body= (mailto:info@laurens.nl?bcc=a@evil.example&body=kl…), die meer doet dan de lezer ziet: een kopie naar een ander adres of een tekst in de mail; verwacht mailto: met alleen het adres, eventueel met ?subject= voor het onderwerp',
    ]);
    expect(check('[mail](mailto:info@laurens.nl?Subject=Vraag&CC=x@evil.example)')).toEqual([expect.stringContaining('een e-maillink met cc= (')]);
    expect(check('[doorschakelen](tel:**21*0900123456%23)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een telefoonlink die meer kiest dan een nummer (tel:**21*0900123456%23): met * of # voert een telefoon een code uit, zoals doorschakelen; verwacht tel: met alleen het nummer, zoals tel:+31101234567',
    ]);
    for (const body of ['[code](tel:*%2306%23)', '[bel](tel:010,1234)', '[bel](tel:+31-(0)10)', '[bel](tel:)', '[bel](tel:%E0%A4%A)']) expect(check(body), body).toHaveLength(body.includes('(0)10') ? 0 : 1);
    expect(check('[bel](tel:+31%2010%20123%2045%2067) [bel](tel:010-123.45.67) [bel](<tel:+31 10 123 45 67>)')).toEqual([]);
  });
});

describe('an HTML link (helper-66)', () => {
  it('is read as a Markdown link is: the address it shows against the one it opens, and an address in it, which becomes a link inside the link', () => {
    expect(check('Meer op <a href="https://evil.example/">https://www.rotterdam.nl/</a>.')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een HTML-link met een adres als tekst (https://www.rotterdam.nl/), waarvan de site een tweede link maakt, in de eerste: een lege link voor wie met Tab door de pagina gaat; verwacht de link in Markdown: [https://www.rotterdam.nl/](https://evil.example/)',
      'content/news/a.md:6  inhoud — gevonden: de linktekst "https://www.rotterdam.nl/", een adres van een andere site dan waar de link heen gaat (https://evil.example/); verwacht als linktekst het adres zelf of woorden die zeggen waarheen',
    ]);
    // An honest one gives the empty link too; a mail address as well.
    expect(check("<a href='https://www.rotterdam.nl/'>www.rotterdam.nl</a> en <a href=mailto:info@laurens.nl>info@laurens.nl</a>")).toEqual([
      expect.stringContaining('een HTML-link met een adres als tekst (www.rotterdam.nl)'),
      expect.stringContaining('een HTML-link met een adres als tekst (info@laurens.nl)'),
    ]);
    // Words as its text, or a phone number it dials: fine.
    expect(check('Zie <a href="/netwerken/delfshaven/">het netwerk</a> of bel <a href="tel:+31101234567">010 123 45 67</a>.')).toEqual([]);
    expect(check('Bel <a href="tel:+31201234567">010 123 45 67</a>.')).toEqual([expect.stringContaining('de linktekst "010 123 45 67", een telefoonnummer, terwijl de link een ander nummer belt')]);
  });
});

describe('an HTML tag the site does not read as HTML (helper-73)', () => {
  const AS_TEXT = 'dat de site niet als HTML leest (de aanhalingstekens zijn gekruld, ontbreken of sluiten niet), zodat de pagina de code als tekst toont';
  it('is told with the link in Markdown: quotes from Word, none, or one not closed', () => {
    expect(check('Zie <a href=”/over/”>de pagina over</a> hier.\n\nZie <a href=/privacy/>de privacyverklaring</a>.\n\nZie <a href="/nieuws/>het nieuws</a>.')).toEqual([
      `content/news/a.md:6  inhoud — gevonden: <a href=”/over/”>, ${AS_TEXT}; verwacht de link in Markdown: [de pagina over](/over/)`,
      `content/news/a.md:8  inhoud — gevonden: <a href=/privacy/>, ${AS_TEXT}; verwacht de link in Markdown: [de privacyverklaring](/privacy/)`,
      `content/news/a.md:10  inhoud — gevonden: <a href="/nieuws/>, ${AS_TEXT}; verwacht de link in Markdown: [het nieuws](/nieuws/)`,
    ]);
  });
  it('says a web address without quotes is made a link of its own, to an address that does not exist; the href is taken, not another attribute', () => {
    expect(check('Lees <a title=gemeente href=https://www.rotterdam.nl/zorg>de site van de gemeente</a> voor meer.')).toEqual([
      `content/news/a.md:6  inhoud — gevonden: <a title=gemeente href=https://www.rotterdam.nl/z…, ${AS_TEXT} en een link maakt naar een adres dat niet bestaat; verwacht de link in Markdown: [de site van de gemeente](https://www.rotterdam.nl/zorg)`,
    ]);
  });
  it('asks for straight quotes on another tag, and leaves a tag written as text with a \\ before it', () => {
    expect(check('Een <span title=Wet">Wmo</span>.')).toEqual([
      `content/news/a.md:6  inhoud — gevonden: <span title=Wet">, ${AS_TEXT}; verwacht rechte aanhalingstekens om elke waarde: title="Wet"`,
    ]);
    expect(check('Een <span title=”Wet maatschappelijke ondersteuning”>Wmo</span>.')).toEqual([
      `content/news/a.md:6  inhoud — gevonden: <span title=”Wet maatschappelijke ondersteuning”>, ${AS_TEXT}; verwacht rechte aanhalingstekens om elke waarde: title="Wet maatschappelijke ondersteuning"`,
    ]);
    // Where the parser does read it as HTML, the quotes from Word are part of the value: told as the quotes.
    expect(check('Een <abbr title=”Wmo”>Wmo</abbr>.')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: gekrulde aanhalingstekens in <abbr> (title=”Wmo”), zoals een tekstverwerker ze zet, die de browser als deel van de waarde leest; verwacht rechte aanhalingstekens: title="Wmo"',
    ]);
    expect(check('Schrijf \\<a href=”/over/”> niet zo, en \\<abbr title=x> ook niet.')).toEqual([]);
    // Quoted, the tag is read as HTML; "=" in a sentence is no tag.
    expect(check('Lees <a href="https://www.rotterdam.nl/zorg">de site van de gemeente</a> en a=https://www.rotterdam.nl/ of 3 < 4 en x=1.')).toEqual([]);
  });
  it('is not spelled: "href" gets no spelling advice beside the problem', () => {
    const texts: string[] = [];
    checkBody({ path: 'content/news/a.md', body: 'Lees <a href=https://www.rotterdam.nl/zorg>de site</a> en <a href=”/over/”>over</a>.', bodyLine: 6, onText: (text) => texts.push(text) }, context);
    expect(texts[0]).toBe('Lees ');
    expect(texts.join(' ')).not.toMatch(/href|<a/);
  });
  it('suggests a mail address as mailto: in the Markdown for an HTML link with an address as its text (helper-73)', () => {
    expect(check('Mail <a href="info@laurens.nl">info@laurens.nl</a>')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar info@laurens.nl zonder mailto:; verwacht mailto:info@laurens.nl',
      'content/news/a.md:6  inhoud — gevonden: een HTML-link met een adres als tekst (info@laurens.nl), waarvan de site een tweede link maakt, in de eerste: een lege link voor wie met Tab door de pagina gaat; verwacht de link in Markdown: [info@laurens.nl](mailto:info@laurens.nl)',
    ]);
  });
});

describe('Markdown inside a block of HTML (helper-73)', () => {
  it('is told: the page shows its signs, a link in it is no link', () => {
    expect(check('<div>\nEen blok met **vet** en een [link](/over/) erin.\n</div>\n\n<p>Een alinea met een link: [over](/over/).</p>\n\n<div>\n## Kop\n</div>')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: Markdown (**vet**) in een blok HTML (<div>), dat de pagina als tekst toont; verwacht de tekst zonder <div> en </div> eromheen, of een witregel tussen <div> en de tekst en tussen de tekst en </div>',
      'content/news/a.md:10  inhoud — gevonden: Markdown ([over](/over/)) in een blok HTML (<p>), dat de pagina als tekst toont; verwacht de tekst zonder <p> en </p> eromheen, of een witregel tussen <p> en de tekst en tussen de tekst en </p>',
      'content/news/a.md:12  inhoud — gevonden: Markdown (## Kop) in een blok HTML (<div>), dat de pagina als tekst toont; verwacht de tekst zonder <div> en </div> eromheen, of een witregel tussen <div> en de tekst en tussen de tekst en </div>',
    ]);
  });
  it('is not told where blank lines let Markdown read it, in a code block, or for signs that are no Markdown', () => {
    expect(check('<div>\n\nEen blok met **vet**.\n\n</div>\n\n<pre><code>**niet vet**</code></pre>\n\n<p>Prijs: 2 * 3 = 6, [zie bijlage] en #1.</p>')).toEqual([]);
  });
});

describe('edges the mutation run of 19:21 showed (check-body.ts)', () => {
  const AS_TEXT = 'dat de site niet als HTML leest (de aanhalingstekens zijn gekruld, ontbreken of sluiten niet), zodat de pagina de code als tekst toont';
  it('reads an HTML link\'s address as a browser does: spaces around it and a line break in it dropped, only on an <a>', () => {
    expect(check('<a href=" ">de pagina</a>')).toEqual([expect.stringContaining('een link zonder adres (href="")')]);
    expect(checkBody({ path: 'content/news/a.md', body: '<p><a href=" /nieuws/#laatste ">x</a></p>', bodyLine: 6 }, context).fragmentLinks).toEqual([{ url: '/nieuws/#laatste', line: 6 }]);
    expect(check('<a href="/nieuws/\n">het nieuws</a>')).toEqual([]);
    expect(check('<span href="/netwerken/atlantis/">x</span>')).toEqual([]);
    // A no-break space inside an address is no space before or after it.
    expect(check('[het nieuws](/nieuws/a\u00a0b/)').join('\n')).not.toContain('harde spatie');
  });
  it('tells Markdown in HTML by its own words, past an indented tag, tags and comments', () => {
    expect(check('  <div>\n  ## Kop\n</div>')).toEqual([expect.stringContaining('gevonden: Markdown (## Kop) in een blok HTML (<div>)')]);
    expect(check('<div title="**vet**">tekst</div>\n\n<p>[tekst]<br>(/over/)</p>')).toEqual([]);
    expect(check('<!-- **concept** -->')).toEqual([expect.stringContaining('gevonden: een opmerking')]);
    // A comment with > in it leaves Markdown after that >, in no element: the comment is told, not "<undefined>".
    expect(check('<!-- let op > **concept** -->')).toEqual([expect.stringContaining('gevonden: een opmerking')]);
  });
  it('reads a tag shown as text in capitals, its address trimmed, and the link text only up to </a>', () => {
    expect(check('Zie <A HREF=”/nieuws/”>het nieuws</A>.')).toEqual([`content/news/a.md:6  inhoud — gevonden: <A HREF=”/nieuws/”>, ${AS_TEXT}; verwacht de link in Markdown: [het nieuws](/nieuws/)`]);
    expect(check('Zie <a href=” /over/ ”>over</a >.')).toEqual([`content/news/a.md:6  inhoud — gevonden: <a href=” /over/ ”>, ${AS_TEXT}; verwacht de link in Markdown: [over](/over/)`]);
    expect(check('Zie <a href="www.rotterdam.nl>de gemeente</a>.')).toContain(`content/news/a.md:6  inhoud — gevonden: <a href="www.rotterdam.nl>, ${AS_TEXT} en een link maakt naar een adres dat niet bestaat; verwacht de link in Markdown: [de gemeente](https://www.rotterdam.nl)`);
    expect(check('Zie <a href=”/over/”>de <b>pagina</b> over</a>.')).toEqual([`content/news/a.md:6  inhoud — gevonden: <a href=”/over/”>, ${AS_TEXT}; verwacht rechte aanhalingstekens om elke waarde: href="/over/"`]);
  });
  it('advises a vague link text as the reader sees it, trimmed, with its signs read as spaces', () => {
    expect(warningsOf('Zie <a href="/nieuws/"> hier </a> en [Klik:hier](/nieuws/).')).toEqual([
      expect.stringContaining('de linktekst "Klik:hier"'),
      expect.stringContaining('de linktekst "hier"'),
    ]);
  });
});

describe('a no-break space before or after an address (helper-69)', () => {
  it('is told: a browser keeps it, and the link becomes a path of this page', () => {
    const told = (url: string) => `content/news/a.md:6  inhoud — gevonden: een link met een harde spatie voor of na het adres (${url}), zoals Word die meegeeft, zodat de link nergens heen gaat; verwacht het adres zonder spatie ervoor of erna`;
    expect(check('[www.laurens.nl](\u00a0https://www.laurens.nl/) en <a href="/nieuws/\u202f">het nieuws</a>')).toEqual([told('https://www.laurens.nl/'), told('/nieuws/')]);
    // Plain spaces around it are the browser's to drop.
    expect(check('<a href=" /nieuws/ ">het nieuws</a>')).toEqual([]);
  });
});

describe('an HTML link is checked as a Markdown link is', () => {
  it('tells a page that does not exist, www. without https:// and an e-mail address without a domain, in a paragraph and in a block of HTML', () => {
    expect(check('Zie <a href="/netwerken/atlantis/">Atlantis</a> en <a title="x" href="www.rotterdam.nl">de gemeente</a>.\n\n<p><a href="mailto:info@voorbeeld">mail</a></p>')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar /netwerken/atlantis/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals het overzicht /netwerken/',
      'content/news/a.md:6  inhoud — gevonden: een link naar www.rotterdam.nl zonder https://; verwacht het volledige adres, https://www.rotterdam.nl',
      'content/news/a.md:8  inhoud — gevonden: een link naar mailto:info@voorbeeld, maar info@voorbeeld is geen volledig e-mailadres; verwacht mailto: met een adres als naam@organisatie.nl',
    ]);
    // In MDX too; a link to a part of a page is handed on, to be checked when every text is read.
    expect(check('Zie <a href="/netwerken/atlantis/">Atlantis</a>.', 'mdx')).toEqual([expect.stringContaining('een link naar /netwerken/atlantis/, maar die pagina bestaat niet')]);
    expect(checkBody({ path: 'content/news/a.md', body: '<p><a href="/nieuws/#laatste">x</a></p>', bodyLine: 6 }, context).fragmentLinks).toEqual([{ url: '/nieuws/#laatste', line: 6 }]);
    // An empty href opens the page itself.
    expect(check('Zie <a href="">de pagina</a>.')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link zonder adres (href=""); verwacht tussen de aanhalingstekens het adres, zoals href="/netwerken/charlois/", of de link in Markdown']);
    // A refused address is told once, as refused; an existing page and an abbreviation's title pass.
    expect(check('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(check('Zie <a href="/netwerken/delfshaven/">Delfshaven</a> en <abbr title="www.rotterdam.nl">site</abbr>.')).toEqual([]);
  });
});

describe('faults the mutation survivors showed (helper-63)', () => {
  it('tells dashes under a line of a quote, which make it a heading there too', () => {
    expect(check('> Marieke\n> --')).toEqual(['content/news/a.md:7  inhoud — gevonden: een regel "--" direct onder tekst, waardoor die tekst een kop wordt; verwacht een witregel tussen de tekst en "--", of haal "--" weg (een kop schrijf je met ## ervoor)']);
  });
  it('tells a reference whose definition has no address', () => {
    expect(check('Zie [het verslag][x].\n\n[x]: <>')).toEqual(['content/news/a.md:8  inhoud — gevonden: de verwijzing [x]: zonder adres, zodat de link nergens heen gaat; verwacht het adres erachter, zoals [x]: /netwerken/charlois/']);
    expect(check('Zie [het verslag][x].\n\n[x]: < >')).toEqual([expect.stringContaining('de verwijzing [x]: zonder adres')]);
  });
});

describe('images', () => {
  it('a path from the entry is handed to the file check, with its line', () => {
    expect(check('![Grafiek](./grafiek.png)\n\n![Kaart](../afbeeldingen/kaart.jpg)')).toEqual([]);
    expect(imagesOf('![Grafiek](./grafiek.png)\n\n![Kaart](../afbeeldingen/kaart.jpg)')).toEqual([
      { src: './grafiek.png', line: 6 },
      { src: '../afbeeldingen/kaart.jpg', line: 8 },
    ]);
  });
  it('refuses an image whose address is a reference, which the page showed broken, and still checks its file', () => {
    const REFERENCE = (written: string, meant: string) => `content/news/a.md:8  inhoud — gevonden: een afbeelding die haar adres uit een verwijzing haalt, ${written}; verwacht het adres direct achter de beschrijving, ${meant}, want alleen zo neemt de site de afbeelding op`;
    expect(check('Tekst.\n\n![Kaart van de wijk][K]\n\n[k]: ../afbeeldingen/kaart.jpg')).toEqual([REFERENCE('![Kaart van de wijk][K]', '![Kaart van de wijk](../afbeeldingen/kaart.jpg)')]);
    expect(imagesOf('Tekst.\n\n![Kaart van de wijk][K]\n\n[k]: ../afbeeldingen/kaart.jpg')).toEqual([{ src: '../afbeeldingen/kaart.jpg', line: 8 }]);
    // No description yet: the example asks for one; an address that is no image file is told as well, and not offered.
    expect(check('Tekst.\n\n![ ][k]\n\n[k]: ./kaart.png')).toEqual([REFERENCE('![ ][k]', '![wat er te zien is](./kaart.png)')]);
    expect(check('Tekst.\n\n![Logo][k]\n\n[k]: javascript:alert(1)')).toEqual([
      REFERENCE('![Logo][k]', '![Logo](./grafiek.png)'),
      'content/news/a.md:8  inhoud — gevonden: het adres javascript:alert(1); verwacht een afbeelding naast dit bestand, zoals ./grafiek.png',
    ]);
  });
  it('without alt text', () => {
    expect(check('![](./foto.jpg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een afbeelding zonder beschrijving (./foto.jpg); verwacht een alt-tekst: ![wat er te zien is](./foto.jpg)',
    ]);
  });
  it('from another website', () => {
    expect(check('![Logo](https://example.com/logo.png)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een afbeelding van een andere website (https://example.com/logo.png); verwacht een afbeelding naast dit bestand, zoals ./grafiek.png, want de site laadt niets van andere sites',
    ]);
    expect(imagesOf('![Logo](//example.com/logo.png)')).toEqual([]);
  });
  it('from another website by http:, by // alone, or between < > with a space in front', () => {
    const other = (address: string) => `content/news/a.md:6  inhoud — gevonden: een afbeelding van een andere website (${address}); verwacht een afbeelding naast dit bestand, zoals ./grafiek.png, want de site laadt niets van andere sites`;
    expect(check('![Logo](http://example.com/logo.png)')).toEqual([other('http://example.com/logo.png')]);
    expect(check('![Logo](//example.com/logo.png)')).toEqual([other('//example.com/logo.png')]);
    expect(check('![Logo](< https://example.com/logo.png>)')).toEqual([other('https://example.com/logo.png')]);
    expect(imagesOf('![Logo](< https://example.com/logo.png>)')).toEqual([]);
  });
  it('with alt text of spaces only, or without a file', () => {
    expect(check('![ ](./foto.jpg)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een afbeelding zonder beschrijving (./foto.jpg); verwacht een alt-tekst: ![wat er te zien is](./foto.jpg)']);
    expect(check('![Een foto]()')).toEqual(['content/news/a.md:6  inhoud — gevonden: een afbeelding zonder bestand; verwacht ![beschrijving](./grafiek.png)']);
    expect(imagesOf('![Een foto]()')).toEqual([]);
  });
  it('a data: address with a web address inside is refused as an address; a colon inside a file name is a path', () => {
    expect(check('![x](data:image/svg+xml;utf8,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: het adres data:image/svg+xml;utf8,%3Csvg%20xmlns=%22http://…; verwacht een afbeelding naast dit bestand, zoals ./grafiek.png',
    ]);
    expect(check('![Tijdlijn](./tijdlijn-10:30.png)')).toEqual([]);
    expect(imagesOf('![Tijdlijn](./tijdlijn-10:30.png)')).toEqual([{ src: './tijdlijn-10:30.png', line: 6 }]);
  });
  it('as an absolute path, or a data: or javascript: address: refused, never read', () => {
    // The tip follows where the file is, so following it never leads to "bestaat niet".
    expect(check('![Bewoners in de wijk](/afbeeldingen/foto.jpg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: /afbeeldingen/foto.jpg (een pad vanaf de hoofdmap); de afbeelding staat in public/afbeeldingen/; verwacht de afbeelding naast het bericht: verplaats haar naar content/news/ en schrijf ./foto.jpg',
    ]);
    expect(check('![Kaart](/afbeeldingen/kaart.jpg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: /afbeeldingen/kaart.jpg (een pad vanaf de hoofdmap); verwacht een pad vanaf dit bestand: ../afbeeldingen/kaart.jpg (de afbeelding staat in content/afbeeldingen/)',
    ]);
    expect(check('![Grafiek](/grafiek.png)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: /grafiek.png (een pad vanaf de hoofdmap), maar die afbeelding staat nergens; verwacht de afbeelding naast het bericht, in content/news/, met als pad ./grafiek.png',
    ]);
    expect(check('![x](data:image/svg+xml;base64,PHN2Zz4=)')[0]).toContain('gevonden: het adres data:image/svg+xml');
    expect(check('![x](javascript:alert(1))')[0]).toContain('gevonden: het adres javascript:alert(1)');
    expect(imagesOf('![x](/etc/passwd) ![y](data:x) ![z](file:///etc/passwd)')).toEqual([]);
  });
});

describe('headings', () => {
  it('a # heading is a second page title: reported with what to write instead', () => {
    expect(check('Inleiding\n\n# Titel')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een kop met één # (zo groot als de titel van de pagina); verwacht ## voor een tussenkop, want de titel komt uit het veld title',
    ]);
    expect(check('<h1>Titel</h1>')[0]).toContain('gevonden: <h1> (een tweede paginatitel); verwacht een tussenkop met ## (de titel komt uit het veld title)');
  });
  it('an empty heading is refused, with what to write (helper-46: "## " gave an empty <h2 id="">)', () => {
    expect(check('Tekst.\n\n## \n\nMeer tekst.')).toEqual(['content/news/a.md:8  inhoud — gevonden: een kop zonder tekst (## en verder niets); verwacht de tekst van de kop achter ##, of haal de regel weg']);
    expect(check('### ###')).toEqual(['content/news/a.md:6  inhoud — gevonden: een kop zonder tekst (### en verder niets); verwacht de tekst van de kop achter ###, of haal de regel weg']);
    expect(check('## Een kop\n\n## `code`')).toEqual([]);
  });
  it('a skipped level is advice, not a problem', () => {
    const body = '## Twee\n\n#### Vier\n\n## Weer twee\n\n### Drie';
    expect(check(body)).toEqual([]);
    expect(warningsOf(body)).toEqual(['content/news/a.md:8  inhoud — gevonden: een kop met #### na een kop met ##; verwacht ###, zodat schermlezers de opbouw volgen']);
    expect(warningsOf('### Drie meteen')).toEqual(['content/news/a.md:6  inhoud — gevonden: ### voor de eerste tussenkop van de tekst; verwacht ##, zodat schermlezers de opbouw volgen (de titel van de pagina is de kop met #)']);
    // After a # (itself a problem) a ### is one level below a tussenkop, as after ##; after ### the next level is ####.
    expect(warningsOf('# Titel\n\n### Drie')).toEqual([]);
    expect(warningsOf('## Twee\n\n### Drie\n\n##### Vijf')).toEqual(['content/news/a.md:10  inhoud — gevonden: een kop met ##### na een kop met ###; verwacht ####, zodat schermlezers de opbouw volgen']);
  });
});

describe('a task list (helper-58: boxes nobody can tick, without a name)', () => {
  it('is told per item, with the plain list item to write', () => {
    expect(check('Te doen:\n\n- [ ] aanmelden\n- [x] intake')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een lijstregel als taak, - [ ], die de pagina als een vakje toont dat niemand kan aanvinken en dat een schermlezer geen naam geeft; verwacht een gewone lijstregel: - …',
      'content/news/a.md:9  inhoud — gevonden: een lijstregel als taak, - [x], die de pagina als een vakje toont dat niemand kan aanvinken en dat een schermlezer geen naam geeft; verwacht een gewone lijstregel: - gedaan: …',
    ]);
    expect(check('- gewoon\n- [een link](/nieuws/) voorop')).toEqual([]);
  });
});

describe('a code block never closed (helper-58: the rest of the article became code)', () => {
  const OPEN = (line: number, sign: string) => `content/news/a.md:${line}  inhoud — gevonden: ${sign} zonder een tweede ${sign} eronder, zodat de pagina alles vanaf hier als code toont, in een ander lettertype en zonder koppen, links of vet; verwacht een regel met alleen ${sign} waar de code eindigt, of haal de ${sign} weg`;
  it('is told on the line that opens it', () => {
    expect(check('De wethouder zei in Teams:\n```\nWe gaan door.\n\n## Vervolg\n\nDe rest [link](/nieuws/) en **vet**.')).toEqual([OPEN(7, '```')]);
    expect(check('Tekst.\n\n~~~~\ncode\n~~~')).toEqual([OPEN(8, '~~~~')]);
  });
  it('is no problem once closed: by the same sign, as long or longer, alone on its line', () => {
    expect(check('```js\nlet a;\n```\n\nTekst.')).toEqual([]);
    expect(check('~~~\ncode\n~~~~~\n\nTekst.')).toEqual([]);
    // ``` inside a ~~~ block, and ``` with text after it, close nothing: the block still needs its own end.
    expect(check('~~~\n```\n~~~')).toEqual([]);
    expect(check('```\ncode\n``` niet dicht')).toEqual([OPEN(6, '```')]);
    expect(check('````\ncode\n```')).toEqual([OPEN(6, '````')]);
    // Only at the start of a line does ``` open a block; spaces after the closing one are fine.
    expect(check('Zie de code ``` hier.\n\nTekst.')).toEqual([]);
    expect(check('```\ncode\n```  \n\nTekst.')).toEqual([]);
  });
});

describe('pasted tables, Word bullets and links that show broken (helper-39)', () => {
  it('rows from Excel with tabs: told on the first, with the Markdown table to write', () => {
    expect(check('Intro.\n\nLocatie\tMedewerkers\tVacatures\nDelfshaven\t12\t3\nCharlois\t8\t1\n\nNa.')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: regels met tabs of spaties tussen de kolommen (uit Excel of een tabel in Word), die de pagina achter elkaar als één alinea toont; verwacht een tabel met | tussen de kolommen en een regel streepjes onder de eerste: | Locatie | Medewerkers | Vacatures | en daaronder | --- | --- | --- |',
    ]);
    // One line with a tab reads as words with a space; rows in a code block, Word bullets and list items with a tab are no table.
    expect(check('Naam:\tJan')).toEqual([]);
    expect(check('```\na\tb\nc\td\n```')).toEqual([]);
    expect(check('-\tde inzet\n-\tziekteverzuim')).toEqual([]);
    expect(check('1.\tde inzet\n2.\tziekteverzuim')).toEqual([]);
    // Word's lettered list (helper-58: "a)⇥Onderdeel a" was offered as | a) | Onderdeel a |).
    expect(check('a)\tOnderdeel a\nb)\tOnderdeel b')).toEqual([]);
    expect(check(' a.\tOnderdeel a\n b.\tOnderdeel b')).toEqual([]);
    expect(check('12.\tde inzet\n13.\tziekteverzuim')).toEqual([]);
  });
  it('rows from Excel whose corner cell is empty: the first row starts with a tab, told with the table and not as code', () => {
    expect(check('Cijfers:\n\n\t2023\t2024\nVacatures\t120\t140\nInstroom\t80\t95\n')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: regels met tabs of spaties tussen de kolommen (uit Excel of een tabel in Word), die de pagina achter elkaar als één alinea toont; verwacht een tabel met | tussen de kolommen en een regel streepjes onder de eerste: |  | 2023 | 2024 | en daaronder | --- | --- | --- |',
    ]);
    expect(warningsOf('Cijfers:\n\n\t2023\t2024\nVacatures\t120\t140\n')).toEqual([]);
    // A tab-indented line alone, or above text without columns, stays code, told as such.
    expect(warningsOf('Cijfers:\n\n\t2023\t2024\n\nTekst.')).toHaveLength(1);
    expect(warningsOf('Cijfers:\n\n\t2023\t2024\nTekst zonder kolommen.')).toHaveLength(1);
    expect(check('Cijfers:\n\n\t2023\t2024\nTekst zonder kolommen.')).toEqual([]);
  });
  it('rows pasted as plain text, the columns lined up with spaces (helper-42): told as the rows with tabs are', () => {
    expect(check('Regio        Aantal\nDelfshaven   12\nCharlois     8')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: regels met tabs of spaties tussen de kolommen (uit Excel of een tabel in Word), die de pagina achter elkaar als één alinea toont; verwacht een tabel met | tussen de kolommen en een regel streepjes onder de eerste: | Regio | Aantal | en daaronder | --- | --- |',
    ]);
    // Two spaces after a full stop, on line after line, are a typing habit, not columns; one line with a gap is no table.
    expect(check('Het begon.  Toen kwam\nhet vervolg.  Daarna')).toEqual([]);
    expect(check('Naam   Jan')).toEqual([]);
  });
  it('a Markdown table without its row of dashes, told once with the row for its columns', () => {
    expect(check('| Locatie | Aantal |\n| Delfshaven | 12 |\n| Charlois | 8 |')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een tabel zonder regel streepjes onder de eerste regel, zodat de pagina de | als tekst toont; verwacht direct onder de eerste regel: | --- | --- |',
    ]);
    expect(check('| Locatie | Aantal |\n| --- | ---: |\n| Delfshaven | 12 |')).toEqual([]);
    expect(check('|Locatie|Aantal|\n|:-|-:|')).toEqual([]);
    expect(check('| Locatie | Aantal |\n| --- | --- |   \n| Delfshaven | 12 |')).toEqual([]);
  });
  it('rows with | only between their cells, or on one side, as an e-mail or Word pastes them (helper-51)', () => {
    // Advice, not a problem: a signature "Marieke | Communicatie" is no table (helper-53).
    const NO_DASHES = 'content/news/a.md:6  inhoud — gevonden: een tabel zonder regel streepjes onder de eerste regel, zodat de pagina de | als tekst toont; verwacht direct onder de eerste regel: | --- | --- | (is het geen tabel, zet de regels dan los of vervang | door een komma)';
    expect(warningsOf('Tijd | Onderdeel\n09:30 | Inloop\n10:00 | Opening')).toEqual([NO_DASHES]);
    expect(warningsOf('| Tijd | Onderdeel |\n09:30 | Inloop')).toEqual([NO_DASHES]);
    expect(check('Marieke de Vries | Communicatie\nLaurens | Rotterdam')).toEqual([]);
    expect(warningsOf('Tijd | Onderdeel\n--- | ---\n09:30 | Inloop')).toEqual([]);
    // A pipe in a sentence, on lines with another number of parts, and an escaped pipe are text.
    expect(warningsOf('Kies A | B of C.\nDaarna | volgt | meer.')).toEqual([]);
    expect(warningsOf('Een \\| teken\nnog een \\| teken')).toEqual([]);
    // Pipes typed between tab-separated cells are not cells of their own.
    expect(check('| Tijd\t| Onderdeel |\n| 09:30\t| Inloop |').join('\n')).toContain('| Tijd | Onderdeel | en daaronder | --- | --- |');
  });
  it('Word\'s dash and second-level bullets (– and o with a tab), like •', () => {
    expect(check('–\tde inzet\n–\tziekteverzuim\n\no\tonderpunt')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een opsommingsteken – (uit Word of van een webpagina), dat de site als gewone tekst toont, zodat de punten aan elkaar vast staan; verwacht een streepje en een spatie voor elk punt: "- de inzet"',
      'content/news/a.md:9  inhoud — gevonden: een opsommingsteken o (uit Word of van een webpagina), dat de site als gewone tekst toont, zodat de punten aan elkaar vast staan; verwacht een streepje en een spatie voor elk punt: "- onderpunt"',
    ]);
    // Pasted as plain text, Word puts spaces after its o, under the item it belongs to (helper-42).
    expect(check('- Eerste punt\n   o  een subpunt\n   o  nog een')).toEqual([
      'content/news/a.md:7  inhoud — gevonden: een opsommingsteken o (uit Word of van een webpagina), dat de site als gewone tekst toont, zodat de punten aan elkaar vast staan; verwacht een streepje en een spatie voor elk punt: "- een subpunt"',
    ]);
    // A dash in a sentence, a word that begins with o, and o with one space after it are text.
    expect(check('Het project – een succes – liep door.\n\nom tien uur\n\no je ziet het')).toEqual([]);
  });
  it('a link with a space in its address, not one with a title', () => {
    expect(check('Zie [de website](https://www.laurens.nl/nieuws/werk bezoek) en [x](https://a.nl "titel").')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link met een spatie in het adres (https://www.laurens.nl/nieuws/werk bezoek), zodat de pagina de link als tekst toont; verwacht het adres zonder spatie, zoals het in de adresbalk van de browser staat',
    ]);
    expect(check('[pagina](/netwerken/delfs haven/)')[0]).toContain('een link met een spatie in het adres (/netwerken/delfs haven/)');
    expect(check("[x](https://a.nl 'titel') [y](/nieuws/ (titel))")).toEqual([]);
    // An image whose file name has a space (helper-60: the page showed the Markdown itself).
    expect(check('![Een bewoner leest de krant](./mijn foto.jpg)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een afbeelding met een spatie in de bestandsnaam (./mijn foto.jpg), zodat de pagina de tekst ![…](…) toont in plaats van de afbeelding; verwacht een bestandsnaam zonder spaties: hernoem het bestand, bijvoorbeeld met - in plaats van de spatie']);
    expect(check('[het verslag](../verslag 2024.pdf)')[0]).toContain('een link met een spatie in het adres (../verslag 2024.pdf)');
  });
});

describe('text indented into code', () => {
  it('is advice with the text, for four spaces, a tab or a line under a list item; a fenced block is meant and passes', () => {
    const body = 'Het traject:\n\n    Week 1: kennismaken\n    Week 2: werkbezoek\n\nTekst ertussen.\n\n\tMet een tab ervoor\n\n- een punt\n\n      verder ingesprongen\n\n```\nnpm run check\n```\n\n~~~\nook zo\n~~~';
    expect(check(body)).toEqual([]);
    expect(warningsOf(body)).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een regel die met vier spaties of een tab begint ("Week 1: kennismaken Week 2: werkbezoek"), zodat de pagina die als code toont, in een ander lettertype; verwacht de tekst zonder spaties of tab ervoor',
      'content/news/a.md:13  inhoud — gevonden: een regel die met vier spaties of een tab begint ("Met een tab ervoor"), zodat de pagina die als code toont, in een ander lettertype; verwacht de tekst zonder spaties of tab ervoor',
      'content/news/a.md:17  inhoud — gevonden: een regel die met vier spaties of een tab begint ("verder ingesprongen"), zodat de pagina die als code toont, in een ander lettertype; verwacht de tekst zonder spaties of tab ervoor',
    ]);
    expect(warningsOf('- een punt\n\n  ```\n  code in een lijst\n  ```')).toEqual([]);
  });
});

describe('unsafe markup', () => {
  it('raw <script>, <iframe> and <style>', () => {
    expect(check('Tekst\n\n<script>alert(1)</script>')).toEqual(['content/news/a.md:8  inhoud — gevonden: <script> (code); verwacht gewone tekst, Markdown, of opmaak als <abbr>, <sup> en tabellen']);
    expect(check('<iframe src="https://example.com"></iframe>')[0]).toContain('gevonden: <iframe> (een ingesloten pagina); verwacht een link naar de pagina');
    expect(check('<style>body{display:none}</style>')[0]).toContain('gevonden: <style> (opmaakcode)');
  });
  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', '<meta> (een instelling die lezers kan doorsturen)'],
    ['<base href="https://evil.example/">', '<base> (een instelling die alle links van de pagina verandert)'],
    ['<form action="https://evil.example"><input name="x"><button>Stuur</button></form>', '<form> (een formulier (de site verstuurt niets))'],
    ['<object data="x.swf"></object>', '<object> (een ingesloten bestand)'],
    ['<embed src="x.swf">', '<embed> (een ingesloten bestand)'],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', '<link> (een verwijzing naar een ander bestand)'],
    ['<svg><script>alert(1)</script></svg>', '<svg> (een tekening in SVG (kan code bevatten))'],
    ['<img src="./x.mjs" alt="x">', '<img> (een afbeelding in HTML); verwacht een afbeelding in Markdown'],
    ['<marquee>oud</marquee>', '<marquee>, dat de site niet gebruikt'],
  ])('refuses %s by file and line, with why', (html, found) => {
    expect(check(`Tekst\n\n${html}`)[0]).toMatch(new RegExp(`^content/news/a\\.md:8  inhoud — gevonden: ${found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
  it('on…= attributes, directives, unknown attributes and script addresses in HTML', () => {
    expect(check('<p onclick="steel()">Klik</p>')).toEqual(['content/news/a.md:6  inhoud — gevonden: het attribuut onclick= op <p> (code); verwacht geen on…-attributen']);
    expect(check('<a href="javascript:void(0)">x</a>')).toEqual(['content/news/a.md:6  inhoud — gevonden: href="javascript:void(0)"; verwacht een gewoon webadres (https://…) of een pad op deze site']);
    expect(check('<a href=" data:text/html,<script>x</script>">x</a>')[0]).toContain('verwacht een gewoon webadres');
    expect(check('<span style="position:fixed;inset:0">x</span>')[0]).toContain('gevonden: het attribuut style= op <span>, dat de site niet gebruikt');
    expect(htmlIssues('<p ping="https://evil.example">x</p>')[0]).toContain('het attribuut ping= op <p>');
  });
  it('tells a heading without a space after its #s, which Markdown reads as text', () => {
    expect(check('Tekst.\n\n##Een tussenkop\n\nMeer tekst.')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: ##Een tussenkop, zonder spatie na ##, zodat de pagina de #-tekens als tekst toont; verwacht een spatie ertussen: ## Een tussenkop',
    ]);
    expect(check('###Kop\nmet een tweede regel')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: ###Kop, zonder spatie na ###, zodat de pagina de #-tekens als tekst toont; verwacht een spatie ertussen: ### Kop',
    ]);
    // A single # is also a hashtag or a number (#1 in Delfshaven), and #s inside a sentence or in code are no heading.
    expect(check('#zorgpact in de krant')).toEqual([]);
    expect(check('Plek ##2 van de lijst')).toEqual([]);
    expect(check('`##code`')).toEqual([]);
    expect(check('## Een tussenkop\n\nTekst.')).toEqual([]);
  });
  it('asks, as advice, for a link text that says where it goes instead of "klik hier" (WCAG 2.4.4; helper-42)', () => {
    expect(warningsOf('Het verslag staat [Klik hier](https://www.rijnmond.nl/).')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: de linktekst "Klik hier"; verwacht woorden die zeggen waar de link heen gaat, zoals [het verslag van het werkbezoek](https://www.rijnmond.nl/): wie de links los hoort, weet anders niet waarheen',
    ]);
    expect(warningsOf('Zie [**hier**](/netwerken/delfshaven/) en [lees meer.](/netwerken/charlois/)')).toHaveLength(2);
    expect(warningsOf('Zie [het netwerk hier in Delfshaven](/netwerken/delfshaven/).')).toEqual([]);
    // Every mark after the words goes: "Klik hier!!" says as little.
    expect(warningsOf('Het verslag: [Klik hier!!](https://www.rijnmond.nl/)')).toHaveLength(1);
    // In an HTML link too, and with an arrow or » after it; "lees verder" says as little (helper-73).
    expect(warningsOf('Het verslag: <a href="https://www.rijnmond.nl/">hier</a>, [Lees meer »](https://www.rijnmond.nl/) en [Lees verder →](https://www.rijnmond.nl/)')).toEqual([
      expect.stringContaining('de linktekst "Lees meer »"'),
      expect.stringContaining('de linktekst "Lees verder →"'),
      expect.stringContaining('de linktekst "hier"'),
    ]);
    // Marks between the words as well: "Klik: hier" is "klik hier".
    expect(warningsOf('Het verslag: [Klik: hier](https://www.rijnmond.nl/) en [Lees, meer](https://www.rijnmond.nl/)')).toEqual([
      expect.stringContaining('de linktekst "Klik: hier"'),
      expect.stringContaining('de linktekst "Lees, meer"'),
    ]);
    expect(check('Het verslag staat [Klik hier](https://www.rijnmond.nl/).')).toEqual([]);
  });
  it('asks, as advice, whether a line "#Kop met woorden" alone is a heading without its space (helper-39); a hashtag alone or in a sentence is left', () => {
    expect(warningsOf('Tekst.\n\n#Wat heeft dit met de arbeidsmarkt te maken?\n\nMeer tekst.')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: #Wat heeft dit met de arbeidsmarkt te maken? als losse regel, zonder spatie na de #, zodat de pagina het als tekst toont; verwacht ## Wat heeft dit met de arbeidsmarkt te maken? als dit een tussenkop is (een hashtag mag zo blijven)',
    ]);
    expect(check('#Wat heeft dit met de arbeidsmarkt te maken?')).toEqual([]);
    for (const left of ['#WerkenInDeZorg', '#zorgpact in de krant', '#Zorg #welzijn #Rotterdam', '#Kop\nmet een tweede regel', 'Lees *#Zorgpact* online', `#Een ${'lange '.repeat(25)}zin`]) {
      expect(warningsOf(left), left).toEqual([]);
    }
    // A heading is at most 120 characters: a line of 120 is asked about, one of 121 is a sentence.
    const line = (length: number) => `#Kop ${'x'.repeat(length - 5)}`;
    expect([warningsOf(line(120)).length, warningsOf(line(121)).length]).toEqual([1, 0]);
  });
  it('tells a no-break space after a list\'s dash or a heading\'s #s, which Markdown reads as text (helper-34)', () => {
    // Every line: fixing only the first left the others running on as the text of one item (helper-39).
    expect(check('Tekst.\n\n-\u00A0medewerkers krijgen ruimte;\n-\u00A0ze hebben plezier.\n-\u202Fen minder verloop.')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: een harde spatie na - (zoals Word die zet), zodat de pagina "- medewerkers krijgen ruimte;" als gewone tekst toont en niet als lijstregel; verwacht een gewone spatie na -',
      'content/news/a.md:9  inhoud — gevonden: een harde spatie na - (zoals Word die zet), zodat de pagina "- ze hebben plezier." als gewone tekst toont en niet als lijstregel; verwacht een gewone spatie na -',
      'content/news/a.md:10  inhoud — gevonden: een harde spatie na - (zoals Word die zet), zodat de pagina "- en minder verloop." als gewone tekst toont en niet als lijstregel; verwacht een gewone spatie na -',
    ]);
    // Under a list item with plain spaces as well.
    expect(check('- eerste punt\n-\u00A0tweede punt')).toHaveLength(1);
    expect(check('- punt\n  -\u00A0onderpunt')[0]).toContain('zodat de pagina "- onderpunt" als gewone tekst toont');
    expect(check('##\u00A0Discriminatie blijft')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een harde spatie na ## (zoals Word die zet), zodat de pagina "## Discriminatie blijft" als gewone tekst toont en niet als kop; verwacht een gewone spatie na ##',
    ]);
    expect(check('1.\u00A0Eerst dit')[0]).toContain('een harde spatie na 1.');
    expect(check('12.\u00A0Stap twaalf')[0]).toContain('een harde spatie na 12.');
    // A dash inside a sentence is no list item: Jan -\u00A0Piet is text.
    expect(check('Jan -\u00A0Piet en ##\u00A0meer')).toEqual([]);
    // Inside a sentence a no-break space is text: 10 000, Jan Krol.
    expect(check('Er zijn 10\u00A0000 banen bij Jan\u00A0Krol.')).toEqual([]);
  });
  it('refuses a comment: not on the page, but in its source for anyone to read', () => {
    expect(check('Meer tekst <!-- interne notitie: nog niet goedgekeurd door Laurens -->')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een opmerking (<!-- interne notitie: nog niet goedgekeurd door Laurens -->), die niet op de pagina staat maar wel in de bron ervan, voor iedereen te lezen; verwacht geen opmerkingen in de tekst: zet aantekeningen in het pull request',
    ]);
    expect(check('<!--\nregel een\nregel twee\n-->')).toHaveLength(1);
    expect(htmlIssues('<p>Tekst <!-- x --> en <!----></p>')).toHaveLength(2);
  });
  it('refuses https: without // after it, which is a dead path on the page and another site elsewhere (helper-66)', () => {
    expect(check('[de brochure](https:evil.example) en [x](HTTP:/www.laurens.nl/zorg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar https:evil.example zonder // na https:; verwacht https://evil.example',
      'content/news/a.md:6  inhoud — gevonden: een link naar HTTP:/www.laurens.nl/zorg zonder // na http:; verwacht http://www.laurens.nl/zorg',
    ]);
    expect(check('[x](https:)')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar https: zonder // na https:; verwacht een volledig adres, zoals https://www.rotterdam.nl/']);
    expect(htmlIssues('<a href="https:evil.example">de brochure</a>')).toEqual(['gevonden: href="https:evil.example" zonder // na https:; verwacht https://evil.example']);
    expect(check('[goed](https://www.laurens.nl/)')).toEqual([]);
  });
  it('refuses an HTML link that does more than the reader sees: a copy in a mail, a code for the phone (helper-62)', () => {
    const more = (href: string) => `gevonden: href="${href}", dat meer doet dan de lezer ziet (een kopie of tekst in een e-mail, een code voor de telefoon); verwacht mailto: of tel: met alleen het adres of nummer`;
    expect(htmlIssues('<a href="mailto:info@laurens.nl?bcc=x@evil.example">mail</a> <a href="tel:**21*0900123456#">bel</a>')).toEqual([more('mailto:info@laurens.nl?bcc=x@evil.example'), more('tel:**21*0900123456#')]);
    expect(htmlIssues('<a href="mailto:info@laurens.nl?subject=Vraag">mail</a> <a href="tel:+31101234567">bel</a>')).toEqual([]);
  });
  it('reads HTML as a browser does, so markup a lenient parser misses is refused too', () => {
    // A slash between attributes, and a comment that the standard closes at --!>: browsers see the <meta> and the <form>.
    expect(htmlIssues('<div><meta/http-equiv="refresh" content="8;url=https://evil.example/phish"></div>')).toEqual(['gevonden: <meta> (een instelling die lezers kan doorsturen); verwacht gewone tekst, Markdown, of opmaak als <abbr>, <sup> en tabellen']);
    expect(htmlIssues('<!-- --!><meta http-equiv="refresh" content="9;url=https://evil.example/"> -->')[1]).toContain('gevonden: <meta>');
    expect(htmlIssues('<div><form/action="https://evil.example/"><input/type="password"></form></div>').map((issue) => issue.split(' (')[0])).toEqual(['gevonden: <form>', 'gevonden: <input>']);
    // Entities and control characters in an address are read as the browser reads them.
    for (const href of ['java&#9;script:alert(1)', '&#1;javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'vbscript:x', 'data:text/html,x']) {
      expect(htmlIssues(`<a href="${href}">x</a>`), href).toHaveLength(1);
    }
    expect(htmlIssues('<a href="https://example.org/">x</a> <a href="mailto:a@example.org">m</a> <a href="/netwerken/">n</a>')).toEqual([]);
  });
  it('reads an address as the browser does: control characters and spaces in front are skipped, a space before a colon is no scheme', () => {
    for (const href of ['&#1;&#2;javascript:alert(1)', '  javascript:alert(1)', '&#31; &#1;vbscript:x']) expect(htmlIssues(`<a href="${href}">x</a>`), href).toHaveLength(1);
    // "zie hier:1" is a path on this site (a scheme has no space), and http: is a plain web address.
    expect(htmlIssues('<a href="zie hier:1">x</a> <a href="http://www.rotterdam.nl/">r</a> <a href="tel:+31101234567">t</a>')).toEqual([]);
  });
  it('checks the address in a quote\'s cite= as in a link, and leaves a title with a colon alone', () => {
    expect(htmlIssues('<blockquote cite="javascript:alert(1)">Citaat</blockquote>')).toEqual(['gevonden: cite="javascript:alert(1)"; verwacht een gewoon webadres (https://…) of een pad op deze site']);
    expect(htmlIssues('<q cite="https://www.rotterdam.nl/">Citaat</q> <abbr title="Wmo: Wet maatschappelijke ondersteuning">Wmo</abbr>')).toEqual([]);
  });
  it('names an unknown attribute with the ones the site uses; on… only at the start of a name is code', () => {
    expect(htmlIssues('<a href="https://www.laurens.nl/" target="_blank" rel="noopener">Laurens</a>')).toEqual([
      'gevonden: het attribuut target= op <a>, dat de site niet gebruikt; verwacht de tag zonder target="…": haal het weg (de site opent links zelf)',
      'gevonden: het attribuut rel= op <a>, dat de site niet gebruikt; verwacht de tag zonder rel="…": haal het weg (de site opent links zelf)',
    ]);
    expect(htmlIssues('<p contenteditable>Tekst</p>')).toEqual(['gevonden: het attribuut contenteditable= op <p>, dat de site niet gebruikt; verwacht de tag zonder contenteditable="…": haal het weg (de site kiest zelf de opmaak)']);
  });
  it('quotes a refused address on one line, trimmed, and cut after 50 characters', () => {
    const fifty = `javascript:${'x'.repeat(39)}`;
    expect(htmlIssues(`<a href="  ${fifty}
">x</a>`)).toEqual([`gevonden: href="${fifty}"; verwacht een gewoon webadres (https://…) of een pad op deze site`]);
    expect(htmlIssues(`<a href="javascript:a  
 b${'x'.repeat(50)}">x</a>`)).toEqual([`gevonden: href="javascript:a b${'x'.repeat(35)}…"; verwacht een gewoon webadres (https://…) of een pad op deze site`]);
  });
  it('lets text markup through: abbreviations, tables, details, quotes, links', () => {
    expect(check('<abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr> <sup>1</sup> <a href="https://www.rotterdam.nl/" title="x">R</a>\n\n<details open><summary>Meer</summary>\n\nTekst\n\n</details>\n\n<table><tr><th scope="col" colspan="2">a</th></tr></table>')).toEqual([]);
  });
});

describe('MDX', () => {
  it('may import components from src/components/content/ only, by a path from the file', () => {
    expect(check("import X from 'src/components/content/../../../astro.config.mjs';", 'mdx')).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: een import uit "src/components/content/../../../astro.config.mjs"; verwacht alleen componenten uit src/components/content/',
    ]);
    expect(check("import Kader from '../../src/components/content/Kader.astro';\n\n<Kader>Tekst</Kader>", 'mdx')).toEqual([]);
    expect(check("import fs from 'node:fs';\nimport X from '../../src/layouts/BaseLayout.astro';", 'mdx')).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: een import uit "node:fs"; verwacht alleen componenten uit src/components/content/',
      // Each on its own line (helper-58: every import line was told on the first).
      'content/news/a.mdx:7  inhoud — gevonden: een import uit "../../src/layouts/BaseLayout.astro"; verwacht alleen componenten uit src/components/content/',
    ]);
    // A component that is not there, and one used without an import: each stopped the build with an English error (helper-27).
    expect(check("import Video from '../../src/components/content/Video.astro';\n\n<Video id=\"abc\" />", 'mdx')).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: een import uit "../../src/components/content/Video.astro", maar src/components/content/Video.astro bestaat niet; verwacht een component dat in src/components/content/ staat, of gewone tekst zonder import',
    ]);
    // The import line is offered only for a component that is there (helper-29: it led to "bestaat niet" next).
    expect(check('Tekst\n\n<Video id="abc" />\n\n<Kader.Kop>Let op</Kader.Kop>', 'mdx')).toEqual([
      'content/news/a.mdx:8  inhoud — gevonden: <Video>, maar er is geen component Video in src/components/content/; verwacht gewone tekst (Markdown) in plaats van <Video>',
      "content/news/a.mdx:10  inhoud — gevonden: <Kader.Kop> zonder import-regel; verwacht bovenaan import Kader from '../../src/components/content/Kader.astro'",
    ]);
    // An import line shown in a code block imports nothing.
    expect(check("```mdx\nimport Kader from '../../src/components/content/Kader.astro';\n```\n\n<Kader>Tekst</Kader>", 'mdx')).toEqual([
      "content/news/a.mdx:10  inhoud — gevonden: <Kader> zonder import-regel; verwacht bovenaan import Kader from '../../src/components/content/Kader.astro'",
    ]);
    // A name without ./ or ../ is a package, even when its path would lead back to the components.
    expect(check("import Kader from 'x/../../../src/components/content/Kader.astro';", 'mdx')).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: een import uit "x/../../../src/components/content/Kader.astro"; verwacht alleen componenten uit src/components/content/',
    ]);
  });
  it('may not export code or run expressions', () => {
    expect(check('export const x = 1;', 'mdx')[0]).toBe('content/news/a.mdx:6  inhoud — gevonden: export const x = 1; verwacht alleen import-regels, geen andere code');
    expect(check('Tekst {process.exit(1)} hier', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: code tussen accolades {process.exit(1)}; verwacht gewone tekst (schrijf een accolade als \\{)']);
    expect(check('{/* een opmerking */}', 'mdx')).toEqual([]);
    expect(check('{/* een */ /* twee */}', 'mdx')).toEqual([]);
    // Code between two comments is code: the comments do not hide it.
    expect(check("{/* */ globalThis.process.exit(1) /* */}", 'mdx')[0]).toContain('gevonden: code tussen accolades');
    expect(check("Inline {/* */ 'TEKST-' + (6*7) /* */} hier.", 'mdx')[0]).toContain('gevonden: code tussen accolades');
    expect(check('{/* niet gesloten }', 'mdx')).not.toEqual([]);
    // What cannot be read as tokens at all counts as code, not as a comment.
    expect(onlyComments('/* niet gesloten')).toBe(false);
    expect(onlyComments("'niet gesloten")).toBe(false);
  });
  it('checks JSX elements like HTML', () => {
    expect(check('<iframe src="https://example.com" />', 'mdx')[0]).toContain('gevonden: <iframe> (een ingesloten pagina)');
    expect(check('<div onClick="x">a</div>', 'mdx')[0]).toContain('het attribuut onClick= op <div> (code)');
    expect(check('<meta httpEquiv="refresh" content="0;url=https://evil.example" />', 'mdx')[0]).toContain('gevonden: <meta> (een instelling die lezers kan doorsturen)');
    expect(check('<form action="https://evil.example"><input name="x" /></form>', 'mdx')[0]).toContain('gevonden: <form>');
  });
  it('reads a name with a small first letter as HTML, also with capitals further on', () => {
    expect(check('<iFrame src="https://evil.example/" />', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: <iframe> (een ingesloten pagina); verwacht een link naar de pagina: [naam](https://…)']);
  });
  it('refuses code in attributes once each: {...} spread, a value in braces, also an on… one', () => {
    const spread = 'content/news/a.mdx:6  inhoud — gevonden: code in een attribuut ({...}); verwacht gewone waarden tussen aanhalingstekens';
    expect(check('<div {...props}>Tekst</div>', 'mdx')).toEqual([spread]);
    expect(check("import Kader from '../../src/components/content/Kader.astro';\n\n<Kader {...props} />", 'mdx')).toEqual([spread.replace(':6', ':8')]);
    expect(check('<abbr title={uitleg}>Wmo</abbr>', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: code in het attribuut title={...}; verwacht een waarde tussen aanhalingstekens']);
    expect(check('<div onClick={steel}>Tekst</div>', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: code in het attribuut onClick={...}; verwacht een waarde tussen aanhalingstekens']);
  });
  it('lets through an attribute without a value, a fragment, and a component with plain attributes', () => {
    expect(check('<details open><summary>Meer</summary>Tekst</details>', 'mdx')).toEqual([]);
    expect(check('<>Tekst</>', 'mdx')).toEqual([]);
    expect(check("import Kader from '../../src/components/content/Kader.astro';\n\n<Kader titel=\"Let op\">Tekst</Kader>", 'mdx')).toEqual([]);
  });
  it('refuses set:html and other directives, on elements and on components', () => {
    expect(check('<div set:html="<meta http-equiv=refresh content=0;url=https://evil.example>" />', 'mdx')).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: set:html= op <div> (voegt ongecontroleerde HTML of code in); verwacht de tekst zelf',
    ]);
    expect(check("import Kader from '../../src/components/content/Kader.astro';\n\n<Kader set:html=\"<base href=x>\" />", 'mdx')).toEqual([
      'content/news/a.mdx:8  inhoud — gevonden: set:html= op <Kader> (voegt ongecontroleerde HTML of code in); verwacht de tekst zelf',
    ]);
  });
  it('reports MDX that cannot be parsed, on its line', () => {
    expect(check('Tekst\n\nEen {open', 'mdx')).toEqual(['content/news/a.mdx:8  inhoud — gevonden: een { die in een .mdx-bestand als begin van code gelezen wordt; verwacht \\{ voor een gewone accolade']);
    expect(check('Tekst\n\n<Kader>\nopen', 'mdx')).toEqual(['content/news/a.mdx:8  inhoud — gevonden: <Kader> zonder afsluitende </Kader>; verwacht een afsluitende tag, of <Kader /> als er niets tussen hoort']);
    expect(check('Als a <b en c', 'mdx')[0]).toContain('gevonden: een < die in een .mdx-bestand als begin van code gelezen wordt; verwacht \\< voor een gewoon kleiner-dan-teken');
    expect(check('Tekst </div>', 'mdx')[0]).toContain('gevonden: </div> zonder <div> ervoor');
    // The line and column as Sätteri gives them, also past line 9 and column 9.
    expect(check('1\n\n2\n\n3\n\n4\n\n5\n\nEen {open', 'mdx')).toEqual(['content/news/a.mdx:16  inhoud — gevonden: een { die in een .mdx-bestand als begin van code gelezen wordt; verwacht \\{ voor een gewone accolade']);
    expect(check('Tekst\n\nEen lange zin met {open', 'mdx')[0]).toMatch(/^content\/news\/a\.mdx:8 /);
    // Code between braces that cannot be read: the same tip.
    expect(check('Een {a b} hier', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: een { die in een .mdx-bestand als begin van code gelezen wordt; verwacht \\{ voor een gewone accolade']);
    // An HTML comment is no MDX: the general tip.
    expect(check('Tekst\n\n<!-- opmerking -->', 'mdx')).toEqual(['content/news/a.mdx:8  inhoud — gevonden: tekst die in een .mdx-bestand niet te lezen is; verwacht gewone Markdown, met < en { geschreven als \\< en \\{ (of gebruik een .md-bestand)']);
  });
  it('reports an import line that is not JavaScript', () => {
    expect(check('import from;\n\nTekst', 'mdx')[0]).toBe(
      "content/news/a.mdx:6  inhoud — gevonden: import from, dat is geen geldige import-regel; verwacht import Naam from '../../src/components/content/Naam.astro' voor een component dat in src/components/content/ staat, of gewone tekst zonder import",
    );
  });
  it('reads MDX as the renderer does: what Sätteri compiles, the check accepts', () => {
    const body = 'Als a < b en c > d, dan geldt het.';
    expect(() => mdxToJs(body)).not.toThrow();
    expect(check(body, 'mdx')).toEqual([]);
  });
});

describe('length', () => {
  it('a body of more than 60,000 characters is refused with its length', () => {
    expect(check('a'.repeat(60_001))).toEqual(['content/news/a.md:6  inhoud — gevonden: een tekst van 60.001 tekens; verwacht hoogstens 60.000 (verdeel een lang stuk over meer berichten of pagina’s)']);
    expect(check('a '.repeat(30_000))).toEqual([]);
  });
});

describe('placeholders', () => {
  it('points at every line still to be written', () => {
    expect(check('Inleiding\n\n[VUL IN: de tekst, in Markdown]')).toEqual(['content/news/a.md:8  inhoud — gevonden: "[VUL IN: de tekst, in Markdown]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]']);
  });
});

describe('plain prose', () => {
  it('has no problems, and still reports placeholders and bare site addresses (GFM makes them links)', () => {
    expect(check('Gewone tekst zonder links.\n\nNog een alinea met **vet** en een lijst:\n\n- een\n- twee')).toEqual([]);
    expect(check('Tekst\n[VUL IN: meer tekst]')).toEqual(['content/news/a.md:7  inhoud — gevonden: "[VUL IN: meer tekst]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]']);
    expect(check('Zie https://zorgwelzijn-rotterdam.nl/pacten/geen/ voor meer.')[0]).toContain('een link naar /pacten/geen/, maar die pagina bestaat niet');
  });
});

describe('the tip for an image written from the site root', () => {
  const exists = (repoPath: string) => ['content/news/plaatje.png', 'content/afbeeldingen/kaart.jpg'].includes(repoPath);
  it('reads the path without spaces around it or a ?query, and says where the file should go beside a project', () => {
    expect(siteRootImageMessage(' /afbeeldingen/kaart.jpg?v=2 ', 'content/projects/p.md', exists, 'foto')).toBe(
      'gevonden: /afbeeldingen/kaart.jpg?v=2 (een pad vanaf de hoofdmap); verwacht een pad vanaf dit bestand: ../afbeeldingen/kaart.jpg (de foto staat in content/afbeeldingen/)',
    );
    expect(siteRootImageMessage('/fotos/x.jpg', 'content/projects/p.md', exists, 'foto')).toBe(
      'gevonden: /fotos/x.jpg (een pad vanaf de hoofdmap), maar die foto staat nergens; verwacht de foto naast het bestand, in content/projects/, met als pad ./x.jpg',
    );
  });
  it('sends to ../ only for the shared library, not for another folder of the content', () => {
    expect(siteRootImageMessage('/news/plaatje.png', 'content/pages/p.md', exists, 'afbeelding')).toBe(
      'gevonden: /news/plaatje.png (een pad vanaf de hoofdmap), maar die afbeelding staat nergens; verwacht de afbeelding naast het bestand, in content/pages/, met als pad ./plaatje.png',
    );
  });
});

describe('raw HTML that does not end where it seems to (helper-38)', () => {
  it.each([
    ["<div title='", "<div title='"],
    ['<a href="x"', '<a href="x"'],
    ['<!-- aantekening', '<!-- aantekening'],
    ['tekst <span', '<span'],
  ])('tells %j as unfinished', (html, unfinished) => {
    expect(unfinishedTag(html)).toBe(unfinished);
    expect(htmlIssues(html)[0]).toMatch(/^gevonden: HTML die niet afsluit \(".+"\), zodat de browser de tekst erna als deel ervan leest; verwacht /);
  });
  it.each([
    '<div title="\'><meta http-equiv=refresh content=\'0\'>">',
    "<div title=a'b>",
    '<abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>',
    '<div\n  title="a"\n>',
    "<div title='a>b'>",
    '</div>',
    'a < b en c > d',
    '<br/>',
    '<div data=>',
  ])('lets %j pass as finished', (html) => {
    expect(unfinishedTag(html)).toBeUndefined();
  });
});

describe('HTML that closes the page around the text (helper-47: </div></main>; helper-48: </blockquote> closing the <div>s in it)', () => {
  const CLOSES = (piece: string) => `gevonden: ${piece}, dat de pagina rond de tekst afsluit (een afsluitende tag sluit ook alles wat erbinnen nog openstaat); verwacht elke tag die de tekst opent ook in de tekst gesloten, de laatst geopende eerst, zoals <blockquote><div>…</div></blockquote>, en geen afsluitende tag zonder openingstag`;
  it('is refused on the piece after which the page is closed', () => {
    expect(check('Tekst.\n\n</div></main><p>buiten</p>')).toEqual([`content/news/a.md:8  inhoud — ${CLOSES('</div></main><p>buiten</p>')}`]);
    expect(check('<blockquote><div><div><div>Citaat van de wethouder.</blockquote>\n\n</div></div></div>\n\n<h2 id="buiten">Buiten</h2>')).toEqual([`content/news/a.md:8  inhoud — ${CLOSES('</div></div></div>')}`]);
    expect(check('<ul><li><span>Een punt</li></ul>\n\n</span></li></ul></div>').some((p) => p.includes('dat de pagina rond de tekst afsluit'))).toBe(true);
  });
  it('passes HTML that closes only what it opened, also further down, in other capitals, inline, or with a stray end tag the browser drops', () => {
    for (const body of ['<div>\n\nTekst in een kader.\n\n</DIV>', 'Een <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>, een<br>regel.', '<details><summary>Meer</summary>\n\nTekst.\n\n</details>', 'Een </abbr> te veel.']) {
      expect(check(body).filter((p) => p.includes('afsluit')), body).toEqual([]);
    }
  });
  it('is judged as a browser reads the page: what follows the text still inside it', () => {
    expect(pageEffects('<p>Tekst</p>').closes).toBe(false);
    expect(pageEffects('<div><p>Open, niet gesloten').closes).toBe(false);
    expect(pageEffects('</div>').closes).toBe(true);
    expect(pageEffects('<blockquote><div>x</blockquote></div>').closes).toBe(true);
    // A wrapper of its own, opened after closing the page's, is not the page's.
    expect(pageEffects('</div></article></main><main><article><div id="zw-tekst"><div id="inhoud">').closes).toBe(true);
  });
});

describe('nesting deeper than any page needs (helper-38: a minute of indexing, or the check out of stack)', () => {
  it('refuses quotes or lists more than twelve deep on one line, and elements more than forty deep, before parsing', () => {
    expect(tooDeep(`Tekst\n\n${'>'.repeat(29000)} tekst`)).toEqual({ line: 3, message: 'gevonden: 29000 citaat- of lijsttekens voor één regel (een citaat in een citaat in een citaat …); verwacht hoogstens 12 lagen' });
    expect(tooDeep(`${'> '.repeat(13)}x`)?.line).toBe(1);
    expect(tooDeep(`${'- '.repeat(13)}x`)?.line).toBe(1);
    expect(tooDeep(`a\n${'<div>'.repeat(11000)}`)).toEqual({ line: 2, message: 'gevonden: HTML-elementen meer dan 40 lagen in elkaar (<div> in <div> …); verwacht hoogstens 40 lagen' });
    const context = { urls: new Set<string>(), imageExists: () => true } as unknown as BodyContext;
    const checked = checkBody({ path: 'content/news/diep.md', body: `${'>'.repeat(29000)} tekst\n`, bodyLine: 8 }, context);
    expect(checked.problems.map(formatProblem)).toEqual(['content/news/diep.md:8  inhoud — gevonden: 29000 citaat- of lijsttekens voor één regel (een citaat in een citaat in een citaat …); verwacht hoogstens 12 lagen']);
  });
  it('lets ordinary nesting pass: twelve levels, closed elements, a > in a sentence, void elements', () => {
    for (const body of [`${'> '.repeat(12)}x`, '- a\n  - b\n    1. c', `${'<div>'.repeat(40)}x${'</div>'.repeat(40)}`, 'a > b > c > d > e > f > g > h > i > j > k > l > m > n', `${'<br>'.repeat(100)}`, `${'<div></div>'.repeat(100)}`]) {
      expect(tooDeep(body), body.slice(0, 20)).toBeUndefined();
    }
  });
});

describe('a Markdown link that shows one site and opens another (helper-38)', () => {
  it('is refused with the site it opens', () => {
    expect(check('Zie [www.rotterdam.nl](https://www.rotterdam.nl@evil.example/).\n')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar https://www.rotterdam.nl@evil.example/; verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar evil.example',
    ]);
  });
  it('is refused where its text is the address of another site than it opens (helper-58)', () => {
    const OTHER = (text: string, url: string) => `content/news/a.md:6  inhoud — gevonden: de linktekst "${text}", een adres van een andere site dan waar de link heen gaat (${url}); verwacht als linktekst het adres zelf of woorden die zeggen waarheen`;
    expect(check('[https://www.rotterdam.nl/](https://evil.example/)')).toEqual([OTHER('https://www.rotterdam.nl/', 'https://evil.example/')]);
    expect(check('[rotterdam.nl/zorg](https://rotterdam.nl.evil.example/zorg)')).toEqual([OTHER('rotterdam.nl/zorg', 'https://rotterdam.nl.evil.example/zorg')]);
    expect(check('[https://www.rotterdam.nl/](/nieuws/)')).toEqual([OTHER('https://www.rotterdam.nl/', '/nieuws/')]);
    // Read as the reader sees it: with spaces around it, http://, a port, no path at all.
    expect(check('[ https://www.rotterdam.nl/ ](https://evil.example/)')).toEqual([OTHER('https://www.rotterdam.nl/', 'https://evil.example/')]);
    expect(check('[http://rotterdam.nl](https://evil.example/)')).toEqual([OTHER('http://rotterdam.nl', 'https://evil.example/')]);
    expect(check('[rotterdam.nl:8080/zorg](https://evil.example/)')).toEqual([OTHER('rotterdam.nl:8080/zorg', 'https://evil.example/')]);
    expect(check('[rotterdam.nl](https://evil.example/)')).toEqual([OTHER('rotterdam.nl', 'https://evil.example/')]);
    expect(check('[http://www.laurens.nl/](https://laurens.nl/)')).toEqual([]);
    // As a reference, a path of this site, an e-mail address (helper-60).
    expect(check('[https://www.rotterdam.nl/][r]\n\n[r]: https://evil.example/')).toEqual([OTHER('https://www.rotterdam.nl/', 'https://evil.example/')]);
    expect(check('[https://www.rotterdam.nl/]\n\n[https://www.rotterdam.nl/]: https://evil.example/')).toEqual([OTHER('https://www.rotterdam.nl/', 'https://evil.example/')]);
    expect(check('[/netwerken/delfshaven/](https://evil.example/)')).toEqual([OTHER('/netwerken/delfshaven/', 'https://evil.example/')]);
    const MAIL = (text: string, url: string) => `content/news/a.md:6  inhoud — gevonden: de linktekst "${text}", een e-mailadres, terwijl de link ergens anders heen gaat (${url}); verwacht als linktekst het adres zelf of woorden die zeggen waarheen`;
    expect(check('[info@rotterdam.nl](mailto:phish@evil.example)')).toEqual([MAIL('info@rotterdam.nl', 'mailto:phish@evil.example')]);
    expect(check('[info@rotterdam.nl](https://evil.example/login)')).toEqual([MAIL('info@rotterdam.nl', 'https://evil.example/login')]);
    // A phone number that dials another, or opens a page (helper-66).
    const PHONE = (text: string, url: string, why: string) => `content/news/a.md:6  inhoud — gevonden: de linktekst "${text}", een telefoonnummer, terwijl de link ${why} (${url}); verwacht als linktekst het adres zelf of woorden die zeggen waarheen`;
    expect(check('[010 123 45 67](tel:+31201234567)')).toEqual([PHONE('010 123 45 67', 'tel:+31201234567', 'een ander nummer belt')]);
    expect(check('[010-1234567](https://evil.example/)')).toEqual([PHONE('010-1234567', 'https://evil.example/', 'ergens anders heen gaat')]);
    for (const body of ['[010 123 45 67](tel:+31101234567)', '[+31 (0)10 123 45 67](tel:0101234567)', '[010-1234567](tel:0031%2010%201234567)', '[2016-2023](https://www.rotterdam.nl/)']) expect(check(body), body).toEqual([]);
    // One address shown, a second one written to as well.
    expect(check('[info@rotterdam.nl](mailto:info@rotterdam.nl,phish@evil.example)')).toEqual([MAIL('info@rotterdam.nl', 'mailto:info@rotterdam.nl,phish@evil.example')]);
    expect(check('[Info@Rotterdam.nl](mailto:info@rotterdam.nl?subject=Vraag) [/netwerken/delfshaven/](/netwerken/delfshaven/) [het verslag][v]\n\n[v]: /nieuws/')).toEqual([]);
    // The same site, with or without www. and https://, this site's own paths, and words: fine.
    for (const body of ['[www.rotterdam.nl](https://rotterdam.nl/zorg)', '[laurens.nl](https://www.laurens.nl/)', '[zorgwelzijn-rotterdam.nl/nieuws/](/nieuws/)', '[Zorg in Rotterdam](https://www.rotterdam.nl/)', '[Versie 1.2](https://www.rotterdam.nl/)', '[info@laurens.nl](mailto:info@laurens.nl)']) {
      expect(check(body), body).toEqual([]);
    }
  });
});

describe('a link with nothing to click or no address (helper-37)', () => {
  it('is refused, with what to write', () => {
    expect(check('Zie [](/netwerken/delfshaven/) en [ ](/nieuws/).\n')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link zonder tekst naar /netwerken/delfshaven/; verwacht tussen [ en ] de tekst waarop lezers klikken, zoals [het netwerk Charlois](/netwerken/delfshaven/)',
      'content/news/a.md:6  inhoud — gevonden: een link zonder tekst naar /nieuws/; verwacht tussen [ en ] de tekst waarop lezers klikken, zoals [het netwerk Charlois](/nieuws/)',
    ]);
    expect(check('Zie [leeg]().\n')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link zonder adres; verwacht tussen ( en ) het adres, zoals (/netwerken/charlois/) of (https://…)']);
  });
  it('lets a link with text, code or a described image pass', () => {
    expect(check('Zie [het netwerk](/netwerken/delfshaven/), [`code`](/nieuws/) en [![Kaart](./plaatje.png)](/nieuws/).\n')).toEqual([]);
  });
});

describe('a line of - or = under text, which makes the text a heading (helper-37: an e-mail signature)', () => {
  it('is refused, with the fix, on the line of dashes (helper-39: told on the name above)', () => {
    expect(check('Tekst.\n\nMet vriendelijke groet,\nMarieke\n--\n')).toEqual([
      'content/news/a.md:10  inhoud — gevonden: een regel "--" direct onder tekst, waardoor die tekst een kop wordt; verwacht een witregel tussen de tekst en "--", of haal "--" weg (een kop schrijf je met ## ervoor)',
    ]);
    expect(check('Titel van een stuk\n===\n')[0]).toContain('een regel "===" direct onder tekst');
  });
  it('lets a heading with ## and a line of --- after a blank line pass', () => {
    expect(check('## Een kop\n\nTekst.\n\n---\n\nMeer tekst.\n')).toEqual([]);
  });
});

describe('bullets pasted from Word (helper-37: the items ran together)', () => {
  it('are told once per list, on its first line, with the line to write', () => {
    expect(check('Het programma:\n• 9.00 uur: inloop\n• 9.30 uur: welkom\n\nDaarna:\n▪ lunch\n')).toEqual([
      'content/news/a.md:7  inhoud — gevonden: een opsommingsteken • (uit Word of van een webpagina), dat de site als gewone tekst toont, zodat de punten aan elkaar vast staan; verwacht een streepje en een spatie voor elk punt: "- 9.00 uur: inloop"',
      'content/news/a.md:11  inhoud — gevonden: een opsommingsteken ▪ (uit Word of van een webpagina), dat de site als gewone tekst toont, zodat de punten aan elkaar vast staan; verwacht een streepje en een spatie voor elk punt: "- lunch"',
    ]);
  });
  it('lets a bullet inside a sentence and a Markdown list pass', () => {
    expect(check('Zorg • welzijn • onderwijs.\n\n- 9.00 uur: inloop\n- 9.30 uur: welkom\n')).toEqual([]);
  });
});

describe('braces in MDX, counted before the parser reads them (helper-40: 59,000 took it 5.3 s)', () => {
  const mdx = (body: string) => checkBody({ path: 'content/news/a.mdx', body, bodyLine: 6 }, context).problems.map(formatProblem);
  it('refuses more than 200, at the start of the text, without parsing it', () => {
    expect(mdx('{'.repeat(59_000))).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: 59.000 accolades { in een .mdx-bestand; verwacht gewone tekst (schrijf een accolade als \\{), met hoogstens 200 onderdelen tussen accolades',
    ]);
    expect(mdx('{/* x */}\n\n'.repeat(201))).toHaveLength(1);
  });
  it('counts neither 200 comments, nor braces written as \\{, nor braces in a .md file', () => {
    expect(mdx('{/* x */}\n\n'.repeat(200))).toEqual([]);
    expect(mdx('Een \\{ in de tekst. '.repeat(300))).toEqual([]);
    expect(check('Een { in de tekst. '.repeat(300))).toEqual([]);
  });
});

describe('the depth of elements, counted in one pass (helper-40)', () => {
  it('counts a tag with long attributes, up to more than a body holds, and reads no tag in a run of letters after <', () => {
    const attribute = 'x'.repeat(1400);
    expect(tooDeep(`<div title="${attribute}" class='${attribute.slice(0, 90)}'>`.repeat(41))?.message).toBe('gevonden: HTML-elementen meer dan 40 lagen in elkaar (<div> in <div> …); verwacht hoogstens 40 lagen');
    expect(tooDeep(`<div title="${attribute}">`.repeat(40))).toBeUndefined();
    expect(tooDeep(`<${'a'.repeat(59_000)}`)).toBeUndefined();
    expect(tooDeep('<a'.repeat(29_500))).toBeUndefined();
    // A name runs to its last letter or sign: <div-x> is an element of its own, and counts.
    expect(tooDeep(`${'<div-x>'.repeat(41)}`)).toBeDefined();
  });
});

describe('elements that never hold others add no depth', () => {
  it.each(['br', 'hr', 'wbr', 'col', 'img', 'input', 'meta', 'link', 'base', 'source', 'track', 'area', 'embed', 'param'])('<%s> forty-one times is not forty-one deep', (name) => {
    expect(tooDeep(`<${name}>`.repeat(41))).toBeUndefined();
    expect(tooDeep('<div>'.repeat(41))).toBeDefined();
  });
});

describe('the summary repeated as the first paragraph (helper-42: the page showed it twice, one under the other)', () => {
  const LEAD = 'Leerlingen van het Zadkine werken mee in de thuiszorg van Charlois.';
  const warned = (body: string, lead: string | undefined) => checkBody({ path: 'content/news/a.md', body, bodyLine: 6, lead }, context).warnings.map(formatProblem);
  const ADVICE = 'content/news/a.md:8  inhoud — gevonden: een eerste alinea die begint met de samenvatting (description), die de pagina al boven de tekst toont; verwacht een eerste alinea die verder vertelt: haal de herhaling weg';

  it('is advice on the paragraph\'s line, also in other capitals and signs, and when the paragraph goes on after it', () => {
    expect(warned(`## Stage\n\n${LEAD}`, LEAD)).toEqual([ADVICE]);
    expect(warned(`## Stage\n\nleerlingen van het *Zadkine* werken mee in de thuiszorg van Charlois`, LEAD)).toEqual([ADVICE]);
    expect(warned(`## Stage\n\n${LEAD} Zij beginnen in januari.`, LEAD)).toEqual([ADVICE]);
  });

  it('is not told for a first paragraph that tells more, a later paragraph that quotes it, or a page that shows no summary', () => {
    expect(warned(`Zij beginnen in januari. ${LEAD}`, LEAD)).toEqual([]);
    expect(warned(`Zij beginnen in januari.\n\n${LEAD}`, LEAD)).toEqual([]);
    expect(warned(`Leerlingen van het Zadkine werken mee.`, LEAD)).toEqual([]);
    expect(warned(LEAD, undefined), 'no summary shown above the text').toEqual([]);
    expect(warned('## Alleen een kop', LEAD)).toEqual([]);
  });
});

describe('the name Astro gives the images of a body (helper-44: a redirect, a form and a <base> got into a page with it)', () => {
  const MARKER = 'inhoud — gevonden: __ASTRO_IMAGE_; verwacht tekst zonder __ASTRO_IMAGE_: dat is de naam die de site zelf gebruikt om foto’s in te voegen, en wat erachter staat zou in de pagina belanden';
  const payload = '__ASTRO_IMAGE_="{&quot;src&quot;:&quot;./foto.jpg&quot;,&quot;\\u003cmeta http-equiv=\\u0022refresh\\u0022 content=\\u00220;url=https://evil.example/\\u0022\\u003e&quot;:&quot;&quot;}"';

  it('is refused on its line wherever it stands: the text of a <div>, a title, a code span, in other capitals', () => {
    expect(check(`![Een vlak](./foto.jpg)\n\n<div>\n${payload}\n</div>\n`)).toEqual([`content/news/a.md:9  ${MARKER}`]);
    expect(check(`Zie <abbr title='${payload}'>WEP</abbr>.`)).toEqual([`content/news/a.md:6  ${MARKER}`]);
    expect(check(`Tekst\n\n\`${payload}\``)).toEqual([`content/news/a.md:8  ${MARKER}`]);
    expect(check('Tekst met __astro_image_="x" erin.')).toEqual([`content/news/a.md:6  ${MARKER}`]);
    expect(check(`Tekst\n\n<div>\n${payload}\n</div>\n`, 'mdx')).toEqual([`content/news/a.mdx:9  ${MARKER}`]);
  });

  it('is refused when written with escapes or entities, which the page shows whole', () => {
    expect(check('Tekst\n\n\\_\\_ASTRO\\_IMAGE\\_="x"')).toEqual([`content/news/a.md:8  ${MARKER}`]);
    expect(check('Tekst &#95;&#95;ASTRO&lowbar;IMAGE_="x"')).toEqual([`content/news/a.md:6  ${MARKER}`]);
    expect(check('[Zie](/nieuws/ "&#95;_ASTRO_IMAGE_")')).toEqual([`content/news/a.md:6  ${MARKER}`]);
  });

  it('leaves the words themselves alone', () => {
    expect(check('Astro zet een image in de pagina; ASTRO IMAGE en astro_image zijn gewone woorden.')).toEqual([]);
  });
});

describe('HTML that changes the page beyond the text (helper-49)', () => {
  it('refuses <body …> and <html …>, whose attributes a browser gives the page itself, and names them', () => {
    expect(check('Tekst.\n\n<body hidden>\n\nMeer tekst.')).toEqual([
      'content/news/a.md:8  inhoud — gevonden: <body hidden>, dat de hele pagina verandert (<body hidden>: een browser geeft die eigenschappen aan de pagina zelf); verwacht geen <html>, <head> of <body> in de tekst: die maakt de site zelf',
    ]);
    expect(check('Een <html dir="rtl">zin.').join('\n')).toContain('gevonden: <html dir="rtl">, dat de hele pagina verandert (<html dir>: een browser');
    expect(pageEffects('<BODY\fonload=x inert>').pageAttributes).toEqual(['body onload', 'body inert']);
  });
  it('refuses inline elements left open, which the browser opens again around the rest of the page, told on the one left open', () => {
    expect(check('Een <s title="oud"><small>doorgehaalde\n\nalinea.')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: <s title="oud">, met <s> en <small> die niet gesloten worden, zodat de browser ze na de tekst opnieuw opent, om de rest van de pagina heen; verwacht elke tag gesloten in de alinea waarin hij begint, zoals <s>…</s> en <small>…</small>',
    ]);
    // The first <s> is closed; the second, three lines down, is not.
    expect(check('Een <s>oud</s> woord.\n\nNog een\n\n<a href="/netwerken/delfshaven/">link')).toEqual([
      'content/news/a.md:10  inhoud — gevonden: <a href="/netwerken/delfshaven/">, met <a> die niet gesloten wordt, zodat de browser hem na de tekst opnieuw opent, om de rest van de pagina heen; verwacht elke tag gesloten in de alinea waarin hij begint, zoals <a>…</a>',
    ]);
  });
  it('tells each inline element left open on its own line, and those opened together on one (helper-53)', () => {
    const REOPENED = (piece: string, name: string) => `gevonden: ${piece}, met <${name}> die niet gesloten wordt, zodat de browser hem na de tekst opnieuw opent, om de rest van de pagina heen; verwacht elke tag gesloten in de alinea waarin hij begint, zoals <${name}>…</${name}>`;
    expect(check('Een <b>vet stuk tekst.\n\nEn een <i>schuin stuk.')).toEqual([`content/news/a.md:6  inhoud — ${REOPENED('<b>', 'b')}`, `content/news/a.md:8  inhoud — ${REOPENED('<i>', 'i')}`]);
  });
  const LEFT_OPEN = (piece: string, name: string) => `gevonden: ${piece}, met <${name}> die niet gesloten wordt, zodat wat de pagina na de tekst toont (bron, labels, links) erin komt te staan; verwacht elke tag die de tekst opent ook in de tekst gesloten, zoals <${name}>…</${name}>`;
  it('refuses an element left open, which takes in what the page shows after the text (helper-50: a closed <details> hid the sources and the edit link)', () => {
    expect(check('<table><tr><td>Aantal</td><td>12')).toEqual([`content/news/a.md:6  inhoud — ${LEFT_OPEN('<table><tr><td>Aantal</td><td>12', 'table')}`]);
    expect(check('Tekst.\n\n<details>\n<summary>Meer over Delfshaven</summary>\n<div>\n\nExtra uitleg.')).toEqual([`content/news/a.md:8  inhoud — ${LEFT_OPEN('<details> <summary>Meer over Delfshaven</summary>…', 'details')}`]);
    expect(check('<div dir="rtl" title="Ingetrokken">\n<div>\n\nMet dank.')).toEqual([`content/news/a.md:6  inhoud — ${LEFT_OPEN('<div dir="rtl" title="Ingetrokken"> <div>', 'div')}`]);
    // A table with no cell yet: the browser sets what follows before it, the footer too.
    expect(pageEffects('<table>').leftOpen).toBe('table');
    expect(pageEffects('<h2><div>Kop').leftOpen).toBe('h2');
    expect(pageEffects('<ul><li>Een<li>Twee').leftOpen).toBe('ul');
  });
  it('passes inline HTML closed in its paragraph, elements the browser closes by themselves in the text, and a <head> a browser drops', () => {
    for (const body of ['Een <s>oud</s> en <b><i>nieuw</i></b> woord.', '<ul><li>Een<li>Twee</ul>', '<p>Een alinea zonder eind', 'Een <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>.']) {
      expect(check(body), body).toEqual([]);
    }
    expect(pageEffects('<head></head>Tekst')).toEqual({ closes: false, pageAttributes: [], reopened: [], leftOpen: undefined });
  });
  it('reads an MDX text as a browser does: JSX pairs every tag, but a <li> closes an open <li> through a <div> (helper-50)', () => {
    expect(check('Tekst.\n\n<ul><li><div><li>Eerste afspraak.</li></div></li></ul>\n\n## Buiten het artikel', 'mdx')).toEqual([
      'content/news/a.mdx:8  inhoud — gevonden: <ul><li><div><li>Eerste afspraak.</li></div></li>…, dat de pagina rond de tekst afsluit (een afsluitende tag sluit ook alles wat erbinnen nog openstaat); verwacht elke tag die de tekst opent ook in de tekst gesloten, de laatst geopende eerst, zoals <blockquote><div>…</div></blockquote>, en geen afsluitende tag zonder openingstag',
    ]);
    expect(check('<dl><dt>Wmo</dt><dd><div><dt>Wet</dt></div></dd></dl>', 'mdx').join('\n')).toContain('a.mdx:6  inhoud — gevonden: <dl><dt>Wmo</dt><dd><div><dt>Wet</dt></div></dd><…, dat de pagina rond de tekst afsluit');
    // No element does it alone: with the Markdown list around it, the <div>'s <li> closes the list's (not the last element of the text).
    expect(check('Tekst.\n\n- Punt <div><li>x</li></div>\n- Tweede\n\nLater <span>y</span> tekst.\n\nEinde <em>z</em>.', 'mdx')).toEqual([
      'content/news/a.mdx:8  inhoud — gevonden: <div><li>x</li></div>, dat de pagina rond de tekst afsluit (een afsluitende tag sluit ook alles wat erbinnen nog openstaat); verwacht elke tag die de tekst opent ook in de tekst gesloten, de laatst geopende eerst, zoals <blockquote><div>…</div></blockquote>, en geen afsluitende tag zonder openingstag',
    ]);
    for (const body of ['<ul><li>Een</li><li>Twee <b>vet</b></li></ul>\n\nTekst met <abbr title="x">Wmo</abbr>.', '<div>\n  Tekst in een kader.\n</div>', 'Een <br/> regel.']) {
      expect(check(body, 'mdx'), body).toEqual([]);
    }
  });
});

describe('a heading or element with an id of the page itself (helper-50: <span id="contact"> took over the contact block)', () => {
  // A project's page with key figures and a contact block; a news item's page has neither (helper-53).
  const project = { pageIds: new Set(['inhoud', 'site-search', 'toc-title', 'kerncijfers', 'contact']) };
  const news = { pageIds: new Set(['inhoud', 'site-search', 'toc-title']) };
  it('is refused where the page has that part, as a heading by the id Astro gives it, second of a name included', () => {
    expect(check('## Contact\n\nBel ons.', 'md', project)).toEqual([
      'content/news/a.md:6  inhoud — gevonden: de kop "Contact", die als naam (id) contact krijgt, net als een onderdeel dat de pagina zelf toont; verwacht een kop met andere of meer woorden, zodat een link naar #contact en schermlezers het onderdeel van de pagina zelf vinden',
    ]);
    expect(check('## Contact met het netwerk\n\n## Kerncijfers\n\n## Kerncijfers', 'md', project).join('\n')).toMatch(/a\.md:8 .*\(id\) kerncijfers krijgt/);
    expect(check('## Kerncijfers\n\n## Kerncijfers', 'md', project)).toHaveLength(1);
    expect(check('## Inhoud\n\nTekst.', 'md', news).join('\n')).toContain('(id) inhoud krijgt');
  });
  it('passes where the page has no such part: "## Contact" in a news item (helper-53)', () => {
    expect(check('## Contact\n\nBel ons.\n\n## Kerncijfers', 'md', news)).toEqual([]);
    expect(check('Vragen? <span id="contact">Bel ons</span>', 'md', news)).toEqual([]);
  });
  it('is refused on an element in HTML and in MDX, in other capitals too', () => {
    expect(check('<p>Vragen? <span id="Contact">Bel ons</span></p>', 'md', project)).toEqual([
      'content/news/a.md:6  inhoud — gevonden: id="Contact", dezelfde naam als een onderdeel dat de pagina zelf toont; verwacht een andere id, of geen (een link naar #Contact of een schermlezer zou anders in de tekst uitkomen)',
    ]);
    expect(check('Een <span id="inhoud">zin</span>.', 'mdx', news).join('\n')).toContain('gevonden: id="inhoud", dezelfde naam');
    expect(check('<span id="contactpersoon">Jan</span> en ## Contactgegevens', 'md', project)).toEqual([]);
  });
});

describe('ids the text gives twice, or that a heading of the text has (helper-52: the table of contents landed on a <span>)', () => {
  it('is refused on the element, in HTML and in MDX', () => {
    expect(check('Het overleg; <span id="opleiding">hier</span> begint het.\n\n## Werving\n\n## Opleiding')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: id="opleiding", dezelfde naam als de kop "Opleiding" in deze tekst; verwacht een andere id, of geen: de inhoudsopgave en links naar #opleiding komen anders hier uit',
    ]);
    expect(check('<span id="a">een</span> en <b id="a">twee</b>')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: id="a" voor de tweede keer in deze tekst; verwacht elke id één keer, want een link naar #a vindt alleen de eerste',
    ]);
    expect(check('## Werving\n\nZie <span id="werving">hier</span>.', 'mdx').join('\n')).toContain('a.mdx:8  inhoud — gevonden: id="werving", dezelfde naam als de kop "Werving"');
    // The second heading of a name gets -1, as Astro gives it; ids of their own pass.
    expect(check('## Werving\n\n## Werving\n\n<span id="werving-2">x</span> <span id="wervingsdag">y</span>')).toEqual([]);
    expect(check('## Werving\n\n## Werving\n\n<span id="werving-1">x</span>').join('\n')).toContain('id="werving-1", dezelfde naam als de kop "Werving"');
  });
  it('reads a void element with children in MDX as Astro writes it, <br>…</br> (helper-52)', () => {
    expect(check('Tekst.\n\n<br><li><div><li>Eerste punt</li></div></li></br>\n\nNa.', 'mdx').join('\n')).toContain('a.mdx:8  inhoud — gevonden: <br><li><div><li>Eerste punt</li></div></li></br>, dat de pagina rond de tekst afsluit');
  });
});

describe('an image in the text from the editor\'s own computer (helper-53: told as "het adres C:…")', () => {
  it('is told as a path on the own computer, with ./ and the file name', () => {
    expect(check('![Een tafel met folders](C:\\Users\\marieke\\Pictures\\tafel.jpg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: "C:\\Users\\marieke\\Pictures\\tafel.jpg", een pad op je eigen computer; verwacht ./tafel.jpg, met de afbeelding in de map van dit bestand',
    ]);
  });
});

describe('raw HTML left inside a quoted or unquoted value, or a comment (helper-63: mutation survivors)', () => {
  it.each([
    ['<div title="a>', '<div title="a>'],
    ["<div title='a>", "<div title='a>"],
    ['<div title= "a>', '<div title= "a>'],
    ['<div title=a', '<div title=a'],
    ['<!-- 3 > 2', '<!-- 3 > 2'],
  ])('tells %j as unfinished: a > inside quotes or a comment ends nothing', (html, unfinished) => {
    expect(unfinishedTag(html)).toBe(unfinished);
  });
  it('lets a < at the very end of the text pass: no tag follows it', () => {
    expect(unfinishedTag('a <')).toBeUndefined();
  });
});

describe('numbered lists and closing tags in the depth count (helper-63: mutation survivors)', () => {
  it('counts a numbered list\'s marker as one, however many digits it has, with . or )', () => {
    expect(tooDeep(`${'10. '.repeat(13)}x`)).toEqual({ line: 1, message: 'gevonden: 13 citaat- of lijsttekens voor één regel (een citaat in een citaat in een citaat …); verwacht hoogstens 12 lagen' });
    expect(tooDeep(`${'1) '.repeat(13)}x`)?.line).toBe(1);
    expect(tooDeep(`${'10. '.repeat(12)}x`)).toBeUndefined();
  });
  it('lowers the depth by one for a closing tag, not to nought', () => {
    expect(tooDeep(`${'<div>'.repeat(40)}</div>${'<div>'.repeat(2)}`)).toBeDefined();
  });
});

describe('links, images and headings read as the reader gets them (helper-63: mutation survivors)', () => {
  it('tells a link with neither text nor address, with an example address', () => {
    expect(check('Tekst\n\n[]()')).toEqual(['content/news/a.md:8  inhoud — gevonden: een link zonder tekst naar (geen adres); verwacht tussen [ en ] de tekst waarop lezers klikken, zoals [het netwerk Charlois](/netwerken/charlois/)']);
  });
  it('tells a link holding only an image without description as a link without text', () => {
    expect(check('[![](./plaatje.png)](/nieuws/)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link zonder tekst naar /nieuws/; verwacht tussen [ en ] de tekst waarop lezers klikken, zoals [het netwerk Charlois](/nieuws/)',
      'content/news/a.md:6  inhoud — gevonden: een afbeelding zonder beschrijving (./plaatje.png); verwacht een alt-tekst: ![wat er te zien is](./plaatje.png)',
    ]);
  });
  it('reads a link text without the spaces around it, and in a code span, for "hier"', () => {
    const HIER = 'content/news/a.md:6  inhoud — gevonden: de linktekst "hier"; verwacht woorden die zeggen waar de link heen gaat, zoals [het verslag van het werkbezoek](/nieuws/): wie de links los hoort, weet anders niet waarheen';
    expect(warningsOf('[ hier ](/nieuws/)')).toEqual([HIER]);
    expect(warningsOf('[`hier`](/nieuws/)')).toEqual([HIER]);
  });
  it('shows an image\'s description that says nothing without the spaces around it', () => {
    expect(check('![ foto ](./plaatje.png)')[0]).toMatch(/^content\/news\/a\.md:6 {2}inhoud — gevonden: de beschrijving "foto" bij \.\/plaatje\.png; verwacht /);
  });
  it('reads a line of dashes with spaces after it as the line that makes a heading', () => {
    expect(check('Naam\n--- ')).toEqual(['content/news/a.md:7  inhoud — gevonden: een regel "---" direct onder tekst, waardoor die tekst een kop wordt; verwacht een witregel tussen de tekst en "---", of haal "---" weg (een kop schrijf je met ## ervoor)']);
  });
  it('gives no advice on a #Word line longer than a heading: a sentence with a hashtag', () => {
    const long = '#Welkom bij het netwerk Delfshaven, waar zorg en welzijn samenkomen voor alle bewoners van de wijk, jong en oud, elke dag opnieuw';
    expect(long.length).toBeGreaterThan(120);
    expect(warningsOf(long)).toEqual([]);
  });
  it('tells the name Astro gives images once, also where it stands in two places', () => {
    expect(check('Tekst\n\n\\_\\_ASTRO\\_IMAGE\\_="x"\n\nMeer \\_\\_ASTRO\\_IMAGE\\_="y"')).toHaveLength(1);
  });
  it('lets a path with a web address in its query pass: it is a path of this site', () => {
    expect(check('Zie [nieuws](/nieuws/?van=https://www.rotterdam.nl/).')).toEqual([]);
  });
  it('reads .html only at the end of a path as the file a server would send', () => {
    expect(check('Zie [x](/netwerken/delfshaven.html/).')).toEqual(['content/news/a.md:6  inhoud — gevonden: een link naar /netwerken/delfshaven.html/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres: bedoelde je /netwerken/delfshaven/?']);
  });
  it('suggests the page for the root\'s index.html and for a .htm file', () => {
    expect(check('Zie [over](/index.html) en [x](/nieuws.htm).')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar /index.html, maar die pagina bestaat niet op deze site; verwacht een bestaand adres: bedoelde je /?',
      'content/news/a.md:6  inhoud — gevonden: een link naar /nieuws.htm, maar die pagina bestaat niet op deze site; verwacht een bestaand adres: bedoelde je /nieuws/?',
    ]);
  });
  it('suggests a page by its name under a misspelt section only when one page has that name', () => {
    const two = { ...context, urls: new Set(['/', '/netwerken/charlois/', '/projecten/charlois/']) };
    expect(checkBody({ path: 'content/news/a.md', body: '[c](/netwerk/charlois/)', bodyLine: 6 }, two).problems.map(formatProblem)).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een link naar /netwerk/charlois/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals /netwerken/delfshaven/',
    ]);
  });
  it('finds the renamed page for a slug with a doubled hyphen', () => {
    const renamed = { ...context, urls: new Set(['/nieuws/', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/', '/nieuws/werkbezoek-humanitas/']) };
    expect(checkBody({ path: 'content/news/a.md', body: '[x](/nieuws/werkbezoek--laurens/)', bodyLine: 6 }, renamed).problems.map(formatProblem)[0]).toMatch(/bedoelde je \/nieuws\/vws-op-werkbezoek-bij-laurens-delfshaven\/\?$/);
  });
});

describe('ids written with spaces or among other attributes (helper-63: mutation survivors)', () => {
  const contact = { pageIds: new Set(['contact']) };
  const ID = (ext: string) => `content/news/a.${ext}:6  inhoud — gevonden: id="contact", dezelfde naam als een onderdeel dat de pagina zelf toont; verwacht een andere id, of geen (een link naar #contact of een schermlezer zou anders in de tekst uitkomen)`;
  it('reads the id, not another attribute, without the spaces around it, in HTML and in MDX', () => {
    expect(check('<span title="c" id=" contact ">x</span>', 'md', contact)).toEqual([ID('md')]);
    expect(check('<span id=" contact ">x</span>', 'mdx', contact)).toEqual([ID('mdx')]);
    expect(check('<span title="contact">x</span>', 'mdx', contact)).toEqual([]);
  });
});

describe('pasted rows and tables, read cell by cell (helper-63: mutation survivors)', () => {
  const PASTED = (cells: string) => `content/news/a.md:6  inhoud — gevonden: regels met tabs of spaties tussen de kolommen (uit Excel of een tabel in Word), die de pagina achter elkaar als één alinea toont; verwacht een tabel met | tussen de kolommen en een regel streepjes onder de eerste: ${cells}`;
  it('tells rows indented by fewer than four spaces, rows with a letter and a full stop inside, and keeps a cell\'s words together', () => {
    expect(check('  Naam\tAdres\n  Jan\tDelfshaven')).toEqual([PASTED('| Naam | Adres | en daaronder | --- | --- |')]);
    expect(check('Jan\t\tma. 9.00\nPiet\t\tdi. 10.00')).toEqual([PASTED('| Jan | ma. 9.00 | en daaronder | --- | --- |')]);
    expect(check('Jan de Vries\t\tDelfshaven\nPiet Jansen\t\tCharlois')).toEqual([PASTED('| Jan de Vries | Delfshaven | en daaronder | --- | --- |')]);
  });
  it('counts a table row\'s cells without the spaces after its last |', () => {
    expect(check('| Tijd | Onderdeel | \n| 9.00 | Inloop |')).toEqual(['content/news/a.md:6  inhoud — gevonden: een tabel zonder regel streepjes onder de eerste regel, zodat de pagina de | als tekst toont; verwacht direct onder de eerste regel: | --- | --- |']);
  });
  it('gives no advice on a line of text above a table of one column', () => {
    expect(warningsOf('Tekst\n| Tijd |\n| --- |')).toEqual([]);
  });
});

describe('the summary compared by its words (helper-63: mutation survivors)', () => {
  const warned = (body: string, lead: string) => checkBody({ path: 'content/news/a.md', body, bodyLine: 6, lead }, context).warnings.length;
  it('is found without its commas, and not in the same letters as other words', () => {
    expect(warned('Zorg welzijn en wonen in Delfshaven.', 'Zorg, welzijn en wonen in Delfshaven.')).toBe(1);
    expect(warned('Zorgen welzijn in Delfshaven gaan samen.', 'Zorg en welzijn in Delfshaven')).toBe(0);
  });
});

describe('MDX code shown as written (helper-63: mutation survivors)', () => {
  const INVALID = (code: string) => `content/news/a.mdx:6  inhoud — gevonden: ${code}, dat is geen geldige import-regel; verwacht import Naam from '../../src/components/content/Naam.astro' voor een component dat in src/components/content/ staat, of gewone tekst zonder import`;
  it('shows the line that cannot be read, without a ; at its end only', () => {
    expect(check('import { X from "a";\nimport Y from "b";\n\nTekst', 'mdx')).toEqual([INVALID('import { X from "a"')]);
    expect(check('import X from "a"; import {', 'mdx')).toEqual([INVALID('import X from "a"; import {')]);
  });
  it('shows the statement that is no import, not the whole block, without a ; at its end only', () => {
    expect(check('export const a = "x;y";', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: export const a = "x;y"; verwacht alleen import-regels, geen andere code']);
    expect(check("import Kader from '../../src/components/content/Kader.astro';\nexport const x = 1;", 'mdx')).toEqual(['content/news/a.mdx:7  inhoud — gevonden: export const x = 1; verwacht alleen import-regels, geen andere code']);
  });
});

describe('page effects told together or apart (helper-63: mutation survivors)', () => {
  it('names every attribute a <body> gives the page', () => {
    expect(check('Tekst.\n\n<body hidden class="x">\n\nMeer.')[0]).toContain('dat de hele pagina verandert (<body hidden>, <body class>: een browser');
  });
  it('tells an inline element and a block left open on one line each with its own message', () => {
    expect(check('<details><summary>x</summary><s>tekst')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: <details><summary>x</summary><s>tekst, met <s> die niet gesloten wordt, zodat de browser hem na de tekst opnieuw opent, om de rest van de pagina heen; verwacht elke tag gesloten in de alinea waarin hij begint, zoals <s>…</s>',
      'content/news/a.md:6  inhoud — gevonden: <details><summary>x</summary><s>tekst, met <details> die niet gesloten wordt, zodat wat de pagina na de tekst toont (bron, labels, links) erin komt te staan; verwacht elke tag die de tekst opent ook in de tekst gesloten, zoals <details>…</details>',
    ]);
  });
  it('is not misled by an element of the text with an empty id', () => {
    expect(pageEffects('<div id=""><p>x')).toEqual({ closes: false, pageAttributes: [], reopened: [], leftOpen: 'div' });
  });
  it('reads a <plaintext> or <template> left open, which takes in the rest of the page, as closing it', () => {
    expect(pageEffects('<plaintext>')).toEqual({ closes: true, pageAttributes: [], reopened: [], leftOpen: undefined });
    expect(pageEffects('<template>x')).toEqual({ closes: true, pageAttributes: [], reopened: [], leftOpen: undefined });
  });
});

describe('an MDX text read as the page a browser builds (helper-63: mutation survivors)', () => {
  const CLOSES = 'dat de pagina rond de tekst afsluit (een afsluitende tag sluit ook alles wat erbinnen nog openstaat)';
  it('reads a component as a <div>, a fragment by what it holds, and Markdown\'s own list around JSX', () => {
    expect(check("import Kader from '../../src/components/content/Kader.astro';\n\n<ul><li><Kader><li>Eerste.</li></Kader></li></ul>", 'mdx')).toEqual([
      `content/news/a.mdx:8  inhoud — gevonden: <ul><li><Kader><li>Eerste.</li></Kader></li></ul>, ${CLOSES}; verwacht elke tag die de tekst opent ook in de tekst gesloten, de laatst geopende eerst, zoals <blockquote><div>…</div></blockquote>, en geen afsluitende tag zonder openingstag`,
    ]);
    expect(check('<><ul><li><div><li>Eerste.</li></div></li></ul></>', 'mdx').join('\n')).toContain(CLOSES);
    expect(check('- <div><li>Eerste.</li></div>', 'mdx').join('\n')).toContain(CLOSES);
  });
  it('shows the element as written, with its attributes', () => {
    expect(check('<ul title="x"><li><div><li>Eerste.</li></div></li></ul>', 'mdx')[0]).toMatch(/^content\/news\/a\.mdx:6 {2}inhoud — gevonden: <ul title="x"><li><div><li>Eerste\.<\/li><\/div><\/li…, dat de pagina rond/);
  });
});
