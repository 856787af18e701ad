/**
 * Related news: items that share networks, projects or tags with an item, the
 * most shared first, then the newest. Built from an inverted index, and each
 * shared key only looks at its newest items, so the cost stays linear as the
 * archive grows (a tag on 5,000 items does not make 25 million comparisons).
 */
export interface RelatableItem {
  id: string;
  date: Date;
  /** Keys this item can share with others, e.g. "networks/delfshaven", "tag/inclusie". */
  keys: readonly string[];
}

export function relatedItems(items: readonly RelatableItem[], limit = 3, scanPerKey = limit * 20): Map<string, string[]> {
  const newestFirst = [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  const rank = new Map(newestFirst.map((item, i) => [item.id, i]));
  const byKey = new Map<string, string[]>();
  for (const item of newestFirst) {
    for (const key of new Set(item.keys)) {
      const bucket = byKey.get(key);
      if (bucket) bucket.push(item.id);
      else byKey.set(key, [item.id]);
    }
  }

  const related = new Map<string, string[]>();
  for (const item of items) {
    const shared = new Map<string, number>();
    for (const key of new Set(item.keys)) {
      const bucket = byKey.get(key) ?? [];
      for (let i = 0, seen = 0; i < bucket.length && seen < scanPerKey; i++) {
        const other = bucket[i]!;
        if (other === item.id) continue;
        seen++;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const best = [...shared.entries()]
      .sort(([a, sa], [b, sb]) => sb - sa || rank.get(a)! - rank.get(b)!)
      .slice(0, limit)
      .map(([id]) => id);
    related.set(item.id, best);
  }
  return related;
}

/** Previous (older) and next (newer) item of each item in date order. */
export function neighbours(items: readonly { id: string; date: Date }[]): Map<string, { older?: string; newer?: string }> {
  const sorted = [...items].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
  return new Map(sorted.map((item, i) => [item.id, { older: sorted[i - 1]?.id, newer: sorted[i + 1]?.id }]));
}
