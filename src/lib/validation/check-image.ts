/**
 * The photo of an entry (`image.src`, relative to the entry file, as Astro's
 * image() reads it): it must exist and be a JPEG, PNG, WebP or AVIF of at most
 * 5 MB and at least 800 px wide. Narrower than 1200 px is a warning: it still
 * shows on the page, but cannot fill a share card. Measured with sharp, which
 * also optimises the photo in the build.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PHOTO_FORMATS, PHOTO_MAX_MB, PHOTO_MIN_WIDTH, PHOTO_SHARE_WIDTH } from '../content-model.ts';
import type { Problem } from './problem.ts';

export interface PhotoCheck {
  problems: Problem[];
  warnings: Problem[];
}

/** `entryFile` and the messages' paths are relative to `projectRoot`. */
export async function checkPhoto(src: string, entryFile: string, line: number, projectRoot: string): Promise<PhotoCheck> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (message: string, into = problems) => into.push({ file: entryFile, line, field: 'image.src', message });
  if (/^([a-z]+:)?\/\//i.test(src) || src.startsWith('/')) {
    at(`gevonden: "${src}"; verwacht een pad vanaf dit bestand, zoals ./foto.jpg (de foto in dezelfde map) of ../afbeeldingen/foto.jpg`);
    return { problems, warnings };
  }
  const file = path.resolve(projectRoot, path.dirname(entryFile), src);
  const shown = path.relative(projectRoot, file).split(path.sep).join('/');
  if (!existsSync(file)) {
    at(`gevonden: "${src}", maar ${shown} bestaat niet; verwacht een foto die naast het bestand staat (controleer de naam en de hoofdletters)`);
    return { problems, warnings };
  }
  const bytes = statSync(file).size;
  let format: string | undefined;
  let width = 0;
  try {
    const metadata = await sharp(file).metadata();
    format = metadata.format === 'heif' && /\.avif$/i.test(file) ? 'avif' : metadata.format;
    width = metadata.width ?? 0;
  } catch {
    format = undefined;
  }
  if (!format || !(PHOTO_FORMATS as readonly string[]).includes(format)) {
    at(`gevonden: ${shown}${format ? ` (${format.toUpperCase()})` : ', geen leesbare afbeelding'}; verwacht een JPEG, PNG, WebP of AVIF`);
    return { problems, warnings };
  }
  if (bytes > PHOTO_MAX_MB * 1024 * 1024) at(`gevonden: ${shown} van ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB; verwacht hoogstens ${PHOTO_MAX_MB} MB (sla de foto kleiner op, 2000 pixels breed is genoeg)`);
  if (width < PHOTO_MIN_WIDTH) at(`gevonden: ${shown} van ${width} pixels breed; verwacht minstens ${PHOTO_MIN_WIDTH} pixels`);
  else if (width < PHOTO_SHARE_WIDTH) at(`${shown} is ${width} pixels breed; voor een deelpreview (sociale media) is ${PHOTO_SHARE_WIDTH} pixels nodig. De foto staat wel op de pagina.`, warnings);
  return { problems, warnings };
}
