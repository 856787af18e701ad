/** The pull request comment: changed content files to the pages they make, the artifact's shape, and the comment's Markdown. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesOfPullFiles, COMMENT_MARKER, commentMarkdown, pageOf, pagesOf, parseNameStatus, type ChangeList } from '../../src/lib/changed-pages.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { renderedComment } from '../helpers/github-markdown.ts';

/** `git diff -z --name-status` output from its records. */
const z = (...records: string[][]) => `${records.flat().join('\0')}\0`;

describe('changed files to pages', () => {
  it('maps every collection through the site\'s URL helpers, with what happened to it; a rename is one page gone and one new', () => {
    const list = parseNameStatus(
      z(
        ['A', 'content/news/nieuwe-leerwerkplekken.md'],
        ['M', 'content/projects/wep-trein.md'],
        ['M', 'content/organisations/laurens.yaml'],
        ['M', 'content/pages/over.md'],
        ['D', 'content/pacts/oud-pact.mdx'],
        ['R100', 'content/themes/oud.md', 'content/themes/nieuw.md'],
        ['R090', 'content/news/a.md', 'content/news/a.mdx'],
        ['M', 'content/networks/delfshaven.md'],
        ['M', 'content/trefwoorden.yaml'],
        ['M', 'src/styles/site.css'],
        ['R100', 'scripts/x.ts', 'scripts/y.ts'],
        ['A', 'content/news/foto.jpg'],
        ['A', 'content/news/_concept-notities.md'],
        ['C75', 'content/news/b.md', 'content/news/c.md'],
      ),
    );
    expect(list.otherFiles).toBe(2);
    expect(pagesOf(list)).toEqual([
      { kind: 'gewijzigd', file: 'content/networks/delfshaven.md', url: '/netwerken/delfshaven/' },
      { kind: 'gewijzigd', file: 'content/trefwoorden.yaml', url: '/nieuws/' },
      { kind: 'gewijzigd', file: 'content/news/a.mdx', url: '/nieuws/a/' },
      { kind: 'nieuw', file: 'content/news/c.md', url: '/nieuws/c/' },
      { kind: 'nieuw', file: 'content/news/nieuwe-leerwerkplekken.md', url: '/nieuws/nieuwe-leerwerkplekken/' },
      { kind: 'gewijzigd', file: 'content/organisations/laurens.yaml', url: '/organisaties/laurens/' },
      { kind: 'gewijzigd', file: 'content/pages/over.md', url: '/over/' },
      { kind: 'verwijderd', file: 'content/pacts/oud-pact.mdx', url: '/pacten/oud-pact/' },
      { kind: 'gewijzigd', file: 'content/projects/wep-trein.md', url: '/projecten/wep-trein/' },
      { kind: 'nieuw', file: 'content/themes/nieuw.md', url: '/themas/nieuw/' },
      { kind: 'verwijderd', file: 'content/themes/oud.md', url: '/themas/oud/' },
    ]);
  });

  it('reads names with spaces, quotes and accents as git writes them with -z (unquoted)', () => {
    const list = parseNameStatus(z(['A', 'content/news/coöperatie.md'], ['M', 'content/news/"aan" de slag.md']));
    expect(list).toEqual({ otherFiles: 0, changes: [{ status: 'A', file: 'content/news/coöperatie.md' }, { status: 'M', file: 'content/news/"aan" de slag.md' }] });
    expect(pagesOf(list).map((p) => p.url)).toEqual(['/nieuws/"aan" de slag/', '/nieuws/coöperatie/']);
  });

  it('the list command reads a real repository: additions, edits, renames, deletions and non-ASCII names', { timeout: 60_000 }, () => {
    const repo = tmpDir('changed-pages-repo');
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(path.join(repo, 'content/news'), { recursive: true });
    const git = (...args: string[]) => {
      const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    };
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    };
    git('init', '-q', '-b', 'main');
    write('content/news/blijft.md', 'een\n');
    write('content/news/weg.md', 'twee\n');
    write('content/news/oude-naam.md', 'een bericht dat een nieuwe naam krijgt, lang genoeg om herkend te worden\n');
    write('content/news/vorm.md', 'een bericht dat MDX wordt en op hetzelfde adres blijft staan, lang genoeg om herkend te worden\n');
    write('src/x.ts', 'x\n');
    git('add', '.');
    git('commit', '-qm', 'basis');
    git('checkout', '-qb', 'pr');
    write('content/news/blijft.md', 'een, anders\n');
    rmSync(path.join(repo, 'content/news/weg.md'));
    git('mv', 'content/news/oude-naam.md', 'content/news/nieuwe-naam.md');
    git('mv', 'content/news/vorm.md', 'content/news/vorm.mdx');
    write('content/news/coöperatie.md', 'nieuw\n');
    write('content/news/"aan" de slag.md', 'ook nieuw\n');
    write('src/x.ts', 'y\n');
    git('add', '-A');
    git('commit', '-qm', 'wijzigingen');
    const out = path.join(repo, 'wijzigingen.json');
    // A runner whose git neither detects renames nor writes names unquoted by itself: the command must ask for both (-M, -z).
    const gitConfig = { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: 'diff.renames', GIT_CONFIG_VALUE_0: 'false', GIT_CONFIG_KEY_1: 'core.quotePath', GIT_CONFIG_VALUE_1: 'true' };
    const listed = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/changed-pages.ts'), 'list', '--base', 'main', '--out', out], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...gitConfig } });
    expect(listed.status, listed.stderr).toBe(0);
    const list = JSON.parse(readFileSync(out, 'utf8')) as ChangeList;
    expect(list.otherFiles).toBe(1);
    expect(list.changes).toEqual([
      { status: 'A', file: 'content/news/"aan" de slag.md' },
      { status: 'M', file: 'content/news/blijft.md' },
      { status: 'A', file: 'content/news/coöperatie.md' },
      { status: 'R', from: 'content/news/oude-naam.md', file: 'content/news/nieuwe-naam.md' },
      { status: 'R', from: 'content/news/vorm.md', file: 'content/news/vorm.mdx' },
      { status: 'D', file: 'content/news/weg.md' },
    ]);
    // What the comment lists: a new name is one page gone and one new; a new extension is the same page changed.
    expect(pagesOf(list)).toEqual([
      { kind: 'nieuw', file: 'content/news/"aan" de slag.md', url: '/nieuws/"aan" de slag/' },
      { kind: 'gewijzigd', file: 'content/news/blijft.md', url: '/nieuws/blijft/' },
      { kind: 'nieuw', file: 'content/news/coöperatie.md', url: '/nieuws/coöperatie/' },
      { kind: 'nieuw', file: 'content/news/nieuwe-naam.md', url: '/nieuws/nieuwe-naam/' },
      { kind: 'verwijderd', file: 'content/news/oude-naam.md', url: '/nieuws/oude-naam/' },
      { kind: 'gewijzigd', file: 'content/news/vorm.mdx', url: '/nieuws/vorm/' },
      { kind: 'verwijderd', file: 'content/news/weg.md', url: '/nieuws/weg/' },
    ]);
  });
});

