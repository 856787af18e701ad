/**
 * The <title> of a page: "Page | Site" when that fits in 70 characters (what
 * search engines show), else the page title alone, shortened at a word if needed.
 */
export const MAX_TITLE = 70;

export function pageTitle(title: string, siteName: string, max = MAX_TITLE): string {
  const full = `${title} | ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : undefined).replace(/[\s,.;:–-]+$/, '')}…`;
}
