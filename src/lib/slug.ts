/**
 * Turns a Dutch title or name into a URL slug: "Prins Alexander" → "prins-alexander",
 * "Coöperatief samenwerken" → "cooperatief-samenwerken", "IJsselmonde" → "ijsselmonde".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
