/**
 * Files left out of Astro's loaders (a file with problems in `npm run dev`; drafts and items due later in a build):
 * each collection's folder gets a glob negation for its own files only.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLeftOut, leftOutFiles, leftOutOf } from '../../src/lib/validation/left-out.ts';

describe('files left out of the loaders', () => {
  afterEach(() => setLeftOut([]));

  /** Where the list travels between the module's instances (the build integration and content.config.ts each load their own). */
  const HELD_AT = Symbol.for('zorg-welzijn.left-out');

  it('nothing is left out before the check has named a file', () => {
    delete (globalThis as Record<symbol, unknown>)[HELD_AT];
    expect(leftOutFiles()).toEqual([]);
    expect(leftOutOf('content/news')).toEqual([]);
  });

  it('the list is held on globalThis under a registered symbol, so another instance of the module reads what this one set', () => {
    const file = path.resolve('content/news/bericht.md');
    setLeftOut([file]);
    expect((globalThis as Record<symbol, unknown>)[HELD_AT]).toEqual([file]);
  });

  it('each folder leaves out its own files, by name, not those of another folder or a subfolder', () => {
    const news = path.resolve('content/news');
    setLeftOut([path.join(news, 'bericht.md'), path.join(news, 'ander bericht.mdx'), path.resolve('content/projects/proef.md'), path.join(news, 'oud/bericht.md')]);
    expect(leftOutOf('content/news')).toEqual(['!bericht.md', '!ander bericht.mdx']);
    expect(leftOutOf(path.resolve('content/projects'))).toEqual(['!proef.md']);
    expect(leftOutOf('content/pacts')).toEqual([]);
  });
});
