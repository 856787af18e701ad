/**
 * One worker thread of scripts/search-copies.ts: copies its share of the built
 * pages for the index, with compounds marked, and counts their words and blocks.
 */
import { parentPort } from 'node:worker_threads';
import { pageCopier, type CopyTask, type WeighTask } from './search-copies.ts';

const copier = pageCopier();

parentPort!.on('message', (task: CopyTask | WeighTask) => {
  try {
    parentPort!.postMessage(task.kind === 'copy' ? copier.copy(task) : copier.weigh(task));
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
