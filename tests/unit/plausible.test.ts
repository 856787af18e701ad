/** Advice on values the schema takes but a reader would doubt: a year typed wrong, a figure below zero (helper-46). */
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { implausibleValues } from '../../src/lib/validation/plausible.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, toContentFiles, validNews, validProject, withFile } from '../helpers/content.ts';

const NOW = new Date('2026-12-03T10:00:00Z');
const adviceFor = (change: Parameters<typeof withFile>[1], now = NOW) => {
  const { problems, entries } = checkEntries(toContentFiles(withFile(baseline(), change)));
  expect(problems).toEqual([]);
  return implausibleValues(entries, now).map(formatProblem);
};

describe('dates a reader would doubt', () => {
  it('tells a news item dated more than a year ahead, with the year its digits swapped give', () => {
    expect(adviceFor({ collection: 'news', name: 'later.md', data: validNews({ date: '2062-12-03' }) })).toEqual([
      'content/news/later.md:4  date — gevonden: 2062-12-03, ruim een jaar na vandaag, zodat het bericht pas op 3 december 2062 op de site komt; verwacht de dag waarop het verschijnt; bedoel je 2026-12-03?',
    ]);
    // A year ahead to the day is a plan; a day more is told. No swap within a year of now: no guess.
    expect(adviceFor({ collection: 'news', name: 'later.md', data: validNews({ date: '2027-12-04' }) })).toEqual([]);
    expect(adviceFor({ collection: 'news', name: 'later.md', data: validNews({ date: '2027-12-05' }) })).toEqual([
      'content/news/later.md:4  date — gevonden: 2027-12-05, ruim een jaar na vandaag, zodat het bericht pas op 5 december 2027 op de site komt; verwacht de dag waarop het verschijnt',
    ]);
  });
  it('tells any other date before 1950 or more than thirty years ahead, nested too', () => {
    const project = validProject({ start: '1926-01-01', end: '2057-01-01', figures: [{ label: 'Deelnemers', value: 30, kind: 'doel', asOf: '1949-12-31' }] });
    expect(adviceFor({ collection: 'projects', name: 'oud.md', data: project })).toEqual([
      'content/projects/oud.md:5  start — gevonden: 1926-01-01, voor 1950; verwacht een datum die klopt',
      'content/projects/oud.md:6  end — gevonden: 2057-01-01, meer dan 30 jaar na vandaag; verwacht een datum die klopt',
      'content/projects/oud.md:17  figures[1].asOf — gevonden: 1949-12-31, voor 1950; verwacht een datum die klopt',
    ]);
    expect(adviceFor({ collection: 'projects', name: 'rand.md', data: validProject({ start: '1950-01-01', end: '2056-12-31' }) })).toEqual([]);
    // An old news date: its swapped year (1962) is no nearer now, so no guess.
    expect(adviceFor({ collection: 'news', name: 'oud.md', data: validNews({ date: '1926-03-01' }) })).toEqual(['content/news/oud.md:4  date — gevonden: 1926-03-01, voor 1950; verwacht een datum die klopt']);
  });
});

describe('key figures below zero', () => {
  it('are told on their value, with the figure as the page would show it', () => {
    const figures = [{ label: 'Deelnemers', value: 30, kind: 'resultaat' }, { label: 'Vacatures', value: -12.5, unit: '%', kind: 'resultaat' }, { label: 'Wachtlijst', value: 0, kind: 'resultaat' }];
    expect(adviceFor({ collection: 'projects', name: 'min.md', data: validProject({ figures }) })).toEqual([
      'content/projects/min.md:18  figures[2].value — gevonden: -12,5% bij "Vacatures", een getal onder nul; verwacht een aantal van 0 of meer (een afname zeg je in het label, zoals "Minder vacatures", met het getal zonder min)',
    ]);
  });
});
