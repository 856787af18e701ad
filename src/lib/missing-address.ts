/**
 * The words of an address that does not exist, to search for on the 404 page (helper-61: /netwerken/feyenoord/,
 * /toegankelijkheidsverklaring/ and /organisaties/vws/ gave a 404 with an empty search box): the last part of the
 * path that reads as words, its - _ + as spaces, a file extension left out. Undefined where nothing reads as a word.
 */
import { QUERY_MAX } from './search/search-url.ts';
import { percentDecoded } from './web-address.ts';

/** Parts of an address that say nothing of what was looked for. */
const NOT_WORDS = /^(?:index|default|home|\d+)$/i;

export function searchWordsOf(pathname: string): string | undefined {
  const parts = pathname.split('/').filter(Boolean).map((part) => {
    // A part with a broken %-code says nothing readable.
    const decoded = percentDecoded(part) ?? '';
    return decoded.replace(/\.(?:html?|php|aspx?)$/i, '').replace(/[-_+]+/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  });
  const words = parts.reverse().find((part) => part !== '' && !NOT_WORDS.test(part) && /\p{L}/u.test(part));
  return words?.slice(0, QUERY_MAX);
}
