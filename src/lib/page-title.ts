/**
 * The <title> of a page: always "Page | Site", so a tab, a bookmark, the
 * history and a screen reader's window list say whose page it is. A search
 * engine that shows fewer characters cuts the end, which is the site name, so
 * the page's own words still come first. Only a page title longer than 70
 * characters (about what a search engine shows) is shortened at a word.
 * (Until November 2026 the site name was left out when the whole went over 70
 * characters; that cost the signing news item its site name for no gain.)
 */
export const MAX_TITLE = 70;

export function pageTitle(title: string, siteName: string, max = MAX_TITLE): string {
  return `${shortenedAtWord(title, max)} | ${siteName}`;
}

/** The text, or when longer than `max` its first words and an ellipsis, `max` characters at most. */
export function shortenedAtWord(title: string, max: number): string {
  if (title.length <= max) return title;
  // One character more than is kept: a space there means the kept part ends with a whole word.
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,.;:–-]+$/, '')}…`;
}
