/**
 * The copy of a page that Pagefind indexes (readers' HTML is not changed):
 *
 * - Compound words are marked where their parts meet, with `|`: Pagefind
 *   indexes `arbeids|markt` as the whole word `arbeidsmarkt` *and* as each
 *   part, at the same position, so `markt` and `arbeid` find the arbeidsmarkt
 *   while `arbeidsmarkt` still matches it exactly. (Not `_`: Pagefind keeps
 *   that inside the word, so `arbeidsmarkt` would only match by its prefix
 *   `arbeid`; and not `-`, which real text uses.) Nothing is added to the
 *   text: the search page removes the marks from excerpts
 *   (`withoutCompoundMarks`), so a reader sees exactly the page's own words.
 * - Pagefind joins the text of adjacent elements that are not paragraphs or
 *   headings (`<dt>Regio</dt><dd>Flevoland</dd>` → "RegioFlevoland"); a space
 *   goes around every element that a browser lays out as a block of its own,
 *   a colon after a label and a full stop after its value ("Regio: Flevoland."),
 *   as Pagefind puts one after a paragraph, so excerpts read them apart; a
 *   table row likewise ("Kosten: de kosten verlagen.").
 * - A block of text that many pages repeat word for word (boilerplate, see
 *   boilerplate.ts) can be given a lower weight (`data-pagefind-weight`), so a
 *   page about something ranks above pages that mention it in a shared paragraph.
 */
import { Parser } from 'htmlparser2';
import { COMPOUND_MARK } from './excerpt.ts';

/** Splits a word as written into its parts, or [] to keep it whole; midSentence: a capital there marks a name. */
export type WordSplitter = (word: string, midSentence: boolean) => string[];

/** Elements a browser shows as blocks (or table cells, list items, line breaks): their text never runs on. */
const SEPARATE = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** A run of letters: a word as the splitter sees it. */
const WORD = /\p{L}+/gu;
/** After these, a capital starts a sentence rather than marking a name. */
const SENTENCE_START = '.!?:;"“‘(–—•';

