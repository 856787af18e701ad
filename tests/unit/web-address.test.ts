/**
 * What a website field or a link says an editor should write instead of an address that is none:
 * word for word, because the editor copies it.
 */
import { describe, expect, it } from 'vitest';
import { deceptiveAddress, mailtoExtras, misleadingLinkText, startsWithHost, telDialsCode, webAddressExpected, webAddressProblem } from '../../src/lib/web-address.ts';
import { webUrl } from '../../src/lib/schemas.ts';
import { elementIssues } from '../../src/lib/validation/markup.ts';

describe('the address meant, for a value that is no web address', () => {
  it.each([
    ['www.laurens.nl', 'verwacht het volledige adres: https://www.laurens.nl'],
    ['laurens.nl/over-ons', 'verwacht het volledige adres: https://laurens.nl/over-ons'],
    ['  www.laurens.nl  ', 'verwacht het volledige adres: https://www.laurens.nl'],
    ['http://www.laurens .nl/', 'verwacht een webadres zonder spaties: http://www.laurens.nl/'],
    ['https:// www.laurens.nl', 'verwacht een webadres zonder spaties: https://www.laurens.nl'],
    ['de website van Laurens', 'verwacht een volledig webadres dat begint met https://, zonder spaties'],
    ['https://www.example.nl/ (nog niet online)', 'verwacht alleen het webadres, zonder tekst erachter: https://www.example.nl/'],
    ['https://www.example.nl zie ook de folder', 'verwacht alleen het webadres, zonder tekst erachter: https://www.example.nl'],
    // One word after a path: a space in the path, or a word after the address; which, only the editor knows (helper-39 got the address cut off).
    ['http://www.laurens.nl/over ons', 'verwacht het webadres zoals het in de adresbalk van de browser staat, zonder spatie (hoort "ons" niet bij het adres, laat het dan weg)'],
    ['https://www.laurens.nl/over-ons (oud)', 'verwacht alleen het webadres, zonder tekst erachter: https://www.laurens.nl/over-ons'],
    ['https://www.laurens.nl/ oud', 'verwacht alleen het webadres, zonder tekst erachter: https://www.laurens.nl/'],
    // No host a browser finds before the space: no address to cut off, nor to join.
    ['https://www humanitas nl', 'verwacht een volledig webadres dat begint met https://, zonder spaties'],
    ['https://www.laurens. nl', 'verwacht een webadres zonder spaties: https://www.laurens.nl'],
    ['https://www.example.nl/ zie www.laurens.nl', 'verwacht alleen het webadres, zonder tekst erachter: https://www.example.nl/'],
    ['ftp://bestanden.laurens.nl/ (oud)', 'verwacht een volledig webadres dat begint met https://, zonder spaties'],
    ['xhttps://www.laurens.nl (oud)', 'verwacht een volledig webadres dat begint met https://, zonder spaties'],
    ['https://www.laurens  .nl', 'verwacht een webadres zonder spaties: https://www.laurens.nl'],
    ['Website: https://www.laurens.nl', 'verwacht alleen het webadres, zonder tekst ervoor: https://www.laurens.nl'],
    ['zie https://www.laurens.nl/ (oud)', 'verwacht alleen het webadres, zonder tekst ervoor en erachter: https://www.laurens.nl/'],
    ['httpss://www.laurens.nl', 'verwacht een volledig webadres dat begint met https:// (of http://), niet met httpss:'],
    ['/pagina:2', 'verwacht een volledig webadres dat begint met https://'],
    ['https/www.laurens.nl', 'verwacht https://www.laurens.nl'],
    ['xhttps//www.laurens.nl', 'verwacht een volledig webadres dat begint met https://'],
    ['shttp://laurens.nl', 'verwacht een volledig webadres dat begint met https:// (of http://), niet met shttp:'],
    ['http:laurens', 'verwacht een volledig webadres dat begint met https://'],
    ['https//www.laurens.nl', 'verwacht https://www.laurens.nl'],
    ['https:/www.laurens.nl', 'verwacht https://www.laurens.nl'],
    ['HTTP:www.laurens.nl', 'verwacht http://www.laurens.nl'],
    ['ftp://bestanden.laurens.nl/', 'verwacht een volledig webadres dat begint met https:// (of http://), niet met ftp:'],
    ['mailto:info@laurens.nl', 'verwacht een volledig webadres dat begint met https:// (of http://), niet met mailto:'],
    ['https://', 'verwacht een volledig webadres dat begint met https://'],
    ['rapport.pdf', 'verwacht een volledig webadres dat begint met https://'],
    ['', 'verwacht een volledig webadres dat begint met https://'],
    [42, 'verwacht een volledig webadres dat begint met https://'],
  ])('%j: %s', (input, expected) => {
    expect(webAddressExpected(input)).toBe(expected);
  });

  it('takes a host that begins with http for a host, not for a scheme without its colon', () => {
    expect(webAddressExpected('httpbin.org')).toBe('verwacht het volledige adres: https://httpbin.org');
  });
});

