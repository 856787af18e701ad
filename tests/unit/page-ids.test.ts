/** The page's own ids, which the content check keeps out of entries' texts, are every id the templates write. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_PAGE_IDS, EVERY_PAGE_IDS, OTHER_PAGE_IDS, pageIdsOf } from '../../src/lib/page-ids.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { baseline, validNews, validProject, withFile, writeTree } from '../helpers/content.ts';

describe('the ids of the page itself', () => {
  it('are, all lists together, exactly the ids written in the templates', () => {
    const written = new Set(globSync('src/**/*.astro', { cwd: projectRoot }).flatMap((file) => [...readFileSync(path.join(projectRoot, file), 'utf8').matchAll(/\sid="([^"{}]+)"/g)].map((m) => m[1]!)));
    const listed = new Set([...EVERY_PAGE_IDS, ...Object.values(ENTRY_PAGE_IDS).flat().map(({ id }) => id), ...OTHER_PAGE_IDS]);
    expect([...written].sort()).toEqual([...listed].sort());
  });
  it('are, for an entry, those its own page shows', () => {
    const of = (collection: string, id: string, data: Record<string, unknown> = {}) => [...pageIdsOf(collection, { id, data })].sort();
    expect(of('news', 'bericht')).toEqual(['inhoud', 'site-search', 'toc-title']);
    expect(of('projects', 'p', { figures: [{ value: 1 }], contact: { name: 'Jan' } })).toEqual(['contact', 'hatch', 'inhoud', 'kerncijfers', 'site-search', 'toc-title']);
    expect(of('projects', 'p', { figures: [] })).toEqual(['inhoud', 'site-search', 'toc-title']);
    expect(of('pacts', 'p', { themes: ['Werven'] })).toContain('themas');
    expect(of('pacts', 'p')).not.toContain('themas');
    expect(of('pages', 'privacy')).toContain('contact');
    expect(of('pages', 'over')).not.toContain('contact');
    expect(of('networks', 'charlois')).toContain('op-de-kaart');
  });
});

describe('the content check, per page', () => {
  it('refuses "## Kerncijfers" in a project with figures, and lets it pass in a news item', async () => {
    let files = withFile(baseline(), { collection: 'projects', name: 'proef.md', data: validProject(), body: '## Kerncijfers\n\nTekst.\n' });
    files = withFile(files, { collection: 'news', name: 'bericht.md', data: validNews(), body: '## Kerncijfers\n\nTekst.\n' });
    const { problems } = await validateContent(projectRoot, writeTree(tmpDir('page-ids'), files));
    expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.field}`)).toEqual(['projects/proef.md inhoud']);
    expect(problems[0]!.message).toContain('die als naam (id) kerncijfers krijgt');
  });
});
