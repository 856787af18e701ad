/**
 * The GitHub workflows are valid (the published workflow schema, through
 * @action-validator/core), use actions pinned by full commit SHA with the
 * version in a comment (a tag can be moved to other code, a commit cannot),
 * and give each job only the permissions it needs. There is no network here
 * to ask GitHub, so the known majors are listed below; a new action or major
 * goes into the list with the change that uses it (Dependabot proposes them).
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
  'actions/cache': [4],
};

const workflows = globSync('.github/workflows/*.yml', { cwd: projectRoot });

/** Every `uses:` line of a workflow, with its comment (the YAML parser would drop the comment). */
function usesLines(file: string): string[] {
  return readFileSync(path.join(projectRoot, file), 'utf8')
    .split('\n')
    .map((line) => /^\s*(?:-\s+)?uses:\s*(.+)$/.exec(line)?.[1]?.trim())
    .filter((uses): uses is string => Boolean(uses));
}

type Permissions = Record<string, string> | string | undefined;
interface Workflow {
  permissions?: Permissions;
  jobs: Record<string, { permissions?: Permissions; steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}
const read = (file: string) => parse(readFileSync(path.join(projectRoot, file), 'utf8')) as Workflow;

/** The only write permissions any job holds, and why. */
const WRITES: Record<string, Record<string, string[]>> = {
  'deploy.yml': { deploy: ['pages', 'id-token'] }, // publishing to GitHub Pages
  'preview-comment.yml': { comment: ['pull-requests'] }, // the comment on the pull request
};

describe('GitHub workflows', () => {
  it('there are workflows to check', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it.each(workflows)('%s is a valid workflow', (file) => {
    const result = validateWorkflow(readFileSync(path.join(projectRoot, file), 'utf8'));
    expect(result.errors).toEqual([]);
  });

  it.each(workflows)('%s pins each action by full commit SHA, with a released version of a known major in a comment', (file) => {
    const lines = usesLines(file);
    expect(lines.length).toBeGreaterThan(0);
    for (const uses of lines) {
      const match = /^([\w.-]+\/[\w.-]+)(?:\/[\w.-]+)?@([0-9a-f]{40}) # v(\d+)\.\d+\.\d+$/.exec(uses); // owner/name or owner/name/sub-action
      expect(match, `${uses}: verwacht eigenaar/naam@<40 tekens commit-SHA> # vX.Y.Z`).not.toBeNull();
      expect(KNOWN_MAJORS[match![1]!], `${uses}: onbekende actie`).toBeDefined();
      expect(KNOWN_MAJORS[match![1]!], uses).toContain(Number(match![3]));
    }
  });

  it.each(workflows)('%s: no default permissions, every job reads at most, except the writes listed here', (file) => {
    const workflow = read(file);
    expect(workflow.permissions, 'top-level permissions: {} or contents: read').toSatisfy((p: Permissions) => JSON.stringify(p) === '{}' || JSON.stringify(p) === '{"contents":"read"}');
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const own = typeof job.permissions === 'object' ? job.permissions : {};
      expect(job.permissions, `${name}: no write-all or read-all`).not.toBeTypeOf('string');
      const writes = Object.entries(own).filter(([, level]) => level === 'write').map(([scope]) => scope);
      expect(writes, `${file} ${name}`).toEqual(WRITES[path.basename(file)]?.[name] ?? []);
    }
  });

  it.each(workflows)('%s: every checkout leaves no token behind in .git/config', (file) => {
    for (const job of Object.values(read(file).jobs)) {
      for (const step of job.steps ?? []) if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('Dependabot keeps the pinned actions current', () => {
    const config = parse(readFileSync(path.join(projectRoot, '.github/dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((u) => u['package-ecosystem'])).toContain('github-actions');
  });

  it('the validator finds a broken workflow', () => {
    expect(validateWorkflow('name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length).toBeGreaterThan(0);
  });

  it('publishing runs every morning and on request, so scheduled news goes online on its day', () => {
    const deploy = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as { on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown } };
    expect(deploy.on.schedule?.[0]?.cron).toMatch(/^\d+ [0-6] \* \* \*$/); // daily, before 7.00 in Amsterdam
    expect('workflow_dispatch' in deploy.on).toBe(true);
  });

  it('the published build is the deploy build: it stops while the site does not say who runs it', () => {
    const deploy = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }> };
    const builds = Object.values(deploy.jobs).flatMap((job) => job.steps.filter((s) => s.run === 'npm run build'));
    expect(builds).toHaveLength(1);
    expect(builds[0]!.env).toMatchObject({
      SITE_DEPLOY: '1',
      SITE_OWNER_NAME: '${{ vars.SITE_OWNER_NAME }}',
      SITE_OWNER_EMAIL: '${{ vars.SITE_OWNER_EMAIL }}',
      SITE_OWNER_CONTACT_URL: '${{ vars.SITE_OWNER_CONTACT_URL }}',
    });
  });

  it('publishing keeps Astro’s cache, but the daily scheduled run builds cold and saves that, so a cache lives at most a day', () => {
    const deploy = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; if?: string; run?: string }[] }> };
    const steps = deploy.jobs.build!.steps;
    const at = (prefix: string) => steps.findIndex((s) => s.uses?.startsWith(prefix) || s.run === prefix);
    expect(steps[at('actions/cache/restore@')]!.if).toBe("${{ github.event_name != 'schedule' }}");
    expect(steps[at('actions/cache/save@')]!.if).toBeUndefined();
    expect(at('actions/cache/restore@')).toBeLessThan(at('npm run build'));
    expect(at('npm run build')).toBeLessThan(at('actions/cache/save@'));
    expect(steps.some((s) => /^actions\/cache@/.test(s.uses ?? ''))).toBe(false);
  });

  it('pull requests restore Astro’s cache but never save one: a fork cannot fill the cache space and push main’s out (helper-58)', () => {
    const check = parse(readFileSync(path.join(projectRoot, '.github/workflows/check.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string }[] }> };
    const uses = Object.values(check.jobs).flatMap((job) => job.steps.map((s) => s.uses ?? ''));
    expect(uses.filter((u) => u.startsWith('actions/cache/restore@'))).toHaveLength(1);
    expect(uses.filter((u) => /^actions\/cache(\/save)?@/.test(u))).toEqual([]);
  });

  it('the content check is a job of its own that the tests and the build wait for', () => {
    const check = parse(readFileSync(path.join(projectRoot, '.github/workflows/check.yml'), 'utf8')) as { jobs: Record<string, { needs?: string; steps: { run?: string }[] }> };
    expect(check.jobs.inhoud!.steps.some((s) => s.run === 'npm run check')).toBe(true);
    expect(check.jobs.inhoud!.steps.some((s) => s.run?.includes('chromium') || s.run === 'npm test')).toBe(false);
    expect(check.jobs.tests!.needs).toBe('inhoud');
    expect(check.jobs.build!.needs).toBe('inhoud');
  });
});