describe('an address the URL standard reads, that links nowhere or elsewhere (webAddressProblem)', () => {
  it.each([
    ['https://humanitas', 'verwacht een volledig webadres, met de naam van de website en de extensie, zoals https://www.laurens.nl (niet humanitas alleen)'],
    ['http://localhost:4321/', 'verwacht een volledig webadres, met de naam van de website en de extensie, zoals https://www.laurens.nl (niet localhost alleen)'],
    ['https://www.humanitas.nl/,', 'verwacht het webadres zonder , aan het eind: https://www.humanitas.nl/'],
    ['https://www.humanitas.nl;', 'verwacht het webadres zonder ; aan het eind: https://www.humanitas.nl'],
    ['https://www.humanitas.nl.', 'verwacht het webadres zonder . aan het eind: https://www.humanitas.nl'],
    ['https://www.humanitas.nl/ (oud)', 'verwacht alleen het webadres, zonder tekst erachter: https://www.humanitas.nl/'],
    ['https://www.rotterdam.nl@evil.example/', 'verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar evil.example'],
  ])('%s: %s', (address, expected) => {
    expect(webAddressProblem(address)).toBe(expected);
  });
  it.each(['https://www.humanitas.nl', 'https://zorg.rotterdam.nl/a,b?c=d;e', 'https://192.168.1.1/', 'https://[2001:db8::1]/', 'HTTPS://WWW.LAURENS.NL/'])('lets %s pass', (address) => {
    expect(webAddressProblem(address)).toBeUndefined();
  });
  it('gives a website field one message a value, whichever check finds it (helper-39 read each twice)', () => {
    for (const value of ['Website: https://www.humanitas.nl/', 'https://www.humanitas .nl/', 'https://humanitas', 'https://www.humanitas.nl/,']) {
      expect(webUrl().safeParse(value).error?.issues, value).toHaveLength(1);
    }
  });
});

describe('a host at the start', () => {
  it.each([
    ['www.laurens.nl', true],
    ['WWW.Laurens.NL/contact?x=1', true],
    ['laurens.nl#team', true],
    ['zorg-en-welzijn.rotterdam.nl', true],
    ['www', false],
    ['rapport.pdf', false],
    ['nieuws/bericht.md', false],
    ['laurens', false],
    ['laurens.n', false],
    ['info@laurens.nl', false],
    ['/netwerken/delfshaven/', false],
  ])('%s: %s', (text, expected) => {
    expect(startsWithHost(text)).toBe(expected);
  });
});

