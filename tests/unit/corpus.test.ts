/**
 * The benchmark corpus: the same seed writes the same files, every entry passes
 * the editors' check (so the benchmark builds what an editor could send in), and
 * the words follow a real Dutch frequency ranking Zipf-like, with a long tail.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesPerWord, queryWords, random, writtenRanks, zipf } from '../../scripts/corpus-words.ts';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';

const SIZE = 400;
const files = (dir: string) => globSync('**/*', { cwd: dir }).sort().map((file) => readFileSync(path.join(dir, file), 'utf8'));
const digest = (dir: string) => createHash('sha256').update(files(dir).join('\0')).digest('hex');

describe('the benchmark corpus', () => {
  const first = path.join(tmpDir('corpus'), 'a');
  const again = path.join(tmpDir('corpus'), 'b');
  const other = path.join(tmpDir('corpus'), 'c');
  beforeAll(() => {
    generateCorpus(first, SIZE, 42);
    generateCorpus(again, SIZE, 42);
    generateCorpus(other, SIZE, 7);
  }, 60_000);

  it('is the same for the same seed, and another for another seed', () => {
    expect(digest(again)).toBe(digest(first));
    expect(digest(other)).not.toBe(digest(first));
  });

  it('passes the editors’ check, every reference and link included', async () => {
    const { problems, entries } = await validateContent(projectRoot, first);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    expect(entries).toHaveLength(SIZE);
  }, 60_000);

  it('has thousands of different words, most of them on few pages', () => {
    const pages = pagesPerWord(globSync('*/*.md', { cwd: first, absolute: true }).map((file) => readFileSync(file, 'utf8')));
    const counts = [...pages.values()];
    expect(pages.size).toBeGreaterThan(15_000);
    // A long tail: more than half of the words stand on one page only; a few on nearly every page.
    expect(counts.filter((c) => c === 1).length / counts.length).toBeGreaterThan(0.5);
    expect(counts.filter((c) => c > 0.9 * SIZE).length).toBeGreaterThan(5);
    const queries = queryWords(pages, globSync('*/*.md', { cwd: first }).length);
    expect(queries.map((q) => q.band)).toEqual([...Array(4).fill('common'), ...Array(4).fill('middle'), ...Array(4).fill('rare')]);
    expect(queries.map((q) => q.pages)).toEqual([...queries.map((q) => q.pages)].sort((a, b) => b - a));
    expect(queries.at(-1)!.pages).toBe(1);
  });
});

describe('the word ranking and the Zipf draw', () => {
  it('ranks real Dutch words, most frequent first, without the extraction’s markup', () => {
    const ranks = writtenRanks();
    expect(ranks.slice(0, 5)).toEqual(['de', 'van', 'in', 'een', 'en']);
    expect(ranks).not.toContain('curid');
    expect(ranks.length).toBeGreaterThan(19_000);
  });

  it('draws rank r about 1/(r + 1 + q) as often as the top', () => {
    const draw = zipf(20_000, random(1));
    const seen = new Array<number>(20_000).fill(0);
    for (let i = 0; i < 400_000; i++) seen[draw()]!++;
    const expected = (rank: number) => (1 + 2.7) / (rank + 1 + 2.7);
    for (const rank of [1, 9, 99]) expect(seen[rank]! / seen[0]!).toBeCloseTo(expected(rank), 1);
    expect(seen.slice(10_000).some((n) => n > 0)).toBe(true);
  });
});
