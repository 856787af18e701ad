/**
 * Key figures of a project fact sheet: ordering (each result next to its
 * target) and the geometry of the small bar chart. Bars of one unit share a
 * scale; a target is drawn hatched and labelled "doel", so the chart reads
 * without colour.
 */
import { formatFigure } from './nl.ts';

export interface Figure {
  label: string;
  value: number;
  unit?: string;
  kind: 'resultaat' | 'doel';
  asOf?: Date;
}

/** Figures grouped by label, result before target, in first-seen order. */
export function orderFigures<T extends Figure>(figures: readonly T[]): T[] {
  const firstSeen = new Map<string, number>();
  figures.forEach((f, i) => firstSeen.has(f.label) || firstSeen.set(f.label, i));
  const kindRank = { resultaat: 0, doel: 1 } as const;
  return [...figures].sort((a, b) => firstSeen.get(a.label)! - firstSeen.get(b.label)! || kindRank[a.kind] - kindRank[b.kind]);
}

export interface Bar {
  label: string;
  kind: Figure['kind'];
  text: string;
  y: number;
  width: number;
}

export const CHART = { width: 560, labelHeight: 18, barHeight: 18, rowGap: 14, barMax: 400 } as const;

/** Rows of the bar chart; widths scale to the largest value of the same unit. */
export function chartBars(figures: readonly Figure[]): { bars: Bar[]; height: number } {
  const ordered = orderFigures(figures);
  const maxByUnit = new Map<string, number>();
  for (const f of ordered) maxByUnit.set(f.unit ?? '', Math.max(maxByUnit.get(f.unit ?? '') ?? 0, Math.abs(f.value)));
  const rowHeight = CHART.labelHeight + CHART.barHeight + CHART.rowGap;
  const bars = ordered.map((f, i) => {
    const max = maxByUnit.get(f.unit ?? '') || 1;
    return {
      label: f.label,
      kind: f.kind,
      text: `${formatFigure(f.value, f.unit)}${f.kind === 'doel' ? ' (doel)' : ''}`,
      y: i * rowHeight,
      width: Math.max(2, Math.round((Math.abs(f.value) / max) * CHART.barMax)),
    };
  });
  return { bars, height: Math.max(0, bars.length * rowHeight - CHART.rowGap) };
}
