/**
 * `npm run bench:guard`: does a change make the build slower than it should be?
 * Builds 1,000 entries of the benchmark corpus cold, ours and the bare-Astro
 * floor with Pagefind, side by side in one run, three rounds, and takes the
 * fastest of each. Their ratio is compared with the one recorded in
 * BENCHMARKS.md: more than the margin stated there above it fails (exit 1).
 * A ratio rather than seconds, so a busy or faster machine moves both sides.
 *
 * Usage: node scripts/bench-guard.ts [--rounds 3] [--record]
 *   --record  writes this run's ratio into BENCHMARKS.md (after an intended change)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/lib/weight.ts';
import { measure, measureFloor, phaseTable, root, seconds, work, writeFloorProject, type Run } from './bench-lib.ts';
import { generateCorpus } from './generate-corpus.ts';

export const GUARD_ENTRIES = 1000;
const BENCHMARKS = path.join(root, 'BENCHMARKS.md');
const RECORDED = /^Guard ratio: \*\*([\d.]+)\*\* \(ours ÷ floor with Pagefind\), margin \*\*(\d+) %\*\*/m;

/** The ratio and margin recorded in BENCHMARKS.md. */
export function recordedRatio(markdown: string): { ratio: number; margin: number } {
  const match = RECORDED.exec(markdown);
  if (!match) throw new Error('BENCHMARKS.md heeft geen regel "Guard ratio: **…** (ours ÷ floor with Pagefind), margin **… %**"');
  return { ratio: Number(match[1]), margin: Number(match[2]) / 100 };
}

/** BENCHMARKS.md with another recorded ratio, the margin kept. */
export function withRecordedRatio(markdown: string, ratio: number): string {
  recordedRatio(markdown);
  return markdown.replace(RECORDED, (line, old: string) => line.replace(`**${old}**`, `**${ratio.toFixed(2)}**`));
}

/** Passes when the ratio is at most the recorded one plus the margin. */
export function guardVerdict(ratio: number, recorded: { ratio: number; margin: number }): { pass: boolean; limit: number } {
  const limit = recorded.ratio * (1 + recorded.margin);
  return { pass: ratio <= limit, limit };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, record: { type: 'boolean', default: false } } });
  const recorded = recordedRatio(readFileSync(BENCHMARKS, 'utf8'));
  const corpus = path.join(work, `corpus-${GUARD_ENTRIES}`);
  generateCorpus(corpus, GUARD_ENTRIES, 42);
  writeFloorProject();

  const rounds: { ours: Run; floor: Awaited<ReturnType<typeof measureFloor>> }[] = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    process.stderr.write(`… ronde ${round}: onze build\n`);
    const ours = measure(corpus, path.join(work, 'guard-dist'));
    process.stderr.write(`… ronde ${round}: de vloer met Pagefind\n`);
    const floor = await measureFloor(corpus, path.join(work, 'guard-floor-dist'));
    rounds.push({ ours, floor });
  }
  const fastestOurs = rounds.map((r) => r.ours).reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
  const fastestFloor = rounds.map((r) => r.floor).reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
  const ratio = fastestOurs.totalMs / fastestFloor.totalMs;

  console.log(`Machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(
    `\n${formatTable([
      ['ronde', 'ons s', 'vloer+zoek s', 'verhouding', 'load (1 min)'],
      ...rounds.map((r, i) => [String(i + 1), seconds(r.ours.totalMs), seconds(r.floor.totalMs), (r.ours.totalMs / r.floor.totalMs).toFixed(2), r.ours.load.toFixed(2)]),
    ])}`,
  );
  console.log(`\nSnelste van elk (${GUARD_ENTRIES} entries):\n\n${phaseTable(fastestOurs, fastestFloor.floor, fastestFloor.searchMs)}`);
  const { pass, limit } = guardVerdict(ratio, recorded);
  console.log(`\nVerhouding ${ratio.toFixed(2)}; vastgelegd in BENCHMARKS.md ${recorded.ratio.toFixed(2)}, marge ${(recorded.margin * 100).toFixed(0)} %: grens ${limit.toFixed(2)}.`);
  if (values.record) {
    writeFileSync(BENCHMARKS, withRecordedRatio(readFileSync(BENCHMARKS, 'utf8'), ratio));
    console.log(`Vastgelegd in BENCHMARKS.md: ${ratio.toFixed(2)}.`);
  } else if (!pass) {
    console.error(`\nTe traag: de build kost ${ratio.toFixed(2)} × de vloer met Pagefind, meer dan de grens ${limit.toFixed(2)}. Zoek in de fasetabel hierboven waar de tijd bij kwam; is de vertraging bedoeld, leg de nieuwe verhouding dan vast met --record en zeg waarom in BENCHMARKS.md.`);
    process.exit(1);
  } else {
    console.log('Binnen de grens.');
  }
}
