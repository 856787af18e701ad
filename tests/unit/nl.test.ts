import { describe, expect, it } from 'vitest';
import { isIsoDate, parseIsoDate, toIsoDate } from '../../src/lib/dates.ts';
import * as nl from '../../src/lib/nl.ts';

describe('ISO dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2023-11-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('29-11-2023')).toBe(false);
    expect(isIsoDate('2023-11-29T10:00')).toBe(false);
    expect(isIsoDate(20231129)).toBe(false);
  });
  it('parses to midnight UTC and back', () => {
    expect(parseIsoDate('2016-09-28').toISOString()).toBe('2016-09-28T00:00:00.000Z');
    expect(toIsoDate(parseIsoDate('2016-09-28'))).toBe('2016-09-28');
    expect(() => parseIsoDate('2016-09-31')).toThrow(RangeError);
  });
});

describe('Dutch government conventions', () => {
  const signed = parseIsoDate('2016-09-28');
  it('writes dates in words', () => {
    expect(nl.formatDate(signed)).toBe('28 september 2016');
    expect(nl.formatDate(parseIsoDate('2023-11-29'))).toBe('29 november 2023');
    expect(nl.formatMonth(signed)).toBe('september 2016');
  });
  it('reads a date in Amsterdam, not UTC, around midnight', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(nl.formatDate(new Date('2023-12-31T23:30:00Z'))).toBe('1 januari 2024');
    expect(nl.yearOf(new Date('2023-12-31T23:30:00Z'))).toBe('2024');
  });
  it('writes times as "8.30 uur", in Amsterdam time with summer time', () => {
    expect(nl.formatTime(new Date('2024-01-15T07:30:00Z'))).toBe('8.30 uur');
    expect(nl.formatTime(new Date('2024-07-15T12:05:00Z'))).toBe('14.05 uur');
    expect(nl.formatTime(new Date('2024-07-15T22:00:00Z'))).toBe('0.00 uur');
  });
  it('writes numbers with a decimal comma and dot grouping, also for four digits', () => {
    expect(nl.formatNumber(1234.5)).toBe('1.234,5');
    expect(nl.formatNumber(1234)).toBe('1.234');
    expect(nl.formatNumber(1_300_000)).toBe('1.300.000');
    expect(nl.formatNumber(0.25)).toBe('0,25');
    expect(nl.formatNumber(-7)).toBe('-7');
  });
  it('writes key figures with their unit', () => {
    expect(nl.formatFigure(30, 'personen')).toBe('30 personen');
    expect(nl.formatFigure(1, 'personen')).toBe('1 persoon');
    expect(nl.formatFigure(1, 'weken')).toBe('1 week');
    expect(nl.formatFigure(1, 'kg')).toBe('1 kg');
    expect(nl.formatFigure(60, '%')).toBe('60%');
    expect(nl.formatFigure(1500, '€')).toBe('€ 1.500');
    for (const unit of ['Euro', 'EUR', "euro's", ' euro ']) expect(nl.formatFigure(1_500_000, unit), unit).toBe('€ 1.500.000');
    expect(nl.formatFigure(3, 'eurocent')).toBe('3 eurocent');
    expect(nl.formatFigure(12.5)).toBe('12,5');
  });
  it('joins lists with "en" and "of"', () => {
    expect(nl.formatList(['Delfshaven', 'Hoogvliet', 'Rozenburg'])).toBe('Delfshaven, Hoogvliet en Rozenburg');
    expect(nl.formatList(['Delfshaven', 'Hoogvliet'])).toBe('Delfshaven en Hoogvliet');
    expect(nl.formatList(['Delfshaven'])).toBe('Delfshaven');
    expect(nl.formatOrList(['nieuws', 'projecten', 'pacten'])).toBe('nieuws, projecten of pacten');
  });
  it('counts with singular and plural', () => {
    expect(nl.plural(1, 'project', 'projecten')).toBe('1 project');
    expect(nl.plural(0, 'project', 'projecten')).toBe('0 projecten');
    expect(nl.plural(1200, 'bericht', 'berichten')).toBe('1.200 berichten');
  });
  it('sorts the Dutch way: IJsselmonde under I, accents and case ignored, place names kept', () => {
    const sorted = nl.sortDutch(['Overschie', 'IJsselmonde', 'Hoogvliet', 'Idee', 'Ãrea', 'Charlois', 'Zuid 10', 'Zuid 9'], (x) => x);
    expect(sorted).toEqual(['Ãrea', 'Charlois', 'Hoogvliet', 'Idee', 'IJsselmonde', 'Overschie', 'Zuid 9', 'Zuid 10']);
    expect(sorted).toContain('IJsselmonde');
    expect(sorted).not.toContain('Ijsselmonde');
    expect(nl.indexLetter('IJsselmonde')).toBe('I');
    expect(nl.indexLetter('Ééntje')).toBe('E');
    expect(nl.indexLetter('010 Zorg')).toBe('#');
  });
  it('names the time zone explicitly', () => {
    expect(nl.TIME_ZONE).toBe('Europe/Amsterdam');
  });
});
