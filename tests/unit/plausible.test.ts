/** Advice on values the schema takes but a reader would doubt: a year typed wrong, a figure below zero (helper-46). */
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { implausibleValues, meantYear } from '../../src/lib/validation/plausible.ts';
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
      'content/news/later.md:4  date — gevonden: 2062-12-03, ruim een jaar na vandaag, zodat het bericht pas op 3 december 2062 op de site komt; verwacht de dag waarop het verschijnt; bedoelde je 2026-12-03?',
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
      'content/projects/oud.md:5  start — gevonden: 1926-01-01, voor 1950; verwacht een datum die klopt; bedoelde je 2026-01-01?',
      'content/projects/oud.md:6  end — gevonden: 2057-01-01, meer dan 30 jaar na vandaag; verwacht een datum die klopt',
      'content/projects/oud.md:17  figures[1].asOf — gevonden: 1949-12-31, voor 1950; verwacht een datum die klopt',
    ]);
    expect(adviceFor({ collection: 'projects', name: 'rand.md', data: validProject({ start: '1950-01-01', end: '2056-12-31' }) })).toEqual([]);
    // An old news date gets the century it was meant in.
    expect(adviceFor({ collection: 'news', name: 'oud.md', data: validNews({ date: '1926-03-01' }) })).toEqual(['content/news/oud.md:4  date — gevonden: 1926-03-01, voor 1950; verwacht een datum die klopt; bedoelde je 2026-03-01?']);
  });
  it('guesses the year a typo stood for only near now: swapped neighbours, or the century (helper-53)', () => {
    const NEAR = [2011, 2041] as const;
    expect(meantYear(2062, 2026, 2025, 2027)).toBe(2026);
    expect(meantYear(2203, 2026, ...NEAR)).toBe(2023);
    expect(meantYear(1923, 2026, ...NEAR)).toBe(2023);
    expect(meantYear(1026, 2026, ...NEAR)).toBe(2026);
    expect(meantYear(226, 2026, ...NEAR)).toBe(2026);
    // 1949 could be 1994 or 2049, both far from now: no guess; of two near ones the nearest to now wins.
    expect(meantYear(1949, 2026, ...NEAR)).toBeUndefined();
    expect(meantYear(1930, 2026, ...NEAR)).toBe(2030);
    expect(meantYear(2102, 2026, ...NEAR)).toBe(2012);
    expect(meantYear(2120, 2026, 2000, 2040)).toBe(2020);
    expect(meantYear(2026, 2026, ...NEAR)).toBeUndefined();
    // 2206 is 2026 with two digits swapped, or 2006 with the century mistyped: the one nearer to now, whichever comes first.
    expect(meantYear(2206, 2010, 2000, 2030)).toBe(2006);
    expect(meantYear(2206, 2024, 2000, 2030)).toBe(2026);
  });
});

describe('key figures below zero', () => {
  it('are told on their value, with the figure as the page would show it', () => {
    const figures = [{ label: 'Deelnemers', value: 30, kind: 'resultaat' }, { label: 'Vacatures', value: -12.5, unit: '%', kind: 'resultaat' }, { label: 'Wachtlijst', value: 0, kind: 'resultaat' }];
    expect(adviceFor({ collection: 'projects', name: 'min.md', data: validProject({ figures }) })).toEqual([
      'content/projects/min.md:18  figures[2].value — gevonden: -12,5% bij "Vacatures", een getal onder nul; verwacht value: 12.5, met een label dat de afname zegt (zoals "Minder vacatures")',
    ]);
  });
});

