/**
 * Key figures of a project fact sheet: ordering (each result next to its
 * target) and the bar lengths of the small bar chart. Bars of one unit share a
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

/**
 * Figures that repeat an earlier one: the same label (case and spacing aside), kind and reference date. A fact sheet
 * would show the figure twice, or two values for one thing (helper-42). A result beside its target, or one figure at
 * two dates, is no repeat. Each with the 0-based place of the first.
 */
export function repeatedFigures(figures: readonly Figure[]): { index: number; first: number }[] {
  const seen = new Map<string, number>();
  const repeats: { index: number; first: number }[] = [];
  figures.forEach((f, index) => {
    // Read as written too: the schema's own rule runs on figures whose fields it has not accepted (helper-60: a wrong
    // asOf, still text, stopped check and build with a TypeError).
    const asOf: unknown = f.asOf;
    const key = JSON.stringify([String(f.label ?? '').trim().replace(/\s+/g, ' ').toLowerCase(), f.kind, asOf instanceof Date ? asOf.getTime() : asOf]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else repeats.push({ index, first });
  });
  return repeats;
}

export interface Bar {
  label: string;
  kind: Figure['kind'];
  /** The value in words: "9 personen", "10 personen (doel)". */
  text: string;
  /** Length of the bar as a percentage of the chart's width; never 0, so a zero still shows. */
  percent: number;
}

/** The thinnest bar drawn, in percent, so that a zero or tiny value is still visible. */
export const MIN_BAR_PERCENT = 0.5;

/**
 * Rows of the bar chart; lengths scale to the largest value of the same unit, percentages to 100 % at least (helper-51:
 * a single 12 % filled the row, as if it were all). A value below zero has no length: its bar is the thinnest.
 */
export function chartBars(figures: readonly Figure[]): Bar[] {
  const ordered = orderFigures(figures);
  const maxByUnit = new Map<string, number>([['%', 100]]);
  for (const f of ordered) maxByUnit.set(f.unit ?? '', Math.max(maxByUnit.get(f.unit ?? '') ?? 0, f.value));
  return ordered.map((f) => {
    const max = maxByUnit.get(f.unit ?? '') || 1;
    return {
      label: f.label,
      kind: f.kind,
      text: `${formatFigure(f.value, f.unit)}${f.kind === 'doel' ? ' (doel)' : ''}`,
      percent: Math.max(MIN_BAR_PERCENT, Math.round((Math.max(0, f.value) / max) * 1000) / 10),
    };
  });
}

/**
 * Whether a chart of the figures compares anything: two figures of one unit, or a percentage (drawn against 100 %).
 * One count alone always fills its row, which reads as "complete" (helper-54: a lone target of 10 people as a full
 * bar); the table says it as well.
 */
export function chartCompares(figures: readonly Figure[]): boolean {
  const units = figures.map((f) => f.unit ?? '');
  return units.includes('%') || units.some((unit, i) => units.indexOf(unit) !== i);
}

/** The chart's legend: only the kinds of bar it draws, and how its lengths are scaled. */
export function chartLegend(bars: readonly Bar[], figures: readonly Figure[]): string {
  return [
    bars.some((b) => b.kind === 'resultaat') && 'Effen balk: behaald resultaat.',
    bars.some((b) => b.kind === 'doel') && 'Gearceerde balk: doel.',
    bars.length > 1 && 'Balken met dezelfde eenheid gebruiken dezelfde schaal.',
    figures.some((f) => f.unit === '%') && 'Bij percentages is de hele breedte 100%.',
  ]
    .filter(Boolean)
    .join(' ');
}
