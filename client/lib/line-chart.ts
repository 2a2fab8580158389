// Geometry of the line chart (components/charts/LineChart.tsx): scales, paths and which year
// labels fit. Pure, so it is unit-tested without a browser.
import { niceTicks } from './chart-data';

/** One point along the x axis (a year or an edition): its label and a number per series key. */
export type LineRow = { label: string } & Record<string, string | number | boolean | null | undefined | object>;

export type LineSeries = {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
  /** Drawn faint (a superseded target). */
  faint?: boolean;
  /** false: points only (provisional values). */
  line?: boolean;
  dot?: 'filled' | 'hollow' | 'none';
  /** Join across missing years (targets); otherwise a missing year is a gap. */
  connectNulls?: boolean;
  /** Left out of the legend (a helper segment). */
  legend?: boolean;
  /** A row field written above each point (e.g. "ชั่วคราว · 1 จาก 77"). */
  labelKey?: string;
  width?: number;
};

type Margin = { top: number; right: number; bottom: number; left: number };

type ScaleInput = {
  rows: LineRow[];
  series: LineSeries[];
  references: number[];
  ticks?: number[];
  bounds?: readonly [number, number];
  decimals: number;
  format: (v: number) => string;
  reversed?: boolean;
  width: number;
  height: number;
  margin: Margin;
};

const numbersOf = (rows: LineRow[], series: LineSeries[]) =>
  rows.flatMap((r) => series.map((s) => r[s.key])).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** x by row index, y by value (reversed: smaller is higher), the y ticks, and the nearest row to a pointer. */
export function lineScales({ rows, series, references, ticks, bounds, decimals, format, reversed, width, height, margin }: ScaleInput) {
  const numbers = [...numbersOf(rows, series), ...references, ...(bounds ?? [])];
  const yTicks = ticks ?? (numbers.length ? niceTicks(Math.min(...numbers), Math.max(...numbers), decimals, 5, format) : [0, 1]);
  let lo = Math.min(yTicks[0] ?? 0, ...numbers);
  let hi = Math.max(yTicks[yTicks.length - 1] ?? 1, ...numbers);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const plotWidth = Math.max(1, width - margin.left - margin.right);
  const plotHeight = Math.max(1, height - margin.top - margin.bottom);
  const n = rows.length;
  const x = (i: number) => margin.left + (n <= 1 ? plotWidth / 2 : (i / (n - 1)) * plotWidth);
  const y = (v: number) => margin.top + (reversed ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo)) * plotHeight;
  const nearestIndex = (px: number) => (n <= 1 ? 0 : Math.min(n - 1, Math.max(0, Math.round(((px - margin.left) / plotWidth) * (n - 1)))));
  return { x, y, yTicks, plotWidth, plotHeight, top: margin.top, nearestIndex };
}

export type LineScales = ReturnType<typeof lineScales>;

/** SVG path data of a series: one path per unbroken run (a missing year breaks it unless connectNulls). */
export function linePaths(rows: LineRow[], s: LineSeries, scales: Pick<LineScales, 'x' | 'y'>): string[] {
  const runs: string[][] = [];
  let current: string[] = [];
  rows.forEach((row, i) => {
    const v = row[s.key];
    if (typeof v === 'number' && Number.isFinite(v)) {
      current.push(`${current.length ? 'L' : 'M'}${scales.x(i).toFixed(1)},${scales.y(v).toFixed(1)}`);
    } else if (!s.connectNulls && current.length) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length) runs.push(current);
  // A single point is drawn by its dot, not as a path.
  return runs.filter((r) => r.length > 1).map((r) => r.join(''));
}

/**
 * Which x labels to write: all when they fit, else every k-th, always the first and the last
 * (dropping the one before the last if the two would touch). Width per label from its length.
 */
export function shownLabelIndexes(labels: string[], plotWidth: number, charWidth = 7, gap = 12): number[] {
  const n = labels.length;
  if (n === 0) return [];
  if (n === 1) return [0];
  const labelWidth = Math.max(...labels.map((l) => l.length)) * charWidth + gap;
  const spacing = plotWidth / (n - 1);
  const step = Math.max(1, Math.ceil(labelWidth / spacing));
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  const last = n - 1;
  if (out[out.length - 1] !== last) {
    if ((last - out[out.length - 1]!) * spacing < labelWidth) out.pop();
    out.push(last);
  }
  return out;
}
