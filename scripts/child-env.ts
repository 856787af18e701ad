/**
 * The environment for a child build or dev server, without what a test runner
 * sets for its own workers (NODE_ENV=test, DEV=1, MODE=test …): those reach
 * Vite's import.meta.env and would make Astro build drafts as in dev.
 */
const RUNNER_VARIABLES = ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV', 'VITEST', 'TEST'];

export function withoutRunnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !RUNNER_VARIABLES.includes(name)));
}
