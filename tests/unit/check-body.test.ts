import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkBody, unsafeHtml, type BodyContext } from '../../src/lib/validation/check-body.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';

const context: BodyContext = {
  urls: new Set(['/', '/netwerken/', '/netwerken/delfshaven/', '/nieuws/']),
  fileExists: (p) => ['public/afbeeldingen/foto.jpg', 'public/og-image.png', 'content/news/plaatje.png'].includes(p),
  siteHost: 'zorgwelzijn-rotterdam.nl',
};

/** Problems of a body that starts on line 6 of content/news/a.md (or .mdx). */
const check = (body: string, ext = 'md', extra: Partial<Parameters<typeof checkBody>[0]> = {}) =>
  checkBody({ path: `content/news/a.${ext}`, body, bodyLine: 6, ...extra }, context).map(formatProblem);

describe('a valid body', () => {
  it('has no problems: links to existing pages, local images with alt, GFM, safe HTML', () => {
    const body = [
      'Zie [Delfshaven](/netwerken/delfshaven/) en [nieuws](/nieuws/#laatste), [extern](https://www.rotterdam.nl/), [mail](mailto:a@b.nl).',
      '',
      '![Een foto van de wijk](/afbeeldingen/foto.jpg) ![Plaatje](./plaatje.png)',
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
      'content/news/a.md:8  inhoud — gevonden: een link naar /netwerken/atlantis/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals /netwerken/delfshaven/',
    ]);
  });
  it('to the site by its full address, and without the trailing slash', () => {
    expect(check('[x](https://zorgwelzijn-rotterdam.nl/pacten/geen/)')[0]).toContain('een link naar /pacten/geen/, maar die pagina bestaat niet');
    expect(check('[x](/netwerken/delfshaven)')).toEqual([]);
  });
  it('with javascript:', () => {
    expect(check('[klik](javascript:alert(1))')).toEqual(['content/news/a.md:6  inhoud — gevonden: een javascript:-link; verwacht een gewoon webadres']);
  });
});

describe('images', () => {
  it('missing from the repository', () => {
    expect(check('![Foto](/afbeeldingen/weg.jpg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: /afbeeldingen/weg.jpg, maar public/afbeeldingen/weg.jpg bestaat niet; verwacht een afbeelding die in de repository staat',
    ]);
  });
  it('without alt text', () => {
    expect(check('![](/afbeeldingen/foto.jpg)')).toEqual([
      'content/news/a.md:6  inhoud — gevonden: een afbeelding zonder beschrijving (/afbeeldingen/foto.jpg); verwacht een alt-tekst: ![wat er te zien is](/afbeeldingen/foto.jpg)',
    ]);
  });
  it('from another website', () => {
    expect(check('![Logo](https://example.com/logo.png)')[0]).toBe(
      'content/news/a.md:6  inhoud — gevonden: een afbeelding van een andere website (https://example.com/logo.png); verwacht een afbeelding in public/, want de site laadt niets van andere sites',
    );
  });
});

describe('unsafe markup', () => {
  it('raw <script>, <iframe> and <style>', () => {
    expect(check('Tekst\n\n<script>alert(1)</script>')).toEqual(['content/news/a.md:8  inhoud — gevonden: <script>; verwacht gewone tekst, zonder code of ingesloten pagina’s']);
    expect(check('<iframe src="https://example.com"></iframe>')[0]).toContain('gevonden: <iframe>;');
    expect(check('<style>body{display:none}</style>')[0]).toContain('gevonden: <style>;');
  });
  it('on…= attributes and javascript: URLs in HTML', () => {
    expect(check('<p onclick="steel()">Klik</p>')).toEqual(['content/news/a.md:6  inhoud — gevonden: het attribuut onclick= (code); verwacht HTML zonder on…-attributen']);
    expect(check('<a href="javascript:void(0)">x</a>')).toEqual(['content/news/a.md:6  inhoud — gevonden: href="javascript:void(0)"; verwacht een gewoon webadres']);
    expect(unsafeHtml('<img src="x.png" onerror="steel()">')).toEqual(['gevonden: het attribuut onerror= (code); verwacht HTML zonder on…-attributen']);
  });
});

