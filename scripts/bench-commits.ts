/**
 * `npm run bench:commits`: the same corpus built by `npm run build` at several
 * commits, side by side in one run, so a slowdown can be pinned to a commit.
 * Each commit is unpacked (git archive) into bench-out/commits/<commit>/ with
 * this worktree's node_modules hard-linked in (so a commit whose dependencies
 * differ from the current ones is measured with the current ones); "worktree"
 * is the working tree as it is. Rounds alternate between the commits and the
 * fastest total of each is kept, with its phases: content sync, Astro's build
 * (check, sync and pages), the search index; and the least CPU time of each
 * (user + system of the whole build), which a busy machine disturbs far less.
 *
 * Usage: node scripts/bench-commits.ts --commits d6d33ea,worktree [--sizes 4000,10000] [--rounds 3]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/lib/weight.ts';
import { generateCorpus } from './generate-corpus.ts';
import { timedBuild, type TimedBuild } from './timed-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench-out');
const { values } = parseArgs({
  options: { commits: { type: 'string', default: 'worktree' }, sizes: { type: 'string', default: '4000,10000' }, rounds: { type: 'string', default: '3' } },
});

/** A checkout of `commit` to build from: the worktree itself, or an unpacked copy. */
function checkout(commit: string): string {
  if (commit === 'worktree') return root;
  const sha = execFileSync('git', ['rev-parse', '--short', commit], { cwd: root, encoding: 'utf8' }).trim();
  const dir = path.join(work, 'commits', sha);
  if (!existsSync(path.join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root });
  }
  if (!existsSync(path.join(dir, 'node_modules'))) {
    // Hard links: a copy in seconds that shares no caches (.astro, .vite) with this worktree.
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
    for (const cache of ['.astro', '.vite']) rmSync(path.join(dir, 'node_modules', cache), { recursive: true, force: true });
  }
  return dir;
}

const commits = values.commits!.split(',');
const checkouts = commits.map(checkout);
const rounds = Number(values.rounds);
const s = (ms: number) => (ms / 1000).toFixed(1);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`Machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cores, Node ${process.version}; load at start ${load()}`);
const header = ['corpus', 'commit', 'rounds: total s (load)', 'fastest s', 'sync s', 'astro build s', 'search index s', 'load (1 min)', 'cpu s, least'];
for (const size of values.sizes!.split(',').map(Number)) {
  const corpus = path.join(work, `corpus-${size}`);
  generateCorpus(corpus, size, 42);
  const runs: TimedBuild[][] = commits.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, commit] of commits.entries()) {
      process.stderr.write(`… ${size}: ${commit}, ronde ${round + 1}\n`);
      runs[i]!.push(await timedBuild(checkouts[i]!, corpus, path.join(work, `commit-dist-${i}`)));
    }
  }
  const rows = commits.map((commit, i) => {
    const best = runs[i]!.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    return [String(size), commit, runs[i]!.map((r) => `${s(r.totalMs)} (${r.load})`).join(' / '), s(best.totalMs), s(best.syncMs), s(best.astroMs), s(best.searchMs), best.load, s(Math.min(...runs[i]!.map((r) => r.cpuMs)))];
  });
  console.log(`\n${formatTable([header, ...rows])}`);
}
spawnSync('sync');
