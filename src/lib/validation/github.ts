/**
 * The content check on GitHub Actions: every problem also as a workflow
 * command (`::error file=…,line=…,title=…::…`), so it shows on that line of
 * the pull request's diff, and the whole report as Markdown in the job's
 * summary. GitHub shows at most 10 error annotations per step and 50 per job,
 * so problems in the files the pull request changes come first.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { codeSpan, markdownText } from '../markdown-text.ts';
import { printable, type Problem } from './problem.ts';

/** A workflow command's message: %, CR and LF escaped as GitHub requires. */
export const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A workflow command's property value: the message escapes, and also : and , (they separate properties). */
export const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function annotation(level: 'error' | 'warning', problem: Problem): string {
  return `::${level} file=${escapeProperty(printable(problem.file))},line=${problem.line},title=${escapeProperty(printable(problem.field))}::${escapeData(printable(problem.message))}`;
}

/**
 * The plain report as GitHub Actions must read it: as text, never as workflow
 * commands. Every problem is one line already; between `::stop-commands::` and
 * the same unguessable token GitHub runs no command at all, so not even a line
 * a future message might start with `::` could set an output or add a path.
 * Elsewhere the text is returned as it is.
 */
export function asPlainLog(text: string, env: NodeJS.ProcessEnv = process.env, token: string = randomUUID()): string {
  if (env.GITHUB_ACTIONS !== 'true') return text;
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/** The problems in changed files first, each group in its own order. */
export function changedFirst(problems: readonly Problem[], changed: ReadonlySet<string>): Problem[] {
  return [...problems.filter((p) => changed.has(p.file)), ...problems.filter((p) => !changed.has(p.file))];
}

/** Splits "gevonden: …; verwacht …" (the form of every message) into its two halves, for the summary's columns. */
export function foundAndExpected(message: string): [string, string] {
  const at = message.indexOf('; verwacht ');
  if (at === -1) return message.startsWith('verwacht ') ? ['', message] : [message.replace(/^gevonden: /, ''), ''];
  return [message.slice(0, at).replace(/^gevonden: /, ''), message.slice(at + 2)];
}

/** A cell of the summary's table: the editor's own text, so nothing in it may become markup, a link or a mention. */
const cell = (text: string) => markdownText(text.replace(/\s*\n\s*/g, ' '));

/** The report as Markdown for $GITHUB_STEP_SUMMARY: a table of file, line, field, what was found and what is expected. */
export function stepSummary(problems: readonly Problem[], title = 'Controle van de inhoud'): string {
  if (problems.length === 0) return `### ${title}\n\nGeen problemen gevonden.\n`;
  const files = new Set(problems.map((p) => p.file)).size;
  const rows = problems.map((p) => {
    const [found, expected] = foundAndExpected(p.message);
    return `| ${codeSpan(p.file, { inTable: true })} | ${p.line} | ${codeSpan(p.field, { inTable: true })} | ${cell(found)} | ${cell(expected)} |`;
  });
  return [
    `### ${title}`,
    '',
    `${problems.length === 1 ? '1 probleem' : `${problems.length} problemen`} in ${files === 1 ? '1 bestand' : `${files} bestanden`}. Verbeter elk bestand op de genoemde regel; uitleg per veld staat in CONTRIBUTING.md.`,
    '',
    '| bestand | regel | veld | gevonden | verwacht |',
    '| --- | ---: | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The repository-relative files a pull request changes: CHANGED_FILES (one a
 * line) where the workflow sets it, else `git diff` against the base branch
 * that GitHub names in GITHUB_BASE_REF; empty when neither is there.
 */
export function changedFiles(env: NodeJS.ProcessEnv, cwd: string): Set<string> {
  if (env.CHANGED_FILES) return new Set(env.CHANGED_FILES.split(/\r?\n/).map((f) => f.trim()).filter(Boolean));
  if (!env.GITHUB_BASE_REF) return new Set();
  const diff = spawnSync('git', ['diff', '--name-only', `origin/${env.GITHUB_BASE_REF}...HEAD`], { cwd, encoding: 'utf8' });
  return diff.status === 0 ? new Set(diff.stdout.split('\n').filter(Boolean)) : new Set();
}

/** On GitHub Actions: prints the annotations (changed files first) and appends the summary; elsewhere nothing. Warnings (spelling) follow the errors. */
export function reportOnGitHub(problems: readonly Problem[], cwd: string, env: NodeJS.ProcessEnv = process.env, warnings: readonly Problem[] = []): void {
  if (env.GITHUB_ACTIONS !== 'true') return;
  const changed = changedFiles(env, cwd);
  const ordered = changedFirst(problems, changed);
  for (const problem of ordered) console.log(annotation('error', problem));
  const advice = changedFirst(warnings, changed);
  for (const warning of advice) console.log(annotation('warning', warning));
  if (env.GITHUB_STEP_SUMMARY) {
    appendFileSync(env.GITHUB_STEP_SUMMARY, stepSummary(ordered));
    if (advice.length) appendFileSync(env.GITHUB_STEP_SUMMARY, `\n${stepSummary(advice, 'Advies: foto’s, koppen en spelling (dit houdt niets tegen)')}`);
  }
}
