/**
 * The tile map of the fourteen areas: one square-ish tile per area, placed
 * roughly where the area lies (west left, north up, the Maas between rows 2
 * and 3). No geodata: positions are a grid, so the map is a few hundred bytes.
 */
import { AREAS, type Area } from './content-model.ts';

/** Column and row of each area's tile. */
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

export const TILE = { width: 150, height: 84, gap: 8 } as const;

export interface Tile {
  area: Area;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name broken over at most two lines, at a hyphen or space. */
  lines: string[];
}

export function areaTiles(): { tiles: Tile[]; width: number; height: number } {
  const tiles = AREAS.map((area) => {
    const { col, row } = TILE_POSITIONS[area];
    return {
      area,
      x: col * (TILE.width + TILE.gap),
      y: row * (TILE.height + TILE.gap),
      width: TILE.width,
      height: TILE.height,
      lines: labelLines(area),
    };
  });
  const cols = Math.max(...Object.values(TILE_POSITIONS).map((p) => p.col)) + 1;
  const rows = Math.max(...Object.values(TILE_POSITIONS).map((p) => p.row)) + 1;
  return { tiles, width: cols * (TILE.width + TILE.gap) - TILE.gap, height: rows * (TILE.height + TILE.gap) - TILE.gap };
}

/** "Hillegersberg-Schiebroek" → ["Hillegersberg-", "Schiebroek"]; short names stay on one line. */
export function labelLines(name: string, maxChars = 13): string[] {
  if (name.length <= maxChars) return [name];
  const hyphen = name.indexOf('-');
  if (hyphen > 0) return [name.slice(0, hyphen + 1), name.slice(hyphen + 1)];
  const space = name.lastIndexOf(' ', maxChars);
  return space > 0 ? [name.slice(0, space), name.slice(space + 1)] : [name];
}
