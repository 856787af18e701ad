/**
 * An alt text that describes nothing: a word for "picture" or a file name. A screen reader reads it out
 * instead of what the picture shows (CONTRIBUTING.md: not "foto" or "afbeelding").
 */
const SAYS_NOTHING = new Set(['foto', "foto's", 'fotos', 'afbeelding', 'afbeeldingen', 'image', 'img', 'photo', 'picture']);
/**
 * The words the check's own suggestion puts between [ and ] (![wat er te zien is](…)) and the examples it and the
 * guide give: copied as they are, they describe no picture of the editor's (helper-42: both passed).
 */
const COPIED_EXAMPLES = new Set([
  'wat er te zien is',
  'een beschrijving van wat er te zien is',
  'beschrijving',
  'alt-tekst',
  'alt tekst',
  'twee leerlingen helpen een bewoner met de boodschappen',
  'twee leerlingen helpen een bewoner met de lunch',
]);

const folded = (alt: string) => alt.trim().toLocaleLowerCase('nl').replace(/[.!:]+$/, '');
const isCopiedExample = (alt: string) => COPIED_EXAMPLES.has(folded(alt).replace(/\s+/g, ' '));

export function saysNothing(alt: string): boolean {
  const text = folded(alt);
  // A word for picture with a number (Foto 1), a file name, or a camera's name for a shot (IMG_2041, DSC01234, PXL_20231129…).
  const withoutNumber = text.replace(/\s*\d+$/, '');
  return SAYS_NOTHING.has(withoutNumber) || isCopiedExample(alt) || /^[^\s]+\.(jpe?g|png|gif|webp|avif)$/i.test(text) || /^(img|dsc|dscn|dcim|pxl|photo|foto)[_-]?[\d_]+$/i.test(text);
}

/** What to write instead, after "verwacht". */
const ALT_EXAMPLE = 'een beschrijving van wat er te zien is, zoals "Twee leerlingen helpen een bewoner met de boodschappen"';

/**
 * What to write instead of this alt text: for an example copied from the guide, not another example the check refuses
 * as well (helper-53 followed the advice and was refused again), but a description of the editor's own picture.
 */
export const altExpected = (alt: string): string =>
  isCopiedExample(alt) ? 'een beschrijving van wat er op jouw afbeelding te zien is, in je eigen woorden (dit is een voorbeeld uit de handleiding)' : ALT_EXAMPLE;
