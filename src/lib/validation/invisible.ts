/**
 * Characters a reader cannot see but a page and every copy of it carry: pasted from Word, a web page or a
 * chat (a zero-width space, a symbol-font bullet, Word's Shift+Enter), or put there to deceive (a
 * right-to-left override that shows a text other than the file holds, a blank "letter" that makes two
 * names look alike and splits a word for search). Told per line, with the place marked.
 */

import { fieldName } from './check-entries.ts';
import { codePoint, type Problem } from './problem.ts';
import { walkValues } from './walk-values.ts';

/**
 * Format and control characters, line and paragraph separators, private-use symbol-font glyphs, the blank letters of
 * Hangul and Braille (U+2800) and the combining grapheme joiner (U+034F, helper-58), and the two code points that are no character at all (U+FFFE, U+FFFF: Astro's YAML reader stops on them).
 */
export const UNSEEN = /[\p{Cf}\p{Cc}\p{Co}\p{Zl}\p{Zp}\u034F\u115F\u1160\u2800\u3164\uFFA0\uFFFC\uFFFE\uFFFF]/u;

/**
 * What stays allowed: a line's own whitespace; Word's optional hyphen (U+00AD: the browser breaks a long
 * word there, and search reads the word whole); a zero-width joiner between two emoji (👩‍⚕️); the tag
 * letters of a regional flag (🏴 … U+E007F); a byte-order mark as the file's first character.
 */
const ALLOWED = /[\t\r\n\u00AD]|(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;


/** The character in Dutch, as an editor could recognise where it came from, and what it does on the page. */
function describe(character: string): { what: string; effect: string } {
  const code = `(${codePoint(character)})`;
  const unseen = 'niet te zien, maar wel in de pagina en in elke kopie van de tekst';
  if (/[\u200B\u2060\uFEFF]/.test(character)) return { what: `een onzichtbare spatie ${code}`, effect: unseen };
  if (/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(character)) {
    return { what: `een onzichtbaar teken dat de schrijfrichting verandert ${code}`, effect: 'de tekst kan op de pagina in een andere volgorde staan dan in het bestand' };
  }
  if (/\p{Co}/u.test(character)) return { what: `een teken uit een symboollettertype ${code}, zoals een opsommingsteken uit Word`, effect: 'op de site een leeg vakje' };
  if (/[\uFFFE\uFFFF]/.test(character)) return { what: `een code die geen teken is ${code}`, effect: 'op de site een leeg vakje, en in de velden bovenaan kan de site het bestand niet lezen' };
  if (character === '\uFFFC') return { what: `de plek van een geplakte afbeelding ${code}`, effect: 'op de site een leeg vakje' };
  // Not a line end for Astro, which reads the fields to the first \n---, but one for other readers (helper-38).
  if (/[\u2028\u2029]/.test(character)) return { what: `een onzichtbaar regeleinde ${code}`, effect: 'wat erna staat, lezen programma’s verschillend: als dezelfde regel of als een nieuwe' };
  if (character === '\u000B') return { what: `een regeleinde uit Word, Shift+Enter ${code}`, effect: 'op de site niet te zien of een leeg vakje' };
  if (/\p{Cc}/u.test(character)) return { what: `een stuurteken ${code}`, effect: 'op de site niet te zien of een leeg vakje' };
  if (/[\u115F\u1160\u2800\u3164\uFFA0]/.test(character)) return { what: `een onzichtbare letter ${code}`, effect: 'twee namen kunnen er zo hetzelfde uitzien, en zoeken vindt het woord niet' };
  return { what: `een onzichtbaar opmaakteken ${code}`, effect: unseen };
}

/** The words around the character (at most thirty letters each side), every such character shown as ⟨U+…⟩. */
function marked(line: string, visible: string, at: number): string {
  const character = String.fromCodePoint(line.codePointAt(at)!);
  const start = at - /\S{0,30}$/u.exec(line.slice(0, at))![0].length;
  const end = at + character.length + /^\S{0,30}/u.exec(line.slice(at + character.length))![0].length;
  let shown = '';
  for (let offset = start; offset < end; ) {
    const next = String.fromCodePoint(line.codePointAt(offset)!);
    shown += UNSEEN.test(visible.slice(offset, offset + next.length)) ? `⟨${codePoint(next)}⟩` : next;
    offset += next.length;
  }
  return shown;
}

/** One problem per line that holds such a character, for the first one on it. */
export function unseenCharacters(text: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  body.split('\n').forEach((line, index) => {
    const visible = line.replace(ALLOWED, (allowed) => ' '.repeat(allowed.length));
    const match = UNSEEN.exec(visible);
    if (!match) return;
    const { what, effect } = describe(String.fromCodePoint(line.codePointAt(match.index)!));
    found.push({
      line: index + 1,
      message: `gevonden: in "${marked(line, visible, match.index)}" ${what}: ${effect}; verwacht de tekst zonder dit teken (haal het weg of typ het woord opnieuw; plak tekst uit Word of van een webpagina als platte tekst)`,
    });
  });
  return found;
}

/**
 * The same characters written as a code between double quotes ("\u202E", "\e[31m", "\x9B"): the file shows only
 * letters, the value holds the character, and it reached the pages, the feed (which it broke) and the open data
 * (helper-56). Told for every value written with a \, on its line, in its field; a line end inside is allowed.
 */
export function escapedUnseen(entries: readonly { path: string; source: { data: unknown; writtenAt(path: readonly PropertyKey[]): string | undefined; lineOf(path: readonly PropertyKey[]): number } }[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    walkValues(entry.source.data, (value, path) => {
      if (typeof value === 'string' && entry.source.writtenAt(path)?.includes('\\')) {
        // One line, so one message: the first such character of the value.
        for (const { message } of unseenCharacters(value.replaceAll('\n', ' '))) {
          problems.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: `${message.replace(/^gevonden: /, 'gevonden: als code tussen dubbele aanhalingstekens geschreven, ')}` });
        }
      }
      return true;
    });
  }
  return problems;
}
