/**
 * Finds the content files of every collection under the content root, and
 * everything else in it that an editor would otherwise never hear about: files
 * that sit where no collection reads them (a typo in an extension, a
 * subfolder), SVG drawings (they can carry script), and symlinks (they could
 * point at code or a secret outside the folder). Nothing is read through a
 * symlink.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { COLLECTION_LABEL, COLLECTIONS, EXTENSIONS, IMAGE_EXTENSIONS, TAGS_FILE, type CollectionName } from '../content-model.ts';
import type { ContentFile } from './check-entries.ts';
import type { Problem } from './problem.ts';
import { slugify } from '../slug.ts';
import { unseenCharacters } from './invisible.ts';
import { fieldAtLine } from './source-file.ts';

/** The content root: CONTENT_DIR (absolute, or relative to the project) or `content`. */
export function contentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.CONTENT_DIR || 'content');
}

/** Path for messages: relative to the project when inside it, with forward slashes. */
export function displayPath(projectRoot: string, file: string): string {
  const relative = path.relative(projectRoot, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

/**
 * Glob pattern of the entries a collection reads (top level, no _drafts or dotfiles). `[^_.]`, not `[!_.]`: picomatch,
 * with which Astro's dev server decides whether a saved file is an entry, reads a pattern that begins with `[!` as
 * negated, so no saved entry reached the preview (helper-37).
 */
export function entryPattern(collection: CollectionName): string {
  const endings = EXTENSIONS[collection].map((e) => e.slice(1));
  return endings.length === 1 ? `[^_.]*.${endings[0]}` : `[^_.]*.{${endings.join(',')}}`;
}

/** Files at the top of the content root that are read on their own (the tag labels, the spelling word list). */
const ROOT_FILES = new Set([TAGS_FILE, 'woordenlijst.txt']);

/** Files a browser, Vite or Node would run as code (or a page would show as one): never in content, hidden or not. */
const CODE = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx', '.astro', '.svelte', '.vue', '.html', '.htm', '.xhtml', '.wasm', '.node']);

/** What a file under _ or . may be: notes, drafts, editor settings, photos (package.json aside). */
const HIDDEN_KINDS = new Set(['.md', '.mdx', '.txt', '.yaml', '.yml', '.json', ...IMAGE_EXTENSIONS]);
/** Files an operating system or git leaves, without an extension of their own. */
const HIDDEN_NAMES = new Set(['.ds_store', '.gitkeep', '.gitignore', 'thumbs.db', 'desktop.ini']);

/** Extensions no folder's name should end in: a path to such a file would lead into the folder (its index.js). */
const FILE_KINDS = new Set([...IMAGE_EXTENSIONS, '.svg', '.md', '.mdx', '.yaml', '.yml', '.json', ...CODE]);

/**
 * A file saved in another encoding than UTF-8 (Windows Notepad's "ANSI", Windows-1252): its ë, é and “ are
 * bytes UTF-8 cannot read, which Node reads as U+FFFD and a page would show as �. Told on the first such line.
 */
export function notUtf8(text: string): { line: number; message: string } | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const line = text.slice(0, at).split('\n').length;
  const word = /\S*$/.exec(text.slice(0, at))![0] + /^\S*/.exec(text.slice(at))![0];
  return {
    line,
    message: `gevonden: een teken dat niet te lezen is (in "${word.length > 40 ? `${word.slice(0, 40)}…` : word}"): het bestand is niet als UTF-8 opgeslagen, maar bijvoorbeeld als ANSI, zodat letters als ë en é en aanhalingstekens als “ op de site als � verschijnen; verwacht het bestand opgeslagen als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8)`,
  };
}

/**
 * A file as text, and whether it was saved as UTF-16 (Notepad's "Unicode"): read as UTF-8 every other byte is a
 * NUL, which gave a problem for every line (helper-37). It is read as what it is, so the rest of the check
 * speaks of its fields, and told once.
 */
export function readText(bytes: Buffer): { text: string; utf16: boolean } {
  const bigEndian = bytes[0] === 0xfe && bytes[1] === 0xff;
  const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe;
  // Without a byte-order mark: ASCII text has a NUL beside each letter.
  const sample = bytes.subarray(0, 200);
  const nulAt = (odd: number) => sample.filter((byte, i) => i % 2 === odd && byte === 0).length;
  const unmarked = sample.length >= 4 && Math.max(nulAt(0), nulAt(1)) > sample.length / 4;
  if (!bigEndian && !littleEndian && !unmarked) return { text: bytes.toString('utf8'), utf16: false };
  const body = bigEndian || littleEndian ? bytes.subarray(2) : bytes;
  const swap = bigEndian || (unmarked && nulAt(0) > nulAt(1));
  return { text: (swap ? Buffer.from(body).swap16() : body).toString('utf16le'), utf16: true };
}

export const UTF16_MESSAGE =
  'gevonden: een bestand opgeslagen als UTF-16 (in Kladblok heet dat "Unicode"), dat de site niet kan lezen; verwacht het bestand opgeslagen als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8)';

/**
 * Every file and folder under `dir`, without going into a symlink: Node's recursive read follows a link to a folder,
 * so `ln -s /etc content/afbeeldingen` listed every file of /etc (helper-60), and a link to / would walk the disk.
 */
export function walkWithoutLinks(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() && !entry.isSymbolicLink() ? [entry, ...walkWithoutLinks(path.join(dir, entry.name))] : [entry]));
}

