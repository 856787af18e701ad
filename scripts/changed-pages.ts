/**
 * The pages a pull request changes, as a comment on it (src/lib/changed-pages.ts).
 *
 *   node scripts/changed-pages.ts list --base origin/main [--out wijzigingen.json]
 *   node scripts/changed-pages.ts comment [--print]
 *
 * `list` writes what this branch changes against a base, for a look before a
 * pull request. `comment` runs in preview-comment.yml, a workflow_run workflow
 * with the base repository's code and a token that may write comments, even for
 * forks: it takes the verdict, the run and the head commit from GitHub's own
 * event (GITHUB_EVENT_PATH), finds the pull request through the API by that head
 * commit, reads its files from the API (not from anything the pull request's run
 * wrote, which a fork controls), and creates or updates the one comment; --print
 * prints it instead. It needs nothing but Node: no npm install in the job that holds the token.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { changesOfPullFiles, COMMENT_MARKER, commentMarkdown, parseNameStatus, type PullFile } from '../src/lib/changed-pages.ts';

/** The part of GitHub's workflow_run event this command reads. */
interface WorkflowRunEvent {
  workflow_run: {
    conclusion: string | null;
    html_url: string;
    head_sha: string;
    head_branch: string;
    head_repository: { owner: { login: string } } | null;
    pull_requests: { number: number }[];
  };
}

/** The changed files between the base and HEAD. */
export function listChanges(base: string, cwd = process.cwd()) {
  // -z: names unquoted and NUL-separated (git quotes "coöperatie.md" otherwise); -M: renames as renames.
  const diff = spawnSync('git', ['diff', '-z', '-M', '--name-status', `${base}...HEAD`], { cwd, encoding: 'utf8' });
  if (diff.status !== 0) throw new Error(`git diff tegen ${base} mislukte: ${diff.stderr.trim()}`);
  return parseNameStatus(diff.stdout);
}

class GitHub {
  readonly api: string;
  readonly token: string;
  readonly repo: string;

  constructor(api: string, token: string, repo: string) {
    this.api = api;
    this.token = token;
    this.repo = repo;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.api}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`GitHub ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Every page of a list. */
  async all<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page++) {
      const batch = await this.request<T[]>('GET', `${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`);
      items.push(...batch);
      if (batch.length < 100) return items;
    }
  }
}

/**
 * The open pull request whose head is the commit that was checked. The event
 * lists pull requests from the same repository; for a fork it lists none, so
 * the fork's branch is looked up. Either way the head commit must match, so a
 * comment never lands on a pull request that has moved on.
 */
async function findPullRequest(github: GitHub, run: WorkflowRunEvent['workflow_run']): Promise<number | undefined> {
  type Pull = { number: number; head: { sha: string } };
  const candidates = run.pull_requests.length
    ? await Promise.all(run.pull_requests.map((p) => github.request<Pull>('GET', `/repos/${github.repo}/pulls/${p.number}`)))
    : run.head_repository
      ? await github.all<Pull>(`/repos/${github.repo}/pulls?state=open&head=${encodeURIComponent(`${run.head_repository.owner.login}:${run.head_branch}`)}`)
      : [];
  return candidates.find((pull) => pull.head.sha === run.head_sha)?.number;
}

/** Updates our own comment (the marker, written by the workflow's bot) or writes a new one. */
async function upsertComment(github: GitHub, pr: number, body: string): Promise<'bijgewerkt' | 'geplaatst'> {
  type Comment = { id: number; body?: string; user?: { login?: string; type?: string } };
  const comments = await github.all<Comment>(`/repos/${github.repo}/issues/${pr}/comments`);
  const own = comments.find((c) => c.user?.type === 'Bot' && c.user.login === 'github-actions[bot]' && c.body?.startsWith(COMMENT_MARKER));
  if (own) await github.request('PATCH', `/repos/${github.repo}/issues/comments/${own.id}`, { body });
  else await github.request('POST', `/repos/${github.repo}/issues/${pr}/comments`, { body });
  return own ? 'bijgewerkt' : 'geplaatst';
}

async function comment(print: boolean, env: NodeJS.ProcessEnv) {
  const { workflow_run: run } = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH!, 'utf8')) as WorkflowRunEvent;
  const github = new GitHub(env.GITHUB_API_URL ?? 'https://api.github.com', env.GITHUB_TOKEN ?? '', env.GITHUB_REPOSITORY ?? '');
  const pr = await findPullRequest(github, run);
  if (pr === undefined) {
    console.log(`Geen open pull request staat op ${run.head_sha}; geen commentaar.`);
    return;
  }
  // The pull request's own count of files: more than the list when GitHub cut the list off (3,000 files).
  const { changed_files: changedFiles } = await github.request<{ changed_files: number }>('GET', `/repos/${github.repo}/pulls/${pr}`);
  const { list, outside, unlisted } = changesOfPullFiles(await github.all<PullFile>(`/repos/${github.repo}/pulls/${pr}/files`), changedFiles);
  // The preview setting may hold {pr} for the pull request's number: https://deploy-preview-{pr}--zorgwelzijn.netlify.app
  const previewUrl = env.PREVIEW_URL ? env.PREVIEW_URL.replaceAll('{pr}', String(pr)) : undefined;
  const body = commentMarkdown(list, { conclusion: run.conclusion ?? 'failure', runUrl: run.html_url, previewUrl, outside, unlisted });
  if (print) process.stdout.write(body);
  else console.log(`Commentaar ${await upsertComment(github, pr, body)} bij pull request ${pr}.`);
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string', default: 'origin/main' },
      out: { type: 'string', default: 'wijzigingen.json' },
      print: { type: 'boolean', default: false },
    },
  });
  if (positionals[0] === 'list') {
    const list = listChanges(values.base!);
    writeFileSync(values.out!, `${JSON.stringify(list, null, 2)}\n`);
    console.log(`${list.changes.length} inhoudsbestanden gewijzigd; geschreven naar ${values.out}`);
  } else if (positionals[0] === 'comment') {
    await comment(values.print!, process.env);
  } else {
    console.error('Gebruik: node scripts/changed-pages.ts list|comment …');
    process.exit(2);
  }
}
