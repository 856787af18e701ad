/** The content check as one call: used by the build, `npm run check` and the tests. */
import { checkEntries } from './check-entries.ts';
import { contentRoot, loadContent } from './load-content.ts';
import { sortProblems } from './problem.ts';

export async function validateContent(projectRoot: string, root = contentRoot(projectRoot)) {
  const { files, strays } = await loadContent(projectRoot, root);
  const { problems, entries } = checkEntries(files);
  return { problems: sortProblems([...strays, ...problems]), entries };
}

export { formatReport, formatProblem, type Problem } from './problem.ts';
