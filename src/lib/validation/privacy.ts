/**
 * Personal data a public site should not carry without thought (helper-51): a private e-mail address (in an email field
 * or the text) and a mobile number are advice, as only the editor knows whether a person agreed; a citizen service
 * number (BSN) stops the build, as it never belongs on a public site (helper-55: told as advice, it still went out).
 * Everything on the site is public, in the search index and in the open data.
 */
import { decodeHTML } from 'entities';
import type { CheckedEntry } from './check-entries.ts';
import { fieldName } from './check-entries.ts';
import { tagAttributes } from './markup.ts';
import type { Problem } from './problem.ts';
import { walkValues } from './walk-values.ts';

/** Mail services for people, not organisations: an address there is someone's own. */
export const PRIVATE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.nl', 'outlook.com', 'outlook.nl', 'live.com', 'live.nl', 'msn.com',
  'yahoo.com', 'yahoo.nl', 'icloud.com', 'me.com', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'hetnet.nl',
  'casema.nl', 'chello.nl', 'upcmail.nl', 'telfort.nl', 'xs4all.nl', 'gmx.com', 'gmx.net', 'proton.me', 'protonmail.com',
]);

/**
 * A Dutch mobile number: 06, (06), +31 6 or 0031 6 and eight digits, with spaces, dashes, dots or a slash between
 * ("06 - 12 34 56 78", "06/12345678"), Word's non-breaking and other dashes too (helper-55, helper-58).
 */
const MOBILE = /(?<![\d+])(?:(?:\+|00)31[\s.\-\u2010-\u2015\u2212]?\(?0?\)?[\s.\-\u2010-\u2015\u2212]?6|\(06\)|06)(?:[\s.\-/\u2010-\u2015\u2212]{0,3}\d){8}(?!\d)/g;
/**
 * The words for a BSN as people write them: BSN, burgerservicenummer(s), burger service nummer, burgerservicenr.,
 * sofinummer, sofi-nr, b.s.n., B S N (helper-58: "Burger service nummer", "Burgerservicenr." and "Sofinr" passed; helper-62: "b.s.n.").
 */
const BSN_WORD = /\b(?:b\.?\s?s\.?\s?n|burger\s?service\s?(?:nummers?|nrs?)|sofi-?\s?(?:nummers?|nrs?))\b/i;
/**
 * A number of eight or nine digits, with dots, spaces, a line end, dashes (Word's too) or soft hyphens between them (1234.56.782);
 * not a part of a longer one (0031 6 12 34 56 78, 1.234.567.890).
 */
const NUMBER = /(?<![\d.,\-]|\d[ \n.\-\u00A0\u00AD\u2010-\u2015])\d(?:[ \n.\-\u00A0\u00AD\u2010-\u2015]?\d){7,8}(?!\d|[ \n.,\-\u00A0\u00AD\u2010-\u2015]\d)/g;
/** A sentence's end: . ! or ? before a space and a capital, or the end of the text. */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}(“"‘'])/gu;
/** A block that is a list or a table: its items may stand under a lead-in that names the BSN ("Burgerservicenummers:"). */
const LIST_OR_TABLE = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|\|)/;
/** An e-mail address, in a link or in the text. */
const MAIL = /[\p{L}\p{N}._%+-]{1,64}@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu;

/** An element whose text runs right to left, which shows its groups of digits in the other order (helper-62). */
const RTL_ELEMENT = /<([a-z][a-z0-9]*)\b[^>]*\bdir\s*=\s*["']?rtl\b[^>]*>([^<]*)<\/\1\s*>/gi;
/** An element that starts a new block or line on the page: a space between its text and the next. */
const BLOCK_TAG = /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|table|thead|tbody|tr|td|th|h[1-6]|blockquote|pre|figure|figcaption|section)\b[^>]*>/gi;

