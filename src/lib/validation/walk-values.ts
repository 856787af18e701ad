/** Visits every value of a frontmatter, at any depth, with its path; where `enter` returns false the walk does not go into it. */
export function walkValues(value: unknown, enter: (value: unknown, path: PropertyKey[]) => boolean, path: PropertyKey[] = []): void {
  if (!enter(value, path)) return;
  if (Array.isArray(value)) value.forEach((item, i) => walkValues(item, enter, [...path, i]));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) walkValues(item, enter, [...path, key]);
}
