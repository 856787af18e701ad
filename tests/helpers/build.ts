/** Runs the real build (`node scripts/build.ts`) on a content folder, as npm run build does. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const tmpDir = (name: string) => path.join(projectRoot, 'tests/.tmp', name);

/** The environment without what Vitest sets for its own workers (NODE_ENV=test, DEV=1, MODE=test …). */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, SSR: _ssr, MODE: _mode, BASE_URL: _base, NODE_ENV: _nodeEnv, VITEST: _v, TEST: _t, ...rest } = process.env;
  return { ...rest, ...extra };
}

export interface BuildResult {
  status: number | null;
  output: string;
}

export function runBuild(outDir: string, contentDir?: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--out', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: childEnv({ ...(contentDir ? { CONTENT_DIR: contentDir } : {}), NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
