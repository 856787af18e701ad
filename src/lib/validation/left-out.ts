/**
 * Files Astro's loaders leave out (content.config.ts), named by the content check in the build integration:
 * - in `astro dev`, files with content problems: the editor has read our report, and Astro would otherwise stop the
 *   page with its own error frame, source location and stack trace for the same file;
 * - in a build, drafts and news items scheduled for a later day: no page shows them, and left in, their photos were
 *   still written to the output as unlinked files (helper-55). Left out, a file comes in fresh on the day it is due.
 * The build integration and content.config.ts are loaded as separate module instances (Vite), so the list travels on
 * globalThis, within the one process.
 */
import path from 'node:path';

const KEY = Symbol.for('zorg-welzijn.left-out');
type Holder = { [KEY]?: readonly string[] };

export function setLeftOut(files: readonly string[]): void {
  (globalThis as Holder)[KEY] = files;
}

/** The files left out when the check last ran (absolute paths). */
export const leftOutFiles = (): readonly string[] => (globalThis as Holder)[KEY] ?? [];

/** Glob negations ("!bericht.md") for the files left out directly in `folder`. */
export function leftOutOf(folder: string): string[] {
  return leftOutFiles().filter((file) => path.dirname(file) === path.resolve(folder)).map((file) => `!${path.basename(file)}`);
}