const ENTITY = /&(?:[a-z]+|#\d+|#x[\da-f]+);/gi;

/** The last character of `text` that is not white space, or `previous` when there is none. */
function lastVisible(text: string, previous: string): string {
  const trimmed = text.trimEnd();
  return trimmed ? trimmed.at(-1)! : previous;
}

/** A label and its value (`<dt>Voorzitter</dt><dd>Jan Krol</dd>`): a colon after the label, a full stop after the value, so an excerpt reads "Voorzitter: Jan Krol." and not as one run of words. */
const LABELLED = new Map([
  ['dt', ':'],
  ['dd', '.'],
]);
/** Characters that already end a label or value. */
const BLOCK_END = '.!?:;';

/** Blocks whose text can be weighed: paragraphs, list items, cells, headings. */
const TEXT_BLOCKS = new Set('blockquote caption dd dt figcaption h1 h2 h3 h4 h5 h6 li p td th'.split(' '));

export interface CopyOptions {
  /** Receives the indexed text of the page, piece by piece (entities undecoded), e.g. for the suggestion vocabulary. */
  collect?: (text: string) => void;
  /** Receives the text of each text block (paragraph, list item, heading …), its descendants included. */
  block?: (text: string) => void;
  /** The weight for a text block, or undefined to leave it as it is. */
  weigh?: (text: string) => number | undefined;
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

/**
 * A table row read as a sentence: a colon after its first cell, commas between the others, a full stop after the
 * last ("Kosten: de kosten verlagen."), where a cell does not end in a sign already (helper-57: an excerpt read
 * "Kosten. de kosten verlagen" and "nastreeft: Doel Waar het om …").
 */
function rowEndings(cells: readonly { at: number; last: string }[]): Edit[] {
  return cells.flatMap(({ at, last }, i) => {
    if (last === '' || BLOCK_END.includes(last)) return [];
    const text = i === cells.length - 1 ? '.' : i === 0 ? ':' : ',';
    return [{ at, end: at, text }];
  });
}

export function indexedCopy(html: string, split: WordSplitter, { collect, block, weigh }: CopyOptions = {}): string {
  const first = html.indexOf('data-pagefind-body');
  if (first === -1) return html;
  const offset = html.lastIndexOf('<', first);
  const edits: Edit[] = [];
  let bodyDepth = 0; // open elements inside the body region (0: outside)
  let ignoreDepth = 0; // open elements inside an ignored part (0: not ignoring)
  let last = ''; // the last visible character before, within the current block ('' at its start): is the next word mid-sentence?
  const blocks: { depth: number; text: string; attributeAt: number }[] = []; // open text blocks, innermost last
  const blocksWanted = Boolean(block || weigh);
  // The cells of the table row being read, each with where it ends and its last character.
  let row: { at: number; last: string }[] | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (bodyDepth === 0) {
          if ('data-pagefind-body' in attributes) bodyDepth = 1;
          return;
        }
        bodyDepth++;
        // Where an attribute goes in the copy: right after the tag's name.
        const afterName = offset + parser.startIndex + 1 + name.length;
        if (ignoreDepth > 0) ignoreDepth++;
        else if ('data-pagefind-ignore' in attributes) ignoreDepth = 1;
        else if (name === 'thead') {
          // A table's header row names its columns: an excerpt read "Doel: Waar het om gaat." as a sentence (helper-59).
          edits.push({ at: afterName, end: afterName, text: ' data-pagefind-ignore' });
          ignoreDepth = 1;
        }
        if (SEPARATE.has(name)) {
          edits.push({ at: offset + parser.startIndex, end: offset + parser.startIndex, text: ' ' });
          last = '';
        }
        if (name === 'tr' && ignoreDepth === 0) row = [];
        if (blocksWanted && ignoreDepth === 0 && TEXT_BLOCKS.has(name)) blocks.push({ depth: bodyDepth, text: '', attributeAt: afterName });
      },
      ontext(data) {
        if (bodyDepth === 0 || ignoreDepth > 0) return;
        collect?.(data.replace(ENTITY, ' '));
        for (const open of blocks) open.text += data;
        const start = offset + parser.startIndex;
        // Text arrives with entities undecoded; letters outside entities are what is marked.
        // Entities (&amp;) become blanks ending in "&", of the same length: no part of a word, and no sentence end.
        const text = data.includes('&') ? data.replace(ENTITY, (entity) => `${' '.repeat(entity.length - 1)}&`) : data;
        let end = 0;
        for (const match of text.matchAll(WORD)) {
          const gap = text.slice(end, match.index);
          end = match.index + match[0].length;
          last = lastVisible(gap, last);
          const parts = split(match[0], last !== '' && !SENTENCE_START.includes(last));
          if (parts.length > 1) edits.push({ at: start + match.index, end: start + end, text: parts.join(COMPOUND_MARK) });
          last = match[0].at(-1)!;
        }
        last = lastVisible(text.slice(end), last);
      },
      onclosetag(name) {
        if (bodyDepth === 0) return;
        const ending = LABELLED.get(name);
        if (ending && ignoreDepth === 0 && last !== '' && !BLOCK_END.includes(last)) {
          edits.push({ at: offset + parser.startIndex, end: offset + parser.startIndex, text: ending });
          last = ending;
        }
        if ((name === 'td' || name === 'th') && row && ignoreDepth === 0) row.push({ at: offset + parser.startIndex, last });
        if (name === 'tr' && row) {
          edits.push(...rowEndings(row));
          row = undefined;
        }
        if (blocks.at(-1)?.depth === bodyDepth) {
          const closed = blocks.pop()!;
          const text = closed.text.replace(ENTITY, ' ').replace(/\s+/g, ' ').trim();
          block?.(text);
          const weight = weigh?.(text);
          if (weight !== undefined) edits.push({ at: closed.attributeAt, end: closed.attributeAt, text: ` data-pagefind-weight="${weight}"` });
        }
        bodyDepth--;
        if (ignoreDepth > 0) ignoreDepth--;
        if (SEPARATE.has(name)) {
          const after = offset + parser.endIndex + 1;
          edits.push({ at: after, end: after, text: ' ' });
          last = '';
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html.slice(offset));

  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.at - b.at)) {
    out += html.slice(at, edit.at) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
