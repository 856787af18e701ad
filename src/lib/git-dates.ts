/**
 * The date a page last changed ("voor het laatst gewijzigd") from git: the date of the newest commit that touched each
 * content file, read with one `git log` for the whole folder (not one process
 * per file). In a shallow clone every file would get the one commit's date,
 * which is wrong, so there (and without git) there are no git dates and pages
 * fall back to the frontmatter.
 */
import { execFileSync } from 'node:child_process';

/** Parses `git log --format=%x00%cI --name-only`: the first (newest) date per file wins. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split('\0')) {
    const [stamp, ...files] = record.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!stamp) continue;
    const date = new Date(stamp);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

export type GitRunner = (args: string[]) => string;

const runGit = (cwd: string): GitRunner => (args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** Commit dates per file (paths relative to the repository), or undefined when git cannot tell. */
export function readGitDates(cwd: string, folder: string, git: GitRunner = runGit(cwd)): Map<string, Date> | undefined {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'false') return undefined;
    return parseGitLog(git(['log', '--format=%x00%cI', '--name-only', '--', folder]));
  } catch {
    return undefined; // no git, or not a repository
  }
}

/** The date a page shows as last changed: frontmatter `updated`, else git, else the entry's own date. */
export function lastUpdated(updated: Date | undefined, fromGit: Date | undefined, fallback: Date | undefined): Date | undefined {
  return updated ?? fromGit ?? fallback;
}
