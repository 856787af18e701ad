/**
 * What a search answers, on top of Pagefind: which typed words the site does
 * not have (Pagefind would drop them, or let a shorter word stand in), the
 * correction to search instead when one is clearly right or the corrections
 * to offer, the results in the order a reader expects (the query's words side
 * by side first), and, asked apart, per filter value the count that ticking it
 * would give.
 * The engine is Pagefind's JavaScript API (the search page's, or the tests'
 * in Node); nothing here touches the page. Measured on the judged set
 * (tests/helpers/judged-queries.ts; numbers in BENCHMARKS.md).
 */
import { beginsWith, isCommonWord, matchedTokens, queryOf, queryWords, sharesStart, type MatchedText, type QueryWord } from './query-words.ts';
import { markWord, onlyItsHeading, passage, type WordLocation } from './passage.ts';
import { PAGEFIND_OPTIONS } from './ranking.ts';
import { abbreviationSplit, candidatesFor, compoundParts, knownParts, longerWordsOf, sameStartWords, type Vocabulary } from './suggest.ts';

export interface EngineResultData extends MatchedText {
  url: string;
  excerpt: string;
  /** The indexed text as Pagefind escapes it for excerpts, and each matched word's position and score. */
  raw_content?: string;
  weighted_locations?: WordLocation[];
  meta: Record<string, string | undefined>;
}

export interface EngineResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<EngineResultData>;
}

