/**
 * In `astro dev` a file with content problems is left out of the preview: the
 * editor has read our report, and Astro would otherwise stop the page with its
 * own error frame, source location and stack trace for the same file. The build
 * integration and content.config.ts are loaded as separate module instances
 * (Vite), so the list travels on globalThis, within the one dev process.
 */
import path from 'node:path';

const KEY = Symbol.for('zorg-welzijn.preview-skips');
type Holder = { [KEY]?: readonly string[] };

export function setSkippedInPreview(files: readonly string[]): void {
  (globalThis as Holder)[KEY] = files;
}

/** The files left out when the preview started (absolute paths). */
export const skippedFiles = (): readonly string[] => (globalThis as Holder)[KEY] ?? [];

/** Glob negations ("!bericht.md") for the skipped files directly in `folder`. */
export function skippedInPreview(folder: string): string[] {
  return skippedFiles().filter((file) => path.dirname(file) === path.resolve(folder)).map((file) => `!${path.basename(file)}`);
}
