import { describe, expect, it } from 'vitest';
import { areaTiles, labelLines, TILE_POSITIONS } from '../../src/lib/area-map.ts';
import { AREAS } from '../../src/lib/content-model.ts';
import { CHART, chartBars, orderFigures } from '../../src/lib/figures.ts';

describe('area tile map', () => {
  const { tiles, width, height } = areaTiles();
  it('has one tile per area, none overlapping, all inside the map', () => {
    expect(tiles.map((t) => t.area).sort()).toEqual([...AREAS].sort());
    const cells = new Set(Object.values(TILE_POSITIONS).map((p) => `${p.col},${p.row}`));
    expect(cells.size).toBe(14);
    for (const t of tiles) {
      expect(t.x + t.width).toBeLessThanOrEqual(width);
      expect(t.y + t.height).toBeLessThanOrEqual(height);
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
  it('breaks long names over two lines', () => {
    expect(labelLines('Delfshaven')).toEqual(['Delfshaven']);
    expect(labelLines('Hillegersberg-Schiebroek')).toEqual(['Hillegersberg-', 'Schiebroek']);
    expect(labelLines('Hoek van Holland')).toEqual(['Hoek van', 'Holland']);
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
    const { bars, height } = chartBars(figures);
    expect(bars.map((b) => b.width)).toEqual([Math.round((9 / 10) * CHART.barMax), CHART.barMax, CHART.barMax]);
    expect(bars.map((b) => b.text)).toEqual(['9 personen', '10 personen (doel)', '8 weken']);
    expect(bars[1]!.y).toBeGreaterThan(bars[0]!.y);
    expect(height).toBeGreaterThan(bars[2]!.y);
  });
  it('draws an empty chart for no figures and a visible bar for zero', () => {
    expect(chartBars([]).bars).toEqual([]);
    expect(chartBars([{ label: 'Nul', value: 0, kind: 'resultaat' }]).bars[0]!.width).toBe(2);
  });
});