/**
 * The digits of a text as a page shows them (helper-62: a BSN in fullwidth ９ or bold 𝟗 digits, split by <wbr> or
 * **bold**, or turned round by dir="rtl", passed): digits of every script as 0–9, tags and emphasis between digits
 * gone. Line ends stay where they are, so a place in it is a place in the text.
 */
export function digitsAsShown(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\P{Nd}0-9]/gu, (_digit, at: number, all: string) => String(digitValue(all, at)))
    .replace(RTL_ELEMENT, (_all, _tag, inner: string) => inner.split(/[ \t]+/).reverse().join(' '))
    .replace(BLOCK_TAG, (tag) => withoutTag(tag, ' '))
    .replace(/<\/?[a-z][^>]*>/gi, (tag) => withoutTag(tag, ''))
    .replace(/(?<=\d)[*_~`]+|[*_~`]+(?=\d)/g, '');
}

/**
 * A tag as the reader meets it: its attributes' values stay, between spaces, as a reader sees a title on hover and
 * every reader of the page source sees them all (helper-66: a BSN in <abbr title="…"> passed); a tag without them is
 * `empty` (nothing between digits it splits, a space for one that starts a block). Its line ends stay.
 */
function withoutTag(tag: string, empty: string): string {
  const values = tagAttributes(tag).map(({ value }) => value);
  const lineEnds = tag.replace(/[^\n]/g, '').slice(values.join('').replace(/[^\n]/g, '').length);
  return values.length ? ` ${values.join(' ')} ${lineEnds}` : lineEnds || empty;
}

/**
 * The value of a digit of another script: its place in its run of ten (Unicode keeps each script's 0–9 together, one
 * run after a sign that is no digit; the five runs of mathematical digits that follow each other NFKC has made 0–9).
 */
function digitValue(text: string, at: number): number {
  const code = text.codePointAt(at)!;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return code - zero;
}

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

/** Each number of eight or nine digits in a text that passes the eleven test, with its place. */
function elevenTestNumbers(text: string): { number: string; at: number }[] {
  return [...text.matchAll(NUMBER)].filter((m) => passesElevenTest(m[0].replace(/\D/g, ''))).map((m) => ({ number: m[0].replaceAll('\n', ' '), at: m.index }));
}

/** The sentences of a text (over line ends: a sentence wrapped by hand is one sentence), each with its place; the last ends at the text's end, so there is one at least. */
function sentences(text: string): { text: string; at: number }[] {
  const found: { text: string; at: number }[] = [];
  let start = 0;
  for (const end of [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1).concat(text.length)) {
    found.push({ text: text.slice(start, end), at: start });
    start = end;
  }
  return found;
}

/**
 * What a text (one value, or one paragraph, list or table of the text) reveals of someone, each with its place: a
 * number that passes the BSN's eleven test stops the build where the same sentence names the BSN, or, in a list or a
 * table, where the block or its lead-in does ("Burgerservicenummers van de deelnemers:"); elsewhere a number of nine
 * digits that passes the test is advice, as it may be one (helper-58: most ways of writing one passed); mobile numbers
 * and private mail addresses are advice.
 */
