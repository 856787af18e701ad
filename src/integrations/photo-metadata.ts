/**
 * No photo leaves the build with its metadata (helper-58): a phone's photo carries where it was taken, the camera's
 * owner and serial number, and whatever an editor typed into its description. Astro's resized copies come out of sharp
 * without it, but the original (emitted beside them, linked from nowhere) and every copy Astro passes through
 * unchanged (a photo no wider than the width asked) kept it, byte for byte. After the build each image in `_astro/`
 * that still holds EXIF, IPTC or XMP, or that is byte for byte a photo of the content (which may also carry a JPEG
 * comment, PNG text or bytes after the image: helper-60), is written again from its pixels, upright as its EXIF said.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot, walkWithoutLinks } from '../lib/validation/load-content.ts';

const IMAGE = /\.(?:jpe?g|png|webp|avif|tiff?)$/i;

/** sharp, loaded when there is a photo to look at: a site without photos does not pay for the native module at start-up. */
const sharpOf = async () => (await import('sharp')).default;

/** Does this image hold metadata about where, when or by whom it was made? */
export async function carriesMetadata(image: Buffer): Promise<boolean> {
  const sharp = await sharpOf();
  const { exif, iptc, xmp } = await sharp(image).metadata();
  return Boolean(exif ?? iptc ?? xmp);
}

/** The image without its metadata, upright, in its own format (JPEG at high quality: it was a finished photo). */
export async function withoutMetadata(image: Buffer): Promise<Buffer> {
  const sharp = await sharpOf();
  const { format } = await sharp(image).metadata();
  const upright = sharp(image).rotate();
  return (format === 'jpeg' ? upright.jpeg({ quality: 90 }) : upright).toBuffer();
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The digests of the photos under `root` (the content), to know their copies in the build by. */
export async function photoDigests(root: string): Promise<Set<string>> {
  let entries: Dirent[] = [];
  try {
    entries = walkWithoutLinks(root);
  } catch {
    return new Set();
  }
  const photos = entries.filter((entry) => entry.isFile() && IMAGE.test(entry.name));
  return new Set(await Promise.all(photos.map(async (entry) => digest(await readFile(path.join(entry.parentPath, entry.name))))));
}

/** Writes every image of `dir` that carries metadata, or is a content photo as it was, again from its pixels; the number rewritten. */
export async function stripPhotoMetadata(dir: string, originals: ReadonlySet<string> | (() => Promise<ReadonlySet<string>>) = new Set()): Promise<number> {
  let stripped = 0;
  const images = (await readdir(dir).catch(() => [])).filter((file) => IMAGE.test(file));
  // The content's photos are read only when the build has images at all.
  const known = images.length === 0 ? new Set<string>() : typeof originals === 'function' ? await originals() : originals;
  for (const name of images) {
    const file = path.join(dir, name);
    const image = await readFile(file);
    if (!known.has(digest(image)) && !(await carriesMetadata(image))) continue;
    await writeFile(file, await withoutMetadata(image));
    stripped++;
  }
  return stripped;
}

export default function photoMetadata(): AstroIntegration {
  return {
    name: 'photo-metadata',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stripped = await stripPhotoMetadata(path.join(fileURLToPath(dir), '_astro'), () => photoDigests(contentRoot(process.cwd())));
        if (stripped > 0) logger.info(`${stripped} foto${stripped === 1 ? '' : '’s'} zonder metagegevens (EXIF) opnieuw geschreven`);
      },
    },
  };
}
