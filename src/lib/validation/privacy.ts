/**
 * Personal data a public site should not carry without thought (helper-51): a private e-mail address (in an email field
 * or the text) and a mobile number are advice, as only the editor knows whether a person agreed; a citizen service
 * number (BSN) stops the build, as it never belongs on a public site (helper-55: told as advice, it still went out).
 * Everything on the site is public, in the search index and in the open data.
 */
import { decodeHTML } from 'entities';
import type { CheckedEntry } from './check-entries.ts';
import { fieldName } from './check-entries.ts';
import type { Problem } from './problem.ts';
import { walkValues } from './walk-values.ts';

/** Mail services for people, not organisations: an address there is someone's own. */
export const PRIVATE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.nl', 'outlook.com', 'outlook.nl', 'live.com', 'live.nl', 'msn.com',
  'yahoo.com', 'yahoo.nl', 'icloud.com', 'me.com', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'hetnet.nl',
  'casema.nl', 'chello.nl', 'upcmail.nl', 'telfort.nl', 'xs4all.nl', 'gmx.com', 'gmx.net', 'proton.me', 'protonmail.com',
]);

/**
 * A Dutch mobile number: 06, (06) or +31 6 and eight digits, with spaces, dashes or dots between ("06 - 12 34 56 78"),
 * Word's non-breaking and other dashes too (helper-55: 06‑12345678 with U+2011 was missed).
 */
const MOBILE = /(?<![\d+])(?:\+31[\s.\-\u2010-\u2015\u2212]?\(?0?\)?[\s.\-\u2010-\u2015\u2212]?6|\(06\)|06)(?:[\s.\-\u2010-\u2015\u2212]{0,3}\d){8}(?!\d)/g;
/**
 * A number of eight or nine digits within a sentence after BSN, burgerservicenummer(s) or sofinummer, written with dots,
 * spaces, dashes (Word's too) or soft hyphens between them (helper-56: 1234-56-782 and a number 40 letters on passed).
 */
const BSN = /\b(?:bsn|burgerservicenummers?|sofi-?nummers?)(?:-nummers?)?\b(?:[^\d\n.!?]|\.(?!\s+[A-Z])){0,80}(\d(?:[\s.\-\u00AD\u2010-\u2015]?\d){7,8})(?!\d)/gi;
/** A table's header cell that names the BSN, and a cell that is only a number of eight or nine digits. */
const BSN_HEADER = /^\s*(?:bsn|burgerservicenummers?|sofi-?nummers?)\b/i;
const NUMBER_CELL = /^\s*(\d(?:[\s.\-\u00AD\u2010-\u2015]?\d){7,8})\s*$/;
/** A table's line under its header: cells of dashes, with a colon at either end. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** An e-mail address, in a link or in the text. */
const MAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu;

/** Does a number of nine digits pass the BSN's eleven test (8 digits get a 0 before them)? */
export function passesElevenTest(digits: string): boolean {
  const nine = digits.padStart(9, '0');
  if (!/^\d{9}$/.test(nine) || /^0+$/.test(nine)) return false;
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** One thing a text reveals of someone: the start of a message, and whether it stops the build. */
export interface PersonalData {
  message: string;
  stops: boolean;
}

function bsnMessage(number: string, where = ''): string {
  return `een burgerservicenummer (${number})${where}, dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer`;
}

/** What a text reveals of someone: each BSN, mobile number and private mail address. */
export function personalDataIn(text: string): PersonalData[] {
  const found: PersonalData[] = [];
  for (const bsn of text.matchAll(BSN)) {
    if (passesElevenTest(bsn[1]!.replace(/\D/g, ''))) found.push({ message: bsnMessage(bsn[1]!), stops: true });
  }
  for (const mobile of text.matchAll(MOBILE)) {
    found.push({ message: `een mobiel nummer (${mobile[0].trim()}), dat openbaar op de site komt en in de zoekfunctie; verwacht een algemeen nummer van de organisatie; laat dit nummer alleen staan als de persoon daarmee heeft ingestemd`, stops: false });
  }
  for (const mail of text.matchAll(MAIL)) {
    const domain = mail[1]!.toLowerCase();
    if (PRIVATE_MAIL_DOMAINS.has(domain)) found.push({ message: `${mail[0]}, een privé-adres (${domain}); verwacht een zakelijk e-mailadres van de organisatie, want het komt openbaar op de site`, stops: false });
  }
  return found;
}

/** The cells of a table row written in Markdown, without the pipes at either end. */
function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

/**
 * The numbers in a table's BSN column (helper-56's list: the header says BSN, the number stands rows below it, where a
 * sentence-bound search does not look), each with its line in the text.
 */
export function bsnColumnNumbers(lines: readonly string[]): { line: number; number: string; header: string }[] {
  const found: { line: number; number: string; header: string }[] = [];
  let headers: string[] = [];
  let columns: number[] = [];
  lines.forEach((line, i) => {
    // A line of dashes under text without pipes is a heading's underline, not a table.
    if (DELIMITER_ROW.test(line) && i > 0 && (line.includes('|') || lines[i - 1]!.includes('|'))) {
      headers = cellsOf(lines[i - 1]!).map((cell) => cell.trim());
      columns = headers.flatMap((cell, column) => (BSN_HEADER.test(cell) ? [column] : []));
      return;
    }
    // A table runs to the first empty line; its rows may leave out their pipes.
    if (line.trim() === '') columns = [];
    const cells = cellsOf(line);
    for (const column of columns) {
      const number = NUMBER_CELL.exec(cells[column] ?? '')?.[1];
      if (number !== undefined && passesElevenTest(number.replace(/\D/g, ''))) found.push({ line: i, number, header: headers[column]! });
    }
  });
  return found;
}

/** Personal data in every field and every line of the text: what stops the build, and the advice. */
export function personalData(entries: readonly CheckedEntry[]): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const tell = (problem: Problem, stops: boolean) => (stops ? problems : warnings).push(problem);
  for (const entry of entries) {
    walkValues(entry.fields, (value, path) => {
      if (typeof value !== 'string') return true;
      for (const { message, stops } of personalDataIn(value)) tell({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: `gevonden: ${message}` }, stops);
      return true;
    });
    // The text, line by line: a number is told on its own line.
    const lines = entry.source.body?.split('\n') ?? [];
    lines.forEach((line, i) => {
      // As the page shows it: a digit written as &#49; is a digit to a reader.
      for (const { message, stops } of personalDataIn(decodeHTML(line))) tell({ file: entry.path, line: entry.source.bodyLine + i, field: 'inhoud', message: `gevonden: ${message}` }, stops);
    });
    for (const { line, number, header } of bsnColumnNumbers(lines.map((line) => decodeHTML(line)))) {
      tell({ file: entry.path, line: entry.source.bodyLine + line, field: 'inhoud', message: `gevonden: ${bsnMessage(number, ` in de kolom "${header}"`)}` }, true);
    }
  }
  return { problems, warnings };
}
