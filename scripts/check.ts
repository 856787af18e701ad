/**
 * `npm run check`: everything an editor's change can break, in one run, every
 * problem reported (not just the first): the content check (schemas,
 * references, the fourteen areas, ids, links, images, unsafe markup, MDX
 * imports, placeholders), likely misspellings as advice, the news items
 * scheduled for a later day, and then, when the content has no problem, the
 * TypeScript check (astro check). With problems the output ends with the
 * report and what to do next, nothing after it. On GitHub Actions the problems
 * (and the advice) are also annotations on the pull request's lines and tables
 * in the job summary. Exits non-zero when there is any problem; advice never fails it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/validation/index.ts';
import { checkReport } from '../src/lib/validation/report.ts';
import { contentRoot, displayPath } from '../src/lib/validation/load-content.ts';
import { spellingWarnings, WORDLIST_FILE } from '../src/lib/validation/spelling.ts';
import { publishingMoment, scheduledEntries, scheduledLine } from '../src/lib/schedule.ts';
import { asPlainLog, reportOnGitHub } from '../src/lib/validation/github.ts';
import { SITE_FAULT } from '../src/lib/validation/messages.ts';

const USAGE = `Gebruik: npm run check [-- --alleen-inhoud]

Controleert alle inhoud in content/ (velden, verwijzingen, links, afbeeldingen, opmaak) en noemt elk probleem
met bestand, regel en veld. Daarna, als de inhoud in orde is, de code van de site (astro check).

  --alleen-inhoud   alleen de inhoud, zonder de controle van de code (sneller)
  --help            deze uitleg`;

// An editor asking for help gets it, and a mistyped option is said, not ignored while the whole check runs (helper-46).
let contentOnly = false;
try {
  const { values } = parseArgs({ options: { 'alleen-inhoud': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  contentOnly = values['alleen-inhoud'] === true;
} catch (error) {
  console.error(`${(error as Error).message.includes('Unknown option') ? `Onbekende optie: ${/'([^']+)'/.exec((error as Error).message)?.[1] ?? ''}` : 'Deze opties kent npm run check niet.'}\n\n${USAGE}`);
  process.exit(2);
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const { problems, entries, texts, warnings } = await validateContent(projectRoot, undefined, { collectText: true }).catch((error: unknown) => {
  console.error(`${SITE_FAULT}\n`);
  throw error;
});

const root = contentRoot(projectRoot);
const spelling = spellingWarnings(entries, texts, root, displayPath(projectRoot, path.join(root, WORDLIST_FILE)));
reportOnGitHub(problems, projectRoot, process.env, [...warnings, ...spelling]);
const scheduled = scheduledEntries(entries, publishingMoment()).map((s) => scheduledLine(s.file, s.date));
process.stdout.write(asPlainLog(checkReport({ problems, warnings, spelling, scheduled, files: entries.length })));
// The type check would read the same broken files and end with Astro's own English error: it waits for clean content.
if (problems.length) process.exit(1);

let typesOk = true;
if (!contentOnly) {
  // Astro's own report is English and for developers: an editor reads one Dutch line, the report only when the code has a fault.
  const types = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_ALREADY_CHECKED: '1' } });
  typesOk = types.status === 0;
  const files = /Result \((\d+) files\)/.exec(types.stdout)?.[1];
  if (typesOk) console.log(`\nCode van de site (astro check${files ? `, ${files} bestanden` : ''}): geen fouten.`);
  else console.log(`\nCode van de site (astro check): fouten in de code, niet in de inhoud. ${SITE_FAULT.split('. ').at(-1)}\n\n${types.stdout}${types.stderr}`);
}

process.exit(typesOk ? 0 : 1);
