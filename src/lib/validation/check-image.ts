/**
 * An image an entry shows: its photo (`image.src`) or an image in its body.
 * Both are paths from the entry file, which the build hands to Astro's image
 * service (sharp) and, through Vite, imports: so before anything reads it as an
 * image, the file must be a real file inside the content folder (no symlink,
 * no way out of the folder), named as an image and, by its own bytes, a JPEG,
 * PNG, WebP or AVIF of at most 5 MB, at least 800 px wide and at most
 * 8,000 px a side and 40 megapixels. The pixels are read from the header only,
 * so a decompression bomb is refused before anything decodes it. A photo
 * narrower than 1200 px gets a warning: it cannot fill a share card.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { IMAGE_EXTENSIONS, PHOTO_FORMATS, PHOTO_MAX_MB, PHOTO_MAX_PIXELS, PHOTO_MAX_SIDE, PHOTO_MIN_WIDTH, PHOTO_SHARE_WIDTH } from '../content-model.ts';
import type { Problem } from './problem.ts';
import { ownComputerFileName, siteRootImageMessage } from './site-root-image.ts';

export interface ImageCheck {
  problems: Problem[];
  warnings: Problem[];
}

export interface ImageRef {
  src: string;
  /** The entry file, relative to the project. */
  entryFile: string;
  line: number;
  /** `image.src` for the photo, `inhoud` for a body image. */
  field: string;
}

const megapixels = (n: number) => (n / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** `entryFile` and the messages' paths are relative to `projectRoot`; `contentRoot` is the folder images must stay in. */
export async function checkImage(ref: ImageRef, projectRoot: string, contentRoot: string): Promise<ImageCheck> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const isPhoto = ref.field === 'image.src';
  const at = (message: string, into = problems) => into.push({ file: ref.entryFile, line: ref.line, field: ref.field, message });
  const example = isPhoto ? './foto.jpg' : './grafiek.png';
  if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(ref.src)) {
    at(`gevonden: "${ref.src}"; verwacht een pad vanaf dit bestand, zoals ${example} (in dezelfde map)`);
    return { problems, warnings };
  }
  if (ref.src.startsWith('/')) {
    at(siteRootImageMessage(ref.src, ref.entryFile, (repoPath) => existsSync(path.resolve(projectRoot, repoPath)), isPhoto ? 'foto' : 'afbeelding'));
    return { problems, warnings };
  }
  // Without ./ Vite reads a path in the text as the name of a package, looked up in a node_modules folder (helper-48: one
  // in content/ ran its code in the build); the photo field is read from the entry's folder either way.
  if (!isPhoto && !/^\.\.?\//.test(ref.src)) {
    at(`gevonden: "${ref.src}"; verwacht een pad dat begint met ./ (in dezelfde map) of ../ (een map hoger), zoals ./${ref.src.replace(/^\.?\/*/, '')}`);
    return { problems, warnings };
  }
  // The photo field is imported as written, %-codes and all, while a path would read them as letters: the check would
  // look at another file than the build uses (helper-48).
  if (isPhoto && ref.src.includes('%')) {
    at(`gevonden: "${ref.src}", met een % in de naam; verwacht de naam van het bestand zonder % (hernoem het bestand, bijvoorbeeld met streepjes in plaats van spaties en tekens)`);
    return { problems, warnings };
  }
  // Vite reads ?raw, ?url, ?inline as instructions (the build failed, or published a broken image; helper-38).
  const suffix = /[?#].*$/.exec(ref.src)?.[0];
  if (suffix) {
    at(`gevonden: "${ref.src}", met ${suffix} achter de naam; verwacht alleen het pad naar de ${isPhoto ? 'foto' : 'afbeelding'}: ${ref.src.slice(0, -suffix.length)}`);
    return { problems, warnings };
  }
  // A path on the editor's own computer (Windows, with \): the site has only the content folder (helper-51).
  const name = ownComputerFileName(ref.src);
  if (name !== undefined) {
    const folder = path.posix.dirname(ref.entryFile);
    const beside = existsSync(path.resolve(projectRoot, folder, name));
    at(`gevonden: "${ref.src}", een pad op je eigen computer; verwacht ./${name}, met de ${isPhoto ? 'foto' : 'afbeelding'} in ${folder}/${beside ? ', waar hij al staat' : ' (zet hem daar eerst neer)'}`);
    return { problems, warnings };
  }
  const src = isPhoto ? ref.src : decodeURI(ref.src);
  const file = path.resolve(projectRoot, path.dirname(ref.entryFile), src);
  const shown = path.relative(projectRoot, file).split(path.sep).join('/');
  const root = realpathSync(contentRoot);
  if (!isInside(file, path.resolve(contentRoot))) {
    at(`gevonden: "${ref.src}", dat naar ${shown} buiten de inhoudsmap wijst; verwacht een afbeelding in de inhoudsmap, zoals ${example}`);
    return { problems, warnings };
  }
  // Capitals count on the server (Linux) even where the editor's own computer ignores them (macOS, Windows).
  const twin = otherCapitals(file);
  if (twin) {
    const written = path.posix.basename(src);
    at(`gevonden: "${ref.src}", maar de ${isPhoto ? 'foto' : 'afbeelding'} heet ${twin}, met andere hoofdletters dan ${written}; verwacht de naam precies zo geschreven: ${ref.src.slice(0, ref.src.length - written.length)}${twin}`);
    return { problems, warnings };
  }
  if (!existsSync(file) && !isSymlink(file)) {
    at(`gevonden: "${ref.src}", maar ${shown} bestaat niet; verwacht een ${isPhoto ? 'foto' : 'afbeelding'} die naast het bestand staat (controleer de naam en de hoofdletters)`);
    return { problems, warnings };
  }
  // A symlink (or a folder on the way that is one) could point at code or a secret; only real files are read.
  if (isSymlink(file) || !existsSync(file) || realpathSync(file) !== path.join(root, path.relative(path.resolve(contentRoot), file)) || !statSync(file).isFile()) {
    at(`gevonden: ${shown} is een snelkoppeling (symlink) of geen gewoon bestand; verwacht het afbeeldingsbestand zelf`);
    return { problems, warnings };
  }
  if (path.extname(file).toLowerCase() === '.svg') {
    at(`gevonden: ${shown}, een SVG-tekening (die kan code bevatten); verwacht een JPEG, PNG, WebP of AVIF (exporteer de tekening als PNG)`);
    return { problems, warnings };
  }
  const bytes = statSync(file).size;
  if (bytes > PHOTO_MAX_MB * 1024 * 1024) {
    at(`gevonden: ${shown} van ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB; verwacht hoogstens ${PHOTO_MAX_MB} MB (sla de ${isPhoto ? 'foto' : 'afbeelding'} kleiner op, 2000 pixels breed is genoeg)`);
    return { problems, warnings };
  }
  const { format, compression, width, height } = await header(file);
  if (!format || !(PHOTO_FORMATS as readonly string[]).includes(format)) {
    // What to do, for the two a phone or an export gives (helper-60: "(HEIF)" alone said nothing to do).
    const tip = format !== 'heif' ? '' : compression === 'av1'
      ? ` (het is een AVIF-bestand: geef het de extensie .avif)`
      : ' (een iPhone-foto: bewaar hem als JPEG, of zet in Instellingen > Camera > Formaten ‘Meest compatibel’ aan)';
    at(`gevonden: ${shown}${format ? ` (${format.toUpperCase()})` : ', geen leesbare afbeelding'}; verwacht een JPEG, PNG, WebP of AVIF${tip}`);
    return { problems, warnings };
  }
  // The build imports the file by its name: only an image's name is ever handed to it.
  if (!IMAGE_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    at(`gevonden: ${shown}; verwacht een afbeelding met de extensie ${IMAGE_EXTENSIONS.join(', ')}`);
    return { problems, warnings };
  }
  if (width > PHOTO_MAX_SIDE || height > PHOTO_MAX_SIDE || width * height > PHOTO_MAX_PIXELS) {
    at(`gevonden: ${shown} van ${width} × ${height} pixels (${megapixels(width * height)} megapixel); verwacht hoogstens ${PHOTO_MAX_SIDE} pixels per kant en ${megapixels(PHOTO_MAX_PIXELS)} megapixel (2000 pixels breed is genoeg)`);
  } else if (!(await decodesWhole(file))) {
    // A photo cut off in the upload passes its header; the build then publishes it mostly black (helper-46).
    at(`gevonden: ${shown}, een ${isPhoto ? 'foto' : 'afbeelding'} die niet helemaal te lezen is (beschadigd, of half opgeslagen of geüpload); verwacht het bestand opnieuw opgeslagen of opnieuw toegevoegd`);
  } else if (width < PHOTO_MIN_WIDTH) at(`gevonden: ${shown} van ${width} pixels breed; verwacht minstens ${PHOTO_MIN_WIDTH} pixels`);
  else if (isPhoto && width < PHOTO_SHARE_WIDTH) at(`gevonden: ${shown} van ${width} pixels breed (de foto staat wel op de pagina); verwacht ${PHOTO_SHARE_WIDTH} pixels breed voor een mooi deelplaatje op sociale media`, warnings);
  return { problems, warnings };
}

