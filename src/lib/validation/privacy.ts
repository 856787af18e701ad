/**
 * Personal data a public site should not carry without thought, told as advice (helper-51): a private e-mail address
 * (in an email field or the text), a mobile number, a citizen service number (BSN). Everything on the site is
 * public, in the search index and in the open data; only the editor knows whether a person agreed.
 */
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

/** A Dutch mobile number: 06, (06) or +31 6 and eight digits, with spaces, dashes or dots between ("06 - 12 34 56 78"). */
const MOBILE = /(?<![\d+])(?:\+31[\s.-]?\(?0?\)?[\s.-]?6|\(06\)|06)(?:[\s.-]{0,3}\d){8}(?!\d)/g;
/** A number of eight or nine digits (dots and spaces allowed) within a few words after BSN or burgerservicenummer. */
const BSN = /\b(?:bsn|burgerservicenummer)\b[^\d\n]{0,30}(\d(?:[\s.]?\d){7,8})(?!\d)/gi;
/** An e-mail address, in a link or in the text. */
const MAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu;

/** Does a number of nine digits pass the BSN's eleven test (8 digits get a 0 before them)? */
export function passesElevenTest(digits: string): boolean {
  const nine = digits.padStart(9, '0');
  if (!/^\d{9}$/.test(nine) || /^0+$/.test(nine)) return false;
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** What a text reveals of someone: each BSN, mobile number and private mail address, as the start of an advice message. */
export function personalDataIn(text: string): string[] {
  const found: string[] = [];
  for (const bsn of text.matchAll(BSN)) {
    if (passesElevenTest(bsn[1]!.replace(/\D/g, ''))) found.push(`een burgerservicenummer (${bsn[1]}), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer`);
  }
  for (const mobile of text.matchAll(MOBILE)) {
    found.push(`een mobiel nummer (${mobile[0].trim()}), dat openbaar op de site komt en in de zoekfunctie; verwacht een algemeen nummer van de organisatie; laat dit nummer alleen staan als de persoon daarmee heeft ingestemd`);
  }
  for (const mail of text.matchAll(MAIL)) {
    const domain = mail[1]!.toLowerCase();
    if (PRIVATE_MAIL_DOMAINS.has(domain)) found.push(`${mail[0]}, een privé-adres (${domain}); verwacht een zakelijk e-mailadres van de organisatie, want het komt openbaar op de site`);
  }
  return found;
}

export function privacyWarnings(entries: readonly CheckedEntry[]): Problem[] {
  const warnings: Problem[] = [];
  for (const entry of entries) {
    const at = (path: PropertyKey[], message: string) => warnings.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message });
    walkValues(entry.fields, (value, path) => {
      if (typeof value !== 'string') return true;
      for (const found of personalDataIn(value)) at(path, `gevonden: ${found}`);
      return true;
    });
    // The text, line by line: a number is told on its own line.
    entry.source.body?.split('\n').forEach((line, i) => {
      for (const found of personalDataIn(line)) warnings.push({ file: entry.path, line: entry.source.bodyLine + i, field: 'inhoud', message: `gevonden: ${found}` });
    });
  }
  return warnings;
}