describe('which files make a page', () => {
  it.each([
    ['content/news/a.md', '/nieuws/a/'],
    ['content/news/a.mdx', '/nieuws/a/'],
    ['content/trefwoorden.yaml', '/nieuws/'],
    ['content/news/a.txt', undefined],
    ['content/news/sub/a.md', undefined],
    ['content/news/_concept.md', undefined],
    ['content/news/.verborgen.md', undefined],
    ['content/onbekend/a.md', undefined],
    ['content/news', undefined],
  ])('%s → %s', (file, url) => {
    expect(pageOf(file)).toBe(url);
  });
  it('reads a type change as an edit, a copy as a new file, and a rename into content/ as one', () => {
    expect(parseNameStatus(z(['T', 'content/news/a.md'], ['C100', 'content/news/a.md', 'content/news/b.md'], ['R100', 'oud/a.md', 'content/news/a.md']))).toEqual({
      otherFiles: 0,
      changes: [
        { status: 'M', file: 'content/news/a.md' },
        { status: 'A', file: 'content/news/b.md' },
        { status: 'R', file: 'content/news/a.md', from: 'oud/a.md' },
      ],
    });
    expect(parseNameStatus('')).toEqual({ otherFiles: 0, changes: [] });
    expect(parseNameStatus('M\0')).toEqual({ otherFiles: 0, changes: [] }); // cut off after a status: nothing made up
  });
  it('the tag list added, changed or removed only changes the news overview', () => {
    for (const status of ['A', 'M', 'D'] as const) expect(pagesOf({ otherFiles: 0, changes: [{ status, file: 'content/trefwoorden.yaml' }] })).toEqual([{ kind: 'gewijzigd', file: 'content/trefwoorden.yaml', url: '/nieuws/' }]);
    expect(pagesOf({ otherFiles: 0, changes: [{ status: 'D', file: 'content/pages/nieuws.md' }] })[0]!.kind).toBe('verwijderd');
    // Only the tag list itself: an organisation whose file happens to be called so is a new page of its own.
    expect(pagesOf({ otherFiles: 0, changes: [{ status: 'A', file: 'content/organisations/trefwoorden.yaml' }] })).toEqual([{ kind: 'nieuw', file: 'content/organisations/trefwoorden.yaml', url: '/organisaties/trefwoorden/' }]);
  });
  it('a rename within one page is that page changed, once', () => {
    expect(pagesOf({ otherFiles: 0, changes: [{ status: 'R', from: 'content/news/a.md', file: 'content/news/a.mdx' }] })).toEqual([{ kind: 'gewijzigd', file: 'content/news/a.mdx', url: '/nieuws/a/' }]);
  });
});

