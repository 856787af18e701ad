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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BoilerplateCounter } from '../src/lib/search/boilerplate.ts';
import { createSplitter, splitAsWritten } from '../src/lib/search/compounds.ts';
import { dutchLexicon } from '../src/lib/search/dutch-words.ts';
import { indexedCopy, type WordSplitter } from '../src/lib/search/indexed-text.ts';
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

/**
 * Makes the copies' folders and (empty) files in the order of their names, before the threads fill them (the files
 * that get no copy are taken out after). Pagefind numbers
 * the pages in the order it meets them in the folder, which is the order they were made in it, and pages it scores alike
 * (a phrase scores every page 1) stay in that order: made by two threads at once, each build numbered them anew.
 */
function placeInOrder(scratch: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of [...files].sort()) {
    const target = path.join(scratch, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, '');
  }
}

/** The work of one thread, with its own splitter: copies its share of the pages, counting words and blocks, or weighs them. */
export function pageCopier(split: WordSplitter = indexSplitter()) {
  const folders = new Set<string>();
  /** Writes a copy, making its folder the first time. Synchronous file calls: for thousands of small files, awaiting each costs more than the work. */
  const write = (file: string, copy: string) => {
    const folder = path.dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, copy);
  };
  return {
    copy({ siteDir, scratch, files }: CopyTask): CopyDone {
      const vocabulary = new VocabularyCounter();
      const boilerplate = new BoilerplateCounter();
      const copied: CopyDone['copied'] = [];
      for (const file of files) {
        const html = readFileSync(path.join(siteDir, file), 'utf8');
        if (!html.includes('data-pagefind-body')) continue; // not a content page: lists, search, 404
        const text: string[] = [];
        const blocks: string[] = [];
        write(path.join(scratch, file), indexedCopy(html, split, { collect: (piece) => text.push(piece), block: (b) => blocks.push(b) }));
        vocabulary.addPage(text.join(' '));
        copied.push([file, boilerplate.addPage(blocks)]);
      }
      return { copied, vocabulary: vocabulary.counts(), blocks: boilerplate.counts() };
    },
    weigh({ siteDir, scratch, files, repeated }: WeighTask): null {
      const boilerplate = new BoilerplateCounter();
      boilerplate.addCounts(repeated);
      for (const file of files) write(path.join(scratch, file), indexedCopy(readFileSync(path.join(siteDir, file), 'utf8'), split, { weigh: boilerplate.weigh }));
      return null;
    },
  };
}

/** Something that does a task: a worker thread, or this thread when one is all there is to be. */
type Doer = { ask<T>(task: CopyTask | WeighTask): Promise<T>; end(): Promise<unknown> };

function workerThread(): Doer {
  const worker = new Worker(new URL('./search-copies-worker.ts', import.meta.url));
  return {
    async ask<T>(task: CopyTask | WeighTask) {
      worker.postMessage(task);
      const [answer] = (await once(worker, 'message')) as [T | { error: string }];
      if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
      return answer as T;
    },
    end: () => worker.terminate(),
  };
}

/** One thread's work done here: no thread to start and no second copy of the modules (0.3–0.4 s at 1,000 entries). */
function thisThread(): Doer {
  const copier = pageCopier();
  return {
    ask: async <T>(task: CopyTask | WeighTask) => (task.kind === 'copy' ? copier.copy(task) : copier.weigh(task)) as T,
    end: async () => undefined,
  };
}

/**
 * Writes the indexed copy of every content page of `siteDir` (of `files`) into
 * `scratch`, in `threads` worker threads (in this one when that is 1). Returns how many pages were copied and
 * the vocabulary counted over them.
 */
export async function writeIndexedCopies(siteDir: string, scratch: string, files: readonly string[], threads = threadsFor(files.length)): Promise<{ pages: number; vocabulary: VocabularyCounter }> {
  placeInOrder(scratch, files);
  const workers = threads === 1 ? [thisThread()] : Array.from({ length: threads }, workerThread);
  try {
    const shares = inRuns(files, threads);
    const done = await Promise.all(workers.map((worker, i) => worker.ask<CopyDone>({ kind: 'copy', siteDir, scratch, files: shares[i]! })));
    const vocabulary = new VocabularyCounter();
    const boilerplate = new BoilerplateCounter();
    for (const share of done) {
      vocabulary.addCounts(share.vocabulary);
      boilerplate.addCounts(share.blocks);
    }
    // Now that every page is counted: the copies of pages that share a block with others again, that block weighed lower.
    const copied = done.flatMap((share) => share.copied);
    const kept = new Set(copied.map(([file]) => file));
    for (const file of files) if (!kept.has(file)) rmSync(path.join(scratch, file)); // placed, but not for the index (a list, the search page)
    const again = copied.filter(([, keys]) => keys.some((key) => boilerplate.repeated(key))).map(([file]) => file);
    const repeated = boilerplate.counts().filter(([key]) => boilerplate.repeated(key));
    const weighShares = inRuns(again, threads);
    await Promise.all(workers.map((worker, i) => worker.ask<null>({ kind: 'weigh', siteDir, scratch, files: weighShares[i]!, repeated })));
    return { pages: copied.length, vocabulary };
  } finally {
    await Promise.all(workers.map((worker) => worker.end()));
  }
}
