/**
 * The comment workflow (preview-comment.yml) run here step by step, as GitHub
 * would run it after a fork's pull request: its steps are read from the
 * workflow file, and GitHub's API is a small server on 127.0.0.1 that records
 * what the job does and lists the pull request's files (hostile names, a
 * changed workflow).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARKER } from '../../src/lib/changed-pages.ts';
import { projectRoot } from '../helpers/build.ts';
import { renderedComment } from '../helpers/github-markdown.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(projectRoot, '.github/workflows/preview-comment.yml'), 'utf8')) as {
  permissions: unknown;
  jobs: { comment: { permissions: Record<string, string>; steps: Step[] } };
};
const steps = workflow.jobs.comment.steps;

const HEAD_SHA = 'c0ffee0000000000000000000000000000000042';
const TOKEN = 'ghs_test-token';
const event = {
  workflow_run: {
    id: 99,
    event: 'pull_request',
    conclusion: 'failure',
    html_url: 'https://github.com/o/r/actions/runs/99',
    head_sha: HEAD_SHA,
    head_branch: 'patch-1',
    head_repository: { owner: { login: 'forker' } },
    pull_requests: [], // GitHub lists none for a fork's pull request
  },
};

/** What the fake GitHub API answered and was asked. */
interface Api {
  requests: { method: string; url: string; auth?: string; body?: { body?: string } }[];
  comments: { id: number; body: string; user: { login: string; type: string } }[];
  files: { filename: string; status: string; previous_filename?: string }[];
  /** The pull request's own count of its files: more than `files` holds when GitHub cut the list off. */
  changedFiles?: number;
}
let api: Api;
let server: Server;
let apiUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      api.requests.push({ method: req.method!, url: `${url.pathname}${url.search}`, auth: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
      const reply = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      if (req.method === 'GET' && url.pathname === '/repos/o/r/pulls' && url.searchParams.get('head') === 'forker:patch-1') {
        return reply(200, url.searchParams.get('page') === '1' ? [{ number: 41, head: { sha: 'old' } }, { number: 42, head: { sha: HEAD_SHA } }] : []);
      }
      if (req.method === 'GET' && url.pathname === '/repos/o/r/issues/42/comments') return reply(200, url.searchParams.get('page') === '1' ? api.comments : []);
      if (req.method === 'GET' && url.pathname === '/repos/o/r/pulls/42') return reply(200, { number: 42, head: { sha: HEAD_SHA }, changed_files: api.changedFiles ?? api.files.length });
      if (req.method === 'GET' && url.pathname === '/repos/o/r/pulls/42/files') return reply(200, url.searchParams.get('page') === '1' ? api.files : []);
      if (req.method === 'POST' && url.pathname === '/repos/o/r/issues/42/comments') return reply(201, { id: 500 });
      if (req.method === 'PATCH' && /^\/repos\/o\/r\/issues\/comments\/\d+$/.test(url.pathname)) return reply(200, {});
      reply(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  api = { requests: [], comments: [], files: [] };
});

/** `${{ a.b.c }}` from the workflow, with only the contexts this job may use; anything else fails the test. */
function expand(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
    const value = expression.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], context);
    if (value === undefined) throw new Error(`onbekende expressie in de workflow: ${expression}`);
    return String(value);
  });
}

interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A `run:` step; asynchronous, so this process's fake API can answer it. */
function runStep(script: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<StepResult> {
  return new Promise((resolve) => {
    // As GitHub runs a step: bash --noprofile --norc -eo pipefail.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the job's steps, as GitHub would after the pull request's run ended with `conclusion`. */
async function runJob(conclusion = 'failure') {
  // The runner's temporary folder is outside the checkout, as on GitHub.
  const temp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ workflow_run: { ...event.workflow_run, conclusion } }));
  const context = { github: { token: TOKEN, event }, vars: { PREVIEW_URL: '' }, runner: { temp } };
  const results: StepResult[] = [];
  for (const step of steps) {
    expect(step.uses ?? '', 'nothing the pull request\'s run made is fetched').not.toMatch(/download-artifact/);
    if (step.run) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, context)]));
      results.push(
        await runStep(expand(step.run, context), {
          cwd: projectRoot, // the checkout: the base repository's own code
          env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, RUNNER_TEMP: temp, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: apiUrl, ...env },
        }),
      );
    }
  }
  expect(results).toHaveLength(1);
  return results[0]!;
}

const posted = () => api.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');