describe('MDX', () => {
  it('may import components from src/components/content/ only', () => {
    expect(check("import Kader from '../../src/components/content/Kader.astro';\n\n<Kader>Tekst</Kader>", 'mdx')).toEqual([]);
    expect(check("import fs from 'node:fs';\nimport X from '../../src/layouts/BaseLayout.astro';", 'mdx')).toEqual([
      'content/news/a.mdx:6  inhoud — gevonden: een import uit "node:fs"; verwacht alleen componenten uit src/components/content/',
      'content/news/a.mdx:6  inhoud — gevonden: een import uit "../../src/layouts/BaseLayout.astro"; verwacht alleen componenten uit src/components/content/',
    ]);
  });
  it('may not export code or run expressions', () => {
    expect(check('export const x = 1;', 'mdx')[0]).toBe('content/news/a.mdx:6  inhoud — gevonden: export const x = 1;; verwacht alleen import-regels, geen andere code');
    expect(check('Tekst {process.exit(1)} hier', 'mdx')).toEqual(['content/news/a.mdx:6  inhoud — gevonden: code tussen accolades {process.exit(1)}; verwacht gewone tekst (schrijf een accolade als \\{)']);
    expect(check('{/* een opmerking */}', 'mdx')).toEqual([]);
  });
  it('checks JSX elements like HTML', () => {
    expect(check('<iframe src="https://example.com" />', 'mdx')[0]).toContain('gevonden: <iframe>;');
    expect(check('<div onClick="x">a</div>', 'mdx')[0]).toContain('het attribuut onClick= (code)');
  });
  it('reports MDX that cannot be parsed, on its line', () => {
    expect(check('Tekst\n\nEen {open', 'mdx')[0]).toMatch(/^content\/news\/a\.mdx:8 {2}inhoud — de MDX is niet leesbaar/);
    expect(check('Tekst\n\n<Kader>\nopen', 'mdx')).toEqual([
      'content/news/a.mdx:8  inhoud — de MDX is niet leesbaar (Expected a closing tag for `<Kader>` (3:1) (mdx-jsx:unexpected-character)); verwacht geldige Markdown, of < en { als tekst geschreven als \\< en \\{',
    ]);
  });
  it('reports an import line that is not JavaScript', () => {
    expect(check('import from;\n\nTekst', 'mdx')[0]).toMatch(/^content\/news\/a\.mdx:6 {2}inhoud — gevonden: import from;, dat is geen geldige import-regel/);
  });
  it('reads MDX as the renderer does: what Sätteri compiles, the check accepts', () => {
    const body = 'Als a < b en c > d, dan geldt het.';
    expect(() => mdxToJs(body)).not.toThrow();
    expect(check(body, 'mdx')).toEqual([]);
  });
});

describe('placeholders', () => {
  it('points at every line still to be written', () => {
    expect(check('Inleiding\n\n[VUL IN: de tekst, in Markdown]')).toEqual(['content/news/a.md:8  inhoud — nog niet ingevuld: "[VUL IN: de tekst, in Markdown]"; verwacht je eigen tekst']);
  });
});

describe('plain prose', () => {
  it('has no problems, and still reports placeholders and bare site addresses (GFM makes them links)', () => {
    expect(check('Gewone tekst zonder links.\n\nNog een alinea met **vet** en een lijst:\n\n- een\n- twee')).toEqual([]);
    expect(check('Tekst\n[VUL IN: meer tekst]')).toEqual(['content/news/a.md:7  inhoud — nog niet ingevuld: "[VUL IN: meer tekst]"; verwacht je eigen tekst']);
    expect(check('Zie https://zorgwelzijn-rotterdam.nl/pacten/geen/ voor meer.')[0]).toContain('een link naar /pacten/geen/, maar die pagina bestaat niet');
  });
});