describe('an address that shows one site and opens another (helper-38)', () => {
  it.each([
    ['https://www.rotterdam.nl@evil.example/zorg', 'verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar evil.example'],
    ['https://naam:wachtwoord@laurens.nl/', 'verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar laurens.nl'],
    ['http://www.rotterdam.nl@evil.example/', 'verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar evil.example'],
    ['https://www.r\u043Etterdam.nl/', 'verwacht de naam van de website in gewone letters: deze naam heeft letters uit een ander alfabet, die op gewone letters kunnen lijken'],
  ])('tells %s', (address, expected) => {
    expect(deceptiveAddress(address)).toBe(expected);
  });
  // Another scheme with a name before its host is refused as no web address at all, not told as this.
  it.each(['https://www.rotterdam.nl/', 'https://www.rotterdam.nl/zoeken?q=a@b', 'mailto:info@laurens.nl', '/nieuws/', 'xhttps://www.rotterdam.nl@evil.example/'])('lets %s pass', (address) => {
    expect(deceptiveAddress(address)).toBeUndefined();
  });
  it('is refused in a website field, in a Markdown link and in an href, also with a tab that makes a path another site', () => {
    expect(webUrl().safeParse('https://www.rotterdam.nl@evil.example/').error?.issues[0]?.message).toBe('verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar evil.example');
    expect(elementIssues('a', [{ name: 'href', value: 'https://www.rotterdam.nl@evil.example/' }])).toEqual(['gevonden: href="https://www.rotterdam.nl@evil.example/"; verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar evil.example']);
    expect(elementIssues('a', [{ name: 'href', value: '/\t/evil.example/' }])).toEqual(['gevonden: href="/ /evil.example/", dat de browser leest als een andere website; verwacht een volledig webadres (https://…) of een pad op deze site met één / ervoor']);
    expect(elementIssues('a', [{ name: 'href', value: '/nieuws/' }])).toEqual([]);
  });
});

describe('a mail or phone link that does more than the reader sees (helper-62)', () => {
  it('names what a mailto: link adds beyond its address and a subject, once each, in lower case', () => {
    expect(mailtoExtras('mailto:a@laurens.nl?subject=Vraag&BCC=x@evil.example&body=Hoi&bcc=y@evil.example')).toEqual(['bcc', 'body']);
    expect(mailtoExtras('mailto:a@laurens.nl?to=x@evil.example')).toEqual(['to']);
    expect(mailtoExtras('mailto:a@laurens.nl?Subject=Vraag')).toEqual([]);
    expect(mailtoExtras('mailto:a@laurens.nl')).toEqual([]);
    // Only a mailto: link: a web address may carry mailto: in its own query.
    expect(mailtoExtras('https://www.laurens.nl/?naar=mailto:a@laurens.nl?bcc=x')).toEqual([]);
  });
  it('tells a tel: link with more than a number', () => {
    for (const url of ['tel:**21*0900123456%23', 'tel:*%2306%23', 'tel:010,1234', 'tel:010;ext=1', 'tel:(-)', 'tel:', 'tel:%E0%A4%A', 'tel:0800-HULP']) expect(telDialsCode(url), url).toBe(true);
    for (const url of ['tel:+31101234567', 'tel:010-123.45.67', 'tel:+31%2010%20123%2045%2067', 'tel:+31 (0)10 1234567', 'https://www.laurens.nl/tel:*21#']) expect(telDialsCode(url), url).toBe(false);
  });
});

describe('a link whose text is a phone number (helper-66)', () => {
  const SITE = 'https://zorgwelzijn-rotterdam.nl';
  const OTHER = 'een telefoonnummer, terwijl de link een ander nummer belt';
  const ELSEWHERE = 'een telefoonnummer, terwijl de link ergens anders heen gaat';
  it('compares the number shown with the one dialled, as a phone dials it at home', () => {
    expect(misleadingLinkText(' 010 123 45 67 ', 'tel:+31201234567', SITE)).toBe(OTHER);
    for (const [text, url] of [['010 123 45 67', 'tel:+31101234567'], ['+31 (0)10 123 45 67', 'tel:0101234567'], ['(010) 313 13 13', 'tel:0031103131313'], ['010 313 13 13', 'tel:0103131313']]) {
      expect(misleadingLinkText(text!, url!, SITE), `${text} ${url}`).toBeUndefined();
    }
  });
  it('tells a number shown over a link that dials nothing, even with tel: in its path', () => {
    expect(misleadingLinkText('010 123 45 67', 'https://www.rotterdam.nl/tel:0101234567', SITE)).toBe(ELSEWHERE);
  });
  it('takes only a whole text of nine to thirteen digits, from 0, (0 or +, as a phone number', () => {
    for (const text of ['bel 010 123 45 67', '010 123 45 67 (werk)', '2016-2023-2024', '+31 6 1234 5678 9999 8888', '010 1234', '1234567890']) {
      expect(misleadingLinkText(text, 'https://www.rotterdam.nl/', SITE), text).toBeUndefined();
    }
    expect(misleadingLinkText('+31 6 1234 5678 90', 'https://www.rotterdam.nl/', SITE)).toBe(ELSEWHERE);
  });
});

