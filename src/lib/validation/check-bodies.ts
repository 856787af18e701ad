/**
 * Runs the body check over many entries. Parsing Markdown is the check's main
 * cost (about 1 ms an entry), so from a few hundred entries on the work is split
 * over worker threads, one per core; the results are the same either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkBody, type BodyContext, type BodyInput } from './check-body.ts';
import type { Problem } from './problem.ts';

export const PARALLEL_FROM = 400;

export interface BodiesJob {
  inputs: BodyInput[];
  urls: string[];
  projectRoot: string;
  siteHost?: string;
}

export async function checkBodies(inputs: BodyInput[], context: BodyContext & { projectRoot: string }): Promise<Problem[]> {
  const workers = Math.min(availableParallelism(), 4);
  if (inputs.length < PARALLEL_FROM || workers < 2) return inputs.flatMap((input) => checkBody(input, context));
  const size = Math.ceil(inputs.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => inputs.slice(i * size, (i + 1) * size)).filter((c) => c.length);
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Problem[]>((resolve, reject) => {
          const job: BodiesJob = { inputs: chunk, urls: [...context.urls], projectRoot: context.projectRoot, siteHost: context.siteHost };
          const worker = new Worker(new URL('./check-bodies-worker.ts', import.meta.url), { workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}
