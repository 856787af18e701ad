/** The content check's GitHub output: workflow commands escaped as GitHub requires, changed files first, a Markdown summary. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { annotation, asPlainLog, changedFiles, changedFirst, escapeData, escapeProperty, foundAndExpected, reportOnGitHub, stepSummary } from '../../src/lib/validation/github.ts';
import { formatProblem, type Problem } from '../../src/lib/validation/problem.ts';

const problem = (file: string, line: number, field: string, message: string): Problem => ({ file, line, field, message });

describe('workflow commands', () => {
  it('escape %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% klaar\r\nvolgende regel')).toBe('100%25 klaar%0D%0Avolgende regel');
    expect(escapeProperty('figures[1].value: 3, of 4')).toBe('figures[1].value%3A 3%2C of 4');
  });
  it('put a problem on its file and line, with the field as title', () => {
    expect(annotation('error', problem('content/news/bericht.md', 4, 'date', 'gevonden: "29-11-2023"; verwacht een datum als 2023-11-29 (jaar-maand-dag)'))).toBe(
      '::error file=content/news/bericht.md,line=4,title=date::gevonden: "29-11-2023"; verwacht een datum als 2023-11-29 (jaar-maand-dag)',
    );
    expect(annotation('warning', problem('content/a,b.md', 1, 'x:y', '50%'))).toBe('::warning file=content/a%2Cb.md,line=1,title=x%3Ay::50%25');
  });
});

describe('characters a terminal or a log would act on (helper-55)', () => {
  it('a C1 control (U+009B, a terminal command) is a space and a right-to-left override is shown, in the report line and the annotation alike', () => {
    const named = problem('content/news/x\u009B2Jy\u202Edm.kwaad.md', 1, 'bestandsnaam', 'gevonden: "x\u009B2Jy"; verwacht kleine letters');
    expect(formatProblem(named)).toBe('content/news/x 2Jy⟨U+202E⟩dm.kwaad.md:1  bestandsnaam — gevonden: "x 2Jy"; verwacht kleine letters');
    expect(annotation('error', named)).toBe('::error file=content/news/x 2Jy⟨U+202E⟩dm.kwaad.md,line=1,title=bestandsnaam::gevonden: "x 2Jy"; verwacht kleine letters');
    // The job summary's cells too: a C1 control never reaches the Markdown.
    expect(stepSummary([named])).not.toMatch(/[\u0080-\u009f\u202e]/);
  });
});

describe('changed files first', () => {
  const problems = [problem('content/a.md', 1, 'title', 'x'), problem('content/b.md', 2, 'date', 'y'), problem('content/c.md', 3, 'tags', 'z'), problem('content/b.md', 5, 'category', 'w')];
  it('keeps each group in order', () => {
    expect(changedFirst(problems, new Set(['content/b.md'])).map((p) => `${p.file}:${p.line}`)).toEqual(['content/b.md:2', 'content/b.md:5', 'content/a.md:1', 'content/c.md:3']);
  });
  it('reads the changed files from CHANGED_FILES, and finds none without it or a base branch', () => {
    expect(changedFiles({ CHANGED_FILES: 'content/b.md\ncontent/c.md\n' }, process.cwd())).toEqual(new Set(['content/b.md', 'content/c.md']));
    expect(changedFiles({}, process.cwd())).toEqual(new Set());
    expect(changedFiles({ CHANGED_FILES: ' content/b.md \r\n\r\ncontent/c.md' }, process.cwd())).toEqual(new Set(['content/b.md', 'content/c.md']));
    // A base branch git does not know (no such remote here): no changed files, rather than a failed check.
    expect(changedFiles({ GITHUB_BASE_REF: 'geen-tak-met-deze-naam' }, process.cwd())).toEqual(new Set());
  });
  it('asks git for the files changed since the base branch, in a real repository', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'changed-'));
    const git = (...args: string[]) => expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.nl', '-c', 'commit.gpgsign=false', ...args], { cwd: repo }).status).toBe(0);
    mkdirSync(path.join(repo, 'content/news'), { recursive: true });
    writeFileSync(path.join(repo, 'content/news/oud.md'), 'oud\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'basis');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    writeFileSync(path.join(repo, 'content/news/nieuw.md'), 'nieuw\n');
    writeFileSync(path.join(repo, 'content/news/oud.md'), 'anders\n');
    git('add', '.');
    git('commit', '-qm', 'wijziging');
    expect(changedFiles({ GITHUB_BASE_REF: 'main' }, repo)).toEqual(new Set(['content/news/nieuw.md', 'content/news/oud.md']));
  });
});

describe('the job summary', () => {
  it('is a Markdown table of file, line, field, found and expected, with | and line breaks made safe', () => {
    const summary = stepSummary([problem('content/news/a.md', 4, 'date', 'gevonden: "29|11"; verwacht een datum'), problem('content/news/b.md', 1, 'bestand', 'wordt niet gelezen; verwacht een bestand .md')]);
    expect(summary).toContain('2 problemen in 2 bestanden.');
    expect(summary).toContain('| bestand | regel | veld | gevonden | verwacht |');
    expect(summary).toContain('| ` content/news/a.md ` | 4 | ` date ` | "29\\|11" | verwacht een datum |');
    expect(summary).toContain('| ` content/news/b.md ` | 1 | ` bestand ` | wordt niet gelezen | verwacht een bestand .md |');
    expect(stepSummary([])).toContain('Geen problemen gevonden.');
  });
  it('shows what an editor wrote as text: no HTML, link, emphasis or mention, and the table stays whole', async () => {
    const { renderedComment } = await import('../helpers/github-markdown.ts');
    const hostile = problem('content/news/a|<img src=x>.md', 2, 'title', 'gevonden: "**vet** <img src=x onerror=alert(1)> [klik](https://evil.example) @octocat | x"; verwacht minstens 5 tekens');
    const html = renderedComment(stepSummary([hostile]));
    expect(html.elements('img')).toEqual([]);
    expect(html.elements('strong')).toEqual([]);
    expect(html.elements('a')).toEqual([]);
    expect(html.textOutsideCode()).not.toContain('@octocat');
    expect(html.elements('td').map((td) => td.text)).toEqual([
      'content/news/a|<img src=x>.md',
      '2',
      'title',
      '"**vet** <img src=x onerror=alert(1)> [klik](https:\u200b//evil.example) @\u200boctocat | x"',
      'verwacht minstens 5 tekens',
    ]);
  });
  it('fills found and expected for every kind of message', () => {
    const summary = stepSummary([problem('content/news/a.md', 1, 'inhoud', 'gevonden: <meta> (doorsturen); verwacht gewone tekst')]);
    expect(summary).toContain('| \\<meta\\> (doorsturen) | verwacht gewone tekst |');
  });
});

describe('on GitHub Actions', () => {
  const problems = [problem('content/a.md', 1, 'title', 'gevonden: "x"; verwacht 5 tekens'), problem('content/b.md', 2, 'date', 'verwacht een datum')];
  const warnings = [problem('content/a.md', 3, 'spelling', 'gevonden: "welzjin"; verwacht welzijn')];
  const run = (env: NodeJS.ProcessEnv) => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    try {
      reportOnGitHub(problems, process.cwd(), env, warnings);
    } finally {
      log.mockRestore();
    }
    return printed;
  };

  it('prints errors on their lines, changed files first, then the advice as warnings, and appends both tables to the job summary', () => {
    const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'summary.md');
    expect(run({ GITHUB_ACTIONS: 'true', CHANGED_FILES: 'content/b.md', GITHUB_STEP_SUMMARY: summaryFile })).toEqual([
      '::error file=content/b.md,line=2,title=date::verwacht een datum',
      '::error file=content/a.md,line=1,title=title::gevonden: "x"; verwacht 5 tekens',
      '::warning file=content/a.md,line=3,title=spelling::gevonden: "welzjin"; verwacht welzijn',
    ]);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toBe(`${stepSummary([problems[1]!, problems[0]!])}\n${stepSummary(warnings, 'Advies: foto’s, koppen en spelling (dit houdt niets tegen)')}`);
    expect(summary).toContain('### Advies: foto’s, koppen en spelling (dit houdt niets tegen)\n\n1 probleem in 1 bestand.');
    // Without advice, the summary holds the problems' table only.
    const onlyProblems = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'summary.md');
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    try {
      reportOnGitHub(problems.slice(0, 1), process.cwd(), { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: onlyProblems });
    } finally {
      log.mockRestore();
    }
    expect(readFileSync(onlyProblems, 'utf8')).toBe(
      '### Controle van de inhoud\n\n1 probleem in 1 bestand. Verbeter elk bestand op de genoemde regel; uitleg per veld staat in CONTRIBUTING.md.\n\n| bestand | regel | veld | gevonden | verwacht |\n| --- | ---: | --- | --- | --- |\n| ` content/a.md ` | 1 | ` title ` | "x" | verwacht 5 tekens |\n',
    );
  });

  it('does nothing elsewhere: no lines, no summary', () => {
    expect(run({ CHANGED_FILES: 'content/b.md' })).toEqual([]);
    expect(run({ GITHUB_ACTIONS: 'false' })).toEqual([]);
  });

  it('splits a message into found and expected, also when it has only one of them', () => {
    expect(foundAndExpected('gevonden: "x"; verwacht 5 tekens')).toEqual(['"x"', 'verwacht 5 tekens']);
    expect(foundAndExpected('verwacht een datum')).toEqual(['', 'verwacht een datum']);
    expect(foundAndExpected('gevonden: een lege regel')).toEqual(['een lege regel', '']);
    // Only the opening "gevonden: " goes; the words inside what was found stay.
    expect(foundAndExpected('titel "gevonden: x"; verwacht een titel')).toEqual(['titel "gevonden: x"', 'verwacht een titel']);
    expect(foundAndExpected('titel "gevonden: x"')).toEqual(['titel "gevonden: x"', '']);
    // A found text over several lines is one line in its cell.
    expect(stepSummary([problem('content/a.md', 1, 'title', 'gevonden: "een  \n  twee\ndrie"; verwacht één regel')])).toContain('| "een twee drie" | verwacht één regel |');
  });
});

describe('the plain report on GitHub Actions', () => {
  const report = 'content/news/a.md:3  title — gevonden: "::add-mask::x"\n1 probleem gevonden in 1 bestand.\n';
  it('stands between ::stop-commands:: and its token, so no line of it is run as a command', () => {
    const logged = asPlainLog(report, { GITHUB_ACTIONS: 'true' }, 'a1b2c3');
    expect(logged).toBe(`::stop-commands::a1b2c3\n${report}::a1b2c3::\n`);
    expect(asPlainLog('zonder regeleinde', { GITHUB_ACTIONS: 'true' }, 't0k3n')).toBe('::stop-commands::t0k3n\nzonder regeleinde\n::t0k3n::\n');
  });
  it('takes a new token each time, which the content cannot know beforehand', () => {
    const tokens = [asPlainLog(report, { GITHUB_ACTIONS: 'true' }), asPlainLog(report, { GITHUB_ACTIONS: 'true' })].map((text) => /^::stop-commands::(.+)\n/.exec(text)?.[1]);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
  });
  it('is the report as it is elsewhere', () => {
    expect(asPlainLog(report, {})).toBe(report);
    expect(asPlainLog(report, { GITHUB_ACTIONS: 'false' })).toBe(report);
  });
});
