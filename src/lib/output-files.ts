/**
 * A last look at what Astro wrote, before the search index and before anything is published: files of a kind the
 * site's own code never makes. A drawing with script (an SVG) or a page of HTML in `_astro/` can only have come from
 * content that got past the content check (helper-47: an SVG from content/, imported through Astro's image marker,
 * landed as `_astro/_kaart.<hash>.svg`). Backstop, not the check: the content check should have told the editor.
 */

/** What Astro bundles and optimises into `_astro/`: styles, scripts, photos, fonts. */
const ASSET_EXTENSIONS = new Set(['.css', '.js', '.jpg', '.jpeg', '.png', '.webp', '.avif', '.woff2']);

/** The extension of a path, in lowercase ('' for none). */
const extensionOf = (file: string) => /\.[^./]+$/.exec(file)?.[0].toLowerCase() ?? '';

/**
 * The output files (paths relative to the output folder, with /) that the site does not make: in `_astro/` anything but
 * its assets; anywhere, an SVG that is not one of public/'s own.
 */
export function unexpectedOutput(files: readonly string[], publicFiles: ReadonlySet<string>): string[] {
  return files.filter((file) => {
    const extension = extensionOf(file);
    if (file.startsWith('_astro/')) return !ASSET_EXTENSIONS.has(extension);
    return extension === '.svg' && !publicFiles.has(file);
  });
}

/** The build's message for them: which files, and where to look. */
export function unexpectedOutputMessage(files: readonly string[], outLabel: string): string {
  const shown = files.slice(0, 5).map((file) => `${outLabel}${file}`).join(', ');
  const more = files.length > 5 ? ` en ${files.length - 5} meer` : '';
  return `De build is gestopt: Astro schreef ${shown}${more}, een soort bestand dat de site zelf niet maakt. Het komt uit content/ (een tekening of code die de controle niet had mogen doorlaten): zoek daar naar een bestand met die naam (zonder de code na de punt) en haal het weg.`;
}