describe('a percentage written as a fraction or as a word (helper-53)', () => {
  it('asks whether 0.85 % is 85 %, and says % for procent, percent, pct.', () => {
    const figures = [
      { label: 'Aandeel met werk', value: 0.85, unit: '%', kind: 'resultaat' },
      { label: 'Uitval', value: 12, unit: 'Procent', kind: 'resultaat' },
      { label: 'Doorstroom', value: 40, unit: 'pct.', kind: 'doel' },
      { label: 'Daling verzuim', value: 1, unit: '%', kind: 'resultaat' },
      { label: 'Groei', value: 0.5, unit: 'procentpunt', kind: 'resultaat' },
      { label: 'Gestart', value: 0.5, unit: 'fte', kind: 'resultaat' },
      // Nought per cent is no fraction; a word with spaces around it is still the word.
      { label: 'Wachtenden met hulp', value: 0, unit: '%', kind: 'resultaat' },
      { label: 'Tevreden', value: 40, unit: ' Percent ', kind: 'resultaat' },
    ];
    expect(adviceFor({ collection: 'projects', name: 'pct.md', data: validProject({ figures }) })).toEqual([
      'content/projects/pct.md:15  figures[1].value — gevonden: 0,85% bij "Aandeel met werk", minder dan één procent; verwacht value: 85 als het 85% is (een percentage schrijf je als getal van 0 tot 100)',
      'content/projects/pct.md:20  figures[2].unit — gevonden: Procent; verwacht unit: "%", zodat de pagina 12% toont en de grafiek het als deel van 100% tekent',
      'content/projects/pct.md:24  figures[3].unit — gevonden: pct.; verwacht unit: "%", zodat de pagina 40% toont en de grafiek het als deel van 100% tekent',
      'content/projects/pct.md:44  figures[8].unit — gevonden: Percent; verwacht unit: "%", zodat de pagina 40% toont en de grafiek het als deel van 100% tekent',
    ]);
  });
  it('asks about more than 100 %, which the chart draws as a full bar; 100 % itself is a whole (helper-66)', () => {
    const figures = [
      { label: 'Groei deelnemers', value: 150, unit: '%', kind: 'resultaat' },
      { label: 'Bereik', value: 100, unit: '%', kind: 'doel' },
      // A count above 100 is no share.
      { label: 'Deelnemers', value: 150, kind: 'resultaat' },
    ];
    expect(adviceFor({ collection: 'projects', name: 'pct.md', data: validProject({ figures }) })).toEqual([
      'content/projects/pct.md:15  figures[1].value — gevonden: 150% bij "Groei deelnemers", meer dan honderd procent, dat de grafiek als een volle balk tekent; verwacht een deel van 0 tot 100%, of voor een groei het getal met een eigen eenheid, zoals unit: "keer zo veel"',
    ]);
  });
});

describe('a project that its own dates contradict, and a result still to come (helper-51)', () => {
  it('tells "afgerond" with an end after today, and "gepland" with a start on or before today', () => {
    expect(adviceFor({ collection: 'projects', name: 'p.md', data: validProject({ status: 'afgerond', start: '2026-09-01', end: '2027-08-31' }) })).toEqual([
      'content/projects/p.md:4  status — gevonden: afgerond, maar het project loopt volgens de einddatum (end) tot 31 augustus 2027; verwacht lopend (of een eerdere einddatum, als het eerder klaar was)',
    ]);
    expect(adviceFor({ collection: 'projects', name: 'p.md', data: validProject({ status: 'gepland', start: '2026-12-03', end: '2027-08-31' }) })).toEqual([
      'content/projects/p.md:4  status — gevonden: gepland, maar het project is volgens de startdatum (start) al op 3 december 2026 begonnen; verwacht lopend of afgerond (of een latere startdatum)',
    ]);
    // Ending today is done; starting tomorrow is planned; a running project is not judged by its dates (the sources give a status as of then).
    expect(adviceFor({ collection: 'projects', name: 'p.md', data: validProject({ status: 'afgerond', start: '2026-01-01', end: '2026-12-03' }) })).toEqual([]);
    expect(adviceFor({ collection: 'projects', name: 'p.md', data: validProject({ status: 'gepland', start: '2026-12-04', end: '2027-08-31' }) })).toEqual([]);
    expect(adviceFor({ collection: 'projects', name: 'p.md', data: validProject({ status: 'lopend', start: '2019-01-01', end: '2020-08-31' }) })).toEqual([]);
  });
  it('tells a result whose reference date lies after today, not a goal', () => {
    const figures = [{ label: 'Deelnemers', value: 25, kind: 'resultaat', asOf: '2031-06-01' }, { label: 'Deelnemers', value: 40, kind: 'doel', asOf: '2031-06-01' }, { label: 'Gestart', value: 5, kind: 'resultaat', asOf: '2026-12-03' }];
    expect(adviceFor({ collection: 'projects', name: 'p.md', data: validProject({ figures }) })).toEqual([
      'content/projects/p.md:17  figures[1].asOf — gevonden: 2031-06-01 als peildatum van een resultaat ("Deelnemers"), na vandaag; verwacht de dag waarop het resultaat gemeten is, of kind: doel als het nog gehaald moet worden',
    ]);
  });
});
