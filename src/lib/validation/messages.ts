/** The lines that tell an editor what to do after the content check, in every command that runs it. */

export const CONTENT_NEXT_STEP =
  'Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de build opnieuw. Met npm run check controleer je alles in één keer; uitleg per veld staat in CONTRIBUTING.md.';

/** After `npm run check` itself: run it again, not the build (the editor never started one). */
export const CHECK_NEXT_STEP =
  'Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de controle opnieuw (npm run check). Uitleg per veld staat in CONTRIBUTING.md.';

export const DEV_NEXT_STEP =
  'Wat nu: de preview draait door zonder deze bestanden. Verbeter ze en sla ze op: de preview controleert dan meteen opnieuw. Uitleg per veld staat in CONTRIBUTING.md.';

/** After a saved file was checked again in `astro dev`: the preview shows the file as it was before the mistake. */
export const DEV_RECHECK_STEP =
  'Wat nu: verbeter het bestand op de genoemde regel en sla het op; de preview controleert dan opnieuw. Tot dan toont de preview de vorige versie van het bestand. Uitleg per veld staat in CONTRIBUTING.md.';

/** Files left out of the preview at its start, now without problems: the preview reads them only when it starts again. */
export const devRestartLine = (files: readonly string[]) =>
  `Nu in orde: ${files.join(', ')}. De preview liet ${files.length === 1 ? 'dit bestand' : 'deze bestanden'} bij de start weg; stop de preview (Ctrl+C) en start hem opnieuw met npm run dev om ${files.length === 1 ? 'het' : 'ze'} te zien.`;

export const SITE_FAULT =
  'Er ging iets mis in de code van de site zelf, niet in de inhoud. Geef de melding hieronder door aan de ontwikkelaars van de site.';
