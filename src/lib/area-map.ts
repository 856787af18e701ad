/**
 * The tile map of the fourteen areas: one tile per area, placed roughly where
 * the area lies (west left, north up, the Maas between rows 2 and 3). The map
 * is an HTML list of links: on a wide screen each tile takes its grid cell, on
 * a narrow one the list reflows into columns. Tiles come in reading order (row
 * by row, west to east), so keyboard and screen reader order match what the eye
 * reads in both layouts.
 */
import { AREAS, type Area } from './content-model.ts';

/** Column and row of each area's tile (0-based). */
export const TILE_POSITIONS: Record<Area, { col: number; row: number }> = {
  Overschie: { col: 2, row: 0 },
  'Hillegersberg-Schiebroek': { col: 3, row: 0 },
  'Hoek van Holland': { col: 0, row: 1 },
  Delfshaven: { col: 2, row: 1 },
  Noorderbreedte: { col: 3, row: 1 },
  'Kralingen-Crooswijk': { col: 4, row: 1 },
  'Prins Alexander': { col: 5, row: 1 },
  Rozenburg: { col: 0, row: 2 },
  Pernis: { col: 1, row: 2 },
  Centrum: { col: 3, row: 2 },
  Hoogvliet: { col: 1, row: 3 },
  Charlois: { col: 2, row: 3 },
  Feijenoord: { col: 3, row: 3 },
  IJsselmonde: { col: 4, row: 3 },
};

/** Columns and rows of the wide layout; site.css places a tile with its `col-N row-N` classes. */
export const MAP_GRID = {
  cols: Math.max(...Object.values(TILE_POSITIONS).map((p) => p.col)) + 1,
  rows: Math.max(...Object.values(TILE_POSITIONS).map((p) => p.row)) + 1,
} as const;

export interface Tile {
  area: Area;
  col: number;
  row: number;
}

/** The fourteen tiles in reading order: top row first, west to east within a row. */
export function areaTiles(): Tile[] {
  return AREAS.map((area) => ({ area, ...TILE_POSITIONS[area] })).sort((a, b) => a.row - b.row || a.col - b.col);
}
