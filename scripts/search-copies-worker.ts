/**
 * One worker thread of scripts/search-copies.ts: copies its share of the built
 * pages for the index, with compounds marked, and counts their words and blocks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { BoilerplateCounter } from '../src/lib/search/boilerplate.ts';
import { indexedCopy } from '../src/lib/search/indexed-text.ts';
import { VocabularyCounter } from '../src/lib/search/vocabulary.ts';
import { indexSplitter, type CopyDone, type CopyTask, type WeighTask } from './search-copies.ts';

const split = indexSplitter();
const folders = new Set<string>();

/** Writes a copy, making its folder the first time. Synchronous file calls: for thousands of small files, awaiting each costs more than the work. */
function write(file: string, copy: string) {
  const folder = path.dirname(file);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(file, copy);
}

function copy({ siteDir, scratch, files }: CopyTask): CopyDone {
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
}

function weigh({ siteDir, scratch, files, repeated }: WeighTask): null {
  const boilerplate = new BoilerplateCounter();
  boilerplate.addCounts(repeated);
  for (const file of files) write(path.join(scratch, file), indexedCopy(readFileSync(path.join(siteDir, file), 'utf8'), split, { weigh: boilerplate.weigh }));
  return null;
}

parentPort!.on('message', (task: CopyTask | WeighTask) => {
  try {
    parentPort!.postMessage(task.kind === 'copy' ? copy(task) : weigh(task));
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
