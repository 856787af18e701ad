import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyCache, worldKey } from '../../src/lib/validation/body-cache.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, fileText, validNews, writeTree } from '../helpers/content.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('the body-check cache', () => {
  it('re-checks only changed bodies, and everything when the site’s URLs change', async () => {
    const root = path.join(projectRoot, 'tests/.tmp/body-cache/content');
    rmSync(path.dirname(root), { recursive: true, force: true });
    const files = [...baseline(), { collection: 'news' as const, name: 'tweede.md', data: validNews({ title: 'Een tweede bericht' }), body: 'Zie [Pernis](/netwerken/pernis/).\n' }];
    writeTree(root, files);

    const first = await validateContent(projectRoot, root);
    expect(first.problems).toEqual([]);
    expect(first.bodies.reused).toBe(0);

    const again = await validateContent(projectRoot, root);
    expect(again.bodies).toEqual({ checked: 0, reused: first.bodies.checked });

    // One body changes: only that one is parsed again, and its new problem is found.
    writeFileSync(path.join(root, 'news/tweede.md'), fileText({ ...files.at(-1)!, body: 'Zie [nergens](/netwerken/nergens/).\n' }));
    const changed = await validateContent(projectRoot, root);
    expect(changed.bodies.checked).toBe(1);
    expect(changed.problems.map(formatProblem)).toEqual([expect.stringContaining('news/tweede.md:12  inhoud — gevonden: een link naar /netwerken/nergens/')]);

    // A page disappears: a link to it in an unchanged body must be reported, so nothing is reused.
    writeFileSync(path.join(root, 'news/tweede.md'), fileText(files.at(-1)!));
    rmSync(path.join(root, 'projects/proefproject.md'));
    mkdirSync(path.join(root, 'news'), { recursive: true });
    writeFileSync(path.join(root, 'news/derde.md'), fileText({ collection: 'news', name: 'derde.md', data: validNews({ title: 'Een derde bericht' }), body: 'Zie [het project](/projecten/proefproject/).\n' }));
    const gone = await validateContent(projectRoot, root);
    expect(gone.bodies.reused).toBe(0);
    expect(gone.problems.map(formatProblem)).toEqual([expect.stringContaining('news/derde.md:12  inhoud — gevonden: een link naar /projecten/proefproject/')]);
  });

  it('ignores a stored result from another world', () => {
    const file = path.join(projectRoot, 'tests/.tmp/body-cache/cache.json');
    const input = { path: 'content/news/a.md', body: 'x', bodyLine: 5 };
    const a = new BodyCache(file, worldKey({ urls: ['/a/'], images: [], code: 'v1' }));
    a.set(input, []);
    a.save();
    expect(new BodyCache(file, worldKey({ urls: ['/a/'], images: [], code: 'v1' })).get(input)).toEqual([]);
    expect(new BodyCache(file, worldKey({ urls: ['/a/'], images: [], code: 'v2' })).get(input)).toBeUndefined();
    expect(new BodyCache(file, worldKey({ urls: ['/a/', '/b/'], images: [], code: 'v1' })).get(input)).toBeUndefined();
    expect(new BodyCache(file, worldKey({ urls: ['/a/'], images: ['public/x.png'], code: 'v1' })).get(input)).toBeUndefined();
  });
});
