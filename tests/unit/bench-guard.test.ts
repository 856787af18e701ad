/**
 * The speed guard: it reads the ratio and margin recorded in BENCHMARKS.md, fails
 * a build that is slower than that, and runs on the pull requests that touch the
 * build, outside `npm test`; the build workflows keep Astro's cache between runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guardVerdict, recordedRatio, withRecordedRatio } from '../../scripts/bench-guard.ts';
import { projectRoot } from '../helpers/build.ts';

const benchmarks = readFileSync(path.join(projectRoot, 'BENCHMARKS.md'), 'utf8');
const workflow = (name: string) => parse(readFileSync(path.join(projectRoot, '.github/workflows', name), 'utf8'));

describe('npm run bench:guard', () => {
  it('reads the recorded ratio and its margin from BENCHMARKS.md', () => {
    const { ratio, margin } = recordedRatio(benchmarks);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(5);
    expect(margin).toBeGreaterThan(0);
    expect(margin).toBeLessThan(0.5);
  });

  it('passes up to the recorded ratio plus the margin, and fails above it', () => {
    const recorded = { ratio: 1.5, margin: 0.15 };
    expect(guardVerdict(1.7, recorded)).toEqual({ pass: true, limit: expect.closeTo(1.725, 5) });
    expect(guardVerdict(1.75, recorded).pass).toBe(false);
  });

  it('records a new ratio in place, keeping the margin', () => {
    const updated = withRecordedRatio(benchmarks, 1.234);
    expect(recordedRatio(updated)).toEqual({ ratio: 1.23, margin: recordedRatio(benchmarks).margin });
    expect(updated.length).toBe(benchmarks.length + (1.23).toFixed(2).length - recordedRatio(benchmarks).ratio.toFixed(2).length);
    expect(() => recordedRatio('# Benchmarks\n')).toThrow(/Guard ratio/);
  });

  it('runs on pull requests that touch the build, and the equality test of incremental builds beside it', () => {
    const guard = workflow('bench-guard.yml');
    expect(guard.on.pull_request.paths).toEqual(expect.arrayContaining(['src/**', 'scripts/**', 'package.json', 'package-lock.json', 'astro.config.mjs']));
    const runs = Object.values(guard.jobs as Record<string, { steps: { run?: string }[] }>).flatMap((job) => job.steps.map((step) => step.run));
    expect(runs).toContain('npm run bench:guard');
    expect(runs).toContain('npm run test:incremental');
    const scripts = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts;
    expect(scripts.test).not.toMatch(/bench|incremental/);
  });

  it.each(['deploy.yml', 'check.yml'])('%s keeps Astro’s cache between builds, keyed on the lock file and the config, restored after npm ci', (name) => {
    const jobs = workflow(name).jobs as Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
    const steps = Object.values(jobs).find((job) => job.steps.some((step) => step.run === 'npm run build'))!.steps;
    const cache = steps.findIndex((step) => /^actions\/cache(\/restore)?@/.test(step.uses ?? ''));
    expect(steps[cache]!.with!.path).toBe('node_modules/.astro');
    expect(steps[cache]!.with!.key).toContain("hashFiles('package-lock.json', 'astro.config.mjs')");
    expect(cache).toBeGreaterThan(steps.findIndex((step) => step.run?.startsWith('npm ci')));
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
  });
});
