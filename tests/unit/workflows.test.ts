/**
 * The GitHub workflows are valid (the published workflow schema, through
 * @action-validator/core) and use actions pinned to a major version that is
 * known to exist. There is no network here to ask GitHub, so the known
 * majors are listed below; a new action or major goes into the list with the
 * change that uses it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build.ts';

const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as typeof import('@action-validator/core');

/** Actions and the major versions published for them (as of November 2026). */
const KNOWN_MAJORS: Record<string, number[]> = {
  'actions/checkout': [4, 5],
  'actions/setup-node': [4, 5],
  'actions/configure-pages': [5],
  'actions/upload-pages-artifact': [3, 4],
  'actions/deploy-pages': [4],
  'actions/upload-artifact': [4],
  'actions/download-artifact': [4],
  'actions/github-script': [7],
};

const workflows = globSync('.github/workflows/*.yml', { cwd: projectRoot });

/** Every `uses:` of every step of every job. */
function actionsOf(file: string): string[] {
  const workflow = parse(readFileSync(path.join(projectRoot, file), 'utf8')) as { jobs: Record<string, { steps?: { uses?: string }[] }> };
  return Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.uses).filter((uses): uses is string => Boolean(uses)));
}

describe('GitHub workflows', () => {
  it('there are workflows to check', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it.each(workflows)('%s is a valid workflow', (file) => {
    const result = validateWorkflow(readFileSync(path.join(projectRoot, file), 'utf8'));
    expect(result.errors).toEqual([]);
  });

  it.each(workflows)('%s pins each action to a major version that exists', (file) => {
    for (const uses of actionsOf(file)) {
      const match = /^([\w.-]+\/[\w.-]+)@v(\d+)$/.exec(uses);
      expect(match, `${uses}: verwacht eigenaar/naam@vN`).not.toBeNull();
      expect(KNOWN_MAJORS[match![1]!], `${uses}: onbekende actie`).toBeDefined();
      expect(KNOWN_MAJORS[match![1]!], uses).toContain(Number(match![2]));
    }
  });

  it('the validator finds a broken workflow', () => {
    expect(validateWorkflow('name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length).toBeGreaterThan(0);
  });

  it('publishing runs every morning and on request, so scheduled news goes online on its day', () => {
    const deploy = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as { on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown } };
    expect(deploy.on.schedule?.[0]?.cron).toMatch(/^\d+ [0-6] \* \* \*$/); // daily, before 7.00 in Amsterdam
    expect('workflow_dispatch' in deploy.on).toBe(true);
  });

  it('the content check is a job of its own that the tests and the build wait for', () => {
    const check = parse(readFileSync(path.join(projectRoot, '.github/workflows/check.yml'), 'utf8')) as { jobs: Record<string, { needs?: string; steps: { run?: string }[] }> };
    expect(check.jobs.inhoud!.steps.some((s) => s.run === 'npm run check')).toBe(true);
    expect(check.jobs.inhoud!.steps.some((s) => s.run?.includes('chromium') || s.run === 'npm test')).toBe(false);
    expect(check.jobs.tests!.needs).toBe('inhoud');
    expect(check.jobs.build!.needs).toBe('inhoud');
  });
});
