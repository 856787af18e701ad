/**
 * The output folder (dist/) is a symlink to one finished build in dist.versies/.
 * A new build is made in dist.versies/bouw (always the same path, so Astro's
 * build cache, which names the folder it built into, is reused); when it is
 * whole it is renamed to a folder of its own, and publishing it is one rename
 * of a new link over the old one, which the file system does at once: at every
 * moment dist/ is the whole previous site or the whole new one. A build killed
 * at any step leaves dist/ as it was; what it left in dist.versies/ is removed
 * by the next build. One build at a time per output folder.
 *
 * A dist/ that is still a plain folder (made before this scheme) is moved into
 * dist.versies/ the first time: between that move and the link there is one
 * moment without dist/, once.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export type Step = 'opgeruimd' | 'versie-klaar' | 'link-gemaakt' | 'gepubliceerd' | 'oude-versie-weg';

/** The folder every build is made in, before it gets a name of its own. */
export const buildFolderOf = (outDir: string) => path.join(versionsOf(outDir), 'bouw');

/** The folder that holds the builds, beside the output folder. */
export const versionsOf = (outDir: string) => `${outDir}.versies`;

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The build the output folder points at now, if it is a link. */
export function currentVersion(outDir: string): string | undefined {
  return isSymlink(outDir) ? path.resolve(path.dirname(outDir), readlinkSync(outDir)) : undefined;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process that made a leftover, from its name (`<time>-<pid>`, `dist.link-<pid>`; the build folder has none). */
const pidOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1]);

/**
 * Removes what killed builds left: their unfinished builds, their temporary
 * links, and the folders of the scheme before this one (dist.staging-*,
 * dist.previous-*). Never the published build, never one a running build is making.
 */
export function removeLeftovers(outDir: string): string[] {
  const removed: string[] = [];
  const current = currentVersion(outDir);
  const versions = versionsOf(outDir);
  const candidates = [
    ...(existsSync(versions) ? readdirSync(versions).map((name) => path.join(versions, name)) : []),
    ...readdirSync(path.dirname(outDir))
      .filter((name) => /^(link|staging|previous)-\d+$/.test(name.slice(path.basename(outDir).length + 1)) && name.startsWith(`${path.basename(outDir)}.`))
      .map((name) => path.join(path.dirname(outDir), name)),
  ];
  for (const candidate of candidates) {
    if (candidate === current) continue;
    const pid = pidOf(path.basename(candidate));
    if (pid !== process.pid && isAlive(pid)) continue;
    rmSync(candidate, { recursive: true, force: true });
    removed.push(candidate);
  }
  return removed;
}

/** The (empty) folder this build is made in, after clearing leftovers. */
export function prepareVersion(outDir: string, onStep: (step: Step) => void = () => {}): string {
  mkdirSync(path.dirname(outDir), { recursive: true }); // a fresh clone has no parent for --out tests/.tmp/site yet
  removeLeftovers(outDir);
  onStep('opgeruimd');
  mkdirSync(versionsOf(outDir), { recursive: true });
  return buildFolderOf(outDir);
}

/** Names the finished build, points the output folder at it in one rename, then removes the build it replaced. */
export function publishVersion(outDir: string, built: string, onStep: (step: Step) => void = () => {}): void {
  const version = path.join(versionsOf(outDir), `${Date.now()}-${process.pid}`);
  renameSync(built, version);
  onStep('versie-klaar');
  let previous = currentVersion(outDir);
  const link = `${outDir}.link-${process.pid}`;
  rmSync(link, { force: true });
  symlinkSync(path.relative(path.dirname(outDir), version), link);
  onStep('link-gemaakt');
  if (existsSync(outDir) && !isSymlink(outDir)) {
    previous = path.join(versionsOf(outDir), `${Date.now()}-oud-${process.pid}`);
    renameSync(outDir, previous);
  }
  renameSync(link, outDir); // rename(2) replaces the old link atomically
  onStep('gepubliceerd');
  // Published: a build that cannot be removed now is a leftover the next build removes.
  try {
    if (previous && previous !== version) rmSync(previous, { recursive: true, force: true });
  } catch {}
  onStep('oude-versie-weg');
}
