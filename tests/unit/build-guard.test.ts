/**
 * What an editor reads when the build or the preview meets their mistake, and
 * what anyone reads when the site's own code fails: the build guard's hook run
 * directly over a small content folder, without Astro. The texts are written
 * out here as the editor reads them, not taken from the module that makes them.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import buildGuard from '../../src/integrations/build-guard.ts';
import { baseline, validNews, withFile, writeTree } from '../helpers/content.ts';

type Setup = (options: { config: { root: URL; site?: string }; command: 'build' | 'dev'; logger: { info: () => void; warn: () => void } }) => Promise<void>;
const setup = buildGuard().hooks['astro:config:setup'] as unknown as Setup;

let root: string;
let printed: string;
const saved = { ...process.env };

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-guard-'));
  printed = '';
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void (printed += `${parts.join(' ')}\n`));
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`exit ${code}`);
  }) as typeof process.exit);
  delete process.env.GITHUB_ACTIONS;
  delete process.env.CONTENT_ALREADY_CHECKED;
  process.env.CONTENT_DIR = path.join(root, 'content');
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  rmSync(root, { recursive: true, force: true });
});

const run = (command: 'build' | 'dev') => setup({ config: { root: pathToFileURL(`${root}/`), site: 'https://zorgwelzijn-rotterdam.nl' }, command, logger: { info() {}, warn() {} } });
const withWrongDate = () => writeTree(path.join(root, 'content'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: '29-11-2023' }) }));

describe('the build guard', () => {
  it('stops the build on a content mistake with the report and what to do next', async () => {
    withWrongDate();
    await expect(run('build')).rejects.toThrow('exit 1');
    expect(printed).toContain('De inhoud bevat fouten:');
    expect(printed).toContain('content/news/bericht.md:4  date — gevonden: "29-11-2023"');
    expect(printed.trimEnd().endsWith('Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de build opnieuw. Met npm run check controleer je alles in één keer; uitleg per veld staat in CONTRIBUTING.md.')).toBe(true);
  });

  it('keeps the preview running on a content mistake, and says how to go on', async () => {
    withWrongDate();
    await run('dev');
    expect(process.exit).not.toHaveBeenCalled();
    expect(printed).toContain('content/news/bericht.md:4  date — gevonden: "29-11-2023"');
    expect(printed.trimEnd().endsWith('Wat nu: de preview draait door zonder deze bestanden. Verbeter ze en sla ze op: de preview controleert dan meteen opnieuw. Uitleg per veld staat in CONTRIBUTING.md.')).toBe(true);
  });

  it('says a fault in its own code is not the content, and passes the error on', async () => {
    const content = writeTree(path.join(root, 'content'), baseline());
    // A folder where the tag list should be: reading it fails in the site's code, not in an entry.
    mkdirSync(path.join(content, 'trefwoorden.yaml'));
    await expect(run('build')).rejects.toThrow(/EISDIR/);
    expect(printed.trim()).toBe('Er ging iets mis in de code van de site zelf, niet in de inhoud. Geef de melding hieronder door aan de ontwikkelaars van de site.');
  });

  it('in the preview, checks a saved content file again: tells a mistake still there, then says a file left out at the start is right and how to see it', async () => {
    type ServerSetup = (options: { server: { config: { root: string }; watcher: EventEmitter }; logger: { info: (line: string) => void } }) => void;
    const serverSetup = buildGuard().hooks['astro:server:setup'] as unknown as ServerSetup;
    const news = (bericht: string, tweede: string) =>
      withFile(withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: bericht }) }), { collection: 'news', name: 'tweede.md', data: validNews({ date: tweede }) });
    const content = writeTree(path.join(root, 'content'), news('29-11-2023', 'gisteren'));
    await run('dev');
    const info: string[] = [];
    const watcher = new EventEmitter();
    serverSetup({ server: { config: { root }, watcher }, logger: { info: (line) => info.push(line) } });
    const save = (file: string) => watcher.emit('all', 'change', path.join(content, file));

    printed = '';
    save('news/bericht.md');
    await vi.waitFor(() => expect(printed).toContain('Wat nu:'), { timeout: 10_000 });
    expect(printed).toContain('content/news/bericht.md:4  date — gevonden: "29-11-2023"');
    expect(printed.trimEnd().endsWith('Wat nu: verbeter het bestand op de genoemde regel en sla het op; de preview controleert dan opnieuw. Tot dan toont de preview de vorige versie van het bestand. Uitleg per veld staat in CONTRIBUTING.md.')).toBe(true);

    // One of the two put right: only that one is named, as one file.
    writeTree(content, news('2023-11-29', 'gisteren'));
    save('news/bericht.md');
    await vi.waitFor(() => expect(info).toHaveLength(1), { timeout: 10_000 });
    expect(info).toEqual(['Nu in orde: content/news/bericht.md. De preview liet dit bestand bij de start weg; stop de preview (Ctrl+C) en start hem opnieuw met npm run dev om het te zien.']);

    // Both right: no problems, and both named.
    writeTree(content, news('2023-11-29', '2023-11-28'));
    info.length = 0;
    save('news/tweede.md');
    await vi.waitFor(() => expect(info).toHaveLength(2), { timeout: 10_000 });
    expect(info).toEqual([
      'Inhoud opnieuw gecontroleerd: geen problemen.',
      'Nu in orde: content/news/bericht.md, content/news/tweede.md. De preview liet deze bestanden bij de start weg; stop de preview (Ctrl+C) en start hem opnieuw met npm run dev om ze te zien.',
    ]);

    // A file outside the content folder is no reason to check again.
    info.length = 0;
    watcher.emit('all', 'change', path.join(root, 'src/pages/index.astro'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(info).toEqual([]);
  });

  it('stops a build without the site\'s public address, naming where to set it', async () => {
    await expect(setup({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger: { info() {}, warn() {} } })).rejects.toThrow('exit 1');
    expect(printed.trim()).toBe('De publieke URL van de site ontbreekt. Zet SITE.url in src/site.ts of de omgevingsvariabele SITE_URL, bijvoorbeeld https://zorgwelzijn-rotterdam.nl');
  });
});

describe('the build guard on GitHub Actions', () => {
  it('prints the annotations, then the report between ::stop-commands:: and its token, so none of the editor\'s text is run as a command', async () => {
    process.env.GITHUB_ACTIONS = 'true';
    let logged = '';
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void (logged += `${parts.join(' ')}\n`));
    withWrongDate();
    await expect(run('build')).rejects.toThrow('exit 1');
    expect(logged).toMatch(/^::error file=content\/news\/bericht\.md,line=4,title=date::gevonden: "29-11-2023"/m);
    const token = /^::stop-commands::([0-9a-f-]{36})$/m.exec(printed)?.[1] ?? 'geen';
    expect(printed.indexOf(`::stop-commands::${token}\n`)).toBeLessThan(printed.indexOf('De inhoud bevat fouten:'));
    expect(printed.trimEnd().endsWith(`CONTRIBUTING.md.\n::${token}::`)).toBe(true);
  });
});
