// Classes of a choropleth: stated breaks rather than a gradient, so a reader can say which class
// a province is in and why. n breaks make n + 1 classes; a value equal to a break belongs to the
// class above it (e.g. breaks [85, 95]: 84.99 → class 0, 85 → class 1, 95 → class 2).
import { ITA_PASS } from './ita';

/** The class of a value, or null for "no data" (drawn apart, hatched, never a colour of the scale). */
export function classOf(value: number | null | undefined, breaks: readonly number[]): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}

export type LegendClass = { index: number; from: number | null; to: number | null };

/** One legend entry per class: [from, to) with open ends at the extremes. */
export function legendClasses(breaks: readonly number[]): LegendClass[] {
  return Array.from({ length: breaks.length + 1 }, (_, index) => ({
    index,
    from: index === 0 ? null : breaks[index - 1]!,
    to: index === breaks.length ? null : breaks[index]!,
  }));
}

/**
 * A sequential palette of `n` classes, light to dark blue, each dark enough against white for
 * a shape's edge and distinct in greyscale.
 */
const BLUES = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'] as const;

export function sequentialPalette(n: number): string[] {
  if (n <= 1) return [BLUES[2]];
  if (n >= BLUES.length) return [...BLUES];
  // Spread over the palette, keeping both ends.
  return Array.from({ length: n }, (_, i) => BLUES[Math.round((i * (BLUES.length - 1)) / (n - 1))]!);
}

/**
 * The targeting bands on a map, in class order (low, medium, high): dark to light, so the bands
 * stay apart in greyscale (the bar and chip colours are alike in lightness).
 */
export const BAND_MAP_COLORS = ['#991b1b', '#f59e0b', '#d1fae5'] as const;

/**
 * Change of a score (points) in classes, fell most (light) to rose most (dark): one direction of
 * lightness, so the order survives greyscale printing.
 */
export const CHANGE_BREAKS = [-2, 0, 2] as const;
export const CHANGE_COLORS = ['#fde68a', '#93c5fd', '#3b82f6', '#1e3a8a'] as const;

/** Mean ITA by province (/ita and the committee pack): classes at 80, the pass mark, 90 and 95. */
export const ITA_MAP_BREAKS = [80, ITA_PASS, 90, 95] as const;
