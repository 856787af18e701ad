/**
 * `npm run check`: everything an editor's change can break, in one run, every
 * problem reported (not just the first): the content check (schemas,
 * references, the fourteen areas, ids, links, images, unsafe markup, MDX
 * imports, placeholders), likely misspellings as advice, the news items
 * scheduled for a later day, and then the TypeScript check (astro check). On
 * GitHub Actions the problems (and the spelling advice) are also annotations
 * on the pull request's lines and a table in the job summary.
 * Exits non-zero when there is any problem; spelling never fails it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { formatProblem, formatReport, validateContent } from '../src/lib/validation/index.ts';
import { contentRoot, displayPath } from '../src/lib/validation/load-content.ts';
import { spellingWarnings, WORDLIST_FILE } from '../src/lib/validation/spelling.ts';
import { publishingMoment, scheduledEntries, scheduledLine } from '../src/lib/schedule.ts';
import { reportOnGitHub } from '../src/lib/validation/github.ts';
import { CONTENT_NEXT_STEP, SITE_FAULT } from '../src/lib/validation/messages.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const { problems, entries, texts, warnings } = await validateContent(projectRoot, undefined, { collectText: true }).catch((error: unknown) => {
  console.error(`${SITE_FAULT}\n`);
  throw error;
});
if (problems.length) console.log(`Inhoud:\n\n${formatReport(problems)}\n\n${CONTENT_NEXT_STEP}\n`);
else console.log(`Inhoud: ${entries.length} bestanden gecontroleerd, geen problemen.\n`);

const root = contentRoot(projectRoot);
const spelling = spellingWarnings(entries, texts, root, displayPath(projectRoot, path.join(root, WORDLIST_FILE)));
if (warnings.length) console.log(`Foto's (advies; dit houdt niets tegen):\n\n${warnings.map(formatProblem).join('\n')}\n`);
if (spelling.length) console.log(`Spelling (advies; dit houdt niets tegen):\n\n${spelling.map(formatProblem).join('\n')}\n`);
reportOnGitHub(problems, projectRoot, process.env, [...warnings, ...spelling]);
const scheduled = scheduledEntries(entries, publishingMoment());
if (scheduled.length) console.log(`Gepland (gaat vanzelf online bij de dagelijkse build op die dag):\n${scheduled.map((s) => `  ${scheduledLine(s.file, s.date)}`).join('\n')}\n`);

let typesOk = true;
if (!process.argv.includes('--alleen-inhoud')) {
  console.log('Typen (astro check):');
  const types = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_ALREADY_CHECKED: '1' } });
  typesOk = types.status === 0;
}

process.exit(problems.length === 0 && typesOk ? 0 : 1);
