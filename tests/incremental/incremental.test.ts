/**
 * Incremental builds publish what a cold build publishes. A generated site is
 * built once (filling Astro's cache), then edited as editors do: a news item
 * gets a new title, another a new sentence, one is deleted, an organisation is
 * renamed. The build after the edits reuses Astro's cache; a cold build of the
 * same content is made next to it, and every file of the two sites must be
 * equal: pages, feed, sitemap, data files, the search index's page fragments and
 * what the index answers (Pagefind writes its word and filter files in another
 * order each run, even from the same pages, so those are compared by the
 * answers they give, not byte by byte). On top of that, what
 * a reader would notice first is checked by name: the new title in the lists,
 * the related items, the neighbours and the feed, the old title nowhere, the
 * deleted item's page gone. Runs the real `npm run build` (scripts/build.ts).
 */
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { cacheDirFor } from '../../src/lib/cache-dir.ts';
import { projectRoot, runBuild, tmpDir } from '../helpers/build.ts';
import { openIndex } from '../helpers/pagefind.ts';

const ENTRIES = 200;
const NEW_TITLE = 'Een nieuwe kop die pas na de wijziging bestaat';

const files = (dir: string) => globSync('**/*', { cwd: dir, dot: true }).sort();
/** Pagefind's word, filter and metadata files: named by a hash of contents whose order varies from run to run. */
const INDEX_FILES = /^pagefind\/(index\/|filter\/|pagefind\.[\w-]+\.pf_meta$|pagefind-entry\.json$)/;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const titleOf = (file: string) => /^title: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!;
const dateOf = (file: string) => /^date: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!;
/** Files of a built site that show `text` (HTML, XML, JSON and CSV; not the search index's binary files). */
const showing = (dir: string, text: string) => files(dir).filter((file) => /\.(html|xml|json|csv)$/.test(file) && read(dir, file).includes(text));

/**
 * The organisation that the fewest files name (at least one news item): renaming it must re-render only the pages
 * that show it, so most pages can still come from the cache. (The generated corpus names its organisations at
 * random, so the one renamed could otherwise stand on most pages.)
 */
function leastNamedOrganisation(content: string): string {
  const named = new Map<string, number>(); // organisation → files that name it
  const onNews = new Set<string>();
  for (const file of globSync('{news,projects,pacts,networks}/*.md', { cwd: content })) {
    for (const id of new Set(readFileSync(path.join(content, file), 'utf8').match(/\borganisatie-\d+\b/g))) {
      named.set(id, (named.get(id) ?? 0) + 1);
      if (file.startsWith('news/')) onNews.add(id);
    }
  }
  return [...named].filter(([id]) => onNews.has(id)).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
}

