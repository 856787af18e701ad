/**
 * Personal data a public site should not carry without thought, told as advice (helper-51): a private e-mail address
 * where the model asks for a business one, a mobile number, a citizen service number (BSN). Everything on the site is
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

/** A Dutch mobile number: 06 or +31 6 and eight digits, with or without spaces, dashes or dots between. */
const MOBILE = /(?<![\d+])(?:\+31[\s.-]?\(?0?\)?[\s.-]?6|06)(?:[\s.-]?\d){8}(?!\d)/;
/** A number of eight or nine digits (dots and spaces allowed) within a few words after BSN or burgerservicenummer. */
const BSN = /\b(?:bsn|burgerservicenummer)\b[^\d\n]{0,30}(\d(?:[\s.]?\d){7,8})(?!\d)/i;

/** Does a number of nine digits pass the BSN's eleven test (8 digits get a 0 before them)? */
export function passesElevenTest(digits: string): boolean {
  const nine = digits.padStart(9, '0');
  if (!/^\d{9}$/.test(nine) || /^0+$/.test(nine)) return false;
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** What a text reveals of someone: a mobile number or a BSN, as the start of an advice message. */
export function personalDataIn(text: string): string | undefined {
  const bsn = BSN.exec(text);
  if (bsn && passesElevenTest(bsn[1]!.replace(/\D/g, ''))) return `een burgerservicenummer (${bsn[1]}), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer`;
  const mobile = MOBILE.exec(text);
  if (mobile) return `een mobiel nummer (${mobile[0].trim()}), dat openbaar op de site komt en in de zoekfunctie; verwacht een algemeen nummer van de organisatie, of alleen dit nummer als de persoon daarmee heeft ingestemd`;
  return undefined;
}

export function privacyWarnings(entries: readonly CheckedEntry[]): Problem[] {
  const warnings: Problem[] = [];
  for (const entry of entries) {
    const at = (path: PropertyKey[], message: string) => warnings.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message });
    walkValues(entry.fields, (value, path) => {
      if (typeof value !== 'string') return true;
      const domain = path.at(-1) === 'email' ? value.trim().toLowerCase().split('@')[1] : undefined;
      if (domain && PRIVATE_MAIL_DOMAINS.has(domain)) at(path, `gevonden: ${value.trim()}, een privé-adres (${domain}); verwacht een zakelijk e-mailadres van de organisatie, want het komt openbaar op de site`);
      const found = personalDataIn(value);
      if (found) at(path, `gevonden: ${found}`);
      return true;
    });
    // The text, line by line: a number is told on its own line.
    entry.source.body?.split('\n').forEach((line, i) => {
      const found = personalDataIn(line);
      if (found) warnings.push({ file: entry.path, line: entry.source.bodyLine + i, field: 'inhoud', message: `gevonden: ${found}` });
    });
  }
  return warnings;
}
