/**
 * Dutch text for the benchmark corpus, with the word statistics of a real
 * archive: words drawn Zipf-like (the n-th most frequent word about 1/n as often
 * as the first) from real Dutch frequency ranks, domain words of zorg en welzijn
 * mixed in, and a long tail of compounds and people's names.
 *
 * The ranks come from @zxcvbn-ts/language-nl-be (MIT, pinned to one version so
 * the corpus never changes under us): its `wikipedia` list, 19,542 words ranked
 * by frequency in Dutch Wikipedia (written language, as news is; its other list
 * comes from film subtitles: spoken, first person, and coarse), and its Flemish
 * first names (3,210) and surnames (9,866), also ranked by frequency, for the
 * names. Deterministic: everything is drawn from the seeded generator passed
 * in, and each compound follows from its own number.
 */
import { createRequire } from 'node:module';
import { AREAS } from '../src/lib/content-model.ts';

const require = createRequire(import.meta.url);
const list = (name: string) => require(`@zxcvbn-ts/language-nl-be/src/${name}.json`) as string[];

/** Mulberry32: a tiny, well-known seeded PRNG, so corpora are reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Left in the Wikipedia list by its extraction (document markup, HTML entities), not words. */
const NOT_WORDS = new Set(['doc', 'id', 'title', 'url', 'curid', 'amp', 'gt', 'lt', 'quot', 'nbsp', 'br', 'ref', 'http', 'https', 'www']);
const WORD = /^[a-zà-öø-ÿ]+$/;

/** The written ranking: Dutch Wikipedia's words, most frequent first, without what its extraction left in. */
export function writtenRanks(): string[] {
  return list('wikipedia').filter((word) => WORD.test(word) && !NOT_WORDS.has(word));
}

/** Words of zorg en welzijn and its labour market that a general ranking holds too rarely. */
export const DOMAIN_WORDS = [
  'zorg', 'welzijn', 'arbeidsmarkt', 'wijkteam', 'mantelzorg', 'thuiszorg', 'verpleegkundige', 'verzorgende', 'zorgmedewerkers',
  'werkgevers', 'opleiding', 'leerwerkplek', 'stage', 'instroom', 'uitstroom', 'behoud', 'personeelstekort', 'vacatures', 'wijk',
  'welzijnswerk', 'jeugdzorg', 'ouderenzorg', 'gehandicaptenzorg', 'ggz', 'wmo', 'zorgaanbieders', 'werkervaringsplek', 'carrièreswitchers',
  'statushouders', 'vrijwilligers', 'buurtwerk', 'samenwerking', 'netwerk', 'coöperatief', 'zorgopleidingen', 'bbl', 'mbo', 'hbo',
  'praktijkleren', 'zij-instromers', 'werkdruk', 'ziekteverzuim', 'inclusie', 'arbeidsbeperking', 'participatie', 'gemeente', 'wethouder',
  'zorgverzekeraar', 'huisarts', 'wijkverpleging', 'dagbesteding', 'langdurige', 'eerstelijnszorg', 'sociaal', 'domein', 'preventie',
  'gezondheid', 'leefstijl', 'eenzaamheid', 'armoede', 'schuldhulp', 'taalcoach', 'buddy', 'werkbezoek', 'pact', 'actielijn', 'regio',
] as const;

/** First parts that Dutch compounds in this field often start with (zorg|opleiding, arbeids|markt). */
const COMPOUND_HEADS = ['zorg', 'welzijns', 'wijk', 'werk', 'arbeids', 'opleidings', 'leer', 'buurt', 'thuis', 'jeugd', 'ouderen', 'personeels', 'praktijk', 'stage', 'taal', 'gezondheids', 'vrijwilligers', 'huis', 'school', 'stads'];

/**
 * Draws ranks 0 … size−1 with weight 1/(rank+1+q)^s: Zipf–Mandelbrot, the
 * shape of word frequencies in real text (s ≈ 1; q flattens the very top).
 */
