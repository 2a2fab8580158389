// Year A vs year B for one indicator: the numbers behind /compare, the report's "largest
// changes" and nothing else. Status comes from computeStatus (as of each year), so the
// compare page agrees with the indicator page for the latest year.
import { computeStatus, meetsTarget, type Status, type StatusMethod, type StatusSubject } from './status';

export type CompareCell = {
  year: number;
  value: number | null;
  /** Rank indicators: the number of countries in that edition. */
  rankOutOf: number | null;
  target: number | null;
  /** The year of that target: the year's own, else the next one set (the plan's final target at the latest). */
  targetYear: number | null;
  /** value − target: positive is above the target; `meetsTarget` says whether that is good. */
  gap: number | null;
  meetsTarget: boolean | null;
  /** Status as of the year (latest value up to it). */
  status: Status;
  /** Year of the value the status rests on; earlier than `year` when that year has no value yet. */
  statusYear: number | null;
  /** The value is provisional (below its publication threshold): shown, not in the status. */
  provisional: boolean;
};

export type CompareResult = {
  a: CompareCell;
  b: CompareCell;
  /** B − A, null when either value is missing or the two years straddle a methodology break. */
  change: number | null;
  /** (B − A) ÷ |A| × 100; null when A is 0. */
  changePct: number | null;
  /** Direction-aware; ranks among a different number of countries are judged as percentiles. */
  trend: 'better' | 'worse' | 'same' | null;
  /** The two years fall on either side of the indicator's comparableFromYear. */
  acrossBreak: boolean;
};

export type CompareOptions = { method: StatusMethod; finalYear: number };

/** Drop binary floating-point noise (94.17 − 92.44 = 1.730000000000004) from differences of stored decimals. */
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

function cell(subject: StatusSubject, year: number, options: CompareOptions): CompareCell {
  const point = subject.values.find((v) => v.year === year) ?? null;
  // A year without its own target is judged against the next target set (gap shown wherever a target exists).
  const targetPoint = [...subject.targets].sort((x, y) => x.year - y.year).find((t) => t.year >= year) ?? null;
  const target = targetPoint?.value ?? null;
  const value = point?.value ?? null;
  const status = computeStatus(subject, { ...options, asOfYear: year });
  return {
    year,
    value,
    rankOutOf: point?.rankOutOf ?? null,
    target,
    targetYear: targetPoint?.year ?? null,
    gap: value !== null && target !== null ? tidy(value - target) : null,
    meetsTarget: value !== null && target !== null ? meetsTarget(subject.direction, value, target) : null,
    status: status.status,
    statusYear: status.latest?.year ?? null,
    provisional: point?.provisional ?? false,
  };
}

export function compareIndicatorYears(
  subject: StatusSubject,
  yearA: number,
  yearB: number,
  options: CompareOptions,
): CompareResult {
  const a = cell(subject, yearA, options);
  const b = cell(subject, yearB, options);
  const breakYear = subject.comparableFromYear;
  const acrossBreak = breakYear !== null && Math.min(yearA, yearB) < breakYear && Math.max(yearA, yearB) >= breakYear;
  if (a.value === null || b.value === null || acrossBreak) {
    return { a, b, change: null, changePct: null, trend: null, acrossBreak };
  }
  const change = tidy(b.value - a.value);
  const changePct = a.value === 0 ? null : (change / Math.abs(a.value)) * 100;
  const asPercentile =
    subject.unit === 'rank' && a.rankOutOf !== null && b.rankOutOf !== null && a.rankOutOf !== b.rankOutOf;
  const diff = asPercentile ? b.value / b.rankOutOf! - a.value / a.rankOutOf! : change;
  const signed = subject.direction === 'higher' ? diff : -diff;
  const trend = signed > 0 ? 'better' : signed < 0 ? 'worse' : 'same';
  return { a, b, change, changePct, trend, acrossBreak };
}

export const COMPARE_SORT_KEYS = ['order', 'indicator', 'valueA', 'valueB', 'change', 'changePct', 'gapA', 'gapB', 'status'] as const;
export type CompareSortKey = (typeof COMPARE_SORT_KEYS)[number];

/** Worst first when sorting by status. */
const STATUS_ORDER: Record<Status, number> = { off_track: 0, needs_attention: 1, on_track: 2, achieved: 3, no_target: 4, no_data: 5 };

/**
 * Sorts compare rows; missing numbers always go last, whatever the direction. 'order' keeps
 * the plan's order (the input order); 'indicator' sorts by the given label in the given locale.
 */
export function sortCompareRows<T extends CompareResult>(
  rows: readonly T[],
  key: CompareSortKey,
  dir: 'asc' | 'desc',
  label: (row: T) => string = () => '',
  locale = 'th',
): T[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const num = (r: T): number | null => {
    switch (key) {
      case 'valueA':
        return r.a.value;
      case 'valueB':
        return r.b.value;
      case 'change':
        return r.change;
      case 'changePct':
        return r.changePct;
      case 'gapA':
        return r.a.gap;
      case 'gapB':
        return r.b.gap;
      case 'status':
        return STATUS_ORDER[r.b.status] * 10 + STATUS_ORDER[r.a.status];
      default:
        return null;
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return indexed
    .sort((x, y) => {
      if (key === 'order') return sign * (x.i - y.i);
      if (key === 'indicator') return sign * label(x.row).localeCompare(label(y.row), locale) || x.i - y.i;
      const a = num(x.row);
      const b = num(y.row);
      if (a === null && b === null) return x.i - y.i;
      if (a === null) return 1;
      if (b === null) return -1;
      return sign * (a - b) || x.i - y.i;
    })
    .map((x) => x.row);
}
