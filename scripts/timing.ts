/** Runs a step and prints how long it took, so the build log doubles as a profile. */
export async function timed<T>(label: string, step: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    console.log(`⏱  ${label}: ${seconds.toFixed(2)} s`);
  }
}
