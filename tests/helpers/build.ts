/** Runs the real build (`node scripts/build.ts`) on a content folder, as npm run build does. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { withoutRunnerEnv } from '../../scripts/child-env.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const tmpDir = (name: string) => path.join(projectRoot, 'tests/.tmp', name);

/** The environment for a child process, without Vitest's own variables, plus `extra`. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...withoutRunnerEnv(process.env), ...extra };
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
