/**
 * The copies of the built pages that Pagefind reads (src/lib/search/indexed-text.ts):
 * compound words marked where their parts meet, repeated paragraphs weighed lower.
 * Marking is most of the index's own work (9 s of a 10,000-entry build), and every
 * page is marked on its own, so the pages of a large site are shared out over worker threads
 * (scripts/search-copies-worker.ts), each with its own splitter. Their counts of
 * words and repeated blocks are added up here, in page order, so the result is the
 * same whatever the number of threads.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BoilerplateCounter } from '../src/lib/search/boilerplate.ts';
import { createSplitter, splitAsWritten } from '../src/lib/search/compounds.ts';
import { dutchLexicon } from '../src/lib/search/dutch-words.ts';
import type { WordSplitter } from '../src/lib/search/indexed-text.ts';
import { VocabularyCounter, type VocabularyCounts } from '../src/lib/search/vocabulary.ts';

/** The splitter the index uses: the OpenTaal lexicon, names kept whole. */
export function indexSplitter(): WordSplitter {
  const lexicon = dutchLexicon();
  const split = createSplitter(lexicon);
  return (word, midSentence) => splitAsWritten(word, split, lexicon, midSentence);
}

/** Asks a thread to copy its pages, counting their words and blocks. */
export interface CopyTask {
  kind: 'copy';
  siteDir: string;
  scratch: string;
  files: string[];
}
/** Asks a thread to copy its pages again, with the repeated blocks (these keys) weighed lower. */
export interface WeighTask {
  kind: 'weigh';
  siteDir: string;
  scratch: string;
  files: string[];
  repeated: [key: string, pages: number][];
}
/** A thread's answer to a copy task: the content pages it copied with their block keys, and its counts. */
export interface CopyDone {
  copied: [file: string, keys: string[]][];
  vocabulary: VocabularyCounts;
  blocks: [key: string, pages: number][];
}

/** Files a thread must have to pay for itself: each thread loads the dictionary (0.7 s), and at 1,341 pages two threads won 15 % quiet and lost under load (BENCHMARKS.md). */
const FILES_PER_THREAD = 4000;

/** Threads for this many files: one per core, but one per FILES_PER_THREAD files at most, and four at most. */
export function threadsFor(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, 4, Math.ceil(files / FILES_PER_THREAD)));
}

/** Cuts a list into `parts` runs in order, as even as can be. */
export function inRuns<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, i) => items.slice(Math.floor((i * items.length) / parts), Math.floor(((i + 1) * items.length) / parts)));
}

async function ask<T>(worker: Worker, task: CopyTask | WeighTask): Promise<T> {
  worker.postMessage(task);
  const [answer] = (await once(worker, 'message')) as [T | { error: string }];
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
  return answer as T;
}

/**
 * Writes the indexed copy of every content page of `siteDir` (of `files`) into
 * `scratch`, in `threads` worker threads. Returns how many pages were copied and
 * the vocabulary counted over them.
 */
export async function writeIndexedCopies(siteDir: string, scratch: string, files: readonly string[], threads = threadsFor(files.length)): Promise<{ pages: number; vocabulary: VocabularyCounter }> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./search-copies-worker.ts', import.meta.url)));
  try {
    const shares = inRuns(files, threads);
    const done = await Promise.all(workers.map((worker, i) => ask<CopyDone>(worker, { kind: 'copy', siteDir, scratch, files: shares[i]! })));
    const vocabulary = new VocabularyCounter();
    const boilerplate = new BoilerplateCounter();
    for (const share of done) {
      vocabulary.addCounts(share.vocabulary);
      boilerplate.addCounts(share.blocks);
    }
    // Now that every page is counted: the copies of pages that share a block with others again, that block weighed lower.
    const copied = done.flatMap((share) => share.copied);
    const again = copied.filter(([, keys]) => keys.some((key) => boilerplate.repeated(key))).map(([file]) => file);
    const repeated = boilerplate.counts().filter(([key]) => boilerplate.repeated(key));
    const weighShares = inRuns(again, threads);
    await Promise.all(workers.map((worker, i) => ask<null>(worker, { kind: 'weigh', siteDir, scratch, files: weighShares[i]!, repeated })));
    return { pages: copied.length, vocabulary };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
