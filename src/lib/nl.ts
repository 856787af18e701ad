/**
 * Dutch government writing conventions for everything the site shows:
 * dates ("28 september 2016"), times ("8.30 uur"), numbers
 * ("1.234,5"), lists ("Delfshaven, Hoogvliet en Rozenburg") and sorting
 * (IJsselmonde under I). Always in the Europe/Amsterdam time zone.
 */
const LOCALE = 'nl-NL';
export const TIME_ZONE = 'Europe/Amsterdam';

// Formatters are made once per process: making one costs about 0.5 ms, far more than using it, and a build formats a date or number thousands of times.
const longDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const clock = new Intl.DateTimeFormat(LOCALE, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
const yearOnly = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: TIME_ZONE });
const collator = new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });
const andList = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const orList = new Intl.ListFormat(LOCALE, { style: 'long', type: 'disjunction' });
// ISO's YYYY-MM-DD is what the en-CA locale writes.
const isoDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });
/** One number format per number of decimals. */
const numberFormats = new Map<number, Intl.NumberFormat>();

/** "28 september 2016": pages show dates through DateText.astro, which uses this. */
export const formatDate = (date: Date): string => longDate.format(date);

/** "september 2016" */
export const formatMonth = (date: Date): string => monthYear.format(date);

/** "2016", the year in Amsterdam */
export const yearOf = (date: Date): string => yearOnly.format(date);

/** "8.30 uur", "14.05 uur" */
export function formatTime(date: Date): string {
  const parts = clock.formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}.${minute} uur`;
}

/** "1.234,5"; grouping also for four digits, as Dutch government texts do. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) numberFormats.set(maximumFractionDigits, (format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits, useGrouping: 'always' })));
  return format.format(value);
}

/** Singular of the plural units editors write, for a value of exactly 1. */
const SINGULAR_UNITS: Record<string, string> = {
  personen: 'persoon',
  deelnemers: 'deelnemer',
  weken: 'week',
  maanden: 'maand',
  jaren: 'jaar',
  dagen: 'dag',
  uren: 'uur',
  werkplekken: 'werkplek',
  banen: 'baan',
  studenten: 'student',
  jongeren: 'jongere',
  organisaties: 'organisatie',
  partners: 'partner',
};

/** A key figure with its unit: "30 personen", "1 persoon", "60%", "€ 1.500". */
export function formatFigure(value: number, unit?: string): string {
  const number = formatNumber(value);
  if (!unit) return number;
  if (value === 1 && SINGULAR_UNITS[unit]) return `${number} ${SINGULAR_UNITS[unit]}`;
  if (unit === '%') return `${number}%`;
  // Cents as money is written: € 12,50, not € 12,5.
  // However the unit is written (Euro, EUR, euro's: helper-39 saw "1.500.000 Euro" beside "€ 1.500.000").
  if (/^(€|euro|euro's|eur)$/i.test(unit.trim())) return `€ ${Number.isInteger(value) ? number : formatNumber(value).replace(/,(\d)$/, ',$10')}`;
  return `${number} ${unit}`;
}

/** "Delfshaven, Hoogvliet en Rozenburg" */
export const formatList = (items: readonly string[]): string => andList.format(items);

/** "nieuws, projecten of pacten" */
export const formatOrList = (items: readonly string[]): string => orList.format(items);

/** "1 project", "3 projecten" */
export const plural = (count: number, one: string, many: string): string => `${formatNumber(count)} ${count === 1 ? one : many}`;

/** Dutch alphabetical order: case and accents ignored, IJ sorted under I, numbers by value. */
export const compareDutch = (a: string, b: string): number => collator.compare(a, b);

export function sortDutch<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareDutch(key(a), key(b)));
}

/** The first letter for an A–Z index; "IJsselmonde" goes under "I". */
export function indexLetter(text: string): string {
  const letter = text.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** Today's date (or `date`) as YYYY-MM-DD in Amsterdam, for new entries. */
export function isoDateInAmsterdam(date: Date = new Date()): string {
  return isoDay.format(date);
}

/** A role after a name, in a sentence: "Bestuurlijk kartrekker" → "bestuurlijk kartrekker"; acronyms keep their capitals (VWS, ROS). */
export function roleInSentence(role: string): string {
  return /^\p{Lu}\p{Ll}/u.test(role) ? role[0]!.toLowerCase() + role.slice(1) : role;
}

/** A sentence as the middle of another ("WIN010: aan WIN010 wil … beginnen. Nieuws …"): its own full stop goes (helper-57: "beginnen.."). */
export function asClause(sentence: string): string {
  return roleInSentence(sentence.trim()).replace(/(?<!\.)\.$/, '');
}
