/**
 * Spaces that do not break a line (no-break, figure and narrow no-break space): a word processor puts them
 * between words, and YAML and Markdown read them as letters where the shape of a line depends on a space.
 */
export const HARD_SPACE = /[\u00A0\u2007\u202F]/;

/** The text with each no-break space made a plain one, as the editor should have typed it. */
export const plainSpaces = (text: string) => text.replace(new RegExp(HARD_SPACE.source, 'g'), ' ');
