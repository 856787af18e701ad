/**
 * `npm run build`: builds the site into a fresh folder, indexes it for search,
 * and only then publishes it as dist/ in one atomic step (publish-folder.ts).
 * A build that fails or is killed anywhere leaves the previous dist/ exactly as
 * it was, so a half-built site is never published.
 *
 * Usage: node scripts/build.ts [--out <dir>]   (CONTENT_DIR picks the content root)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withoutRunnerEnv } from './child-env.ts';
import { writeHeadersFile } from '../src/integrations/host-files.ts';
import { fileSystemError } from '../src/lib/file-errors.ts';
import { unexpectedOutput, unexpectedOutputMessage } from '../src/lib/output-files.ts';
import { prepareVersion, publishVersion } from './publish-folder.ts';
import { buildSearchIndex } from './search-index.ts';
import { timed } from './timing.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(projectRoot, values.out!);
const shownOut = `${path.relative(projectRoot, outDir) || outDir}/`;
let staging: string | undefined;

function fail(message: string): never {
  if (staging) rmSync(staging, { recursive: true, force: true });
  // A first build has no earlier version to keep: say that nothing was published rather than that something was kept.
  console.error(`\n${message}\n${existsSync(outDir) ? `De vorige versie van ${shownOut} is ongewijzigd gebleven.` : `Er is geen ${shownOut} gemaakt.`}`);
  process.exit(1);
}

/** A file-system step: a disk that is full or a folder without write access is one readable line, not a stack. */
function onDisk<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const readable = fileSystemError(error);
    if (!readable) throw error;
    return fail(`${what} lukte niet: ${readable}.`);
  }
}

staging = onDisk(`Een nieuwe map naast ${shownOut} maken`, () => prepareVersion(outDir));

const astro = await timed('astro build', () =>
  spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...withoutRunnerEnv(process.env), NODE_ENV: 'production', ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  }),
);
if (astro.status !== 0) fail('De build is gestopt.');

// Nothing of a kind the site never makes is published, whatever got past the content check (src/lib/output-files.ts).
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
const unexpected = unexpectedOutput(filesIn(staging), new Set(filesIn(path.join(projectRoot, 'public'))));
if (unexpected.length > 0) fail(unexpectedOutputMessage(unexpected, shownOut));

try {
  const pages = await timed('zoekindex', () => buildSearchIndex(staging!));
  console.log(`Zoekindex: ${pages} pagina's geïndexeerd.`);
  await writeHeadersFile(staging); // now with pagefind/ among the paths that get the site's policy
} catch (error) {
  fail(`De zoekindex kon niet worden gemaakt: ${fileSystemError(error) ?? (error as Error).message}`);
}

onDisk(`${shownOut} bijwerken`, () => publishVersion(outDir, staging!));
console.log(`Klaar: ${shownOut}`);