// Synchronous on purpose: for thousands of small files, awaiting each read costs more than reading it.
export function loadContent(projectRoot: string, root = contentRoot(projectRoot)) {
  const files: ContentFile[] = [];
  const strays: Problem[] = [];
  const stray = (absolute: string, message: string) => strays.push({ file: displayPath(projectRoot, absolute), line: 1, field: 'bestand', message });
  const entries = walkWithoutLinks(root).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)));
  for (const dirent of entries) {
    const absolute = path.join(dirent.parentPath, dirent.name);
    const relative = path.relative(root, absolute).split(path.sep);
    // A leading _ or . keeps a file or folder out of the site (notes, drafts, editor settings); what could still be
    // reached from a page (a path to an image resolves into a folder of that name, with its index.js) is looked at there
    // too: helper-47 ran code in the build from content/news/_kaart.png/index.js.
    const hidden = relative.some((part) => part.startsWith('_') || part.startsWith('.'));
    if (dirent.isSymbolicLink()) {
      stray(absolute, 'gevonden: een snelkoppeling (symlink); verwacht een gewoon bestand of een gewone map, want de site leest niets via een snelkoppeling');
      continue;
    }
    const extension = path.extname(dirent.name).toLowerCase();
    if (dirent.isDirectory()) {
      if (FILE_KINDS.has(extension)) stray(absolute, `gevonden: een map met de naam van een bestand (${dirent.name}); verwacht een map zonder ${extension} in de naam, want een pad naar ${dirent.name} zou in de map lezen`);
      // Where Node and Vite look for code by a name (helper-48: content/news/node_modules/_evil/ ran in the build).
      else if (dirent.name.toLowerCase() === 'node_modules') stray(absolute, `gevonden: een map node_modules; verwacht in ${displayPath(projectRoot, root)}/ geen map met die naam, want daarin zoekt de build naar code`);
      continue;
    }
    if (!dirent.isFile()) continue;
    if (extension === '.svg') {
      stray(absolute, 'gevonden: een SVG-tekening (die kan code bevatten); verwacht een PNG, JPEG, WebP of AVIF (exporteer de tekening als PNG)');
      continue;
    }
    if (CODE.has(extension)) {
      stray(absolute, `gevonden: een bestand met code (${extension}); verwacht in ${displayPath(projectRoot, root)}/ alleen tekst en foto’s, ook in een map of bestand met _ of . voor de naam (code hoort in src/)`);
      continue;
    }
    if (dirent.name.toLowerCase() === 'package.json') {
      stray(absolute, `gevonden: een package.json, de beschrijving van een pakket code; verwacht in ${displayPath(projectRoot, root)}/ alleen tekst en foto’s`);
      continue;
    }
    // Under _ or .: notes, drafts, editor settings and photos only; a package's description or a file without an
    // extension is what code hides in (helper-48: package.json pointing at a file "payload").
    if (hidden && !HIDDEN_KINDS.has(extension) && !HIDDEN_NAMES.has(dirent.name.toLowerCase())) {
      stray(absolute, `gevonden: ${extension ? `een ${extension}-bestand` : 'een bestand zonder extensie'}; verwacht in een map of bestand met _ of . voor de naam alleen aantekeningen (.md, .txt), instellingen (.json, .yaml) en foto’s`);
      continue;
    }
    if (hidden) continue;
    if (IMAGE_EXTENSIONS.includes(extension)) continue; // checked where an entry shows it
    const [folder, name, ...deeper] = relative;
    const collection = COLLECTIONS.find((c) => c === folder);
    if (collection && name && deeper.length === 0 && EXTENSIONS[collection].includes(path.extname(name))) {
      const { text, utf16 } = readText(readFileSync(absolute));
      files.push({ collection, path: displayPath(projectRoot, absolute), text });
      if (utf16) {
        stray(absolute, UTF16_MESSAGE);
        continue;
      }
      const unreadable = notUtf8(text);
      if (unreadable) strays.push({ file: displayPath(projectRoot, absolute), line: unreadable.line, field: 'bestand', message: unreadable.message });
      for (const unseen of unseenCharacters(text)) strays.push({ file: displayPath(projectRoot, absolute), line: unseen.line, field: fieldAtLine(text, extension === '.yaml', unseen.line), message: unseen.message });
    } else if (collection && name && deeper.length === 0 && EXTENSIONS[collection].includes(extension)) {
      // Found on Windows and macOS, which ignore capitals; the site's build on Linux does not read it. The name
      // given is one the check accepts (Nieuw-Bericht.MD: nieuw-bericht.md), so following it ends the matter.
      const base = slugify(name.slice(0, -extension.length)) || name.slice(0, -extension.length);
      stray(absolute, `gevonden: de extensie ${path.extname(name)} in hoofdletters; verwacht kleine letters: ${extension} (hernoem het bestand naar ${base}${extension})`);
    } else if (!(relative.length === 1 && ROOT_FILES.has(relative[0]!))) {
      // A file of another collection's kind (an organisation's .yaml among the projects, helper-34): where it belongs first.
      // Not this collection's own kind: a file of that kind directly in its folder was taken above.
      const elsewhere = collection && deeper.length === 0 ? COLLECTIONS.find((c) => EXTENSIONS[c].includes(extension)) : undefined;
      stray(absolute, elsewhere
        ? `gevonden: een ${extension}-bestand in ${displayPath(projectRoot, path.join(root, collection!))}/, waar de site alleen ${EXTENSIONS[collection!].join(' of ')} leest; verwacht ${extension}-bestanden in ${displayPath(projectRoot, path.join(root, elsewhere))}/ (is dit een ${COLLECTION_LABEL[elsewhere].one}?), of een ${EXTENSIONS[collection!].join(' of ')}-bestand hier`
        : collection
        ? `gevonden: een bestand dat de site niet leest; verwacht een bestand ${EXTENSIONS[collection].join(' of ')} direct in ${displayPath(projectRoot, path.join(root, collection))}/, of een afbeelding (${IMAGE_EXTENSIONS.join(', ')})`
        : `gevonden: een bestand dat de site niet leest; verwacht inhoud in een van de mappen ${COLLECTIONS.join(', ')}, of een afbeelding (${IMAGE_EXTENSIONS.join(', ')})`);
    }
  }
  return { files, strays };
}