describe('the API\'s file list: GitHub\'s record, with a fork\'s names (helper-62: the run\'s own list said nothing changed)', () => {
  it('makes the content changes from it, and names every file outside content/', () => {
    const { list, outside } = changesOfPullFiles([
      { filename: 'content/news/a.md', status: 'added' },
      { filename: 'content/news/b.md', status: 'modified' },
      { filename: 'content/news/c.md', status: 'removed' },
      { filename: 'content/news/d.mdx', status: 'renamed', previous_filename: 'content/news/d.md' },
      { filename: 'content/news/e.md', status: 'copied' },
      { filename: 'content/news/f.md', status: 'changed' },
      { filename: 'content/news/g.md', status: 'unchanged' },
      { filename: '.github/workflows/check.yml', status: 'modified' },
      { filename: 'content/news/binnen.md', status: 'renamed', previous_filename: 'notities/buiten.md' },
      { filename: 'notities/weg.md', status: 'renamed', previous_filename: 'content/news/weg.md' },
    ]);
    expect(list.changes).toEqual([
      { status: 'A', file: 'content/news/a.md' },
      { status: 'M', file: 'content/news/b.md' },
      { status: 'D', file: 'content/news/c.md' },
      { status: 'R', file: 'content/news/d.mdx', from: 'content/news/d.md' },
      { status: 'A', file: 'content/news/e.md' },
      { status: 'M', file: 'content/news/f.md' },
      { status: 'A', file: 'content/news/binnen.md' },
      { status: 'D', file: 'content/news/weg.md' },
    ]);
    expect(outside).toEqual(['.github/workflows/check.yml', 'notities/buiten.md', 'notities/weg.md']);
    expect(list.otherFiles).toBe(3);
    // A copy names its source too, which stays; a rename GitHub gave no old name for is a change of the file.
    expect(changesOfPullFiles([{ filename: 'content/news/kopie.md', status: 'copied', previous_filename: 'content/news/bron.md' }, { filename: 'content/news/x.md', status: 'renamed' }]).list.changes).toEqual([
      { status: 'A', file: 'content/news/kopie.md' },
      { status: 'M', file: 'content/news/x.md' },
    ]);
  });
  it.each([
    ['a path that climbs out', 'content/../.github/x.yml'],
    ['a newline in a name', 'content/news/a\n- [x](https://evil.example)'],
    ['a path that is too long', `content/news/${'a'.repeat(290)}.md`],
    ['a path with an empty segment', 'content//a.md'],
    ['a path with a "." segment', 'content/./a.md'],
    ['a backslash', 'content\\news\\a.md'],
    ['a DEL character', 'content/news/a\u007f.md'],
    ['a right-to-left mark (helper-44)', 'content/news/x\u202edm.md'],
    ['a zero-width space', 'content/news/a\u200b.md'],
  ])('makes no page of %s: it counts as a file outside the content', (_name, filename) => {
    expect(changesOfPullFiles([{ filename, status: 'added' }])).toEqual({ list: { changes: [], otherFiles: 1 }, outside: [filename], unlisted: 0 });
  });
  it('counts what GitHub left out of a list it cut off as files outside the content (helper-66)', () => {
    const files = [{ filename: 'content/news/a.md', status: 'added' }];
    expect(changesOfPullFiles(files, 5)).toEqual({ list: { changes: [{ status: 'A', file: 'content/news/a.md' }], otherFiles: 4 }, outside: [], unlisted: 4 });
    expect(changesOfPullFiles(files).unlisted).toBe(0);
  });
  it('makes no page of a rename outside content/, even where its old name reads like one after the first folder', () => {
    // `private/` is as long as `content/`: taken as a removed content file, it would show a page /nieuws/a/ as removed.
    expect(changesOfPullFiles([{ filename: 'private/news/b.md', status: 'renamed', previous_filename: 'private/news/a.md' }])).toEqual({
      list: { changes: [], otherFiles: 2 },
      outside: ['private/news/a.md', 'private/news/b.md'],
      unlisted: 0,
    });
  });
  it('takes a path of exactly 300 characters as a page', () => {
    const longest = `content/news/${'a'.repeat(300 - 'content/news/.md'.length)}.md`;
    expect(changesOfPullFiles([{ filename: longest, status: 'added' }]).outside).toEqual([]);
  });
});

