/**
 * What a hostile pull request or a killed build can do to the build, tried for
 * real: content that would run code, read secrets, redirect readers or decode a
 * bomb is refused by file and line before Astro reads anything; the output
 * folder survives a kill at every step of publishing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, projectRoot, runBuild, tmpDir } from '../helpers/build.ts';
import { baseline, markdown, validNews, withFile, writeTree } from '../helpers/content.ts';
import { makePhoto, pngHeader } from '../helpers/photos.ts';

/** What an editor must never see: Astro's and Node's machinery around the report. */
const MACHINERY = [/unhandled error/i, /Location:/, /\n\s+at [\w.<>]+ \(/, /\[ERROR\]/, /Stack trace/i, /root:x:0:0/];

describe('hostile content', () => {
  it('is refused by file and line in one build, with no stack trace, and none of it runs or is read', async () => {
    const root = tmpDir('hostile');
    rmSync(root, { recursive: true, force: true });
    const marker = path.join(root, 'code-ran');
    const news = (name: string, body: string, ext = 'md') => ({ collection: 'news' as const, name: `${name}.${ext}`, data: validNews({ title: `Bericht ${name}` }), body });
    let files = baseline();
    for (const file of [
      news('svg', 'Tekst\n\n![Grafiek](./grafiek.svg)\n'),
      news('symlink-code', 'Tekst\n\n![Grafiek](./grafiek.png)\n'),
      news('symlink-secret', 'Tekst\n\n![Wachtwoorden](./geheim.jpg)\n'),
      news('refresh', 'Tekst\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n'),
      news('form', 'Tekst\n\n<form action="https://evil.example"><button>Stuur</button></form>\n'),
      news('base', 'Tekst\n\n<base href="https://evil.example/">\n'),
      news('jsx', 'Tekst\n\n<meta httpEquiv="refresh" content="0;url=https://evil.example" />\n\n<div set:html="<base href=https://evil.example/>" />\n', 'mdx'),
      news('bom', 'Tekst\n\n![Vlak](./bom.png)\n'),
      news('absoluut', 'Tekst\n\n![Pad](/etc/passwd)\n'),
      { collection: 'news' as const, name: 'label.md', data: `${markdown(validNews({ title: 'Een YAML-label' })).replace('title:', 'author: !!js/function "function () {}"\ntitle:')}` },
      // helper-38: a U+2028 ended the fields for the check one line early, so it read the MDX below as a code block; Astro ran it.
      {
        collection: 'news' as const,
        name: 'scheiding.mdx',
        data: `${markdown(validNews({ title: 'Een onzichtbaar regeleinde' })).replace(/\n---\n[\s\S]*$/, '')}\nauthor: Piet Pietersen\u2028---\nsource:\n  name: |\n   \`\`\`\n---\nimport { writeFileSync } from 'node:fs';\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'x');\n\nTekst.\n`,
      },
      // helper-38: a quote left open in one piece of HTML made a <meta> inside a title in the next one a real element.
      news('aanhalingsteken', "Tekst\n\n<div title='\n\n<div title=\"'><meta http-equiv=refresh content='0;url=https://evil.example/parity'>\">\nMeer tekst.\n</div>\n"),
      // helper-44: Astro writes the names in __ASTRO_IMAGE_="{…}" into the page unescaped, wherever a body with an image holds it.
      news('beeldmerk', `Tekst\n\n![Een vlak](./vlak.png)\n\n<div>\n__ASTRO_IMAGE_="{&quot;src&quot;:&quot;./vlak.png&quot;,&quot;\\u003cmeta http-equiv=\\u0022refresh\\u0022 content=\\u00220;url=https://evil.example/\\u0022\\u003e&quot;:&quot;&quot;}"\n</div>\n`),
      // helper-47: Astro's content store imports any value that starts with __ASTRO_IMAGE_ as a file, with any path: a folder named
      // like a photo ran its index.js in the build, and an SVG with script was published; files with _ before the name went unchecked.
      { collection: 'news' as const, name: 'bronmerk.md', data: validNews({ title: 'Bericht met een bron', source: { name: 'Wijkkrant', author: '__ASTRO_IMAGE_./_kaart.png' } }) },
      { collection: 'organisations' as const, name: 'merk.yaml', data: { name: 'Merk', kind: 'zorgaanbieder', description: '__astro_image_./_kaart.svg' } },
      // helper-48: a path without ./ in the text is a package name to Vite, found in a node_modules folder in content/; and an
      // end tag that closes what is open inside it closed the page's article and main.
      news('kale-naam', 'Tekst\n\n![Een blauw vlak](_evil/x.png)\n'),
      news('citaat', '<blockquote><div><div>Citaat van de wethouder.</blockquote>\n\n</div></div>\n\n<h2 id="buiten">Buiten het artikel</h2>\n'),
      // helper-49: a <body …> in the text gave its attributes to the page's body (hidden, inert); an <s title> left open was
      // opened again by the browser around the footer.
      news('paginabody', 'Tekst\n\n<body hidden inert>\n\nMeer tekst.\n'),
      news('open-opmaak', 'Een <s title="doorgehaald"><small>oude\n\nalinea.\n'),
      // helper-50: a <details> left open took in (and hid) the sources, tags and edit link after the text; in MDX, a <li>
      // closed an open <li> through a <div>, so the </div> after it closed the page's own, and the article and main.
      news('open-blok', 'Tekst\n\n<details>\n<summary>Meer</summary>\n<div>\n\nExtra uitleg.\n'),
      news('lijst', 'Tekst\n\n<ul><li><div><li>Eerste afspraak.</li></div></li></ul>\n\n## Buiten het artikel\n', 'mdx'),
      // helper-52: the same inside <br>…</br>, which the check read as an empty <br> and Astro writes with its children.
      news('regeleinde', 'Tekst\n\n<br><li><div><li>Eerste punt</li></div></li></br>\n\nNa.\n', 'mdx'),
      { collection: 'pages' as const, name: 'beheer.md', data: { title: 'Beheer', description: 'Een pagina met de naam van de webeditor.' } },
      { collection: 'pages' as const, name: 'pagefind.md', data: { title: 'Zoekindex', description: 'Een pagina met de naam van de zoekindex.' } },
    ]) files = withFile(files, file);
    const content = writeTree(path.join(root, 'content'), files);
    const folder = path.join(content, 'news');
    writeFileSync(path.join(folder, 'grafiek.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
    writeFileSync(path.join(folder, 'code.mjs'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x');`);
    symlinkSync(path.join(folder, 'code.mjs'), path.join(folder, 'grafiek.png'));
    symlinkSync('/etc/passwd', path.join(folder, 'geheim.jpg'));
    writeFileSync(path.join(folder, 'bom.png'), pngHeader(16000, 16000));
    mkdirSync(path.join(folder, '_kaart.png'));
    writeFileSync(path.join(folder, '_kaart.png', 'index.js'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default 'Redactie';`);
    mkdirSync(path.join(folder, 'node_modules', '_evil'), { recursive: true });
    writeFileSync(path.join(folder, 'node_modules', '_evil', 'package.json'), JSON.stringify({ name: '_evil', version: '1.0.0', exports: { './x.png': './payload' } }));
    writeFileSync(path.join(folder, 'node_modules', '_evil', 'payload'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default 1;`);
    await makePhoto(path.join(folder, '_evil', 'x.png'), 1200, 'png');
    writeFileSync(path.join(folder, '_kaart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');

    const out = path.join(root, 'dist');
    const { status, output } = runBuild(out, content);
    expect(status).not.toBe(0);
    const at = (file: string, line: number) => `tests/.tmp/hostile/content/${file}:${line}  `;
    for (const expected of [
      `${at('news/grafiek.svg', 1)}bestand — gevonden: een SVG-tekening (die kan code bevatten)`,
      `${at('news/svg.md', 14)}inhoud — gevonden: tests/.tmp/hostile/content/news/grafiek.svg, een SVG-tekening (die kan code bevatten); verwacht een JPEG, PNG, WebP of AVIF`,
      `${at('news/grafiek.png', 1)}bestand — gevonden: een snelkoppeling (symlink)`,
      `${at('news/symlink-code.md', 14)}inhoud — gevonden: tests/.tmp/hostile/content/news/grafiek.png is een snelkoppeling (symlink)`,
      `${at('news/symlink-secret.md', 14)}inhoud — gevonden: tests/.tmp/hostile/content/news/geheim.jpg is een snelkoppeling (symlink)`,
      `${at('news/code.mjs', 1)}bestand — gevonden: een bestand met code (.mjs)`,
      `${at('news/refresh.md', 14)}inhoud — gevonden: <meta> (een instelling die lezers kan doorsturen)`,
      `${at('news/form.md', 14)}inhoud — gevonden: <form>`,
      `${at('news/base.md', 14)}inhoud — gevonden: <base>`,
      `${at('news/jsx.mdx', 14)}inhoud — gevonden: <meta>`,
      `${at('news/jsx.mdx', 16)}inhoud — gevonden: set:html= op <div>`,
      `${at('news/bom.md', 14)}inhoud — gevonden: tests/.tmp/hostile/content/news/bom.png van 16000 × 16000 pixels (256 megapixel)`,
      `${at('news/absoluut.md', 14)}inhoud — gevonden: /etc/passwd (een pad vanaf de hoofdmap)`,
      `${at('news/label.md', 2)}author — gevonden: !!js/function voor een waarde (een label dat de waarde iets anders laat zijn dan tekst)`,
      `${at('news/scheiding.mdx', 10)}author — gevonden: in "Pietersen⟨U+2028⟩---" een onzichtbaar regeleinde (U+2028)`,
      `${at('news/scheiding.mdx', 15)}inhoud — gevonden: een import uit "node:fs"`,
      `${at('news/aanhalingsteken.md', 14)}inhoud — gevonden: HTML die niet afsluit ("<div title='")`,
      `${at('news/beeldmerk.md', 17)}inhoud — gevonden: __ASTRO_IMAGE_; verwacht tekst zonder __ASTRO_IMAGE_`,
      `${at('news/_kaart.png', 1)}bestand — gevonden: een map met de naam van een bestand (_kaart.png)`,
      `${at('news/_kaart.png/index.js', 1)}bestand — gevonden: een bestand met code (.js)`,
      `${at('news/_kaart.svg', 1)}bestand — gevonden: een SVG-tekening (die kan code bevatten)`,
      `${at('news/bronmerk.md', 12)}source.author — gevonden: "__ASTRO_IMAGE_./_kaart.png"; verwacht tekst zonder __ASTRO_IMAGE_`,
      `${at('organisations/merk.yaml', 3)}description — gevonden: "__astro_image_./_kaart.svg"; verwacht tekst zonder __ASTRO_IMAGE_`,
      `${at('news/kale-naam.md', 14)}inhoud — gevonden: "_evil/x.png"; verwacht een pad dat begint met ./ (in dezelfde map) of ../ (een map hoger)`,
      `${at('news/node_modules', 1)}bestand — gevonden: een map node_modules`,
      `${at('news/node_modules/_evil/package.json', 1)}bestand — gevonden: een package.json`,
      `${at('news/node_modules/_evil/payload', 1)}bestand — gevonden: een bestand zonder extensie`,
      `${at('news/citaat.md', 14)}inhoud — gevonden: </div></div>, dat de pagina rond de tekst afsluit`,
      `${at('news/paginabody.md', 14)}inhoud — gevonden: <body hidden inert>, dat de hele pagina verandert (<body hidden>, <body inert>`,
      `${at('news/open-blok.md', 14)}inhoud — gevonden: <details> <summary>Meer</summary> <div>, met <details> die niet gesloten wordt`,
      `${at('news/lijst.mdx', 14)}inhoud — gevonden: <ul><li><div><li>Eerste afspraak.</li></div></li>…, dat de pagina rond de tekst afsluit`,
      `${at('news/regeleinde.mdx', 14)}inhoud — gevonden: <br><li><div><li>Eerste punt</li></div></li></br>, dat de pagina rond de tekst afsluit`,
      `${at('news/open-opmaak.md', 12)}inhoud — gevonden: <s title="doorgehaald">, met <s> en <small> die niet gesloten worden, zodat de browser ze na de tekst opnieuw opent`,
      `${at('pages/beheer.md', 1)}bestandsnaam — gevonden: "beheer", maar /beheer/ is een adres dat de site zelf gebruikt`,
      `${at('pages/pagefind.md', 1)}bestandsnaam — gevonden: "pagefind", maar /pagefind/ is een adres dat de site zelf gebruikt`,
    ]) {
      expect(output).toContain(expected);
    }
    for (const pattern of MACHINERY) expect(output, String(pattern)).not.toMatch(pattern);
    expect(existsSync(marker), 'the .mjs behind the symlink ran').toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});

/** A fresh folder with the baseline content and a dist/ that holds the previous build's page. */
function previousSite(name: string) {
  const root = tmpDir(name);
  rmSync(root, { recursive: true, force: true });
  const content = writeTree(path.join(root, 'content'), baseline());
  const out = path.join(root, 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'index.html'), 'de vorige build');
  return { content, out };
}

describe('publishing the output folder', () => {
  const step = (out: string, label: string, stopAt?: string) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'tests/helpers/publish-step.ts'), out, label, ...(stopAt ? [stopAt] : [])], { encoding: 'utf8', env: childEnv() });
  const published = (out: string) => readFileSync(path.join(out, 'index.html'), 'utf8');

  it('works where the output folder\'s parent does not exist yet (a fresh clone)', () => {
    const root = tmpDir('publish-fresh');
    rmSync(root, { recursive: true, force: true });
    const out = path.join(root, 'nog', 'niet', 'dist');
    expect(step(out, 'een').status).toBe(0);
    expect(published(out)).toBe('<p>een</p>');
  });

  it.each(['opgeruimd', 'half-gebouwd', 'gebouwd', 'versie-klaar', 'link-gemaakt', 'gepubliceerd', 'oude-versie-weg'])(
    'a build killed at "%s" leaves a whole site in dist/, and the next build removes what it left',
    (stopAt) => {
      const root = tmpDir(`publish-${stopAt}`);
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
      const out = path.join(root, 'dist');
      expect(step(out, 'een').status).toBe(0);
      expect(lstatSync(out).isSymbolicLink()).toBe(true);

      const killed = step(out, 'twee', stopAt);
      expect(killed.signal).toBe('SIGKILL');
      // Whole: the old site or the new one, with its news page; never missing, never half.
      const after = published(out);
      expect(['<p>een</p>', '<p>twee</p>']).toContain(after);
      expect(readFileSync(path.join(out, 'nieuws/index.html'), 'utf8')).toBe(`<p>nieuws ${after.slice(3, -4)}</p>`);
      if (['opgeruimd', 'half-gebouwd', 'gebouwd', 'versie-klaar', 'link-gemaakt'].includes(stopAt)) expect(after).toBe('<p>een</p>');
      else expect(after).toBe('<p>twee</p>');

      expect(step(out, 'drie').status).toBe(0);
      expect(published(out)).toBe('<p>drie</p>');
      expect(readdirSync(`${out}.versies`).map((f) => path.join(`${out}.versies`, f))).toEqual([realpathSync(out)]);
      expect(readdirSync(root).sort()).toEqual(['dist', 'dist.versies']);
    },
  );

  it('a plain dist/ folder from before is taken over, and a real build killed while Astro builds leaves dist/ whole and is cleaned up', async () => {
    const { content, out } = previousSite('publish-real');

    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--out', out], { cwd: projectRoot, env: childEnv({ CONTENT_DIR: content }), detached: true, stdio: 'ignore' });
    // Kill the whole build (Astro runs in a child process) once Astro has written into its own folder.
    const writing = () => existsSync(`${out}.versies`) && readdirSync(`${out}.versies`).some((f) => readdirSync(path.join(`${out}.versies`, f)).length > 0);
    for (let i = 0; i < 1200 && !writing(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writing(), 'Astro started writing').toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('de vorige build');

    const { status, output } = runBuild(out, content);
    expect(status, output).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<html lang="nl"');
    expect(readdirSync(`${out}.versies`).map((f) => path.join(`${out}.versies`, f))).toEqual([realpathSync(out)]);
  });

  it('a folder it cannot write to is one readable line, and the previous site stays', () => {
    const { content, out } = previousSite('publish-blocked');
    writeFileSync(`${out}.versies`, 'een bestand waar de map met versies moet komen');
    const { status, output } = runBuild(out, content);
    expect(status).not.toBe(0);
    expect(output).toContain('Een nieuwe map naast tests/.tmp/publish-blocked/dist/ maken lukte niet: ');
    expect(output).toContain('De vorige versie van tests/.tmp/publish-blocked/dist/ is ongewijzigd gebleven.');
    expect(output).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('de vorige build');
  });
});
