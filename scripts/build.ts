/**
 * `npm run build`: builds the site into a fresh folder, indexes it for search,
 * and only then swaps it in for dist/. A build that fails anywhere leaves the
 * previous dist/ exactly as it was, so a half-built site is never published.
 *
 * Usage: node scripts/build.ts [--out <dir>]   (CONTENT_DIR picks the content root)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withoutRunnerEnv } from './child-env.ts';
import { writeHeadersFile } from '../src/integrations/host-files.ts';
import { buildSearchIndex } from './search-index.ts';
import { timed } from './timing.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(projectRoot, values.out!);
const staging = `${outDir}.staging-${process.pid}`;

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\nDe vorige versie van ${path.relative(projectRoot, outDir) || outDir}/ is ongewijzigd gebleven.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });

const astro = await timed('astro build', () =>
  spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...withoutRunnerEnv(process.env), NODE_ENV: 'production', ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  }),
);
if (astro.status !== 0) fail('De build is gestopt.');

try {
  const pages = await timed('zoekindex', () => buildSearchIndex(staging));
  console.log(`Zoekindex: ${pages} pagina's geïndexeerd.`);
  await writeHeadersFile(staging); // now with pagefind/ among the paths that get the site's policy
} catch (error) {
  fail(`De zoekindex kon niet worden gemaakt: ${(error as Error).message}`);
}

// Swap: the old output goes aside first, so there is never a moment without a whole site.
const previous = `${outDir}.previous-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Klaar: ${path.relative(projectRoot, outDir) || outDir}/`);
