import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { BOILERPLATE_WEIGHT } from '../../src/lib/search/boilerplate.ts';
import { COMPOUND_MARK } from '../../src/lib/search/excerpt.ts';
import * as pagefind from 'pagefind';
import { inRuns, threadsFor, writeIndexedCopies } from '../../scripts/search-copies.ts';
import { scratchRoot } from '../../scripts/search-index.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  made.push(dir);
  return dir;
};

const SIGNED = 'Dit netwerk is ondertekend door alle partners in de wijk en komt elk kwartaal bijeen.';
/** A small built site: content pages (one without the paragraph they share), a list page and a search page without a page body. */
const SITE: Record<string, string> = {
  'netwerken/delfshaven/index.html': `<main data-pagefind-body><h1>Delfshaven</h1><p>Zorgmedewerkers in Delfshaven.</p><p>${SIGNED}</p></main>`,
  'netwerken/charlois/index.html': `<main data-pagefind-body><h1>Charlois</h1><p>De wijkverpleging in Charlois.</p><p>${SIGNED}</p></main>`,
  'nieuws/index.html': '<main><h1>Nieuws</h1><p>Alle berichten over zorg.</p></main>',
  'nieuws/een/index.html': '<main data-pagefind-body><h1>Een bericht</h1><p>Welzijn en zorg in Rotterdam.</p></main>',
  'nieuws/twee/index.html': '<main data-pagefind-body><h1>Twee</h1><p>Het welzijn van ouderen, en ROTTERDAM.</p></main>',
  'netwerken/noord/index.html': `<main data-pagefind-body><h1>Noord</h1><p>${SIGNED}</p></main>`,
  'zoeken/index.html': '<main><h1>Zoeken</h1></main>',
};

function builtSite(pages: Record<string, string> = SITE): string {
  const site = folder('site');
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), html);
  }
  return site;
}

async function copiesIn(threads: number) {
  const site = builtSite();
  const scratch = folder('kopie');
  const files = Object.keys(SITE); // the order the index step globs them in does not matter to the result
  const { pages, vocabulary } = await writeIndexedCopies(site, scratch, files, threads);
  const copies = Object.fromEntries((await glob('**/*.html', { cwd: scratch })).sort().map((file) => [file, readFileSync(path.join(scratch, file), 'utf8')]));
  return { pages, vocabulary: vocabulary.format(100), copies };
}

describe('the copies the index reads, made in worker threads', () => {
  it('are the same in one thread and in two: every content page, compounds marked, the paragraph of three pages weighed lower, words counted once', { timeout: 60_000 }, async () => {
    const one = await copiesIn(1);
    const two = await copiesIn(2); // the paragraph stands twice in the first thread's share, once in the second's
    expect(two).toEqual(one);
    expect(one.pages).toBe(5);
    expect(Object.keys(one.copies)).toEqual(['netwerken/charlois/index.html', 'netwerken/delfshaven/index.html', 'netwerken/noord/index.html', 'nieuws/een/index.html', 'nieuws/twee/index.html']);
    expect(one.copies['netwerken/noord/index.html']).toContain(`<p data-pagefind-weight="${BOILERPLATE_WEIGHT}">${SIGNED}</p>`);
    expect(one.copies['nieuws/een/index.html']).not.toContain('data-pagefind-weight');
    expect(one.copies['netwerken/delfshaven/index.html']).toContain(`<p>Zorg${COMPOUND_MARK}medewerkers in Delfshaven.</p>`);
    expect(one.vocabulary.split('\n')).toEqual(expect.arrayContaining(['netwerk\t3', 'welzijn\t2', 'Rotterdam\t2', 'Delfshaven\t1']));
  });

  it('are numbered by Pagefind in the order of their names, whatever order they come in and however many threads make them: the same pages give the same index', { timeout: 60_000 }, async () => {
    // Forty pages in four folders: a few pages in a folder came out in the same order by chance.
    const pages = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${['nieuws', 'netwerken', 'projecten', 'pacten'][i % 4]}/pagina-${i}/index.html`, `<!doctype html><html lang="nl"><body><main data-pagefind-body><h1>Pagina ${i}</h1><p>Zorg en welzijn in wijk ${i % 7}.</p></main></body></html>`]));
    const site = builtSite(pages);
    /** The index files Pagefind makes of the copies, in the scratch place the build uses (in memory, where the order files are made in is the order a folder lists them). */
    const indexOf = async (files: string[], threads: number) => {
      const scratch = mkdtempSync(path.join(scratchRoot(), 'kopie-'));
      made.push(scratch);
      await writeIndexedCopies(site, scratch, files, threads);
      const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
      expect((await index!.addDirectory({ path: scratch })).page_count).toBe(40);
      const { files: written } = await index!.getFiles();
      expect(written.filter((f) => f.path.endsWith('.pf_fragment'))).toHaveLength(40); // an index, not only Pagefind's scripts
      return written.map((f) => `${f.path} ${Buffer.from(f.content).toString('base64')}`).sort();
    };
    const names = Object.keys(pages);
    try {
      expect(await indexOf([...names].reverse(), 1)).toEqual(await indexOf(names, 1));
      expect(await indexOf(names, 2)).toEqual(await indexOf([...names].reverse(), 1));
    } finally {
      await pagefind.close();
    }
  });

  it('tell the file and the reason when a thread fails', async () => {
    await expect(writeIndexedCopies(folder('leeg'), folder('kopie'), ['ontbreekt/index.html'], 1)).rejects.toThrow(/ontbreekt\/index\.html/);
  });
});

describe('sharing the pages out', () => {
  it('takes a thread per 4,000 pages, up to the cores and at most four', () => {
    expect([threadsFor(0, 2), threadsFor(39, 2), threadsFor(1341, 2), threadsFor(4000, 2), threadsFor(4001, 2), threadsFor(13_294, 2), threadsFor(13_294, 16), threadsFor(20_000, 16), threadsFor(9000, 1)]).toEqual([1, 1, 1, 1, 2, 2, 4, 4, 1]);
  });
  it('cuts a list into runs in order, as even as can be, none lost', () => {
    expect(inRuns([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4, 5]]);
    expect(inRuns([1, 2], 3)).toEqual([[], [1], [2]]);
    expect(inRuns([], 2)).toEqual([[], []]);
  });
});
