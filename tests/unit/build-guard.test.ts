/**
 * What an editor reads when the build or the preview meets their mistake, and
 * what anyone reads when the site's own code fails: the build guard's hook run
 * directly over a small content folder, without Astro. The texts are written
 * out here as the editor reads them, not taken from the module that makes them.
 */
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

  it('stops a build without the site\'s public address, naming where to set it', async () => {
    await expect(setup({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger: { info() {}, warn() {} } })).rejects.toThrow('exit 1');
    expect(printed.trim()).toBe('De publieke URL van de site ontbreekt. Zet SITE.url in src/site.ts of de omgevingsvariabele SITE_URL, bijvoorbeeld https://zorgwelzijn-rotterdam.nl');
  });
});
