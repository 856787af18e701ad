/** The page's own ids, which the content check keeps out of entries' texts, are every id the templates write. */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../src/lib/page-ids.ts';
import { projectRoot } from '../helpers/build.ts';

describe('the ids of the page itself', () => {
  it('are exactly the ids written in the templates', () => {
    const written = new Set(globSync('src/**/*.astro', { cwd: projectRoot }).flatMap((file) => [...readFileSync(path.join(projectRoot, file), 'utf8').matchAll(/\sid="([^"{}]+)"/g)].map((m) => m[1]!)));
    expect([...written].sort()).toEqual([...PAGE_IDS].sort());
  });
});
