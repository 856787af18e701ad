/**
 * What a website field or a link says an editor should write instead of an address that is none:
 * word for word, because the editor copies it.
 */
import { describe, expect, it } from 'vitest';
import { startsWithHost, webAddressExpected } from '../../src/lib/web-address.ts';

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
    ['http://www.laurens.nl/over ons', 'verwacht alleen het webadres, zonder tekst erachter: http://www.laurens.nl/over'],
    ['https://www.laurens. nl', 'verwacht een webadres zonder spaties: https://www.laurens.nl'],
    ['https://www.example.nl/ zie www.laurens.nl', 'verwacht alleen het webadres, zonder tekst erachter: https://www.example.nl/'],
    ['ftp://bestanden.laurens.nl/ (oud)', 'verwacht een volledig webadres dat begint met https://, zonder spaties'],
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
