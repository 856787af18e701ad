/** ISO calendar dates (2023-11-29) as the content contract writes them. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a string that is a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day as a Date at midnight UTC, so it never shifts with the reader's time zone. */
export function parseIsoDate(value: string): Date {
  if (!isIsoDate(value)) throw new RangeError(`Geen geldige datum: ${value}`);
  return new Date(`${value}T00:00:00Z`);
}

/** YYYY-MM-DD of a date, read in UTC (the inverse of parseIsoDate). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
