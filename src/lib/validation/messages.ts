/** The lines that tell an editor what to do after the content check, in every command that runs it. */

export const CONTENT_NEXT_STEP =
  'Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de build opnieuw. Met npm run check controleer je alles in één keer; uitleg per veld staat in CONTRIBUTING.md.';

/** After `npm run check` itself: run it again, not the build (the editor never started one). */
export const CHECK_NEXT_STEP =
  'Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de controle opnieuw (npm run check). Uitleg per veld staat in CONTRIBUTING.md.';

export const DEV_NEXT_STEP =
  'Wat nu: de preview draait door zonder deze bestanden. Verbeter ze, stop de preview (Ctrl+C) en start hem opnieuw met npm run dev; npm run check controleert alles in één keer. Uitleg per veld staat in CONTRIBUTING.md.';

export const SITE_FAULT =
  'Er ging iets mis in de code van de site zelf, niet in de inhoud. Geef de melding hieronder door aan de ontwikkelaars van de site.';
