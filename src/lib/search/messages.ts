/**
 * What the search page says about an answer (answer.ts), in Dutch: the count
 * and what it is for, which typed words the site does not have, and why there
 * is nothing when filters hide it. The count line is the page's live region,
 * so a screen reader hears all of it.
 */
import type { Answer } from './answer.ts';
import { queryWords } from './query-words.ts';
import { shortenedAtWord } from '../page-title.ts';

/** ‘zorg’; a query already in quotes (a phrase) is shown as typed, not in a second pair: "zorg en welzijn", 'zorg en welzijn'. */
const quoted = (text: string) => (/^(["“„][^]*["”‟″]|['‘‚][^]*['’])$/u.test(text) ? text : `‘${text}’`);

/** The query without the pair of quotes around it, if any: "zorg" and 'zorg' are zorg; 's-Gravendijkwal stays. */
const withoutQuotes = (text: string) => text.trim().replace(/^["“„'‘‚](.*)["”‟″'’]$/u, '$1');

/** ‘a’, ‘a’ en ‘b’, ‘a’, ‘b’ en ‘c’. */
export function listOf(words: readonly string[]): string {
  const q = words.map(quoted);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} en ${q.at(-1)}`;
}

const counted = (n: number) => (n === 0 ? 'Geen resultaten' : n === 1 ? '1 resultaat' : `${n} resultaten`);

/** The rows shown so far: how many, and how many results they hold (more than rows when pages with the same text share one). */
export interface ShownRows {
  rows: number;
  results: number;
}

/** " (in 3 groepen: …)" when results share rows, so "16 resultaten" above three rows adds up. */
function inRows(n: number, shown: ShownRows | undefined): string {
  if (!shown || shown.results <= shown.rows) return '';
  const same = 'pagina’s met bijna dezelfde tekst staan samen';
  return shown.results >= n ? ` (in ${shown.rows === 1 ? '1 groep' : `${shown.rows} groepen`}: ${same})` : ` (${same})`;
}

/**
 * Is the correction the typed words written apart (zorgmedewerkers as zorg medewerkers, also across a linking s;
 * wmo-radar as wmo radar), rather than another spelling? Then it is no better spelling, only the way the site has them.
 */
export function writtenApart(query: string, corrected: string): boolean {
  const parts = corrected.toLowerCase().split(/[\s\p{Pd}]+/u).filter(Boolean);
  // The parts in order, each but the last maybe followed by an s: welzijn medewerkers in welzijnsmedewerkers.
  const fits = (text: string, i: number): boolean => {
    if (i === parts.length) return text === '';
    if (!text.startsWith(parts[i]!)) return false;
    const rest = text.slice(parts[i]!.length);
    return fits(rest, i + 1) || (i < parts.length - 1 && rest.startsWith('s') && fits(rest.slice(1), i + 1));
  };
  return parts.length > 1 && fits(query.toLowerCase().replace(/[\s\p{Pd}]+/gu, ''), 0);
}

/** Is every missing word the start or the end of a word of the correction (scholing in scholingsvoucher)? Then it is on the site, inside that word. */
export function partOfLonger(missing: readonly string[], corrected: string): boolean {
  const words = corrected.toLowerCase().split(/\s+/);
  return missing.length > 0 && missing.every((typed) => words.some((w) => w !== typed.toLowerCase() && (w.startsWith(typed.toLowerCase()) || w.endsWith(typed.toLowerCase()))));
}

/** Does the query as typed find pages: has it words that are on the site? Not when each of its words is missing (delftshaven). */
export const findsAsTyped = (found: Answer) => queryWords(found.query).length > found.missing.length;

/** The count line: "3 resultaten voor ‘delfshaven’", with what the reader must know to read it right; `ticked`: the filter values ticked. */
export function statusText(found: Answer, ticked: number, shown?: ShownRows): string {
  const n = found.results.length;
  const one = found.missing.length === 1;
  const notThere = `${listOf(found.missing)} ${one ? 'staat' : 'staan'} niet op de site`;
  // The filter values ticked: one is "dit filter" (helper-30: "met deze filters" for one).
  const these = ticked === 1 ? 'dit filter' : 'deze filters';
  const withFilters = `${ticked > 0 ? ` met ${these}` : ''}${inRows(n, shown)}`;
  if (found.corrected && writtenApart(found.query, found.corrected)) return `${counted(n)} voor ${quoted(found.corrected)}${withFilters}: ${listOf(found.missing)} ${one ? 'staat' : 'staan'} zo niet op de site, de losse woorden wel.`;
  if (found.corrected && partOfLonger(found.missing, found.corrected)) return `${counted(n)} voor ${quoted(found.corrected)}${withFilters}: ${listOf(found.missing)} ${one ? 'staat' : 'staan'} alleen als deel van een langer woord op de site.`;
  if (found.corrected) return `${counted(n)} voor ${quoted(found.corrected)}${withFilters}; ${notThere}.`;
  if (!found.query) return `${counted(n)}${withFilters}`;
  if (found.missing.length > 0 && found.searched) return `${counted(n)} voor ${quoted(found.searched)}${withFilters}: ${notThere} en ${one ? 'is' : 'zijn'} weggelaten.`;
  // One missing word that is the whole query is named once: "Geen resultaten: ‘zorgwelzijn’ staat niet op de site."
  if (found.missing.length > 0) return `Geen resultaten${one && found.missing[0] === withoutQuotes(found.query) ? '' : ` voor ${quoted(found.query)}`}: ${notThere}.`;
  if (n === 0 && ticked > 0 && found.withoutFilters > 0) return `Geen resultaten voor ${quoted(found.query)} met ${these}; zonder ${ticked === 1 ? 'dat filter' : 'filters'} ${found.withoutFilters === 1 ? 'is er 1' : `zijn er ${found.withoutFilters}`}.`;
  if (n === 0 && found.unquoted !== undefined) return `Geen resultaten voor ${quoted(found.query)}: geen pagina heeft deze woorden zo achter elkaar.`;
  if (n === 0 && found.query.trim().includes(' ')) return `Geen resultaten voor ${quoted(found.query)}: geen pagina heeft al deze woorden.`;
  // A typed word the site has in another spelling is named with it: "2 resultaten voor ‘vrijwiligers’, gevonden als ‘vrijwilligers’" (helper-54).
  return `${counted(n)} voor ${quoted(found.query)}${withFilters}${found.foundAs ? `, gevonden als ${listOf(found.foundAs.map((f) => f.as))}` : ''}`;
}

/** Longest query the page title shows before it is cut at a word. */
export const MAX_TITLE_QUERY = 40;

/**
 * The search page's title once it shows an answer: the query first, so tabs
 * and the history tell one search from another ("‘zorg’ – Zoeken | …").
 * Without a query it stays the page's own title.
 */
export function searchTitle(query: string, ownTitle: string): string {
  const words = query.trim();
  return words ? `${quoted(shortenedAtWord(words, MAX_TITLE_QUERY))} – ${ownTitle}` : ownTitle;
}
