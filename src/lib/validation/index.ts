/** The content check as one call: used by the build, `npm run check` and the tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SITE } from '../../site.ts';
import { readTags, TAGS_FILE, unlabelledTags } from '../tags.ts';
import { checkBody } from './check-body.ts';
import { checkPhoto } from './check-image.ts';
import type { Problem } from './problem.ts';
import { checkEntries } from './check-entries.ts';
import { contentRoot, displayPath, loadContent } from './load-content.ts';
import { sortProblems } from './problem.ts';
import { siteUrls } from './site-urls.ts';

/** The prose of an entry's body, with lines, gathered while it is checked (only when asked for: the spelling advice). */
export type BodyTexts = Map<string, { text: string; line: number }[]>;

export async function validateContent(projectRoot: string, root = contentRoot(projectRoot), options: { collectText?: boolean } = {}) {
  const texts: BodyTexts = new Map();
  const warnings: Problem[] = [];
  const { files, strays } = loadContent(projectRoot, root);
  const { problems, entries } = checkEntries(files);
  const tagsPath = displayPath(projectRoot, path.join(root, TAGS_FILE));
  const tags = readTags(root, tagsPath);
  problems.push(...tags.problems, ...unlabelledTags(entries, tags.labels, tagsPath));
  const context = {
    urls: siteUrls(entries),
    fileExists: (repoPath: string) => existsSync(path.resolve(projectRoot, repoPath)),
    siteHost: SITE.url ? new URL(SITE.url).host : undefined,
  };
  // Sätteri parses a body in a few hundredths of a millisecond: 10,000 bodies take well under a second.
  for (const entry of entries) {
    if (entry.source.syntaxError || entry.path.endsWith('.yaml')) continue;
    const own: { text: string; line: number }[] = [];
    if (options.collectText) texts.set(entry.path, own);
    const onText = options.collectText ? (text: string, line: number) => own.push({ text, line }) : undefined;
    problems.push(...checkBody({ path: entry.path, body: entry.source.body, bodyLine: entry.source.bodyLine, onText }, context));
  }
  // Photos: read with sharp, only for the entries that have one.
  for (const entry of entries) {
    const photo = entry.data?.image as { src: string } | undefined;
    if (!photo) continue;
    const checked = await checkPhoto(photo.src, entry.path, entry.source.lineOf(['image', 'src']), projectRoot);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
  }
  return { problems: sortProblems([...strays, ...problems]), entries, texts, warnings: sortProblems(warnings) };
}

export { formatReport, formatProblem, type Problem } from './problem.ts';