export interface EngineResponse {
  results: EngineResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's API a search needs. */
export interface SearchEngine {
  search(term: string | null, options: SearchOptions): Promise<EngineResponse>;
}

export interface Answer {
  /** The query as typed. */
  query: string;
  /** The query whose results are listed: the typed one, its correction, or the typed words the site has. */
  searched: string;
  /** Typed words the site does not have, as typed. */
  missing: string[];
  /** The correction searched instead of the query, when one is clearly right and the reader did not ask for the query as typed. */
  corrected?: string;
  /** Corrections to offer ("Bedoelde je …?"); each finds results. */
  offers: string[];
  results: EngineResult[];
  /** Results for the searched words without filters: more than 0 while `results` is empty means the filters hide them. */
  withoutFilters: number;
  /** Where no page has all the typed words (all on the site): those that find pages on their own, to search one of them. */
  eachAlone?: string[];
  /** A phrase in quotes that found nothing: the same words without quotes, as the way on. */
  unquoted?: string;
  /** One word the site lacks, near no word of it, a compound of which a part is on the site (welzijnswerkers: welzijn): those parts, to search one. */
  eachPart?: string[];
  /**
   * Typed words the site has only in another spelling that Pagefind's stems make the same (vrijwiligers: vrijwilligers,
   * Delfshafen: Delfshaven), with the word the first result has; not a form that begins the same (opleidingen: opleiding).
   * Said in the count line, so a typo is not taken for a word of the site (helper-54).
   */
  foundAs?: { typed: string; as: string }[];
}

export interface AnswerOptions extends SearchOptions {
  /** Search the query as typed: no correction searched instead (the reader followed "zoek in plaats daarvan naar …"). */
  literal?: boolean;
  /** The site's words for corrections, loaded only when a word is missing. */
  vocabulary: () => Promise<Vocabulary>;
}

/** Most corrections offered at once. */
const MOST_OFFERS = 3;

export async function answer(engine: SearchEngine, query: string, options: AnswerOptions): Promise<Answer> {
  const searchOptions: SearchOptions = { filters: options.filters ?? {}, sort: options.sort ?? {} };
  const words = queryWords(query);
  const base = { query, searched: queryOf(words), missing: [] as string[], offers: [] as string[] };
  // Without words: every page, as a filter alone lists them; but a query of signs alone ("%", "***") is no search for everything.
  if (words.length === 0) return query.trim() === '' ? { ...base, ...(await listed(engine, [], searchOptions)) } : { ...base, results: [], withoutFilters: 0 };

  const asTyped = await engine.search(narrowed(words), {});
  prefetch(asTyped.results);
  const { missing, foundAs } = await missingWords(engine, narrowing(words), asTyped);
  if (missing.length === 0) {
    const all = { ...(await listed(engine, words, searchOptions, asTyped)), ...(foundAs.length > 0 ? { foundAs } : {}) };
    // No page has them all ("jongeren mbo"): each telling word is a way on (helper-28). Each finds pages alone, as none is missing.
    if (all.withoutFilters > 0 || words.length < 2) return { ...base, ...all };
    if (isPhrase(words)) return { ...base, ...all, unquoted: unquoted(words) };
    const once = new Set<string>();
    return { ...base, ...all, eachAlone: tellingWords(words).filter((w) => !once.has(w.key) && once.add(w.key)).map((w) => w.typed) };
  }

  const answered = { ...base, missing: missing.map((w) => withoutQuoteMarks(w).typed) };
  // Asked as written, in quotes: with a word of it missing no page has the phrase, and no other words are searched in its
  // place (helper-30: 'wijknetwerk Charlois' listed Charlois alone). The way on is the words without quotes.
  const phrase = inQuotes(words);
  if (missing.some((w) => phrase.has(w))) return { ...answered, searched: '', offers: [], results: [], withoutFilters: 0, unquoted: unquoted(words) };
  const vocabulary = await options.vocabulary();
  const corrections = await correctionsFor(engine, words, missing, vocabulary, searchOptions);
  const found = words.filter((w) => !missing.includes(w));
  const clear = corrections.length === 1 && missing.every((w) => corrections[0]!.clear.has(w));
  if (clear && !options.literal) {
    const corrected = queryOf(corrections[0]!.words);
    return { ...answered, searched: corrected, corrected, ...(await listed(engine, queryWords(corrected), searchOptions)) };
  }
  const offers = corrections.slice(0, MOST_OFFERS).map((c) => queryOf(c.words));
  // Pages that match only the other words are listed when those words say something, never for "van" or "de" alone.
  if (found.length > 0 && !found.every((w) => isCommonWord(w.key))) {
    return { ...answered, searched: queryOf(found), offers, ...(await listed(engine, found, searchOptions)) };
  }
  const nothing = { ...answered, searched: '', offers, results: [], withoutFilters: 0 };
  if (offers.length > 0 || words.length > 1) return nothing;
  // One word, near no word of the site, that begins as a word of it does for most of its length: a compound whose last part
  // the site writes otherwise (werkervaringsplaats: werkervaringsplekken, helper-61). Offered, as the meaning may differ.
  const alike = sameStartWords(words[0]!.key, vocabulary).slice(0, MOST_OFFERS);
  if (alike.length > 0) return { ...nothing, offers: alike };
  // One word, near no word of the site: the parts of it the site has (words of its pages, so each finds them) are the way on
  // (welzijnswerkers used to end here).
  const parts = knownParts(words[0]!.key, vocabulary, (w) => !isCommonWord(w));
  return parts.length > 0 ? { ...nothing, eachPart: parts } : nothing;
}

/**
 * The typed words the index does not have. A word is there when the first
 * result of the whole query matched a word that begins with it (the common
 * case, no extra search), when Pagefind's exact search (which compares stems:
 * opleidingen finds opleiding) finds it, or when searching it alone matches a
 * word that begins with it (a word typed half). Otherwise Pagefind matched a
 * shorter word in its place, or nothing: the word is missing.
 */
async function missingWords(engine: SearchEngine, words: readonly QueryWord[], whole: EngineResponse): Promise<{ missing: QueryWord[]; foundAs: { typed: string; as: string }[] }> {
  const seen = await tokensOfFirst(whole);
  const missing: QueryWord[] = [];
  const foundAs: { typed: string; as: string }[] = [];
  for (const word of words) {
    if (seen.some((token) => beginsWith(token, word.key))) continue;
    const exact = await engine.search(`"${word.key}"`, {});
    if (exact.results.length > 0) {
      // Found by its stem: a form of the word (opleidingen: opleiding) begins as it does; another spelling does not.
      const as = spelledAs(await tokensOfFirst(exact), word.key);
      if (as !== undefined) foundAs.push({ typed: withoutQuoteMarks(word).typed, as });
      continue;
    }
    const alone = words.length === 1 ? whole : await engine.search(word.key, {});
    if (!(await tokensOfFirst(alone)).some((token) => beginsWith(token, word.key))) missing.push(word);
  }
  return { missing, foundAs };
}

/** How many letters two words share at their start, case and accents aside. */
function sharedStart(a: string, b: string): number {
  const [x, y] = [a, b].map((w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  let same = 0;
  while (same < x!.length && same < y!.length && x![same] === y![same]) same++;
  return same;
}

/**
 * A form of the typed word rather than another spelling: they agree up to the last two letters of the shorter
 * (opleidingen: opleiding, mogelijkheden: mogelijkheid), where a typo differs sooner (vrijwiligers: vrijwilligers).
 */
export const isFormOf = (word: string, typed: string): boolean => sharedStart(word, typed) >= Math.min(word.length, typed.length) - 2;

/**
 * The site's spelling of a typed word that Pagefind found by its stem, from the words it matched (indexed copies:
 * "vrijwilligers|werk.", "mbo-zorg|opleiding"): the part nearest the typed word, where no part is a form of it.
 */
export function spelledAs(tokens: readonly string[], typed: string): string | undefined {
  const parts = tokens.flatMap((token) => token.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => isFormOf(part, typed))) return undefined;
  return parts.reduce((best, part) => (sharedStart(part, typed) > sharedStart(best, typed) ? part : best));
}

async function tokensOfFirst(response: EngineResponse): Promise<string[]> {
  const first = response.results[0];
  return first ? matchedTokens(await first.data(), first.matchedMetaFields) : [];
}

interface Correction {
  words: QueryWord[];
  /** The missing words for which this is the only candidate as near as it is. */
  clear: Set<QueryWord>;
}

/**
 * Corrected queries: each missing word replaced by a word of the site that is
 * near it and finds results with the rest of the query; the words found stay
 * as typed. Only the nearest candidates that find something are kept, so a
 * correction is never further from what was typed than another real one.
 */
async function correctionsFor(engine: SearchEngine, words: readonly QueryWord[], missing: readonly QueryWord[], vocabulary: Vocabulary, options: SearchOptions): Promise<Correction[]> {
  const finds = async (candidate: QueryWord[]) => (await engine.search(narrowed(candidate), options)).results.length > 0;
  // A candidate for one word is tried with the words found (Pagefind would skip the other missing ones, or let a shorter word stand in).
  const replaced = (word: QueryWord, by: string) => words.filter((w) => w === word || !missing.includes(w)).map((w) => (w === word ? siteWord(by) : w));
  const choices = new Map<QueryWord, string[]>();
  for (const word of missing) {
    const real: string[] = [];
    let nearest = Infinity;
    // Pagefind reads a word with hyphens as one (wmo-radar as wmoradar): its parts apart come first, nearer than any other
    // word, when the site has every part (not a shorter word standing in: zij-instromers is no "zij in"). So do the parts of
    // a compound the site writes only apart (zorgmedewerkers: zorg, medewerkers).
    const hyphened = word.typed.split(/\p{Pd}+/u);
    const parts = queryWords(hyphened.length > 1 ? hyphened.join(' ') : (compoundOf(word.key, vocabulary) ?? word.typed));
    if (parts.length > 1 && (await finds(replaced(word, queryOf(parts))))) {
      const alone = await engine.search(queryOf(parts), {});
      if ((await missingWords(engine, parts, alone)).missing.length === 0) {
        real.push(queryOf(parts));
        nearest = 0;
      }
    }
    if (real.length === 0) {
      // A word the site has only as the start or the end of a longer one (scholing, gemee, voucher in Scholingsvoucher): the
      // most used of those that finds pages, searched instead, nearer than any other spelling.
      for (const longer of longerWordsOf(word.key, vocabulary)) {
        if (!(await finds(replaced(word, longer)))) continue;
        real.push(longer);
        nearest = 0;
        break;
      }
    }
    real.push(...(await nearestFinding(word, vocabulary, (candidate) => finds(replaced(word, candidate)), nearest)));
    if (real.length === 0) {
      // Nothing near it finds pages beside the other words ("jongeren Delfhaven": no page has jongeren and Delfshaven). With
      // one word missing, the nearest words of the site that find pages alone are offered as a way on, never searched instead.
      return missing.length === 1 && words.length > 1 ? await nearestAlone(engine, word, vocabulary, options) : [];
    }
    choices.set(word, real);
  }
  // The first choice for every missing word, then the other choices one word at a time.
  const first = words.map((w) => choices.get(w)?.[0] ?? w.typed);
  const queries: { words: string[]; clear: Set<QueryWord> }[] = [{ words: first, clear: new Set(missing.filter((w) => choices.get(w)!.length === 1)) }];
  for (const word of missing) for (const other of choices.get(word)!.slice(1)) queries.push({ words: words.map((w, i) => (w === word ? other : first[i]!)), clear: new Set() });
  const found: Correction[] = [];
  for (const query of queries) {
    const candidate = query.words.map((typed) => siteWord(typed));
    if (missing.length === 1 || (await finds(candidate))) found.push({ words: candidate, clear: query.clear });
  }
  // No page has every corrected word ("Delfhaven jongern": none has Delfshaven and jongeren): each word's correction is
  // offered on its own, with the words found, as a way on; the reader learns the spellings either way.
  if (found.length === 0) return missing.map((word) => ({ words: replaced(word, choices.get(word)![0]!), clear: new Set() }));
  return found;
}

/**
 * The parts of a compound the site writes apart, also after an abbreviation of three letters (wmoradar: wmo radar);
 * whether the site has the abbreviation is for the search of the parts to say, as for every split.
 */
function compoundOf(word: string, vocabulary: Vocabulary): string | undefined {
  const telling = (part: string) => !isCommonWord(part);
  return compoundParts(word, vocabulary, telling) ?? abbreviationSplit(word, vocabulary, telling)?.join(' ');
}

/**
 * The words of the site nearest to `word`, no farther than `within`, for which `finds` holds, in the
 * vocabulary's order: once one does, only candidates as near as it are tried.
 */
async function nearestFinding(word: QueryWord, vocabulary: Vocabulary, finds: (candidate: string) => Promise<boolean>, within = Infinity): Promise<string[]> {
  const found: string[] = [];
  let nearest = within;
  for (const candidate of candidatesFor(word.key, vocabulary)) {
    if (candidate.distance > nearest) break;
    if (await finds(candidate.word)) {
      found.push(candidate.word);
      nearest = candidate.distance;
    }
  }
  return found;
}

/** The nearest words of the site to `word` that find pages on their own, each as a correction of its own. */
async function nearestAlone(engine: SearchEngine, word: QueryWord, vocabulary: Vocabulary, options: SearchOptions): Promise<Correction[]> {
  const alone = await nearestFinding(word, vocabulary, async (candidate) => (await engine.search(candidate, options)).results.length > 0);
  return alone.map((candidate) => ({ words: [siteWord(candidate)], clear: new Set() }));
}

/** The results for `words` with the chosen filters, in the order a reader expects, with excerpts chosen by the telling words. */
async function listed(engine: SearchEngine, words: readonly QueryWord[], options: SearchOptions, unfiltered?: EngineResponse) {
  const term = words.length ? narrowed(words) : null;
  const plain = Object.keys(options.filters ?? {}).length === 0 && Object.keys(options.sort ?? {}).length === 0;
  const response = unfiltered && plain ? unfiltered : await engine.search(term, options);
  const telling = tellingWords(words);
  // The results are those of the telling words (narrowing); their locations choose the excerpt, and their order ranks the
  // results. The common words are marked in the excerpt where a page has them too: the locations of the whole query.
  const byTelling = telling.length < words.length && !isPhrase(words) ? response : undefined;
  const everyWord = byTelling ? await engine.search(queryOf(words), options) : response;
  const sorted = Object.keys(options.sort ?? {}).length > 0;
  const results = sorted ? response.results : inReadersOrder(engine, words, response.results, options, byTelling);
  // Pagefind's count without filters ignores a phrase's word order ("kandidaten pilot" counted the page with both words
  // apart, so filters seemed to hide a result there was not): a phrase is counted by its own search without filters.
  const filtered = Object.keys(options.filters ?? {}).length > 0;
  const withoutFilters = !isPhrase(words) ? response.unfilteredResultCount : filtered ? (await engine.search(term, {})).results.length : response.results.length;
  return {
    results: withPassages(await results, telling, words.filter((w) => !telling.includes(w)), everyWord.results, byTelling?.results),
    withoutFilters,
  };
}

/** A word of the site (a correction) as a query word, written as the site writes it. */
const siteWord = (typed: string): QueryWord => ({ typed, key: typed.toLowerCase() });

/** Does the query hold words in double quotes, which Pagefind searches as a phrase ("zorg en welzijn")? */
const isPhrase = (words: readonly QueryWord[]) => words.some((w) => w.typed.includes('"'));

/** The words inside double quotes, a quote mark counted where Pagefind sees it: "zorg en welzijn" Delfshaven has three. */
function inQuotes(words: readonly QueryWord[]): Set<QueryWord> {
  const inside = new Set<QueryWord>();
  let open = false;
  for (const word of words) {
    const marks = word.typed.split('"').length - 1;
    if (open || marks > 0) inside.add(word);
    if (marks % 2 === 1) open = !open;
  }
  return inside;
}

/** The query's words without the quotes of a phrase. */
const unquoted = (words: readonly QueryWord[]) => queryOf(words.map(withoutQuoteMarks).filter((w) => w.typed !== ''));

/** A word as typed without the quote marks of a phrase. */
const withoutQuoteMarks = (word: QueryWord): QueryWord => ({ ...word, typed: word.typed.replaceAll('"', '') });

/** The query's words that say something; all of them when every word is common ("de"). */
function tellingWords(words: readonly QueryWord[]): readonly QueryWord[] {
  const telling = words.filter((w) => !isCommonWord(w.key));
  return telling.length > 0 ? telling : words;
}

/**
 * The words whose pages are the results: the telling ones. Pagefind lists only pages with every word, so a common
 * word would narrow the results for nothing ("wat is een pact" left out the page Pacten, which has no "wat"; "hoe
 * word ik zorgmedewerker" found pages with "hoe" and "wordt"; helper-36). The common words still rank the pages
 * that have the query side by side first, and are marked beside the telling ones. Words in quotes stay a phrase.
 */
const narrowing = (words: readonly QueryWord[]) => (isPhrase(words) ? words : tellingWords(words));
const narrowed = (words: readonly QueryWord[]) => queryOf(narrowing(words));

/**
 * The results with the excerpt a reader should see (passage.ts): the window
 * chosen by the locations of the telling words, common words marked only
 * beside them. `all` and `telling` are the results of the whole query and of
 * its telling words, whose locations these are; `tellingWords` and `common` the
 * query's words of each kind. A page whose text has none of the telling words
 * (found by its summary: the fourteen network pages for "2016"), or whose text
 * is only its heading, shows its summary instead, the words marked, so the
 * reader sees why it is listed.
 */
function withPassages(results: readonly EngineResult[], tellingWords: readonly QueryWord[], common: readonly QueryWord[], all: readonly EngineResult[], telling: readonly EngineResult[] = all): EngineResult[] {
  const allById = new Map(all.map((r) => [r.id, r]));
  const tellingById = new Map(telling.map((r) => [r.id, r]));
  const locationsOf = async (result: EngineResult | undefined) => (result ? ((await result.data()).weighted_locations ?? []) : undefined);
  return results.map((result) => {
    let data: Promise<EngineResultData> | undefined;
    const load = async (): Promise<EngineResultData> => {
      const own = await result.data();
      if (own.raw_content === undefined) return own;
      const allLocations = (await locationsOf(allById.get(result.id))) ?? own.weighted_locations ?? [];
      const tellingLocations = (await locationsOf(tellingById.get(result.id))) ?? allLocations;
      const inText = tellingLocations.length > 0;
      const summary = inText && !onlyItsHeading(own.raw_content, own.meta.title ?? '') ? undefined : summaryExcerpt(own.meta.summary ?? '', tellingWords);
      return { ...own, excerpt: summary ?? passage(own.raw_content, { length: PAGEFIND_OPTIONS.excerptLength, telling: tellingLocations, all: allLocations, common: common.map((w) => w.key), title: own.meta.title }) };
    };
    return { ...result, data: () => (data ??= load()) };
  });
}

/**
 * A summary as an excerpt: escaped as Pagefind escapes text, its words that begin with a telling word
 * marked; undefined when there is none. Shown also with no word marked (a page matched by its title or
 * by a word's stem alone): written to say what the page is about, it tells more than the text's opening.
 */
function summaryExcerpt(summary: string, telling: readonly QueryWord[]): string | undefined {
  const words = summary.match(/\S+/g);
  if (!words) return undefined;
  return words
    .map((word) => word.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .map((word) => (telling.some((w) => beginsWith(word, w.key)) ? markWord(word) : word))
    .join(' ');
}

/**
 * Starts loading the first screen of results of the query as typed, all at once, while the answer is
 * worked out: that is the screen shown in the common case (no correction, no filter), and its data is
 * read one page at a time below (the first result's words, then the titles). Pagefind keeps what it
 * loaded; a failed load is reported where the data is used.
 */
function prefetch(results: readonly EngineResult[]): void {
  for (const result of results.slice(0, TITLES_CHECKED)) result.data().catch(() => undefined);
}

/** Results whose matched words and titles are checked: the first screen, whose data the page loads anyway. */
const TITLES_CHECKED = 10;

/**
 * The results in the order a reader expects. Pagefind scores each word on
 * its own, and a common word also matches every longer word it begins (de:
 * dertien, Delfshaven), so the order comes from the words that say something
 * ("Hugo de Jonge" is ranked as hugo jonge; the results are still only the
 * pages with all three). Then, keeping that order within each group: pages
 * whose title has all those words, and pages with the words side by side
 * ("Hoek van Holland", not hoek, van and Holland in three places), come first;
 * pages that matched a telling word only through its stem, by a word that
 * begins otherwise (gezondheid: "zo'n"), come last.
 */
async function inReadersOrder(engine: SearchEngine, words: readonly QueryWord[], results: EngineResult[], options: SearchOptions, byTelling?: EngineResponse): Promise<EngineResult[]> {
  const telling = words.filter((w) => !isCommonWord(w.key));
  if (telling.length === 0 || results.length < 2) return results;
  let ranked = results;
  // Pagefind scores every page with a phrase alike (1.0), which leaves them in the index's page order: they are ranked as
  // the telling words without quotes rank them ("zorg en welzijn" as zorg welzijn).
  const rankedBy = byTelling ?? (isPhrase(words) ? await engine.search(queryOf(telling.map(withoutQuoteMarks)), options) : undefined);
  if (rankedBy) {
    const all = new Set(results.map((r) => r.id));
    const inOrder = rankedBy.results.filter((r) => all.has(r.id));
    const listed = new Set(inOrder.map((r) => r.id));
    ranked = [...inOrder, ...results.filter((r) => !listed.has(r.id))];
  }
  const phrase = words.length > 1 && !isPhrase(words) ? new Set((await engine.search(`"${queryOf(words)}"`, options)).results.map((r) => r.id)) : new Set<string>();
  const titled = new Set<string>();
  // All at once: one after the other, each waits for the network.
  const first = ranked.slice(0, TITLES_CHECKED);
  const data = await Promise.all(first.map((r) => r.data()));
  const stemOnly = new Set(first.filter((r, i) => telling.some((w) => !matchedTokens(data[i]!, r.matchedMetaFields).some((token) => sharesStart(token, w.key)))).map((r) => r.id));
  first.forEach((result, i) => {
    const title = (data[i]!.meta.title ?? '').split(/\s+/);
    if (telling.every((w) => title.some((token) => beginsWith(token, w.key)))) titled.add(result.id);
  });
  const tier = (r: EngineResult) => (stemOnly.has(r.id) ? 4 : 0) + (titled.has(r.id) ? 0 : 2) + (phrase.has(r.id) ? 0 : 1);
  return ranked.map((r, i) => ({ r, i })).sort((a, b) => tier(a.r) - tier(b.r) || a.i - b.i).map(({ r }) => r);
}

/**
 * Per filter and value, the number of results that ticking it gives for what
 * `answered` searched, the other filters as chosen; nothing when no typed word
 * was searched. Within a filter a result matches any ticked value, so the
 * counts of a filter that has ticked values come from the same search without
 * that filter (Pagefind's own counts there are within the ticked values, 0 for
 * every other).
 *
 * Asked of an engine of its own, after the results are on screen: Pagefind
 * (1.6) counts every loaded filter's values on every search, in time that
 * grows with the results times the filters' entries (a word on half of 10,000
 * pages: 155–420 ms with all four filters loaded, 43–174 ms without;
 * BENCHMARKS.md), so the engine that answers loads no filter it does not
 * search with.
 */
export async function filterCounts(engine: SearchEngine, answered: Pick<Answer, 'query' | 'searched'>, options: SearchOptions): Promise<Record<string, Record<string, number>>> {
  if (answered.searched === '' && queryWords(answered.query).length > 0) return {};
  const term = answered.searched === '' ? null : narrowed(queryWords(answered.searched));
  const counts = { ...(await engine.search(term, { filters: options.filters ?? {} })).filters };
  for (const name of Object.keys(options.filters ?? {})) {
    const { [name]: _own, ...others } = options.filters!;
    counts[name] = (await engine.search(term, { filters: others })).filters[name] ?? {};
  }
  return counts;
}
