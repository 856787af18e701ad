/**
 * What is wrong with a date an editor wrote, in the words of a calendar: one
 * digit for a month or day (2023-9-1), a month or day that does not exist
 * (2023-13-01, 2023-02-30), or day-month-year (30-09-2016). The date field's
 * message says what is expected; this says how to get there from what is written.
 */
import { isIsoDate } from '../dates.ts';
import { isoDateInAmsterdam } from '../nl.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A weekday before the date, as in a letter: "di 3 dec. 2026", "dinsdag, 3 december". */
const WEEKDAY = '(?:(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\.?,?\\s+)?';
/** The month a name or its first three letters or more stand for (1–12), or 0. */
const monthNamed = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase()) && name.length >= 3) + 1;

/**
 * A day and a month without a year ("29 november", "29-11"): the year is asked for, not guessed, since news of
 * earlier years is written too (helper-39: told as any wrong date).
 */
function yearMissing(found: string, text: string): string | undefined {
  const words = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+([a-z]+)\\.?$`, 'i').exec(text);
  const digits = /^(\d{1,2})[-/.](\d{1,2})$/.exec(text);
  const [day, month] = words ? [Number(words[1]), monthNamed(words[2]!)] : digits ? [Number(digits[1]), Number(digits[2])] : [0, 0];
  // A leap year, so 29 februari is a day.
  if (month < 1 || month > 12 || day < 1 || day > daysIn(2024, month)) return undefined;
  return `gevonden: ${found}, zonder jaar; verwacht jaar-maand-dag in cijfers, met het jaar vooraan: jjjj-${pad(month)}-${pad(day)} (schrijf het jaar op de plaats van jjjj)`;
}

/**
 * The message for a date that is not YYYY-MM-DD or not on the calendar ("gevonden: …; verwacht …"),
 * or undefined when no tip fits better than the field's own message (`expected`).
 */
/** Never a made-up day: a date the sources do not give is left out, where the field may be. */
const NO_GUESS = 'staat de dag nergens, verzin hem dan niet en laat het veld weg als dat mag';

/**
 * A date with a part too few or too many (helper-42: each got only the field's own message, and the editor made up a
 * day): a year alone (2019), a month and a year (september 2016, dec 2026, 2016-09), a time after the date, or a word
 * for a day (vandaag).
 */
function partMissing(found: string, text: string, today: Date): string | undefined {
  if (/^\d{4}$/.test(text)) return `gevonden: ${found}, alleen een jaar; verwacht een hele datum, jaar-maand-dag, zoals ${text}-03-14 (${NO_GUESS})`;
  const monthYear = /^([a-z]+)\.?\s+(\d{4})$/i.exec(text);
  const month = monthYear ? monthNamed(monthYear[1]!) : 0;
  const numeric = /^(\d{4})-(\d{1,2})$/.exec(text);
  const [year, m] = month ? [monthYear![2]!, month] : numeric ? [numeric[1]!, Number(numeric[2])] : ['', 0];
  if (m >= 1 && m <= 12) return `gevonden: ${found}, zonder dag; verwacht jaar-maand-dag: ${year}-${pad(m)}-dd (schrijf de dag op de plaats van dd; ${NO_GUESS})`;
  const timed = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}[:.]\d{2}/.exec(text);
  if (timed && isIsoDate(timed[1]!)) return `gevonden: ${found}, met een tijd; verwacht alleen de datum: ${timed[1]}`;
  const offset = { vandaag: 0, gisteren: -1, morgen: 1 }[text.toLowerCase()];
  if (offset !== undefined) return `gevonden: ${found}; verwacht de datum zelf, jaar-maand-dag: ${isoDateInAmsterdam(new Date(today.getTime() + offset * 86_400_000))} voor ${text.toLowerCase()}`;
  return undefined;
}

export function dateMessage(found: string, written: string, expected: string, today = new Date()): string | undefined {
  const text = written.trim();
  const withoutYear = yearMissing(found, text) ?? partMissing(found, text, today);
  if (withoutYear) return withoutYear;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  // Written out, as in a letter (helper-37: "3 december 2026"), also with a weekday or a short month: "di 3 dec. 2026".
  const words = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})$`, 'i').exec(text);
  const named = words ? monthNamed(words[2]!) : 0;
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]].map(Number) : dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : named ? [Number(words![3]), named, Number(words![1])] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12) return `gevonden: ${found}, maar maand ${month} bestaat niet; ${expected}`;
  if (day < 1 || day > daysIn(year, month)) return `gevonden: ${found}, maar ${MONTHS[month - 1]} ${year} heeft ${daysIn(year, month)} dagen; ${expected}`;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(iso)) return undefined;
  if (dmy) return `gevonden: ${found} (dag-maand-jaar); verwacht jaar-maand-dag: ${iso}`;
  if (named) return `gevonden: ${found} (in woorden); verwacht jaar-maand-dag in cijfers: ${iso}`;
  return ymd![2]!.length === 1 || ymd![3]!.length === 1 ? `gevonden: ${found}; verwacht maand en dag met twee cijfers: ${iso}` : undefined;
}
