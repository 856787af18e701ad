/**
 * Result rows as a reader sees them: results whose excerpts say the same
 * (the paragraph fourteen network pages share) are one row, "Delfshaven en
 * 13 andere netwerkpagina's", not fourteen. A result joins the first row of
 * its own page type whose excerpt has nearly the same words.
 */
import { withoutCompoundMarks } from './excerpt.ts';

export interface ShownResult {
  url: string;
  title: string;
  type: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matches. */
  excerpt: string;
  /** A news item's date: ISO, and as the page writes it. */
  date?: string;
  datum?: string;
}

export interface Row {
  result: ShownResult;
  /** Results with nearly the same excerpt, in rank order. */
  alike: ShownResult[];
}

/** Share of words two excerpts must have in common (of all the words in either) to be one row. */
const ALIKE = 0.8;

const wordsOf = (excerpt: string) => new Set(withoutCompoundMarks(excerpt).replace(/<\/?mark>/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** What an excerpt says: its words, and those beyond the page's own title and the words searched ("<mark>Netwerk</mark> Rozenburg." says nothing more). */
interface Said {
  words: Set<string>;
  beyondTitle: Set<string>;
}

/** Each result's words, read once: a row's first result is compared with every result after it. */
const SAID = new WeakMap<ShownResult, Said>();

function saidBy(result: ShownResult): Said {
  let said = SAID.get(result);
  if (!said) {
    const words = wordsOf(result.excerpt);
    const known = new Set([...wordsOf(result.title), ...wordsOf([...result.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]).join(' '))]);
    said = { words, beyondTitle: new Set([...words].filter((word) => !known.has(word))) };
    SAID.set(result, said);
  }
  return said;
}

/**
 * Nearly the same words; or, of two pages of one type, excerpts that are each only the page's title and the searched
 * word: for "netwerk" thirteen rows "Netwerk Rozenburg.", "Netwerk Pernis." … said nothing apart (helper-45).
 */
function alike(a: Said, b: Said): boolean {
  if (a.words.size > 0 && b.words.size > 0 && a.beyondTitle.size === 0 && b.beyondTitle.size === 0) return true;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  const all = a.words.size + b.words.size - shared;
  return all > 0 && shared / all >= ALIKE;
}

/** Adds results, in rank order, to the rows shown so far; with `fold` off each result is a row of its own. */
export function addToRows(rows: Row[], results: readonly ShownResult[], fold = true): void {
  for (const result of results) {
    const row = fold ? rows.find((r) => r.result.type === result.type && alike(saidBy(r.result), saidBy(result))) : undefined;
    if (row) row.alike.push(result);
    else rows.push({ result, alike: [] });
  }
}

/** A result as the engine gives it: its data loads on demand. */
interface Loadable {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** Results loaded at a time. */
const BATCH = 10;
/** Most results loaded for one screen of rows: near-duplicates beyond this stay rows of their own. */
const MOST_LOADED = 50;

/**
 * Loads results from `loaded` on, a batch at a time, into `rows` until they
 * hold `want` more rows than before or the results (or the load limit) run
 * out; returns how many results are loaded now. `current` says whether a
 * newer search has replaced this one (then it stops). `fold` off for a list
 * by filters alone: there every page is one the reader asked for (the fourteen
 * networks begin alike but for their name, and were one row).
 */
export async function fillRows(results: readonly Loadable[], loaded: number, rows: Row[], want: number, current: () => boolean = () => true, fold = true): Promise<number> {
  const target = rows.length + want;
  const limit = loaded + MOST_LOADED;
  while (rows.length < target && loaded < results.length && loaded < limit) {
    const batch = await Promise.all(results.slice(loaded, loaded + BATCH).map((r) => r.data()));
    if (!current()) return loaded;
    addToRows(
      rows,
      batch.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', excerpt: d.excerpt, date: d.meta.date, datum: d.meta.datum })),
      fold,
    );
    loaded += batch.length;
  }
  return loaded;
}
