/**
 * Values the schema accepts but a reader would doubt, told as advice (helper-46): a news item dated years ahead (a
 * typo such as 2062 for 2026 keeps it off the site until then, without an error), a date before 1950 or more than
 * thirty years ahead (pacts, projects and figures are of this century), a key figure below zero, a result measured on a
 * day still to come, and a project's status that its own dates contradict.
 */
import { formatDate, formatFigure, isoDateInAmsterdam } from '../nl.ts';
import { toIsoDate } from '../dates.ts';
import type { CheckedEntry } from './check-entries.ts';
import { fieldName } from './check-entries.ts';
import type { Problem } from './problem.ts';
import { walkValues } from './walk-values.ts';

/** Earlier than this, a date on this site is a typo: the sources begin in the 2010s. */
export const EARLIEST_YEAR = 1950;
/** More years ahead than this, a date is a typo too (a project's end, a goal's reference date). */
export const FURTHEST_YEARS = 30;
/** A unit that means %, written out. */
const PERCENT_WORDS = /^(?:procent|percent|pct\.?)$/i;
/** A typed year is guessed only where the guess lies this many years from now at most. */
export const GUESS_YEARS = 15;
/** A news item dated more than this many days ahead waits long: likely a typo in the year. */
export const NEWS_DAYS_AHEAD = 366;

/**
 * The year a typo most likely stood for: two neighbouring digits swapped (2062 → 2026, 2203 → 2023) or the century
 * mistyped (1926, 1026 → 2026), the one nearest this year among those from `earliest` to `latest`; undefined if none.
 */
export function meantYear(written: number, year: number, earliest: number, latest: number): number | undefined {
  const digits = String(written).padStart(4, '0');
  const swaps = [0, 1, 2].map((i) => digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  const candidates = [...swaps, `20${digits.slice(2)}`].map(Number).filter((c) => c !== written && c >= earliest && c <= latest);
  return candidates.sort((a, b) => Math.abs(a - year) - Math.abs(b - year))[0];
}

/** Every Date in an entry's valid fields, with its path. */
function datesOf(fields: Record<string, unknown>): { path: PropertyKey[]; date: Date }[] {
  const found: { path: PropertyKey[]; date: Date }[] = [];
  walkValues(fields, (value, path) => {
    if (value instanceof Date) found.push({ path, date: value });
    return true;
  });
  return found;
}

export function implausibleValues(entries: readonly CheckedEntry[], now: Date): Problem[] {
  const warnings: Problem[] = [];
  const today = isoDateInAmsterdam(now);
  const year = Number(today.slice(0, 4));
  const daysAhead = (date: Date) => Math.round((date.getTime() - Date.parse(today)) / 86_400_000);
  for (const entry of entries) {
    const at = (path: PropertyKey[], message: string) => warnings.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message });
    for (const { path, date } of datesOf(entry.fields)) {
      const written = date.getUTCFullYear();
      const early = written < EARLIEST_YEAR;
      const isNewsDate = entry.collection === 'news' && path.join('.') === 'date';
      // Guessed only near today (1949 could be 1994 or 2049); a news item's date no more than a year ahead.
      const likely = meantYear(written, year, year - GUESS_YEARS, year + (isNewsDate ? 1 : GUESS_YEARS));
      const meant = likely ? `; bedoelde je ${likely}-${toIsoDate(date).slice(5)}?` : '';
      if (isNewsDate && daysAhead(date) > NEWS_DAYS_AHEAD) {
        at(path, `gevonden: ${toIsoDate(date)}, ruim een jaar na vandaag, zodat het bericht pas op ${formatDate(date)} op de site komt; verwacht de dag waarop het verschijnt${meant}`);
      } else if (early || written > year + FURTHEST_YEARS) {
        at(path, `gevonden: ${toIsoDate(date)}, ${early ? `voor ${EARLIEST_YEAR}` : `meer dan ${FURTHEST_YEARS} jaar na vandaag`}; verwacht een datum die klopt${meant}`);
      }
    }
    // A project's status that its own dates contradict (helper-51: "Afgerond" beside an end next summer).
    const { status, start, end } = entry.fields as { status?: string; start?: Date; end?: Date };
    if (status === 'afgerond' && end instanceof Date && toIsoDate(end) > today) {
      at(['status'], `gevonden: afgerond, maar het project loopt volgens de einddatum (end) tot ${formatDate(end)}; verwacht lopend (of een eerdere einddatum, als het eerder klaar was)`);
    } else if (status === 'gepland' && start instanceof Date && toIsoDate(start) <= today) {
      at(['status'], `gevonden: gepland, maar het project is volgens de startdatum (start) al op ${formatDate(start)} begonnen; verwacht lopend of afgerond (of een latere startdatum)`);
    }
    const figures = entry.fields.figures;
    if (!Array.isArray(figures)) continue;
    figures.forEach((figure: { label?: string; value?: number; unit?: string; kind?: string; asOf?: Date }, i) => {
      if (typeof figure.value === 'number' && figure.value < 0) {
        at(['figures', i, 'value'], `gevonden: ${formatFigure(figure.value, figure.unit)} bij "${figure.label}", een getal onder nul; verwacht value: ${-figure.value}, met een label dat de afname zegt (zoals "Minder vacatures")`);
      }
      // A share written as a fraction (0.85 for 85 %) shows as 0,85% and a bar of almost nothing (helper-53).
      if (figure.unit === '%' && typeof figure.value === 'number' && figure.value > 0 && figure.value < 1) {
        const share = Math.round(figure.value * 1000) / 10;
        at(['figures', i, 'value'], `gevonden: ${formatFigure(figure.value, figure.unit)} bij "${figure.label}", minder dan één procent; verwacht value: ${share} als het ${formatFigure(share, '%')} is (een percentage schrijf je als getal van 0 tot 100)`);
      }
      // More than the whole: the chart draws a share up to 100 %, so 150 % shows as a full bar (helper-66).
      if (figure.unit === '%' && typeof figure.value === 'number' && figure.value > 100) {
        at(['figures', i, 'value'], `gevonden: ${formatFigure(figure.value, figure.unit)} bij "${figure.label}", meer dan honderd procent, dat de grafiek als een volle balk tekent; verwacht een deel van 0 tot 100%, of voor een groei het getal met een eigen eenheid, zoals unit: "keer zo veel"`);
      }
      // The word for % is shown as written, but only % counts as a share in the chart (scaled to 100 %). The schema has trimmed it.
      if (typeof figure.unit === 'string' && PERCENT_WORDS.test(figure.unit)) {
        at(['figures', i, 'unit'], `gevonden: ${figure.unit}; verwacht unit: "%", zodat de pagina ${formatFigure(figure.value ?? 0, '%')} toont en de grafiek het als deel van 100% tekent`);
      }
      // A result is what was reached: its reference date cannot lie ahead (a goal's can).
      if (figure.kind === 'resultaat' && figure.asOf instanceof Date && toIsoDate(figure.asOf) > today) {
        at(['figures', i, 'asOf'], `gevonden: ${toIsoDate(figure.asOf)} als peildatum van een resultaat ("${figure.label}"), na vandaag; verwacht de dag waarop het resultaat gemeten is, of kind: doel als het nog gehaald moet worden`);
      }
    });
  }
  return warnings;
}
