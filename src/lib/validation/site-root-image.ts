/**
 * An image written as a path from the site's root (/afbeeldingen/x.jpg), for the
 * photo field and for images in a body alike. Where the file actually is decides
 * the tip: in public/ (where the pull-request template once sent photos) it
 * must move next to the entry; in content/afbeeldingen/ (the web editor's
 * shared library) it is reached as ../afbeeldingen/x.jpg; nowhere, it goes
 * next to the entry. A tip that leads to a second error is worse than none.
 */
import path from 'node:path';

export function siteRootImageMessage(src: string, entryFile: string, fileExists: (repoPath: string) => boolean, what: 'foto' | 'afbeelding'): string {
  const clean = src.trim().split(/[?#]/)[0]!;
  const name = path.posix.basename(clean);
  const entryFolder = path.posix.dirname(entryFile);
  const contentFolder = path.posix.dirname(entryFolder);
  const beside = entryFolder.endsWith('/news') ? 'naast het bericht' : 'naast het bestand';
  const found = `gevonden: ${src.trim()} (een pad vanaf de hoofdmap)`;
  if (fileExists(`public${clean}`)) {
    return `${found}; de ${what} staat in public${path.posix.dirname(clean)}/; verwacht de ${what} ${beside}: verplaats haar naar ${entryFolder}/ en schrijf ./${name}`;
  }
  if (clean.startsWith('/afbeeldingen/') && fileExists(`${contentFolder}${clean}`)) {
    return `${found}; verwacht een pad vanaf dit bestand: ..${clean} (de ${what} staat in ${contentFolder}/afbeeldingen/)`;
  }
  return `${found}, maar die ${what} staat nergens; verwacht de ${what} ${beside}, in ${entryFolder}/, met als pad ./${name}`;
}

/**
 * The file name of an image written as a path on the editor's own computer (C:\Users\…\x.jpg, D:/…, .\x.jpg), for the
 * photo field and for images in a body alike (helper-51, helper-53), or undefined for any other path.
 */
export function ownComputerFileName(src: string): string | undefined {
  const trimmed = src.trim();
  return /^[A-Za-z]:[\\/]|\\/.test(trimmed) ? trimmed.split(/[\\/]/).at(-1) : undefined;
}
