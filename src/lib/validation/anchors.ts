/**
 * A link to a part of a page (/over/#hergebruik, #contact) whose page has no such part: the browser opens the page at
 * its top, and the reader does not see what the link promised (helper-62: /over/#bestaat-niet passed). The parts are
 * the ids of the page's headings and elements, and the ones its template gives (page-ids.ts).
 */
import { editDistance } from '../search/suggest.ts';
import { EVERY_PAGE_IDS } from '../page-ids.ts';
import { percentDecoded } from '../web-address.ts';

/** Most parts named in a message where none is near what was written. */
const MOST_NAMED = 5;

/**
 * What is wrong with a link to `url` from the page `ownPage`, or undefined where the part is there or the page is not
 * one whose parts are known (an overview, a page that does not exist: the link check tells that).
 */
export function missingAnchor(url: string, ownPage: string, anchorsOf: (page: string) => ReadonlySet<string> | undefined): string | undefined {
  const at = url.indexOf('#');
  const path = url.slice(0, at).split('?')[0]!;
  const written = url.slice(at + 1);
  const fragment = percentDecoded(written) ?? written;
  const page = path === '' ? ownPage : path.endsWith('/') ? path : `${path}/`;
  const anchors = anchorsOf(page);
  if (anchors === undefined || anchors.has(fragment)) return undefined;
  const where = path === '' ? 'deze pagina' : page;
  const parts = [...anchors].filter((id) => !(EVERY_PAGE_IDS as readonly string[]).includes(id));
  // Near: a slip of a letter or two (a third in a long name), as "Bedoelde je" in the search allows.
  const lower = fragment.toLowerCase();
  const allowed = Math.min(3, Math.floor(lower.length / 3));
  const near = parts.map((id) => ({ id, distance: editDistance(id, lower, allowed) })).filter(({ distance }) => distance <= allowed).sort((a, b) => a.distance - b.distance)[0]?.id;
  const expected = near
    ? `een kop die er is: bedoelde je ${path}#${near}?`
    : parts.length
      ? `een kop van ${path === '' ? 'deze' : 'die'} pagina: ${parts.slice(0, MOST_NAMED).map((id) => `#${id}`).join(', ')}${parts.length > MOST_NAMED ? ' …' : ''}`
      : `de link zonder #${fragment}: ${where} heeft geen tussenkoppen`;
  return `gevonden: een link naar ${url}, maar ${where} heeft geen kop of onderdeel #${fragment}, zodat de link bovenaan de pagina uitkomt; verwacht ${expected}`;
}
