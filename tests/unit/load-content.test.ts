/**
 * Which files the content check reads, and what it says about every other file
 * in the content folder: a file the site would silently skip, a drawing that
 * can carry script, a symlink, code. Notes and drafts (_ or . in front) are left alone, but for code, drawings,
 * symlinks and folders named like a file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentRoot, displayPath, entryPattern, loadContent, notUtf8, readText, UTF16_MESSAGE } from '../../src/lib/validation/load-content.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';

const root = path.join(tmpDir('load-content'), 'content');
const shown = path.relative(projectRoot, root).split(path.sep).join('/');

beforeAll(() => {
  rmSync(tmpDir('load-content'), { recursive: true, force: true });
  const write = (name: string, text = '---\ntitle: x\n---\n') => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  };
  write('news/bericht.md');
  write('organisations/laurens.yaml', 'name: Laurens\n');
  // Left alone: notes, drafts and editor settings, photos (checked where an entry shows them), the two files at the top.
  write('news/_concept.md');
  write('_drafts/news/idee.md');
  write('news/.DS_Store', 'x');
  write('.obsidian/werkruimte.json', '{}');
  write('news/foto.JPG', 'x');
  write('trefwoorden.yaml', 'mantelzorg: Mantelzorg\n');
  write('woordenlijst.txt', 'proefwoordje\n');
  // Neither a file nor a folder (a named pipe): nothing to read, and nothing an editor made.
  execFileSync('mkfifo', [path.join(root, 'wachtrij')]);
  // Told: each of these.
  write('news/TWEEDE.MD');
  write('news/新闻.MD');
  write('news/oud/DERDE.MD');
  write('news/bericht.txt', 'x');
  write('projects/humanitas.yaml', 'name: Humanitas\n');
  write('projects/archief/wmo-radar.yaml', 'name: wmo radar\n');
  write('aantekeningen.md');
  write('news/kaart.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  symlinkSync('/etc/passwd', path.join(root, 'news/geheim.md'));
  // Told under _ and . too (helper-47): code, a drawing, a folder named like a photo (a path to it reads its index.js), a symlink.
  write('news/_kaart.png/index.js', 'export default 1;');
  write('news/_notities/grafiek.svg', '<svg/>');
  write('news/_bijlagen/deelnemers.csv', 'naam;wijk\n');
  write('.obsidian/plugin.mjs', 'x');
  symlinkSync('/etc/passwd', path.join(root, 'news/_wachtwoorden.md'));
  // A link to a folder outside: told once, never gone into (helper-60: every file of /etc was listed).
  symlinkSync('/etc', path.join(root, 'afbeeldingen'), 'dir');
  mkdirSync(path.join(root, 'projects/leeg.jpg'));
  // helper-48: a package in content/ that a path without ./ in the text would load, its code in a file without an extension.
  write('news/node_modules/_evil/package.json', '{"name":"_evil","exports":{"./x.png":"./payload"}}');
  write('news/node_modules/_evil/payload', 'export default 1;');
  // Saved as ANSI (Windows-1252) by Notepad: ö is the one byte F6, which UTF-8 cannot read.
  writeFileSync(path.join(root, 'news/ansi.md'), Buffer.from('---\ntitle: De coöperatie\n---\n', 'latin1'));
});

describe('the files of the content folder', () => {
  it('reads the entries of each collection, nothing under _ or ., and names every other file by what to do', () => {
    const { files, strays } = loadContent(projectRoot, root);
    expect(files.map((f) => [f.collection, f.path])).toEqual([
      ['news', `${shown}/news/ansi.md`],
      ['news', `${shown}/news/bericht.md`],
      ['organisations', `${shown}/organisations/laurens.yaml`],
    ]);
    expect(files[2]!.text).toBe('name: Laurens\n');
    const images = '(.jpg, .jpeg, .png, .webp, .avif)';
    expect(strays.map(formatProblem)).toEqual([
      `${shown}/.obsidian/plugin.mjs:1  bestand — gevonden: een bestand met code (.mjs); verwacht in ${shown}/ alleen tekst en foto’s, ook in een map of bestand met _ of . voor de naam (code hoort in src/)`,
      `${shown}/aantekeningen.md:1  bestand — gevonden: een bestand dat de site niet leest; verwacht inhoud in een van de mappen news, pacts, networks, projects, themes, organisations, pages, of een afbeelding ${images}`,
      `${shown}/afbeeldingen:1  bestand — gevonden: een snelkoppeling (symlink); verwacht een gewoon bestand of een gewone map, want de site leest niets via een snelkoppeling`,
      `${shown}/news/_bijlagen/deelnemers.csv:1  bestand — gevonden: een .csv-bestand; verwacht in een map of bestand met _ of . voor de naam alleen aantekeningen (.md, .txt), instellingen (.json, .yaml) en foto’s`,
      `${shown}/news/_kaart.png:1  bestand — gevonden: een map met de naam van een bestand (_kaart.png); verwacht een map zonder .png in de naam, want een pad naar _kaart.png zou in de map lezen`,
      `${shown}/news/_kaart.png/index.js:1  bestand — gevonden: een bestand met code (.js); verwacht in ${shown}/ alleen tekst en foto’s, ook in een map of bestand met _ of . voor de naam (code hoort in src/)`,
      `${shown}/news/_notities/grafiek.svg:1  bestand — gevonden: een SVG-tekening (die kan code bevatten); verwacht een PNG, JPEG, WebP of AVIF (exporteer de tekening als PNG)`,
      `${shown}/news/_wachtwoorden.md:1  bestand — gevonden: een snelkoppeling (symlink); verwacht een gewoon bestand of een gewone map, want de site leest niets via een snelkoppeling`,
      `${shown}/news/ansi.md:2  bestand — gevonden: een teken dat niet te lezen is (in "co\uFFFDperatie"): het bestand is niet als UTF-8 opgeslagen, maar bijvoorbeeld als ANSI, zodat letters als ë en é en aanhalingstekens als “ op de site als \uFFFD verschijnen; verwacht het bestand opgeslagen als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8)`,
      `${shown}/news/bericht.txt:1  bestand — gevonden: een bestand dat de site niet leest; verwacht een bestand .md of .mdx direct in ${shown}/news/, of een afbeelding ${images}`,
      `${shown}/news/geheim.md:1  bestand — gevonden: een snelkoppeling (symlink); verwacht een gewoon bestand of een gewone map, want de site leest niets via een snelkoppeling`,
      `${shown}/news/kaart.svg:1  bestand — gevonden: een SVG-tekening (die kan code bevatten); verwacht een PNG, JPEG, WebP of AVIF (exporteer de tekening als PNG)`,
      `${shown}/news/node_modules:1  bestand — gevonden: een map node_modules; verwacht in ${shown}/ geen map met die naam, want daarin zoekt de build naar code`,
      `${shown}/news/node_modules/_evil/package.json:1  bestand — gevonden: een package.json, de beschrijving van een pakket code; verwacht in ${shown}/ alleen tekst en foto’s`,
      `${shown}/news/node_modules/_evil/payload:1  bestand — gevonden: een bestand zonder extensie; verwacht in een map of bestand met _ of . voor de naam alleen aantekeningen (.md, .txt), instellingen (.json, .yaml) en foto’s`,
      // Capitals in a subfolder: the folder is the mistake, not the capitals.
      `${shown}/news/oud/DERDE.MD:1  bestand — gevonden: een bestand dat de site niet leest; verwacht een bestand .md of .mdx direct in ${shown}/news/, of een afbeelding ${images}`,
      `${shown}/news/TWEEDE.MD:1  bestand — gevonden: de extensie .MD in hoofdletters; verwacht kleine letters: .md (hernoem het bestand naar tweede.md)`,
      // A name with no letter a web address can hold (新闻) is offered as it is.
      `${shown}/news/新闻.MD:1  bestand — gevonden: de extensie .MD in hoofdletters; verwacht kleine letters: .md (hernoem het bestand naar 新闻.md)`,
      // An organisation's .yaml among the projects: where that kind of file belongs (helper-34).
      // In a subfolder the folder is the mistake, whatever kind of file it is.
      `${shown}/projects/archief/wmo-radar.yaml:1  bestand — gevonden: een bestand dat de site niet leest; verwacht een bestand .md of .mdx direct in ${shown}/projects/, of een afbeelding ${images}`,
      `${shown}/projects/humanitas.yaml:1  bestand — gevonden: een .yaml-bestand in ${shown}/projects/, waar de site alleen .md of .mdx leest; verwacht .yaml-bestanden in ${shown}/organisations/ (is dit een organisatie?), of een .md of .mdx-bestand hier`,
      `${shown}/projects/leeg.jpg:1  bestand — gevonden: een map met de naam van een bestand (leeg.jpg); verwacht een map zonder .jpg in de naam, want een pad naar leeg.jpg zou in de map lezen`,
    ]);
  });

  it('finds an unreadable letter anywhere, also as the very first, and shows at most 40 letters of its word', () => {
    expect(notUtf8('\uFFFD---\ntitle: x')).toMatchObject({ line: 1 });
    expect(notUtf8('a\nb\n\nco\uFFFDperatie en meer')?.message).toContain('(in "co\uFFFDperatie")');
    const long = `${'a'.repeat(30)}\uFFFD${'b'.repeat(30)}`;
    expect(notUtf8(long)?.message).toContain(`(in "${long.slice(0, 40)}…")`);
    const forty = `${'a'.repeat(20)}\uFFFD${'b'.repeat(19)}`;
    expect(notUtf8(forty)?.message).toContain(`(in "${forty}")`);
    expect(notUtf8('co\u00F6peratie')).toBeUndefined();
  });

  it('reads a file saved as UTF-16 (Notepad\'s "Unicode") as its text, and tells it once (helper-37)', () => {
    const text = '---\ntitle: De coöperatie\n---\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from(text, 'utf16le')).swap16()]);
    expect(readText(le)).toEqual({ text, utf16: true });
    expect(readText(be)).toEqual({ text, utf16: true });
    expect(readText(Buffer.from(text, 'utf16le'))).toEqual({ text, utf16: true });
    expect(readText(Buffer.from(Buffer.from(text, 'utf16le')).swap16())).toEqual({ text, utf16: true });
    expect(readText(Buffer.from(text, 'utf8'))).toEqual({ text, utf16: false });
    expect(readText(Buffer.from('ab', 'utf8'))).toEqual({ text: 'ab', utf16: false });
    // The shortest unmarked UTF-16 text, two letters; and a file in ANSI beginning with þ (0xFE) or ÿ (0xFF), half a mark only.
    expect(readText(Buffer.from('ab', 'utf16le'))).toEqual({ text: 'ab', utf16: true });
    expect(readText(Buffer.from([0xfe, 0x41, 0x42, 0x43])).utf16).toBe(false);
    expect(readText(Buffer.from([0x41, 0xff, 0x42, 0x43])).utf16).toBe(false);
    expect(readText(Buffer.from([0xff, 0x41, 0x42, 0x43])).utf16).toBe(false);
    expect(readText(Buffer.from([0x41, 0xfe, 0x42, 0x43])).utf16).toBe(false);
    // As many NULs on either side (NUL characters among the letters): read as Windows saves it, little-endian.
    expect(readText(Buffer.from('aĀ\0\0', 'utf16le'))).toEqual({ text: 'aĀ\0\0', utf16: true });

    const tree = tmpDir('utf16-content');
    mkdirSync(path.join(tree, 'news'), { recursive: true });
    writeFileSync(path.join(tree, 'news/unicode.md'), le);
    const { files, strays } = loadContent(tree, tree);
    expect(files.map((f) => f.text)).toEqual([text]);
    expect(strays.map((p) => [p.line, p.message])).toEqual([[1, UTF16_MESSAGE]]);
    rmSync(tree, { recursive: true });
  });

  it('names an unseen character in a YAML file by its field', () => {
    const tree = tmpDir('unseen-content');
    mkdirSync(path.join(tree, 'organisations'), { recursive: true });
    writeFileSync(path.join(tree, 'organisations/pameijer.yaml'), 'name: Pameijer\nwebsite: https://www.pameijer.nl\u200B\n');
    expect(loadContent(tree, tree).strays.map((p) => [p.line, p.field])).toEqual([[2, 'website']]);
    rmSync(tree, { recursive: true });
  });

  it('names a file by its path from the project, or in full where the content is outside it', () => {
    expect(displayPath('/site', path.resolve('/site/content/news/bericht.md'))).toBe('content/news/bericht.md');
    expect(displayPath('/site', path.resolve('/elders/inhoud/news/bericht.md'))).toBe(path.resolve('/elders/inhoud/news/bericht.md').split(path.sep).join('/'));
  });

  it('is content/ of the project, or CONTENT_DIR (absolute, or from the project)', () => {
    expect(contentRoot('/site', {})).toBe(path.resolve('/site/content'));
    expect(contentRoot('/site', { CONTENT_DIR: 'proef/inhoud' })).toBe(path.resolve('/site/proef/inhoud'));
    expect(contentRoot('/site', { CONTENT_DIR: '/elders/inhoud' })).toBe(path.resolve('/elders/inhoud'));
  });

  it('gives each collection the glob of its entries: top level, no _ or . in front', () => {
    expect(entryPattern('news')).toBe('[^_.]*.{md,mdx}');
    expect(entryPattern('organisations')).toBe('[^_.]*.{yaml,md}');
    expect(entryPattern('themes')).toBe('[^_.]*.md');
  });
});