export function zipf(size: number, rnd: () => number, s = 1, q = 2.7): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1 + q) ** s;
  return () => {
    const target = rnd() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** How many different compounds the long tail draws from (each drawn Zipf-like, so most are rare). */
const COMPOUND_SPACE = 120_000;

export interface DutchText {
  /** One word as it stands mid-sentence: general, domain, compound or name. */
  word(): string;
  /** A person's name, as "Voornaam Achternaam". */
  name(): string;
  sentence(min?: number, max?: number): string;
  /** A heading-like phrase: a sentence of `min`–`max` words without the full stop. */
  phrase(min: number, max: number): string;
}

/**
 * Text from one seeded generator. Of every hundred words about 84 come from the
 * written ranking, 7 are domain words, 6 compounds and 3 names or areas.
 */
export function dutchText(rnd: () => number): DutchText {
  const words = writtenRanks();
  const general = zipf(words.length, rnd);
  const domain = zipf(DOMAIN_WORDS.length, rnd, 0.9);
  // Compound parts: words that are probably nouns or stems, not the function words at the top.
  const parts = words.slice(150, 12_000).filter((w) => w.length >= 4 && w.length <= 9);
  const compound = zipf(COMPOUND_SPACE, rnd, 1, 40);
  const boys = list('boysFirstnames');
  const girls = list('girlsFirstnames');
  const firstNames = boys.flatMap((boy, i) => (girls[i] ? [boy, girls[i]] : [boy])).concat(girls.slice(boys.length));
  const lastNames = list('lastnames');
  const firstName = zipf(firstNames.length, rnd);
  const lastName = zipf(lastNames.length, rnd);

  /** Compound number k, the same every time: a head (a field's stem or a general word) joined to a general word. */
  const compoundAt = (k: number) => {
    const own = random(0x9e3779b9 ^ k);
    const head = own() < 0.5 ? COMPOUND_HEADS[Math.floor(own() * COMPOUND_HEADS.length)]! : parts[Math.floor(own() * parts.length)]!;
    const tail = parts[Math.floor(own() * parts.length)]!;
    const link = head.endsWith('s') || own() < 0.75 ? '' : 's';
    return `${head}${link}${tail}`;
  };
  const name = () => `${capital(firstNames[firstName()]!)} ${lastNames[lastName()]!.split(' ').map(capital).join(' ')}`;
  const word = () => {
    const roll = rnd();
    if (roll < 0.84) return words[general()]!;
    if (roll < 0.91) return DOMAIN_WORDS[domain()]!;
    if (roll < 0.97) return compoundAt(compound());
    return rnd() < 0.6 ? name() : AREAS[Math.floor(rnd() * AREAS.length)]!;
  };
  const phrase = (min: number, max: number) => {
    const count = min + Math.floor(rnd() * (max - min + 1));
    const out = Array.from({ length: count }, word);
    if (count > 9 && rnd() < 0.5) out[Math.floor(count / 2)] += ',';
    return capital(out.join(' '));
  };
  const sentence = (min = 8, max = 22) => `${phrase(min, max)}${rnd() < 0.2 ? `, zegt ${name()}` : ''}.`;
  return { word, name, sentence, phrase };
}

/** Words as a reader would type them: letters (with diacritics), inner hyphens and apostrophes. */
const TOKEN = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/**
 * The words of a content tree: for each word (lower case) on how many entries it
 * stands, counting the title, description and body of every Markdown entry.
 */
export function pagesPerWord(files: Iterable<string>): Map<string, number> {
  const pages = new Map<string, number>();
  for (const file of files) {
    const end = file.indexOf('\n---', 3);
    const front = file.slice(0, end);
    const fields = [...front.matchAll(/^(?:title|description): (.*(?:\n  .*)*)/gm)].map((m) => m[1]);
    const seen = new Set((`${fields.join(' ')} ${file.slice(end + 4)}`.toLowerCase().match(TOKEN) ?? []));
    for (const word of seen) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  return pages;
}

/** Shares of the pages a query word should stand on: four common, four middle, four rare. */
export const QUERY_BANDS = { common: [0.5, 0.25, 0.1, 0.05], middle: [0.02, 0.01, 0.005, 0.0025], rare: [0.001, 0.0005, 0.0002, 0] } as const;

export interface QueryWord {
  band: keyof typeof QUERY_BANDS;
  word: string;
  pages: number;
}

/**
 * Twelve query words from common to rare, the same for the same corpus: for each
 * share in QUERY_BANDS the word of five letters or more standing on the fewest
 * pages that still reach it (ties broken by a hash of the word, so the choice is
 * not all words in a). Rare ends with a word on one page.
 */
export function queryWords(pages: ReadonlyMap<string, number>, total: number): QueryWord[] {
  const hash = (word: string) => [...word].reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0, 2166136261);
  const candidates = [...pages].filter(([word]) => word.length >= 5 && /^\p{Ll}+$/u.test(word)).sort((a, b) => a[1] - b[1] || hash(a[0]) - hash(b[0]));
  const chosen = new Set<string>();
  return (Object.entries(QUERY_BANDS) as [QueryWord['band'], readonly number[]][]).flatMap(([band, shares]) =>
    shares.map((share) => {
      const [word, count] = candidates.find(([w, c]) => c >= Math.max(1, share * total) && !chosen.has(w))!;
      chosen.add(word);
      return { band, word, pages: count };
    }),
  );
}
