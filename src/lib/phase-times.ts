/**
 * Time spent in named steps of a build (the content check, git dates, the search
 * index's parts), summed per name on globalThis, so a benchmark that runs the
 * build in its own process can put every second in its phase table, even the
 * steps inside Astro's bundled page code. Costs a map update per step.
 */
const key = Symbol.for('zorg-welzijn.phase-times');
type Store = { [key]?: Record<string, number> };

export function recordPhase(name: string, ms: number): void {
  const times = ((globalThis as Store)[key] ??= {});
  times[name] = (times[name] ?? 0) + ms;
}

/** Runs `step` and adds its time to `name`. */
export function timePhase<T>(name: string, step: () => T): T {
  const started = performance.now();
  try {
    return step();
  } finally {
    recordPhase(name, performance.now() - started);
  }
}

export function phaseTimes(): Readonly<Record<string, number>> {
  return { ...(globalThis as Store)[key] };
}
