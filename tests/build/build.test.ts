/**
 * The build end to end on small content folders: a valid one builds every
 * contract URL; invalid ones stop with messages that name file, field and the
 * value found, and leave the previous output untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, tmpDir } from '../helpers/build.ts';
import { baseline, markdown, validNews, withFile, writeTree } from '../helpers/content.ts';

describe('a valid content folder', () => {
  it('builds on Node >= 22.12 with every contract URL', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);

    const root = tmpDir('valid');
    const gfm = '| Kolom | Aantal |\n| --- | ---: |\n| Deelnemers | 9 |\n\nNiet ~~vergeten~~, zie https://www.rotterdam.nl/ en de bron.[^1]\n\n[^1]: Een voetnoot.\n\n```js\nconst aantal = 9;\n```\n';
    const extraNews = Array.from({ length: 24 }, (_, i) => ({
      collection: 'news' as const,
      name: `extra-${i + 1}.md`,
      data: validNews({ title: `Extra bericht nummer ${i + 1}`, date: `2022-01-${String(i + 1).padStart(2, '0')}` }),
    }));
    const content = writeTree(path.join(root, 'content'), [
      ...baseline(),
      ...extraNews,
      { collection: 'news', name: 'gfm-md.md', data: validNews({ title: 'GFM in Markdown' }), body: gfm },
      { collection: 'news', name: 'gfm-mdx.mdx', data: validNews({ title: 'GFM in MDX' }), body: gfm },
    ]);
    const out = path.join(root, 'dist');
    const { status, output } = runBuild(out, content);
    expect(status, output).toBe(0);
    // The content store reaches the pages as literals that compile in linear time (src/integrations/content-store.ts):
    // if Astro writes that module differently, this line is missing and large sites build minutes slower.
    expect(output).toMatch(/\[content-store\] inhoud gebundeld als 1 stuk tekst van samen \d{1,3}(\.\d{3})* tekens/);
    for (const url of [
      'index.html', '404.html', 'nieuws/index.html', 'nieuws/bericht/index.html', 'pacten/index.html', 'pacten/pact-flevoland/index.html',
      'netwerken/index.html', 'projecten/index.html', 'projecten/proefproject/index.html', 'themas/index.html', 'themas/iedereen-doet-mee/index.html',
      'organisaties/index.html', 'organisaties/laurens/index.html', 'over/index.html', 'zoeken/index.html', 'sitemap-index.xml', 'pagefind/pagefind.js',
    ]) {
      expect(existsSync(path.join(out, url)), url).toBe(true);
    }
    expect(readdirSync(path.join(out, 'netwerken')).filter((f) => f !== 'index.html')).toHaveLength(14);

    // 27 news items at 10 a page: /nieuws/, /nieuws/2/ and /nieuws/3/ with 7 items.
    expect(existsSync(path.join(out, 'nieuws/3/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'nieuws/4/index.html'))).toBe(false);
    expect(readFileSync(path.join(out, 'nieuws/3/index.html'), 'utf8').match(/class="card"/g)).toHaveLength(7);

    // GFM tables, strikethrough, autolinks and footnotes, in .md and .mdx alike, with Dutch labels;
    // code blocks without a highlighter's inline styles, which the CSP would block.
    for (const id of ['gfm-md', 'gfm-mdx']) {
      const html = readFileSync(path.join(out, `nieuws/${id}/index.html`), 'utf8');
      expect(html, id).toMatch(/<table>[\s\S]*<td[^>]*>9<\/td>/);
      expect(html, id).toContain('<del>vergeten</del>');
      expect(html, id).toContain('<a href="https://www.rotterdam.nl/">');
      expect(html, id).toMatch(/<h2[^>]*id="footnote-label"[^>]*>Voetnoten<\/h2>/);
      expect(html, id).toContain('aria-label="Terug naar verwijzing 1"');
      expect(html, id).toMatch(/<pre[^>]*><code[^>]*>const aantal = 9;/);
      expect(html, id).not.toMatch(/<(pre|code|span)[^>]* style=/);
    }
    // dist/ is a link to the one build in dist.versies/; nothing else is left there.
    expect(readdirSync(`${out}.versies`).map((f) => path.join(`${out}.versies`, f))).toEqual([realpathSync(out)]);
  });
});

describe('an invalid content folder', () => {
  function buildOver(name: string, files: ReturnType<typeof baseline>) {
    const root = tmpDir(name);
    const content = writeTree(path.join(root, 'content'), files);
    const out = path.join(root, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'vorige-versie.txt'), 'de vorige build');
    return { root, out, ...runBuild(out, content) };
  }

  it('stops on wrong fields with file, line, field and found value, and leaves dist/ as it was', () => {
    let files = withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: '29-11-2023', category: 'sport' }) });
    files = withFile(files, { collection: 'networks', name: 'pernis.md', data: '' }, true);
    const { out, status, output } = buildOver('invalid', files);
    expect(status).not.toBe(0);
    expect(output).toContain('tests/.tmp/invalid/content/news/bericht.md:4  date — gevonden: "29-11-2023" (dag-maand-jaar); verwacht jaar-maand-dag: 2023-11-29');
    expect(output).toContain('tests/.tmp/invalid/content/news/bericht.md:5  category — gevonden: "sport"; verwacht één van:');
    expect(output).toContain('tests/.tmp/invalid/content/networks/:1  area — gevonden: geen bestand voor Pernis');
    expect(output).toContain('3 problemen gevonden in 2 bestanden.');
    expect(output).not.toMatch(/:0:0/);
    expect(readdirSync(out)).toEqual(['vorige-versie.txt']);
    expect(readFileSync(path.join(out, 'vorige-versie.txt'), 'utf8')).toBe('de vorige build');
    expect(readdirSync(`${out}.versies`)).toEqual([]); // the stopped build's folder is gone
  });

  /** What an editor must never see: Astro's and Node's machinery around the report. */
  const MACHINERY = [/unhandled error/i, /Location:/, /\n\s+at [\w.<>]+ \(/, /build-guard\.ts/, /\[ERROR\]/, /Stack trace/i];

  it('prints only the problem list and a next step, without machinery; a YAML alias bomb is a problem of its file; a byte-order mark is fine', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'title: Bom', '---', 'Tekst', ''].join('\n');
    const withBom = `\uFEFF${markdown(validNews({ title: 'Opgeslagen in Kladblok' }))}`;
    let files = withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: '29-11-2023' }) });
    files = withFile(files, { collection: 'news', name: 'aliassen.md', data: bomb });
    files = withFile(files, { collection: 'news', name: 'kladblok.md', data: withBom });
    const { status, output } = buildOver('machinery', files);
    expect(status).not.toBe(0);
    expect(output).toContain('tests/.tmp/machinery/content/news/aliassen.md:3  opmaak — gevonden: stukken die via verwijzingen (&naam en *naam) zo vaak herhaald worden dat ze niet te lezen zijn');
    expect(output).toContain('content/news/bericht.md:4  date — gevonden: "29-11-2023"');
    expect(output).not.toContain('kladblok.md'); // a valid entry with a byte-order mark passes
    expect(output).toContain('2 problemen gevonden in 2 bestanden.');
    expect(output).toContain('Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld');
    for (const pattern of MACHINERY) expect(output, String(pattern)).not.toMatch(pattern);
  });

  it('a fault in the site\'s own code shows its stack, and says it is not the content', () => {
    const root = tmpDir('site-fault');
    const content = writeTree(path.join(root, 'content'), baseline());
    // A folder where the tag list should be: reading it fails in our code, not in any entry.
    mkdirSync(path.join(content, 'trefwoorden.yaml'), { recursive: true });
    const { status, output } = runBuild(path.join(root, 'dist'), content);
    expect(status).not.toBe(0);
    expect(output).toContain('Er ging iets mis in de code van de site zelf, niet in de inhoud.');
    expect(output).toMatch(/EISDIR/);
    expect(output).toMatch(/\n\s+at /);
  });

  it('stops when the site URL is missing, before anything is built', () => {
    const root = tmpDir('no-site');
    const content = writeTree(path.join(root, 'content'), baseline());
    const out = path.join(root, 'dist');
    const { status, output } = runBuild(out, content, { SITE_URL: '' });
    expect(status).not.toBe(0);
    expect(output).toContain('De publieke URL van de site ontbreekt. Zet SITE.url in src/site.ts of de omgevingsvariabele SITE_URL');
    expect(output).not.toMatch(/unhandled error|Location:/i);
    expect(existsSync(out)).toBe(false);
  });

  it('stops a deploy build that does not say who runs the site, with what to fill in', () => {
    const root = tmpDir('no-owner');
    const content = writeTree(path.join(root, 'content'), baseline());
    const out = path.join(root, 'dist');
    const { status, output } = runBuild(out, content, { SITE_DEPLOY: '1', SITE_OWNER_NAME: '', SITE_OWNER_EMAIL: '', SITE_OWNER_CONTACT_URL: '' });
    expect(status).not.toBe(0);
    expect(output).toContain('Wie beheert deze site?');
    expect(output).toContain('Vul in src/site.ts bij SITE.owner in:');
    expect(output).toContain('Nu: name ontbreekt: de naam van de beheerder; email of contactUrl ontbreekt');
    for (const pattern of MACHINERY) expect(output, String(pattern)).not.toMatch(pattern);
    expect(existsSync(out)).toBe(false);
  });

  it('stops on a broken reference, which Astro alone would only log', () => {
    const files = withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ organisations: ['onbekende-organisatie'] }) });
    const { out, status, output } = buildOver('broken-ref', files);
    expect(status).not.toBe(0);
    expect(output).toContain('content/news/bericht.md:9  organisations[1] — gevonden: "onbekende-organisatie"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie');
    expect(readdirSync(out)).toEqual(['vorige-versie.txt']);
  });
});