describe('edges the mutation run of 19:13 showed (web-address.ts)', () => {
  const SITE = 'https://zorgwelzijn-rotterdam.nl';
  const ELSEWHERE = 'een adres van een andere site dan waar de link heen gaat';
  it('takes a host whose extension ends in a digit as no named site (www.laurens.n1, a typo of .nl)', () => {
    expect(webAddressProblem('https://www.laurens.n1')).toBe('verwacht een volledig webadres, met de naam van de website en de extensie, zoals https://www.laurens.nl (niet www.laurens.n1 alleen)');
  });
  it('tells more than one word after an address with a path as text after it, not as a word of the path', () => {
    expect(webAddressExpected('https://www.rijnmond.nl/nieuws nog niet online')).toBe('verwacht alleen het webadres, zonder tekst erachter: https://www.rijnmond.nl/nieuws');
  });
  it('reads an address as a browser does, a line break in it dropped: a name in another alphabet is still told', () => {
    expect(deceptiveAddress('https://xn--\n80ak6aa92e.com/')).toBe('verwacht de naam van de website in gewone letters: deze naam heeft letters uit een ander alfabet, die op gewone letters kunnen lijken');
  });
  it('takes nine digits as a phone number too', () => {
    expect(misleadingLinkText('010 123 456', 'https://www.rotterdam.nl/', SITE)).toBe('een telefoonnummer, terwijl de link ergens anders heen gaat');
  });
  it('reads a link text as an address only when nothing but signs follows it, and drops every sign around it', () => {
    expect(misleadingLinkText('www.rotterdam.nl (gemeente)', 'https://evil.example/', SITE)).toBeUndefined();
    expect(misleadingLinkText('((www.rotterdam.nl)),', 'https://evil.example/', SITE)).toBe(ELSEWHERE);
    expect(misleadingLinkText('info@laurens.nl', ' info@laurens.nl ', SITE)).toBeUndefined();
  });
});

describe('a link text with an address in a sentence', () => {
  const SITE = 'https://zorgwelzijn-rotterdam.nl';
  it('is read without the signs around it: "(www.rotterdam.nl," over another site is told (helper-69)', () => {
    for (const text of ['www.rotterdam.nl,', '(www.rotterdam.nl)', 'www.rotterdam.nl.', '“https://www.rotterdam.nl/”']) {
      expect(misleadingLinkText(text, 'https://evil.example/', SITE), text).toBe('een adres van een andere site dan waar de link heen gaat');
      expect(misleadingLinkText(text, 'https://www.rotterdam.nl/', SITE), text).toBeUndefined();
    }
    expect(misleadingLinkText('info@laurens.nl.', 'mailto:info@evil.example', SITE)).toBe('een e-mailadres, terwijl de link ergens anders heen gaat');
  });
  it('takes a mail address linked to itself without mailto: as no other place (the missing mailto: is told by the link check; helper-73)', () => {
    expect(misleadingLinkText('info@laurens.nl', 'Info@Laurens.nl', SITE)).toBeUndefined();
    expect(misleadingLinkText('info@laurens.nl', 'info@evil.example', SITE)).toBe('een e-mailadres, terwijl de link ergens anders heen gaat');
  });
});

