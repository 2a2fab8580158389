// Shapes indicator series into chart rows. Pure and unit-tested; charts stay thin.
import type { Calendar } from '../../shared/years';
import { formatValueYear } from './format';

export type SeriesPoint = { year: number; value: number };

/** A value as the chart needs it: provisional ones are drawn hollow on a dashed segment, labelled n of N. */
export type TrendValue = SeriesPoint & { provisional?: boolean; coverage?: { n: number; N: number } | null };
/** A target with its original value (a revised target's superseded value is drawn faint). */
export type TrendTarget = SeriesPoint & { originalValue?: number };

export type TrendRow = {
  year: number;
  label: string;
  /** Published values only; a missing year stays a gap. */
  actual: number | null;
  /** A provisional value (drawn hollow, apart from the published line). */
  provisional: number | null;
  /** The dashed segment from the last published value to a provisional one. */
  bridge: number | null;
  coverage: { n: number; N: number } | null;
  target: number | null;
  /** Where a target was revised: the original (superseded) value. */
  originalTarget: number | null;
};

type Input = {
  values: ReadonlyArray<TrendValue>;
  targets: ReadonlyArray<TrendTarget>;
  yearKind: 'fiscal' | 'edition';
  /** Always include these years (e.g. the plan period) even without data. */
  span?: { from: number; to: number };
};

/** One row per year from the earliest to the latest year with data (or in `span`). */
export function buildTrendRows({ values, targets, yearKind, span }: Input, cal: Calendar): TrendRow[] {
  const years = [...values.map((v) => v.year), ...targets.map((t) => t.year)];
  if (span) years.push(span.from, span.to);
  if (years.length === 0) return [];
  const from = Math.min(...years);
  const to = Math.max(...years);
  const valueBy = new Map(values.map((v) => [v.year, v]));
  const targetBy = new Map(targets.map((t) => [t.year, t]));
  const anyRevised = targets.some((t) => t.originalValue !== undefined && t.originalValue !== t.value);
  const rows: TrendRow[] = [];
  for (let year = from; year <= to; year++) {
    const v = valueBy.get(year);
    const t = targetBy.get(year);
    rows.push({
      year,
      label: formatValueYear(year, yearKind, cal),
      actual: v && !v.provisional ? v.value : null,
      provisional: v?.provisional ? v.value : null,
      bridge: null,
      coverage: v?.coverage ?? null,
      target: t?.value ?? null,
      // The superseded line runs over every target year once any was revised, so it reads as a line.
      originalTarget: anyRevised && t ? (t.originalValue ?? t.value) : null,
    });
  }
  // Dashed segments: each provisional value joins the last published value before it.
  for (const row of rows) {
    if (row.provisional === null) continue;
    row.bridge = row.provisional;
    const before = [...rows].reverse().find((r) => r.year < row.year && r.actual !== null);
    if (before) before.bridge = before.actual;
  }
  return rows;
}

/**
 * Axis ticks that never repeat a label: "nice" steps (1, 2, 2.5, 5 × 10^k) no finer than the
 * value's own decimals allow, so a count axis reads 0, 1, 2, 3 — not 0, 1, 1, 2, 2, 3 — and a
 * small range like WGI's −0.47 … −0.45 does not show −0.47 twice.
 */
export function niceTicks(min: number, max: number, decimals: number, count = 5, format: (v: number) => string = (v) => v.toFixed(decimals)): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  const smallest = 10 ** -decimals;
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (hi - lo < smallest) {
    lo -= smallest;
    hi += smallest;
  }
  const rough = (hi - lo) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(smallest, ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude));
  // A step finer than the decimals shown would print the same label twice: round it up.
  const safeStep = Math.ceil(step / smallest - 1e-9) * smallest;
  const start = Math.floor(lo / safeStep) * safeStep;
  const ticks: number[] = [];
  for (let v = start; v <= hi + safeStep * 1e-6; v += safeStep) ticks.push(Math.round(v / smallest) * smallest);
  if (ticks[ticks.length - 1]! < hi) ticks.push(Math.round((ticks[ticks.length - 1]! + safeStep) / smallest) * smallest);
  // Belt and braces: drop any tick whose label repeats the previous one.
  return ticks.filter((v, i) => i === 0 || format(v) !== format(ticks[i - 1]!));
}

/** The last published point, or null. */
export function latestPoint<T extends SeriesPoint>(values: ReadonlyArray<T>): T | null {
  let best: T | null = null;
  for (const v of values) if (!best || v.year > best.year) best = v;
  return best;
}

/** The target for a year, else the next target after it (what the latest value is measured against). */
export function targetFor(targets: ReadonlyArray<SeriesPoint>, year: number): SeriesPoint | null {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year === year) ?? sorted.find((t) => t.year > year) ?? sorted.at(-1) ?? null;
}
