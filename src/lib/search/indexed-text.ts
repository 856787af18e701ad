/**
 * The words a page adds to the search index beyond its own text: the parts of
 * its Dutch compounds (arbeidsmarkt → arbeid markt), inserted into the indexed
 * body at a low weight in the copy Pagefind reads; readers' HTML is unchanged.
 */
import { Parser } from 'htmlparser2';
import { compoundParts } from './compounds.ts';

/**
 * The text Pagefind indexes: the body region without the parts marked
 * data-pagefind-ignore. A streaming parser (htmlparser2), as this runs once
 * per page and a full DOM would cost more than the indexing itself.
 */
export function bodyText(html: string): string | undefined {
  let found = false;
  let bodyDepth = 0; // open elements inside the body region (0: outside)
  let ignoreDepth = 0; // open elements inside an ignored part (0: not ignoring)
  const text: string[] = [];
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (bodyDepth > 0) {
          bodyDepth++;
          if (ignoreDepth > 0) ignoreDepth++;
          else if ('data-pagefind-ignore' in attributes) ignoreDepth = 1;
        } else if ('data-pagefind-body' in attributes) {
          found = true;
          bodyDepth = 1;
        }
      },
      ontext(data) {
        if (bodyDepth > 0 && ignoreDepth === 0) text.push(data);
      },
      onclosetag() {
        if (bodyDepth === 0) return;
        bodyDepth--;
        if (ignoreDepth > 0) ignoreDepth--;
      },
    },
    { decodeEntities: true },
  );
  // Everything before the first body element (head, header, navigation) holds nothing to index.
  const first = html.indexOf('data-pagefind-body');
  if (first === -1) return undefined;
  parser.end(html.slice(html.lastIndexOf('<', first)));
  return found ? text.join(' ') : undefined;
}

/** The page with its compound parts added at the end of the indexed body. */
export function withCompoundParts(html: string, split: (word: string) => string[]): string {
  const text = bodyText(html);
  if (text === undefined) return html;
  // The parts go in just before the end of the body region, which is the <main>.
  const parts = compoundParts(text, split);
  if (parts.length === 0) return html;
  const end = html.lastIndexOf('</main>');
  return `${html.slice(0, end)}<p data-pagefind-weight="0.5">${parts.join(' ')}</p>${html.slice(end)}`;
}
