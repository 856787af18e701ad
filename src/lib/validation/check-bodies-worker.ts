/** One worker of checkBodies: checks its share of the bodies and sends back the problems. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkBody } from './check-body.ts';
import type { BodiesJob } from './check-bodies.ts';

const job = workerData as BodiesJob;
const context = {
  urls: new Set(job.urls),
  siteHost: job.siteHost,
  fileExists: (repoPath: string) => existsSync(path.resolve(job.projectRoot, repoPath)),
};
parentPort!.postMessage(job.inputs.flatMap((input) => checkBody(input, context)));
