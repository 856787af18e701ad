/**
 * One `npm run build` (scripts/build.ts) of a checkout on a content folder,
 * timed from outside: the phases are read from its log as the lines arrive
 * (Astro's "Syncing content" / "Synced content", the build script's ⏱ lines).
 * Cold: the output folder and the checkout's Astro cache (content store,
 * incremental build cache) are removed, and the removal synced to disk, before
 * the clock starts, so neither the previous run's work nor its deletions count.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { withoutRunnerEnv } from './child-env.ts';

export interface TimedBuild {
  totalMs: number;
  syncMs: number;
  /** The build script's own ⏱ lines: Astro's build (check, sync, pages) and the search index. */
  astroMs: number;
  searchMs: number;
  /** CPU seconds (user + system) of the build and every process it waited for: far steadier than wall time on a busy machine. */
  cpuMs: number;
  /** The 1-minute load average when the build started, to read its time by. */
  load: string;
}

export async function timedBuild(checkout: string, content: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<TimedBuild> {
  for (const folder of [out, path.join(checkout, 'node_modules/.astro')]) rmSync(folder, { recursive: true, force: true });
  spawnSync('sync');
  const load = os.loadavg()[0]!.toFixed(2);
  const started = performance.now();
  // GNU time reports the CPU time of the build and its children (Astro, Pagefind) as the last line.
  const child = spawn('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, path.join(checkout, 'scripts/build.ts'), '--out', out], {
    cwd: checkout,
    env: { ...withoutRunnerEnv(process.env), CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks = new Map<string, number>();
  const seconds = new Map<string, number>();
  const log: string[] = [];
  let cpuMs = 0;
  const read = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (line) => {
      log.push(line);
      if (line.includes('Syncing content')) marks.set('syncStart', performance.now());
      if (line.includes('Synced content')) marks.set('syncEnd', performance.now());
      const cpu = /^cpu ([\d.]+) ([\d.]+)$/.exec(line);
      if (cpu) cpuMs = (Number(cpu[1]) + Number(cpu[2])) * 1000;
      const timed = /⏱ +(.+): ([\d.]+) s/.exec(line);
      if (timed) seconds.set(timed[1]!, Number(timed[2]) * 1000);
    });
  read(child.stdout);
  read(child.stderr);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const totalMs = performance.now() - started;
  if (status !== 0) throw new Error(`build in ${checkout} mislukt:\n${log.slice(-40).join('\n')}`);
  return {
    totalMs,
    syncMs: (marks.get('syncEnd') ?? 0) - (marks.get('syncStart') ?? 0),
    astroMs: seconds.get('astro build') ?? 0,
    searchMs: seconds.get('zoekindex') ?? 0,
    cpuMs,
    load,
  };
}
