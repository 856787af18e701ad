/**
 * `__ASTRO_IMAGE_`: Astro's own name for an image it is to import. Astro acts on it wherever an editor's text could put
 * it, so no text from content may hold it (any case):
 * - in a rendered body that holds an image, Astro replaces every `__ASTRO_IMAGE_="…"` with that image's attributes and
 *   writes their names unescaped: a body put a redirect, a form and a <base> into its page (helper-44);
 * - in an entry's data, Astro's content store imports every string that starts with it as a file, with any path: a
 *   frontmatter value ran code from content/ in the build and published an SVG with script (helper-47).
 */
export const IMAGE_MARKER = /__ASTRO_IMAGE_/i;

/** What the schemas and the content check expect instead: one wording for the body and every field. */
export const IMAGE_MARKER_EXPECTED = 'verwacht tekst zonder __ASTRO_IMAGE_: dat is de naam die de site zelf gebruikt om foto’s in te voegen, en wat erachter staat zou in de pagina belanden';

/** Does this text carry the marker? */
export const carriesImageMarker = (text: string): boolean => IMAGE_MARKER.test(text);
