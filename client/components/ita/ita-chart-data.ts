// Shapes ITA API results into chart rows. Pure and unit-tested (test/unit/ita-chart-data.test.ts);
// the chart components stay thin.
import { ITA_INDICATORS, ITA_TARGET_PASS_PERCENT, itaGradeLabel } from '../../../shared/ita';
import { displayYear, type Calendar } from '../../../shared/years';
import type { Lang } from '../../i18n';
import { labelIn } from '../../lib/label';

export type NationalYear = {
  year: number;
  mean: number | null;
  passPercent: number;
  published: { mean: number; passPercent: number } | null;
};

/** Mean and pass rate per year, with the published figures and the 80 % target beside them. */
export function nationalRows(years: readonly NationalYear[], cal: Calendar) {
  return years.map((y) => ({
    label: displayYear(y.year, cal),
    mean: y.mean,
    publishedMean: y.published?.mean ?? null,
    passPercent: y.passPercent,
    publishedPassPercent: y.published?.passPercent ?? null,
    target: ITA_TARGET_PASS_PERCENT,
  }));
}

/** One row per grade of a year, in the scale's order, labelled in the reader's language. */
export function gradeRows(grades: ReadonlyArray<{ grade: string; count: number }>, assessed: number, lang: Lang) {
  return grades.map((g) => ({
    grade: g.grade,
    label: labelIn(lang, itaGradeLabel(g.grade) ?? g.grade),
    count: g.count,
    percent: assessed > 0 ? Math.round((g.count / assessed) * 10000) / 100 : 0,
  }));
}

/** Histogram bins labelled "85–90"; the last bin includes 100. */
export function histogramRows(bins: ReadonlyArray<{ from: number; to: number; count: number; passing: boolean }>) {
  return bins.map((b) => ({ label: `${b.from}–${b.to}`, count: b.count, passing: b.passing }));
}

/** Histogram bins from the first one with agencies (long empty low tails hide the shape). */
export function trimEmptyLowBins<T extends { count: number }>(rows: readonly T[]): T[] {
  const first = rows.findIndex((r) => r.count > 0);
  return first <= 0 ? [...rows] : rows.slice(first);
}

type IndicatorYear = { year: number } & Partial<Record<'iit' | 'eit' | 'oit' | `i${number}`, number | null>>;

/** Ten indicators as rows (one per indicator) with a column per year: the table and the bar chart. */
export function indicatorRows(years: readonly IndicatorYear[], lang: Lang) {
  return ITA_INDICATORS.map((ind) => {
    const row: Record<string, string | number | null> = { key: ind.key, label: `${ind.no}. ${labelIn(lang, ind)}`, tool: ind.tool.toUpperCase() };
    for (const y of years) row[`y${y.year}`] = (y[ind.key] as number | null | undefined) ?? null;
    return row;
  });
}
