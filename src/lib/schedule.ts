/**
 * Scheduled publishing: a news item whose `date` lies after today in
 * Amsterdam is treated as a draft until that day: no page, no place in lists,
 * feed, sitemap, search or open data. A daily rebuild (the Publiceren
 * workflow's schedule) puts it online on the morning of its date.
 */
import { formatDate, isoDateInAmsterdam } from './nl.ts';
import { printable } from './validation/problem.ts';

/**
 * The moment the build publishes for: now, or PUBLISH_AT (an ISO date or date
 * and time) — for tests with a fixed clock, and to preview a later day.
 */
export function publishingMoment(env: NodeJS.ProcessEnv = process.env): Date {
  if (!env.PUBLISH_AT) return new Date();
  const moment = new Date(env.PUBLISH_AT);
  if (Number.isNaN(moment.getTime())) throw new Error(`PUBLISH_AT is geen datum: "${env.PUBLISH_AT}"; verwacht bijvoorbeeld 2026-12-01`);
  return moment;
}

/**
 * Does a publication date lie after today in Amsterdam? Its day is Amsterdam's too, as the page shows it: a date with a
 * time (2026-12-04T00:30:00+01:00, 23:30 the day before in UTC) is the 4th (helper-56: it was published on the 3rd).
 */
export function isScheduled(date: Date | undefined, now: Date): boolean {
  return date !== undefined && isoDateInAmsterdam(date) > isoDateInAmsterdam(now);
}

/** "content/news/x.md verschijnt op 1 december 2026." */
export function scheduledLine(file: string, date: Date): string {
  // The file's name as the report prints it (helper-56: a control character in it reached the terminal raw).
  return printable(`${file} verschijnt op ${formatDate(date)}.`);
}

/** The published news items of a checked content tree that wait for a later day, soonest first. */
export function scheduledEntries(entries: readonly { collection: string; path: string; draft: boolean; data?: Record<string, unknown> }[], now: Date): { file: string; date: Date }[] {
  return entries
    .filter((e) => e.collection === 'news' && !e.draft && isScheduled(e.data?.date as Date | undefined, now))
    .map((e) => ({ file: e.path, date: e.data!.date as Date }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.file.localeCompare(b.file));
}
