import { describe, expect, it } from 'vitest';
import { areaTiles, MAP_GRID, TILE_POSITIONS } from '../../src/lib/area-map.ts';
import { AREAS } from '../../src/lib/content-model.ts';
import { chartBars, chartCompares, chartLegend, MIN_BAR_PERCENT, orderFigures, repeatedFigures } from '../../src/lib/figures.ts';

describe('area tile map', () => {
  const tiles = areaTiles();
  it('has one tile per area, each in its own cell of the grid', () => {
    expect(tiles.map((t) => t.area).sort()).toEqual([...AREAS].sort());
    expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(14);
    for (const t of tiles) {
      expect(t.col).toBeLessThan(MAP_GRID.cols);
      expect(t.row).toBeLessThan(MAP_GRID.rows);
    }
  });
  it('places areas roughly where they lie', () => {
    const pos = TILE_POSITIONS;
    expect(pos['Hoek van Holland'].col).toBeLessThan(pos.Delfshaven.col); // west
    expect(pos['Prins Alexander'].col).toBeGreaterThan(pos.Centrum.col); // east
    expect(pos['Hillegersberg-Schiebroek'].row).toBeLessThan(pos.Centrum.row); // north
    expect(pos.Charlois.row).toBeGreaterThan(pos.Centrum.row); // south of the Maas
    expect(pos.IJsselmonde.row).toBeGreaterThan(pos['Kralingen-Crooswijk'].row);
  });
  it('comes in reading order: row by row, west to east, so keyboard order follows the eye', () => {
    expect(tiles.slice(0, 4).map((t) => t.area)).toEqual(['Overschie', 'Hillegersberg-Schiebroek', 'Hoek van Holland', 'Delfshaven']);
    for (let i = 1; i < tiles.length; i++) {
      const [a, b] = [tiles[i - 1]!, tiles[i]!];
      expect(a.row < b.row || (a.row === b.row && a.col < b.col), `${a.area} before ${b.area}`).toBe(true);
    }
  });
});

describe('key figures', () => {
  const figures = [
    { label: 'Deelnemers', value: 10, unit: 'personen', kind: 'doel' as const },
    { label: 'Weken', value: 8, unit: 'weken', kind: 'resultaat' as const },
    { label: 'Deelnemers', value: 9, unit: 'personen', kind: 'resultaat' as const },
  ];
  it('puts each result next to its target, result first', () => {
    expect(orderFigures(figures).map((f) => `${f.label}/${f.kind}`)).toEqual(['Deelnemers/resultaat', 'Deelnemers/doel', 'Weken/resultaat']);
  });
  it('scales bars per unit and labels targets in words', () => {
    const bars = chartBars(figures);
    expect(bars.map((b) => b.percent)).toEqual([90, 100, 100]);
    expect(bars.map((b) => b.text)).toEqual(['9 personen', '10 personen (doel)', '8 weken']);
  });
  it('is drawn only where it compares: two figures of one unit, or a percentage against 100 % (helper-54: one count fills its row)', () => {
    const one = (unit: string | undefined, kind: 'doel' | 'resultaat' = 'resultaat') => ({ label: 'Deelnemers', value: 10, unit, kind });
    expect(chartCompares([one('personen', 'doel')])).toBe(false);
    expect(chartCompares([one('personen'), one('weken')])).toBe(false);
    expect(chartCompares([one(undefined), one(undefined)])).toBe(true);
    expect(chartCompares([one('personen'), one('weken'), one('personen', 'doel')])).toBe(true);
    expect(chartCompares([one('%')])).toBe(true);
    expect(chartCompares([])).toBe(false);
  });
  it('has a legend that names only the kinds of bar it draws, and the scale where there is one', () => {
    const bars = chartBars(figures);
    expect(chartLegend(bars, figures)).toBe('Effen balk: behaald resultaat. Gearceerde balk: doel. Balken met dezelfde eenheid gebruiken dezelfde schaal.');
    const results = [figures[1]!, figures[2]!];
    expect(chartLegend(chartBars(results), results)).toBe('Effen balk: behaald resultaat. Balken met dezelfde eenheid gebruiken dezelfde schaal.');
    const share = [{ label: 'Uitval', value: 12, unit: '%', kind: 'doel' as const }];
    expect(chartLegend(chartBars(share), share)).toBe('Gearceerde balk: doel. Bij percentages is de hele breedte 100%.');
  });
  it('draws an empty chart for no figures and a visible bar for zero', () => {
    expect(chartBars([])).toEqual([]);
    expect(chartBars([{ label: 'Nul', value: 0, kind: 'resultaat' }])[0]!.percent).toBe(MIN_BAR_PERCENT);
  });
  it('draws percentages on a scale of 100 at least, and a value below zero as the thinnest bar (helper-51)', () => {
    expect(chartBars([{ label: 'Uitval', value: 12, unit: '%', kind: 'resultaat' }]).map((b) => b.percent)).toEqual([12]);
    expect(chartBars([{ label: 'Groei', value: 150, unit: '%', kind: 'resultaat' }, { label: 'Uitval', value: 30, unit: '%', kind: 'resultaat' }]).map((b) => b.percent)).toEqual([100, 20]);
    expect(chartBars([{ label: 'Wachtlijst', value: -15, unit: 'personen', kind: 'resultaat' }, { label: 'Deelnemers', value: 30, unit: 'personen', kind: 'resultaat' }]).map((b) => b.percent)).toEqual([MIN_BAR_PERCENT, 100]);
  });
  it('finds a figure given twice: the same label (case and spacing aside), kind and date, each with the place of the first', () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(
      repeatedFigures([
        ...figures,
        { label: ' deelnemers ', value: 11, unit: 'personen', kind: 'doel' },
        { label: 'Deelnemers', value: 9, kind: 'resultaat', asOf: day('2023-01-01') },
        { label: 'Deelnemers', value: 12, kind: 'resultaat', asOf: day('2024-01-01') },
        { label: 'Deelnemers', value: 12, kind: 'resultaat', asOf: day('2024-01-01') },
        { label: 'Weken  van het traject', value: 8, kind: 'resultaat' },
        { label: 'weken van het traject', value: 8, kind: 'resultaat' },
      ]),
    ).toEqual([
      { index: 3, first: 0 },
      { index: 6, first: 5 },
      { index: 8, first: 7 },
    ]);
    // A result beside its target, one figure at two dates, different labels: nothing repeated.
    expect(repeatedFigures(figures)).toEqual([]);
  });
});
