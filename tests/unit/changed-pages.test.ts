/** The pull request comment: changed content files to the pages they make, and the comment's Markdown. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentMarkdown, pagesFromDiff, type ChangeList } from '../../scripts/changed-pages.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';

describe('changed files to pages', () => {
  it('maps every collection through the site\'s URL helpers, with what happened to it', () => {
    const { pages, otherFiles } = pagesFromDiff([
      'A\tcontent/news/nieuwe-leerwerkplekken.md',
      'M\tcontent/projects/wep-trein.md',
      'M\tcontent/organisations/laurens.yaml',
      'M\tcontent/pages/over.md',
      'D\tcontent/pacts/oud-pact.mdx',
      'R100\tcontent/themes/oud.md\tcontent/themes/nieuw.md',
      'M\tcontent/networks/delfshaven.md',
      'M\tcontent/trefwoorden.yaml',
      'M\tsrc/styles/site.css',
      'A\tcontent/news/foto.jpg',
      'A\tcontent/news/_concept-notities.md',
    ]);
    expect(pages).toEqual([
      { kind: 'gewijzigd', file: 'content/networks/delfshaven.md', url: '/netwerken/delfshaven/' },
      { kind: 'gewijzigd', file: 'content/trefwoorden.yaml', url: '/nieuws/' },
      { kind: 'nieuw', file: 'content/news/nieuwe-leerwerkplekken.md', url: '/nieuws/nieuwe-leerwerkplekken/' },
      { kind: 'gewijzigd', file: 'content/organisations/laurens.yaml', url: '/organisaties/laurens/' },
      { kind: 'gewijzigd', file: 'content/pages/over.md', url: '/over/' },
      { kind: 'verwijderd', file: 'content/pacts/oud-pact.mdx', url: '/pacten/oud-pact/' },
      { kind: 'gewijzigd', file: 'content/projects/wep-trein.md', url: '/projecten/wep-trein/' },
      { kind: 'gewijzigd', file: 'content/themes/nieuw.md', url: '/themas/nieuw/' },
    ]);
    expect(otherFiles).toBe(1);
  });
});

describe('the comment', () => {
  const list: ChangeList = { pr: 12, verdict: 'geslaagd', otherFiles: 0, pages: [{ kind: 'nieuw', file: 'content/news/a.md', url: '/nieuws/a/' }, { kind: 'verwijderd', file: 'content/news/b.md', url: '/nieuws/b/' }] };

  it('starts with the hidden marker, gives the verdict and links the pages to the preview host', () => {
    const markdown = commentMarkdown(list, { runUrl: 'https://github.com/o/r/actions/runs/1', previewUrl: 'https://deploy-preview-12--site.example/' });
    expect(markdown.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(markdown).toContain('✅ De controle is geslaagd.');
    expect(markdown).toContain('- [/nieuws/a/](https://deploy-preview-12--site.example/nieuws/a/) — nieuw (`content/news/a.md`)');
    expect(markdown).toContain('- `/nieuws/b/` — verwijderd (`content/news/b.md`)');
    expect(markdown).toContain('De hele site van dit pull request: https://deploy-preview-12--site.example/');
  });
  it('without a preview host, links the artifact of the run and says how to view it', () => {
    const markdown = commentMarkdown({ ...list, verdict: 'mislukt', otherFiles: 2 }, { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(markdown).toContain('❌ De controle vond problemen');
    expect(markdown).toContain('- `/nieuws/a/` — nieuw');
    expect(markdown).toContain('artefact **site** bij [deze controle](https://github.com/o/r/actions/runs/1)');
    expect(markdown).toContain('npx serve');
    expect(markdown).toContain('Ook 2 bestanden buiten de inhoud gewijzigd');
  });
  it('the command line writes the list from git and the comment from the list, with {pr} in the preview setting', () => {
    const dir = tmpDir('changed-pages');
    mkdirSync(dir, { recursive: true });
    const json = path.join(dir, 'wijzigingen.json');
    writeFileSync(json, JSON.stringify(list));
    const comment = spawnSync(process.execPath, ['scripts/changed-pages.ts', 'comment', '--in', json, '--run-url', 'https://x/runs/1', '--preview-url', 'https://deploy-preview-{pr}--site.example'], { cwd: projectRoot, encoding: 'utf8' });
    expect(comment.status, comment.stderr).toBe(0);
    expect(comment.stdout).toContain('(https://deploy-preview-12--site.example/nieuws/a/)');
    const listed = spawnSync(process.execPath, ['scripts/changed-pages.ts', 'list', '--base', 'HEAD', '--pr', '7', '--out', json], { cwd: projectRoot, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({ pr: 7, verdict: 'geslaagd', pages: [], otherFiles: 0 }); // HEAD...HEAD: nothing changed
  });
});
