/** Scheduled publishing, with a fixed clock: a news item waits for its date, in Amsterdam's time. */
import { describe, expect, it } from 'vitest';
import { isScheduled, publishingMoment, scheduledEntries, scheduledLine } from '../../src/lib/schedule.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`); // as a frontmatter date arrives

describe('scheduled publishing', () => {
  it('waits for the day in Amsterdam, not in UTC', () => {
    expect(isScheduled(day('2026-12-01'), new Date('2026-11-30T12:00:00Z'))).toBe(true);
    expect(isScheduled(day('2026-12-01'), new Date('2026-11-30T22:59:00Z'))).toBe(true); // 23.59 in Amsterdam
    expect(isScheduled(day('2026-12-01'), new Date('2026-11-30T23:00:00Z'))).toBe(false); // midnight in Amsterdam
    expect(isScheduled(day('2026-11-01'), new Date('2026-11-30T12:00:00Z'))).toBe(false);
    // A date with a time is the day it is in Amsterdam, as the page shows it (helper-56: 00:30 on the 4th was the 3rd in UTC).
    expect(isScheduled(new Date('2026-12-04T00:30:00+01:00'), new Date('2026-12-03T12:00:00Z'))).toBe(true);
    expect(isScheduled(new Date('2026-12-03T23:30:00+01:00'), new Date('2026-12-03T12:00:00Z'))).toBe(false);
    // A control character in the file's name is no command to the terminal that prints the line.
    expect(scheduledLine('content/news/later\u001b]0;x\u0007\u009b2J.md', day('2027-06-01'))).toBe('content/news/later ]0;x  2J.md verschijnt op 1 juni 2027.');
    expect(isScheduled(undefined, new Date())).toBe(false);
  });
  it('takes the moment from PUBLISH_AT, and names a bad one', () => {
    expect(publishingMoment({ PUBLISH_AT: '2026-12-01' }).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(() => publishingMoment({ PUBLISH_AT: 'morgen' })).toThrow(/PUBLISH_AT is geen datum: "morgen"/);
    expect(Math.abs(publishingMoment({}).getTime() - Date.now())).toBeLessThan(1000);
  });
  it('lists the published news that waits, soonest first, in Dutch', () => {
    const entries = [
      { collection: 'news', path: 'content/news/b.md', draft: false, data: { date: day('2026-12-24') } },
      { collection: 'news', path: 'content/news/a.md', draft: false, data: { date: day('2026-12-01') } },
      { collection: 'news', path: 'content/news/concept.md', draft: true, data: { date: day('2026-12-02') } },
      { collection: 'news', path: 'content/news/oud.md', draft: false, data: { date: day('2026-01-01') } },
      { collection: 'pages', path: 'content/pages/over.md', draft: false, data: {} },
      { collection: 'projects', path: 'content/projects/later.md', draft: false, data: { date: day('2026-12-05') } },
      { collection: 'news', path: 'content/news/aa.md', draft: false, data: { date: day('2026-12-24') } },
    ];
    const waiting = scheduledEntries(entries, new Date('2026-11-23T10:00:00Z'));
    // Only news waits; on the same day, by file name.
    expect(waiting.map((w) => w.file)).toEqual(['content/news/a.md', 'content/news/aa.md', 'content/news/b.md']);
    expect(scheduledLine(waiting[0]!.file, waiting[0]!.date)).toBe('content/news/a.md verschijnt op 1 december 2026.');
  });
});
