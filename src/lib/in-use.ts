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

/** Each value of `all` that occurs in `used`, in the order of `all`, with how often: an overview's links and counts. */
export function countsInUse<V extends string>(all: readonly V[], used: readonly V[]): { value: V; count: number }[] {
  return valuesInUse(all, used).map((value) => ({ value, count: used.filter((u) => u === value).length }));
}
