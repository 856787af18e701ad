/**
 * Remembers the body check's result per file between runs, so a build after a
 * small change re-parses only the bodies that changed. A result is reused only
 * when the file's body and everything the check reads besides it are the same:
 * the site's URLs, the images in the repository and the check's own code.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BodyInput } from './check-body.ts';
import type { Problem } from './problem.ts';

interface CacheFile {
  world: string;
  entries: Record<string, { key: string; problems: Problem[] }>;
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex');

/** What a body's result depends on besides the body itself. */
export function worldKey(parts: { urls: Iterable<string>; images: Iterable<string>; siteHost?: string; code: string }): string {
  return hash(JSON.stringify([[...parts.urls].sort(), [...parts.images].sort(), parts.siteHost ?? '', hash(parts.code)]));
}

export const inputKey = (input: BodyInput) => hash(JSON.stringify([input.path, input.body, input.bodyLine, input.image?.src ?? '', input.imageLine ?? 0]));

export class BodyCache {
  private readonly file: string;
  private readonly fresh: CacheFile;
  private readonly previous: CacheFile | undefined;

  constructor(file: string, world: string) {
    this.file = file;
    this.fresh = { world, entries: {} };
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      this.previous = stored.world === world ? stored : undefined;
    } catch {
      this.previous = undefined; // no cache yet, or an unreadable one: check everything
    }
  }

  /** The stored problems of an unchanged body, or undefined when it has to be checked. */
  get(input: BodyInput): Problem[] | undefined {
    const stored = this.previous?.entries[input.path];
    return stored && stored.key === inputKey(input) ? stored.problems : undefined;
  }

  set(input: BodyInput, problems: Problem[]) {
    this.fresh.entries[input.path] = { key: inputKey(input), problems };
  }

  save() {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.fresh));
  }
}