describe('the comment', () => {
  const list: ChangeList = { otherFiles: 0, changes: [{ status: 'A', file: 'content/news/a.md' }, { status: 'D', file: 'content/news/b.md' }] };

  it('starts with the hidden marker, gives the run\'s verdict and links the pages to the preview host', () => {
    const markdown = commentMarkdown(list, { conclusion: 'success', runUrl: 'https://github.com/o/r/actions/runs/1', previewUrl: 'https://deploy-preview-12--site.example/' });
    expect(markdown.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(markdown).toContain('✅ De controle is geslaagd.');
    expect(markdown).toContain('- [` /nieuws/a/ `](https://deploy-preview-12--site.example/nieuws/a/) — nieuw (` content/news/a.md `)');
    expect(markdown).toContain('- ` /nieuws/b/ ` — verwijderd (` content/news/b.md `)');
    expect(markdown).toContain('De hele site van dit pull request: https://deploy-preview-12--site.example/');
  });
  it('without a preview host, links the artifact of the run and says how to view it', () => {
    const markdown = commentMarkdown({ ...list, otherFiles: 2 }, { conclusion: 'failure', runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(markdown).toContain('❌ De controle is niet geslaagd');
    expect(markdown).not.toContain('✅');
    expect(markdown).toContain('artefact **site** bij [deze controle](https://github.com/o/r/actions/runs/1)');
    // Only an inert local server: a fork's build is its own code, and `serve` reads a serve.json from the folder it serves.
    expect(markdown).toContain('`python3 -m http.server 8000 --bind 127.0.0.1`');
    // Every preview on that address shares the browser's storage: a fork's script could read a sign-in kept there (helper-60).
    expect(markdown).toContain('in een privévenster, en meld je je daar niet aan bij /beheer/');
    expect(markdown).not.toContain('npx serve');
    expect(markdown).toContain('Ook 2 bestanden buiten de inhoud gewijzigd');
  });
  it('says "één bestand" for one other file, nothing for none, and that a pull request changes no page', () => {
    const none = commentMarkdown({ otherFiles: 0, changes: [] }, { conclusion: 'success', runUrl: 'https://x' });
    expect(none).toContain('\nDit pull request verandert geen pagina.\n');
    expect(none).not.toContain('buiten de inhoud');
    // A paragraph of its own: without the blank line, Markdown joins it to the line above.
    expect(commentMarkdown({ otherFiles: 1, changes: [] }, { conclusion: 'success', runUrl: 'https://x' })).toContain('\n\nOok één bestand buiten de inhoud gewijzigd. De controle draaide');
    expect(commentMarkdown(list, { conclusion: 'success', runUrl: 'https://x' })).not.toContain('verandert geen pagina');
  });
  it('gives no ✅ when code, workflows or settings changed too: the run used them, and names them (helper-62)', () => {
    const outside = ['.github/workflows/check.yml', 'scripts/check.ts', 'src/a.ts', 'src/b.ts', 'package.json', 'package-lock.json', 'astro.config.mjs'];
    const markdown = commentMarkdown({ ...list, otherFiles: outside.length }, { conclusion: 'success', runUrl: 'https://x', outside });
    expect(markdown).not.toContain('✅');
    expect(markdown).toContain('⚠️ De controle is geslaagd, maar dit pull request wijzigt ook bestanden buiten de inhoud (zie onder de pagina’s).');
    expect(markdown).toContain(
      '\n\nOok 7 bestanden buiten de inhoud gewijzigd: ` .github/workflows/check.yml `, ` scripts/check.ts `, ` src/a.ts `, ` src/b.ts `, ` package.json ` en nog 2. De controle draaide met deze wijzigingen (ook aan code of workflows), dus haar oordeel telt pas als een ontwikkelaar ze heeft bekeken; bekijk ook de hele site.\n',
    );
    expect(commentMarkdown({ ...list, otherFiles: 1 }, { conclusion: 'success', runUrl: 'https://x', outside: ['src/a.ts'] })).toContain('gewijzigd: ` src/a.ts `. De controle');
    expect(commentMarkdown({ ...list, otherFiles: 1 }, { conclusion: 'failure', runUrl: 'https://x', outside: ['src/a.ts'] })).toContain('❌');
  });
  it('says how many files GitHub left out of its list only when it left some out (helper-66)', () => {
    expect(commentMarkdown({ ...list, otherFiles: 3001 }, { conclusion: 'success', runUrl: 'https://x', outside: ['src/a.ts'], unlisted: 3000 })).toContain(
      '\n\nGitHub noemt niet alle bestanden van dit pull request: 3000 ontbreken in de lijst en zijn hier meegeteld als bestanden buiten de inhoud.\n',
    );
    for (const unlisted of [0, undefined]) expect(commentMarkdown({ ...list, otherFiles: 1 }, { conclusion: 'success', runUrl: 'https://x', outside: ['src/a.ts'], unlisted })).not.toContain('GitHub noemt');
  });
  it('writes the whole comment exactly so', () => {
    expect(commentMarkdown(list, { conclusion: 'success', runUrl: 'https://x', previewUrl: 'https://p.example' })).toBe(
      [
        COMMENT_MARKER,
        '### Pagina’s in dit pull request',
        '',
        '✅ De controle is geslaagd.',
        '',
        '- [` /nieuws/a/ `](https://p.example/nieuws/a/) — nieuw (` content/news/a.md `)',
        '- ` /nieuws/b/ ` — verwijderd (` content/news/b.md `)',
        '',
        'De hele site van dit pull request: https://p.example/',
        '',
      ].join('\n'),
    );
  });
  it('any conclusion but success is not a pass', () => {
    for (const conclusion of ['failure', 'timed_out', 'action_required', 'neutral', '']) {
      expect(commentMarkdown(list, { conclusion, runUrl: 'https://x' })).toContain('❌');
    }
  });
  it('shows hostile file names as text: no HTML, emphasis, link, image or mention reaches the rendered comment', () => {
    // A name cannot hold a slash; everything else can be in it.
    const hostile = ['content/news/`<img src=x onerror=alert(1)>`.md', 'content/news/**vet** [klik](https:evil.example) @octocat.md', 'content/news/``a`.md', 'content/news/![x](evil.example?x.png).md', 'content/news/www.evil.example.md', 'content/news/<b>vet|y.md'];
    const markdown = commentMarkdown({ otherFiles: 0, changes: hostile.map((file) => ({ status: 'A' as const, file })) }, { conclusion: 'success', runUrl: 'https://github.com/o/r/actions/runs/1', previewUrl: 'https://preview.example' });
    const html = renderedComment(markdown);
    expect(html.elements('img')).toEqual([]);
    expect(html.elements('strong').map((e) => e.text)).toEqual([]);
    // The only link is the preview of the whole site: hostile names are never linked.
    expect(html.elements('a').map((a) => a.attributes.href)).toEqual(['https://preview.example/']);
    expect(html.textOutsideCode()).not.toMatch(/@octocat|evil/);
    expect(html.elements('b')).toEqual([]);
    const codes = html.elements('code').map((c) => c.text);
    for (const file of hostile) expect(codes).toContain(file);
    expect(pagesOf({ otherFiles: 0, changes: hostile.map((file) => ({ status: 'A' as const, file })) })).toHaveLength(hostile.length);
  });
});