describe('edges of the address checks, each as the editor meets it (mutation survivors)', () => {
  const SITE = 'https://zorgwelzijn-rotterdam.nl';
  const ELSEWHERE = 'een adres van een andere site dan waar de link heen gaat';
  it('takes only a host of digits and dots as an IP address, not a name that begins or ends with a digit', () => {
    expect(webAddressProblem('https://server1')).toBe('verwacht een volledig webadres, met de naam van de website en de extensie, zoals https://www.laurens.nl (niet server1 alleen)');
    expect(webAddressProblem('https://24uurszorg')).toBe('verwacht een volledig webadres, met de naam van de website en de extensie, zoals https://www.laurens.nl (niet 24uurszorg alleen)');
  });
  it('reads https// only at the start, not in the query of an address without https://', () => {
    expect(webAddressExpected('www.laurens.nl/terug?naar=https//www.rotterdam.nl')).toBe('verwacht het volledige adres: https://www.laurens.nl/terug?naar=https//www.rotterdam.nl');
  });
  it('takes https: without // only at the start of a link, not in its query', () => {
    expect(elementIssues('a', [{ name: 'href', value: 'https://www.laurens.nl/uitleg?over=http:' }])).toEqual([]);
  });
  it('takes only one whole word after a path as perhaps part of it; other text, or words without an address, as text', () => {
    expect(webAddressExpected('https://www.laurens.nl/locaties 3x')).toBe('verwacht alleen het webadres, zonder tekst erachter: https://www.laurens.nl/locaties');
    expect(webAddressExpected('https://www.laurens.nl/locaties enz.')).toBe('verwacht alleen het webadres, zonder tekst erachter: https://www.laurens.nl/locaties');
    expect(webAddressExpected('website Laurens')).toBe('verwacht een volledig webadres dat begint met https://, zonder spaties');
  });
  it('tells no text before an address that comes first', () => {
    // The colon makes the rest look like part of the address (a port); joined it is none, and nothing before it is text.
    expect(webAddressExpected('https://www.laurens.nl: de site')).toBe('verwacht een volledig webadres dat begint met https://, zonder spaties');
  });
  it('takes only a whole link text as an e-mail address', () => {
    expect(misleadingLinkText('mail info@laurens.nl', 'mailto:info@laurens.nl', SITE)).toBeUndefined();
    expect(misleadingLinkText('info@laurens.nl (secretariaat)', 'mailto:info@laurens.nl', SITE)).toBeUndefined();
  });
  it('compares an e-mail address shown with a mailto: link only, spaces around its address aside (as a mail program reads it)', () => {
    expect(misleadingLinkText('info@laurens.nl', 'https://evil.example/?naar=mailto:info@laurens.nl', SITE)).toBe('een e-mailadres, terwijl de link ergens anders heen gaat');
    expect(misleadingLinkText('info@laurens.nl', ' mailto:info@laurens.nl ', SITE)).toBeUndefined();
    expect(misleadingLinkText('info@laurens.nl', 'mailto: info@laurens.nl', SITE)).toBeUndefined();
  });
  it('reads +31 and 0031 as 0 only at the start of a number (010 200 31 00 has 0031 inside)', () => {
    expect(misleadingLinkText('010 200 31 00', 'tel:+31102003100', SITE)).toBeUndefined();
    expect(misleadingLinkText('010 123 45 67', ' tel:0101234567 ', SITE)).toBeUndefined();
  });
  it('leaves out www. only at the start of a host (rotterwww.dam.nl is not rotterdam.nl)', () => {
    expect(misleadingLinkText('www.rotterdam.nl', 'https://rotterwww.dam.nl/', SITE)).toBe(ELSEWHERE);
  });
  it('takes a path or an address shown only as the whole link text', () => {
    for (const [text, url] of [
      ['Werken in zorg/welzijn', 'https://www.rotterdam.nl/'],
      ['/nieuws/ van Laurens', 'https://www.laurens.nl/nieuws/'],
      ['(www.laurens.nl', 'https://www.laurens.nl/'],
      ['www.laurens.nl,', 'https://www.laurens.nl/'],
    ]) {
      expect(misleadingLinkText(text!, url!, SITE), text).toBeUndefined();
    }
  });
  it('reads a host with digits shown as an address, and https:// only at its start', () => {
    expect(misleadingLinkText('www.zorg24.nl', 'https://www.laurens.nl/', SITE)).toBe(ELSEWHERE);
    // An archived page: the address shown begins without https://, and has one in its path.
    expect(misleadingLinkText('web.archive.org/web/2020/https://www.laurens.nl/', 'https://web.archive.org/web/2020/https://www.laurens.nl/', SITE)).toBeUndefined();
  });
});
