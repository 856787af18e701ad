/**
 * Links in both directions, computed once per build: from each entry's
 * references (news → networks, projects → organisations, …) to, for each
 * target, every entry that refers to it. Linear in the number of references.
 */

/** "collection/id", the key of an entry across collections. */
export type EntryKey = `${string}/${string}`;

export const keyOf = (collection: string, id: string): EntryKey => `${collection}/${id}`;

export interface Referrer {
  key: EntryKey;
  refs: readonly EntryKey[];
}

/** For each referenced key, the keys of the entries that refer to it, in input order, once each. */
export function buildBackrefs(entries: readonly Referrer[]): Map<EntryKey, EntryKey[]> {
  const back = new Map<EntryKey, EntryKey[]>();
  for (const { key, refs } of entries) {
    for (const target of new Set(refs)) {
      const list = back.get(target);
      if (list) list.push(key);
      else back.set(target, [key]);
    }
  }
  return back;
}

/** The referrers of `target` that belong to `collection`. */
export function referrersIn(back: Map<EntryKey, EntryKey[]>, target: EntryKey, collection: string): string[] {
  const prefix = `${collection}/`;
  return (back.get(target) ?? []).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}
