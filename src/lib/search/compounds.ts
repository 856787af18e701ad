/**
 * Splits Dutch compound words into their parts for the search index, so that
 * `markt` finds a page about the `arbeidsmarkt`. Pagefind indexes whole words
 * only; this adds the parts (arbeidsmarkt → arbeid, markt; welzijnsorganisaties
 * → welzijn, organisaties), checked against a real Dutch dictionary, and drops
 * the linking -s-, -e- or -en- between them.
 */

/** Is this a Dutch word (including inflections such as plurals)? */
export type WordCheck = (word: string) => boolean;

export interface SplitOptions {
  /** Shortest part kept: shorter pieces ("op", "dam") are too often accidental. */
  minPart?: number;
  /** Words shorter than this are never split. */
  minWord?: number;
}

const LINKS = ['en', 's', 'e'] as const;

export function createSplitter(isWord: WordCheck, { minPart = 4, minWord = 8 }: SplitOptions = {}) {
  const memo = new Map<string, string[]>();

  /** The head of a compound without its linking letters, if it is a word. */
  function head(left: string): string | undefined {
    for (const link of LINKS) {
      const stem = left.slice(0, -link.length);
      if (left.endsWith(link) && stem.length >= minPart && isWord(stem)) return stem;
    }
    return isWord(left) ? left : undefined;
  }

  /** Parts of `word` (lowercase), or [] when it is not a compound of known words. */
  function split(word: string): string[] {
    const cached = memo.get(word);
    if (cached) return cached;
    let parts: string[] = [];
    if (word.length >= minWord && /^\p{L}+$/u.test(word)) {
      // The longest head whose rest is a word or a compound: "kinder|opvang", not
      // "kind|erop|vang"; both sides are split further where they are compounds.
      for (let i = word.length - minPart; i >= minPart; i--) {
        const first = head(word.slice(0, i));
        if (!first) continue;
        const rest = word.slice(i);
        const restParts = split(rest);
        if (restParts.length || isWord(rest)) {
          parts = [...expand(first), ...(restParts.length ? restParts : [rest])];
          break;
        }
      }
    }
    memo.set(word, parts);
    return parts;
  }

  const expand = (part: string) => {
    const parts = split(part);
    return parts.length ? parts : [part];
  };

  return split;
}

/**
 * The extra words to index for a text: the parts of every compound in it that
 * are not already words of the text themselves, once each.
 */
export function compoundParts(text: string, split: (word: string) => string[]): string[] {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const extra = new Set<string>();
  for (const word of words) for (const part of split(word)) if (!words.has(part)) extra.add(part);
  return [...extra];
}
