/** The build's last look before publishing: files of a kind the site's own code never makes (helper-47). */
import { describe, expect, it } from 'vitest';
import { unexpectedOutput, unexpectedOutputMessage } from '../../src/lib/output-files.ts';

describe('files the site does not make', () => {
  const publicFiles = new Set(['favicon.svg', 'og-image.png']);
  it('in _astro/: anything but styles, scripts, photos and fonts', () => {
    const assets = ['_astro/BaseLayout.BIHRaOK7.css', '_astro/zoeken.gWROpbRI.js', '_astro/foto.Ab1.webp', '_astro/foto.Ab1.AVIF', '_astro/foto.Ab1.jpg', '_astro/foto.Ab1.jpeg', '_astro/foto.Ab1.png', '_astro/font.Cd2.woff2'];
    expect(unexpectedOutput(assets, publicFiles)).toEqual([]);
    expect(unexpectedOutput(['_astro/_kaart.SY1NbO5I.svg', '_astro/x.html', '_astro/x.mjs', '_astro/geen-extensie', ...assets], publicFiles)).toEqual([
      '_astro/_kaart.SY1NbO5I.svg', '_astro/x.html', '_astro/x.mjs', '_astro/geen-extensie',
    ]);
  });
  it('elsewhere: an SVG that is not one of public/’s own; pages, feeds and data pass', () => {
    expect(unexpectedOutput(['favicon.svg', 'index.html', 'rss.xml', 'data/projecten.csv', 'nieuws/x/index.html', 'og-image.png'], publicFiles)).toEqual([]);
    expect(unexpectedOutput(['nieuws/kaart.svg', 'FAVICON.SVG', 'x/favicon.svg'], publicFiles)).toEqual(['nieuws/kaart.svg', 'FAVICON.SVG', 'x/favicon.svg']);
  });
  it('are named, at most five, with where to look', () => {
    expect(unexpectedOutputMessage(['_astro/_kaart.SY1NbO5I.svg'], 'dist/')).toBe(
      'De build is gestopt: Astro schreef dist/_astro/_kaart.SY1NbO5I.svg, een soort bestand dat de site zelf niet maakt. Het komt uit content/ (een tekening of code die de controle niet had mogen doorlaten): zoek daar naar een bestand met die naam (zonder de code na de punt) en haal het weg.',
    );
    expect(unexpectedOutputMessage(['a.svg', 'b.svg', 'c.svg', 'd.svg', 'e.svg', 'f.svg', 'g.svg'], 'dist/')).toContain('dist/a.svg, dist/b.svg, dist/c.svg, dist/d.svg, dist/e.svg en 2 meer, een soort');
  });
});
