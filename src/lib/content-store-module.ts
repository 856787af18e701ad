/**
 * Astro hands its whole content store to the build as one JavaScript module,
 * `export default JSON.parse("…")`: one string literal of every entry's data and
 * rendered HTML (50 MB at 10,000 entries). V8 compiles a long literal that holds
 * characters beyond Latin-1 (’ “ ĳ) in time that grows far faster than its
 * length: on the build machine 20 MB took 10 s (0.9 s with those characters
 * replaced), 50 MB 62 s, 75 MB 100–150 s; 50 MB as literals of 1 MB, joined when
 * the module runs, 5 s (BENCHMARKS.md). This cuts the module so; its value stays the same.
 */

/** Characters per string literal: small enough to compile in linear time. */
export const PIECE_LENGTH = 1_000_000;

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

export interface SplitModule {
  code: string;
  /** Characters of the literal's source, and the literals it is now cut into. */
  length: number;
  pieces: number;
}

/** Is the character at `at` escaped: does an odd number of backslashes stand right before it? */
function isEscaped(text: string, at: number): boolean {
  let before = 0;
  while (text[at - 1 - before] === '\\') before++;
  return before % 2 === 1;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The characters of source that make the one character starting at `at`: an escape, a surrogate pair, or one. */
function unitLength(inner: string, at: number): number {
  if (inner[at] === '\\') return inner[at + 1] === 'u' ? 6 : 2;
  return isHighSurrogate(inner.charCodeAt(at)) ? 2 : 1;
}

/** Where an escape that covers `at` begins (`\"`, `\\`, `\n`, `\u00e9`), or `at` when no escape covers it. */
function escapeStart(literal: string, at: number): number {
  for (let start = at - 1; start >= Math.max(0, at - 5); start--) {
    if (literal[start] !== '\\' || isEscaped(literal, start)) continue;
    return start + unitLength(literal, start) > at ? start : at;
  }
  return at;
}

/** Is `literal` one JSON string literal: a quote, then no unescaped quote before the last character? */
function isOneLiteral(literal: string): boolean {
  if (literal.length < 2 || literal[0] !== '"' || literal[literal.length - 1] !== '"') return false;
  for (let at = literal.indexOf('"', 1); at !== -1 && at < literal.length - 1; at = literal.indexOf('"', at + 1)) {
    if (!isEscaped(literal, at)) return false;
  }
  return !isEscaped(literal, literal.length - 1);
}

/**
 * The module with its one string literal cut into literals of at most `pieceLength`
 * characters of source, joined when it runs; undefined when the code is not Astro's
 * `export default JSON.parse("…")` (an empty store is `new Map()`). The literal's
 * source is cut between escapes and characters, never inside one, so nothing is parsed again.
 */
export function splitContentStoreModule(code: string, pieceLength = PIECE_LENGTH): SplitModule | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  const literal = code.slice(PREFIX.length, -SUFFIX.length);
  if (!isOneLiteral(literal)) return undefined;
  const inner = literal.slice(1, -1);
  const pieces: string[] = [];
  for (let from = 0; from < inner.length; ) {
    let to = Math.min(inner.length, from + pieceLength);
    if (to < inner.length) {
      to = escapeStart(inner, to);
      // Nor between the two halves of a character outside the BMP (an emoji): the built module is written as UTF-8, which has no half characters.
      if (isHighSurrogate(inner.charCodeAt(to - 1))) to--;
    }
    if (to <= from) to = from + unitLength(inner, from); // a piece shorter than what starts here: take it whole
    pieces.push(`"${inner.slice(from, to)}"`);
    from = to;
  }
  return { code: `${PREFIX}[${pieces.join(',\n')}].join(''))`, length: inner.length, pieces: pieces.length };
}
