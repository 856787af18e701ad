/** Paging of long lists: one page size for the whole site, and which page links to show. */

/** News items per page on /nieuws/ and its category and tag pages. */
export const PAGE_SIZE = 10;

/** URL of page n of a list whose first page is `base` ("/nieuws/" → "/nieuws/2/"). */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`;
}

export function pageCount(items: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(items / size));
}

/**
 * The page numbers to link from page `current` of `total`: the first, the last and
 * the neighbours of the current one, with `null` where numbers are left out.
 * (1 … 4 5 6 … 20)
 */
export function pageWindow(current: number, total: number, neighbours = 1): (number | null)[] {
  const shown = new Set([1, total]);
  for (let p = current - neighbours; p <= current + neighbours; p++) if (p >= 1 && p <= total) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  pages.forEach((page, i) => {
    const before = pages[i - 1];
    if (before !== undefined && page - before === 2) result.push(page - 1);
    else if (before !== undefined && page - before > 2) result.push(null);
    result.push(page);
  });
  return result;
}
