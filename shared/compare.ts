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
  /** value − target: positive is above the target; `meetsTarget` says whether that is good. */
  gap: number | null;
  meetsTarget: boolean | null;
  /** Status as of the year (latest value up to it). */
  status: Status;
  /** Year of the value the status rests on; earlier than `year` when that year has no value yet. */
  statusYear: number | null;
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
  const target = subject.targets.find((t) => t.year === year)?.value ?? null;
  const value = point?.value ?? null;
  const status = computeStatus(subject, { ...options, asOfYear: year });
  return {
    year,
    value,
    rankOutOf: point?.rankOutOf ?? null,
    target,
    gap: value !== null && target !== null ? tidy(value - target) : null,
    meetsTarget: value !== null && target !== null ? meetsTarget(subject.direction, value, target) : null,
    status: status.status,
    statusYear: status.latest?.year ?? null,
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