describe('a build after edits, with Astro’s cache', () => {
  const root = tmpDir('incremental');
  const content = path.join(root, 'content');
  const incremental = path.join(root, 'dist');
  const cold = path.join(root, 'dist-koud');
  const clearCache = () => rmSync(path.resolve(projectRoot, cacheDirFor(content)), { recursive: true, force: true });
  let restored = 0;
  let [edited, appended, deleted] = ['', '', ''];
  let oldTitle = '';
  let showedOldTitle: string[] = [];

  beforeAll(() => {
    generateCorpus(content, ENTRIES, 42);
    clearCache();
    const first = runBuild(incremental, content);
    if (first.status !== 0) throw new Error(first.output);
    // The newest item: it is in the feed and on the first list page, and has a neighbour and related items.
    const newestFirst = globSync('news/*.md', { cwd: content, absolute: true }).sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.localeCompare(b));
    [edited, appended, deleted] = [newestFirst[0]!, newestFirst[5]!, newestFirst[10]!];
    oldTitle = titleOf(edited);
    showedOldTitle = showing(incremental, oldTitle);

    // The edits: a title, a sentence, a deletion, an organisation's name.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
    writeFileSync(appended, `${readFileSync(appended, 'utf8')}\nEen zin die er na de wijziging bij kwam.\n`);
    unlinkSync(deleted);
    const organisation = path.join(content, 'organisations', `${leastNamedOrganisation(content)}.yaml`);
    writeFileSync(organisation, readFileSync(organisation, 'utf8').replace(/^name: .*$/m, 'name: Hernoemde Organisatie'));

    const second = runBuild(incremental, content);
    if (second.status !== 0) throw new Error(second.output);
    restored = second.output.match(/\(restored\)|\(cached\)/g)?.length ?? 0;
    clearCache();
    const third = runBuild(cold, content);
    if (third.status !== 0) throw new Error(third.output);
  }, 600_000);

  // Three built sites are thousands of folders: a dev server started later in this worktree would watch them all.
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    clearCache();
  });

  it('reuses most pages from the cache (otherwise this test would prove nothing)', () => {
    // Not all: the deletion shifts the lists after it, and the renamed organisation is named on many news items.
    expect(restored).toBeGreaterThan(files(incremental).filter((file) => file.endsWith('.html')).length / 2);
  });

  it('publishes exactly what a cold build of the same content publishes, file by file', () => {
    const same = (dir: string) => files(dir).filter((file) => !INDEX_FILES.test(file));
    expect(same(incremental)).toEqual(same(cold));
    expect(same(incremental).length).toBeGreaterThan(ENTRIES);
    const different = same(incremental).filter((file) => !readFileSync(path.join(incremental, file)).equals(readFileSync(path.join(cold, file))));
    expect(different).toEqual([]);
  });

  it('has a search index that answers as the cold build’s does', async () => {
    const [ours, theirs] = await Promise.all([openIndex(incremental), openIndex(cold)]);
    try {
      expect(await ours.filters()).toEqual(await theirs.filters());
      for (const query of ['zorg', 'gemeente', NEW_TITLE, oldTitle, 'Hernoemde Organisatie', 'wijkteam']) {
        // Pages that score the same come in the order Pagefind happened to index them: compared by address.
        const byUrl = (hits: { url: string }[]) => hits.sort((a, b) => a.url.localeCompare(b.url));
        expect(byUrl(await ours.search(query)), query).toEqual(byUrl(await theirs.search(query)));
      }
    } finally {
      await Promise.all([ours.close(), theirs.close()]);
    }
  });

  it('shows the new title in the lists, the related items, the neighbours and the feed, the old one nowhere', () => {
    const page = `nieuws/${path.basename(edited, '.md')}/index.html`;
    expect(showedOldTitle).toContain(page);
    expect(showing(incremental, oldTitle)).toEqual([]);
    const now = showing(incremental, NEW_TITLE);
    expect(now).toContain(page);
    expect(now).toContain('rss.xml');
    expect(now.some((file) => /^nieuws\/(\d+\/)?index\.html$/.test(file))).toBe(true);
    // Every page that showed it before shows it now: neighbours, related items, category and tag lists.
    for (const file of showedOldTitle.filter((f) => f.endsWith('.html') && f !== page)) expect(now, file).toContain(file);
    const neighbours = now.filter((file) => /rel="(next|prev)"[^>]*>/.test(read(incremental, file)) && read(incremental, file).includes(`>${NEW_TITLE}</a>`) && file.startsWith('nieuws/bericht-'));
    expect(neighbours.length).toBeGreaterThan(0);
    expect(now.some((file) => read(incremental, file).includes('Gerelateerd nieuws') && file !== page)).toBe(true);
  });

  it('takes a deleted item off the site, and a renamed organisation is renamed on the news that names it', () => {
    expect(files(cold).some((file) => file.startsWith(`nieuws/${path.basename(deleted, '.md')}/`))).toBe(false);
    expect(files(incremental).some((file) => file.startsWith(`nieuws/${path.basename(deleted, '.md')}/`))).toBe(false);
    expect(read(incremental, `nieuws/${path.basename(appended, '.md')}/index.html`)).toContain('Een zin die er na de wijziging bij kwam.');
    expect(showing(incremental, 'Hernoemde Organisatie').some((file) => /^nieuws\/bericht-\d+\/index\.html$/.test(file))).toBe(true);
  });
});