/** The photo of an entry (`image.src`). */
export function checkPhoto(src: string, entryFile: string, line: number, projectRoot: string, contentRoot: string): Promise<ImageCheck> {
  return checkImage({ src, entryFile, line, field: 'image.src' }, projectRoot, contentRoot);
}

/** Format and size from the file's header, as sharp reads it without decoding a pixel. */
async function header(file: string): Promise<{ format?: string; compression?: string; width: number; height: number }> {
  try {
    // No pixel limit here: only the header is read, so the size of a bomb can be named; the limits below refuse it.
    const metadata = await sharp(file, { limitInputPixels: false }).metadata();
    const format = metadata.format === 'heif' && /\.avif$/i.test(file) ? 'avif' : metadata.format;
    return { format, compression: metadata.compression, width: metadata.width ?? 0, height: metadata.height ?? 0 };
  } catch {
    return { width: 0, height: 0 };
  }
}

/** Does every pixel decode? Read only once the header's size is within the limits, so no bomb is ever decoded. */
async function decodesWhole(file: string): Promise<boolean> {
  try {
    await sharp(file, { failOn: 'warning' }).stats(); // streams the pixels: no copy of the whole image in memory
    return true;
  } catch {
    return false;
  }
}

/** The name of the file that differs from this one only in capitals, when this exact name is not in its folder. */
function otherCapitals(file: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return undefined;
  }
  const name = path.basename(file);
  return names.includes(name) ? undefined : names.find((other) => other.toLowerCase() === name.toLowerCase());
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