// Each test runs the workflow's steps as processes (git, Node): seconds each, more on a busy machine.
describe('the comment workflow, after a fork\'s pull request', { timeout: 60_000 }, () => {
  it('holds no token in the checkout and no permission beyond reading the pull request and writing the comment', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.comment.permissions).toEqual({ 'pull-requests': 'write' });
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    // The token reaches the one step that posts, through its environment, never through the command line.
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toMatch(/\$\{\{/);
  });

  it('takes the verdict from the run and the pull request and its files from the API, and shows hostile names as text', async () => {
    const hostile = ['content/news/`<img src=x onerror=alert(1)>`.md', 'content/news/@octocat **vet** [klik](https:evil.example).md'];
    api.files = hostile.map((filename) => ({ filename, status: 'added' }));
    const result = await runJob('failure');
    expect(result.status, result.stderr).toBe(0);
    expect(posted()).toHaveLength(1);
    const [request] = posted();
    expect(request).toMatchObject({ method: 'POST', url: '/repos/o/r/issues/42/comments', auth: `Bearer ${TOKEN}` });
    expect(api.requests.filter((r) => r.url.startsWith('/repos/o/r/pulls/42/files')).map((r) => r.auth)).toEqual([`Bearer ${TOKEN}`]);
    const body = request!.body!.body!;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('❌ De controle is niet geslaagd');
    expect(body).not.toContain('✅');
    const html = renderedComment(body);
    expect(html.elements('img')).toEqual([]);
    expect(html.elements('strong').map((e) => e.text)).toEqual(['site']); // our own "artefact **site**", nothing from a name
    expect(html.elements('a').map((a) => a.attributes.href)).toEqual(['https://github.com/o/r/actions/runs/99']);
    expect(html.textOutsideCode()).not.toMatch(/octocat|evil/);
    expect(html.elements('code').map((c) => c.text)).toEqual(expect.arrayContaining(hostile));
  });

  it('gives no ✅ to a pull request that changes its own workflow, whose run said it passed (helper-62)', async () => {
    api.files = [
      { filename: 'content/news/a.md', status: 'modified' },
      { filename: '.github/workflows/check.yml', status: 'modified' },
    ];
    const result = await runJob('success');
    expect(result.status, result.stderr).toBe(0);
    const body = posted()[0]!.body!.body!;
    expect(body).not.toContain('✅');
    expect(body).toContain('⚠️ De controle is geslaagd, maar dit pull request wijzigt ook bestanden buiten de inhoud');
    expect(body).toContain('Ook één bestand buiten de inhoud gewijzigd: ` .github/workflows/check.yml `.');
    expect(body).toContain('` /nieuws/a/ ` — gewijzigd');
    // Only content: the pass is a pass.
    api.requests = [];
    api.files = [{ filename: 'content/news/a.md', status: 'modified' }];
    expect((await runJob('success')).status).toBe(0);
    expect(posted()[0]!.body!.body!).toContain('✅ De controle is geslaagd.');
    // A list GitHub cut off (3,000 files at most; helper-66): what it left out may be code, so no ✅ either.
    api.requests = [];
    api.changedFiles = 3001;
    expect((await runJob('success')).status).toBe(0);
    const cut = posted()[0]!.body!.body!;
    expect(cut).not.toContain('✅');
    expect(cut).toContain('Ook 3000 bestanden buiten de inhoud gewijzigd');
    expect(cut).toContain('GitHub noemt niet alle bestanden van dit pull request: 3000 ontbreken in de lijst');
  });

  it('updates its own earlier comment, never one that a person wrote with the same first line', async () => {
    api.comments = [
      { id: 7, body: `${COMMENT_MARKER}\nnep`, user: { login: 'forker', type: 'User' } },
      { id: 8, body: `${COMMENT_MARKER}\noud`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    api.files = [{ filename: 'content/news/a.md', status: 'modified' }];
    const result = await runJob();
    expect(result.status, result.stderr).toBe(0);
    expect(posted().map((r) => `${r.method} ${r.url}`)).toEqual(['PATCH /repos/o/r/issues/comments/8']);
  });

  it('posts nothing when no open pull request is at the checked commit any more', async () => {
    const moved = event.workflow_run.head_sha;
    event.workflow_run.head_sha = 'f'.repeat(40);
    try {
      const result = await runJob();
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('Geen open pull request');
      expect(posted()).toEqual([]);
    } finally {
      event.workflow_run.head_sha = moved;
    }
  });
});
