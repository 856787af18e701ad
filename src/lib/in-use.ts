/**
 * Lists by a fixed value (news per category, projects per status) exist only
 * for values something has: no link, page or sitemap entry leads to "nothing
 * here yet".
 */

/** The values of `all` that occur in `used`, in the order of `all`. */
export function valuesInUse<V extends string>(all: readonly V[], used: Iterable<V>): V[] {
  const seen = new Set(used);
  return all.filter((value) => seen.has(value));
}