export function personalDataIn(text: string, leadIn = ''): (PersonalData & { at: number })[] {
  const found: (PersonalData & { at: number })[] = [];
  // A list, a table, or a block of numbers alone ("Het BSN staat hieronder." and then the number, helper-62).
  const underLeadIn = LIST_OR_TABLE.test(text) || !/\p{L}/u.test(text);
  const namedForAll = underLeadIn && (BSN_WORD.test(text) || BSN_WORD.test(sentences(leadIn).at(-1)!.text));
  for (const sentence of sentences(text)) {
    const named = namedForAll || BSN_WORD.test(sentence.text);
    for (const { number, at } of elevenTestNumbers(sentence.text)) {
      if (named) found.push({ message: `een burgerservicenummer (${number}), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer`, stops: true, at: sentence.at + at });
      else if (number.replace(/\D/g, '').length === 9) {
        found.push({ message: `${number}, een getal van negen cijfers dat een burgerservicenummer kan zijn (het klopt met de elfproef); verwacht geen BSN op de site: is het er een, haal het dan weg`, stops: false, at: sentence.at + at });
      }
    }
  }
  for (const mobile of text.matchAll(MOBILE)) {
    found.push({ message: `een mobiel nummer (${mobile[0]}), dat openbaar op de site komt en in de zoekfunctie; verwacht een algemeen nummer van de organisatie; laat dit nummer alleen staan als de persoon daarmee heeft ingestemd`, stops: false, at: mobile.index });
  }
  for (const mail of text.matchAll(MAIL)) {
    const domain = mail[1]!.toLowerCase();
    if (PRIVATE_MAIL_DOMAINS.has(domain)) found.push({ message: `${mail[0]}, een privé-adres (${domain}); verwacht een zakelijk e-mailadres van de organisatie, want het komt openbaar op de site`, stops: false, at: mail.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The text's blocks (paragraphs, lists, tables: what stands between empty lines), each with its first line (from 0). */
function blocks(body: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  let current: string[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim() !== '') current.push(line);
    else if (current.length > 0) {
      found.push({ text: current.join('\n'), line: i - current.length });
      current = [];
    }
  });
  if (current.length > 0) found.push({ text: current.join('\n'), line: body.split('\n').length - current.length });
  return found;
}

/** Personal data in the text, block by block, each on its own line; the text as the page shows it (&#49; is a 1). */
export function personalDataInBody(body: string): (PersonalData & { line: number })[] {
  const all = blocks(body);
  return all.flatMap((block, i) => {
    const shown = digitsAsShown(block.text.split('\n').map((line) => decodeHTML(line).replaceAll('\n', ' ')).join('\n'));
    return personalDataIn(shown, all[i - 1]?.text).map(({ at, ...found }) => ({ ...found, line: block.line + (shown.slice(0, at).match(/\n/g)?.length ?? 0) }));
  });
}

/** Advice of one file told one by one; the rest is counted (helper-62: a pasted list of numbers gave 1,500 lines). */
export const ADVICE_PER_FILE = 5;

/** Personal data in every field and every line of the text: what stops the build, and the advice. */
export function personalData(entries: readonly CheckedEntry[]): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const entry of entries) {
    const advice: Problem[] = [];
    const tell = (problem: Problem, stops: boolean) => (stops ? problems : advice).push(problem);
    walkValues(entry.fields, (value, path) => {
      if (typeof value === 'string') {
        for (const { message, stops } of personalDataIn(digitsAsShown(value))) tell({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: `gevonden: ${message}` }, stops);
      }
      return true;
    });
    for (const { line, message, stops } of personalDataInBody(entry.source.body ?? '')) {
      tell({ file: entry.path, line: entry.source.bodyLine + line, field: 'inhoud', message: `gevonden: ${message}` }, stops);
    }
    // The file name becomes the page's address, in the sitemap, the feed and the search (helper-58: intake-bsn-111222333.md).
    for (const { message, stops } of personalDataIn(entry.id.replaceAll('-', ' '))) {
      tell({ file: entry.path, line: 1, field: 'bestand', message: `gevonden: in de bestandsnaam ${message}` }, stops);
    }
    warnings.push(...advice.slice(0, ADVICE_PER_FILE));
    const more = advice.slice(ADVICE_PER_FILE);
    if (more.length) {
      const rest = more.length === 1 ? 'één nummer of adres dat van een persoon kan zijn; verwacht het' : `${more.length} nummers of adressen die van een persoon kunnen zijn; verwacht ze`;
      warnings.push({ ...more[0]!, message: `gevonden: vanaf hier nog ${rest} niet op de site: bekijk de rest van het bestand` });
    }
  }
  return { problems, warnings };
}
