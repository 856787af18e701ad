/** The content check as one call: used by the build, `npm run check` and the tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SITE } from '../../site.ts';
import { checkBodies } from './check-bodies.ts';
import { checkEntries } from './check-entries.ts';
import { contentRoot, loadContent } from './load-content.ts';
import { sortProblems } from './problem.ts';
import { siteUrls } from './site-urls.ts';

export async function validateContent(projectRoot: string, root = contentRoot(projectRoot)) {
  const { files, strays } = await loadContent(projectRoot, root);
  const { problems, entries } = checkEntries(files);
  const urls = siteUrls(entries);
  const context = {
    urls,
    projectRoot,
    fileExists: (repoPath: string) => existsSync(path.resolve(projectRoot, repoPath)),
    siteHost: SITE.url ? new URL(SITE.url).host : undefined,
  };
  const bodies = entries
    .filter((entry) => !entry.source.syntaxError && !entry.path.endsWith('.yaml'))
    .map((entry) => ({
      path: entry.path,
      body: entry.source.body,
      bodyLine: entry.source.bodyLine,
      image: entry.data?.image as { src: string } | undefined,
      imageLine: entry.source.lineOf(['image', 'src']),
    }));
  problems.push(...(await checkBodies(bodies, context)));
  return { problems: sortProblems([...strays, ...problems]), entries };
}

export { formatReport, formatProblem, type Problem } from './problem.ts';
