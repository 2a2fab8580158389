// Shapes indicator series into chart rows. Pure and unit-tested; charts stay thin.
import type { Calendar } from '../../shared/years';
import { formatValueYear } from './format';

export type SeriesPoint = { year: number; value: number };

export type TrendRow = {
  year: number;
  label: string;
  actual: number | null;
  target: number | null;
};

type Input = {
  values: ReadonlyArray<SeriesPoint>;
  targets: ReadonlyArray<SeriesPoint>;
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
  const valueBy = new Map(values.map((v) => [v.year, v.value]));
  const targetBy = new Map(targets.map((t) => [t.year, t.value]));
  const rows: TrendRow[] = [];
  for (let year = from; year <= to; year++) {
    rows.push({
      year,
      label: formatValueYear(year, yearKind, cal),
      actual: valueBy.get(year) ?? null,
      target: targetBy.get(year) ?? null,
    });
  }
  return rows;
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
