/** The content check as one call: used by the build, `npm run check` and the tests. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { SITE } from '../../site.ts';
import { BodyCache, worldKey } from './body-cache.ts';
import { checkBodies } from './check-bodies.ts';
import type { Problem } from './problem.ts';
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

  // Bodies unchanged since the last run keep their result (see body-cache.ts).
  const images = globSync(['public/**/*.{png,jpg,jpeg,gif,svg,webp,avif}', `${path.relative(projectRoot, root) || '.'}/**/*.{png,jpg,jpeg,gif,svg,webp,avif}`], { cwd: projectRoot, dot: false });
  const code = ['check-body.ts', 'check-bodies.ts', 'site-urls.ts', 'placeholder.ts'].map((f) => readFileSync(new URL(`./${f}`, import.meta.url), 'utf8')).join('');
  const cache = new BodyCache(path.join(projectRoot, 'node_modules/.cache/content-check', `${root.replace(/[^a-zA-Z0-9]+/g, '_')}.json`), worldKey({ urls, images, siteHost: context.siteHost, code }));
  const toCheck = bodies.filter((input) => !cache.get(input));
  const checked = await checkBodies(toCheck, context);
  const byFile = Map.groupBy(checked, (p: Problem) => p.file);
  for (const input of bodies) {
    const result = cache.get(input) ?? byFile.get(input.path) ?? [];
    cache.set(input, result);
    problems.push(...result);
  }
  cache.save();
  return { problems: sortProblems([...strays, ...problems]), entries, bodies: { checked: toCheck.length, reused: bodies.length - toCheck.length } };
}

export { formatReport, formatProblem, type Problem } from './problem.ts';
