// International indices for Thailand (CPI, WGI control of corruption, WJP rule of law):
// every edition with its year, publication date where known and source, with the national
// targets and the status from the one status layer.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators } from '../../db/schema';
import { beToCe } from '../../shared/years';
import { indicatorHeader, loadIndicatorsWithSeries } from '../plan/indicator-series';
import { withStatusAll, type IndicatorWithStatus } from '../plan/status';

export const INDEX_CODES = { cpiScore: 'CPI-SCORE', cpiRank: 'CPI-RANK', wgi: 'WGI-CC', wjp: 'WJP-RANK' } as const;

function view(ind: IndicatorWithStatus) {
  return {
    ...indicatorHeader(ind),
    minValue: ind.minValue,
    maxValue: ind.maxValue,
    sourceUrl: ind.sourceUrl,
    comparableFromYear: ind.comparableFromYear,
    status: ind.status,
    staleness: ind.staleness,
    targets: ind.targets.map((t) => ({
      year: t.year,
      editionCe: beToCe(t.year),
      value: t.value,
      sourceTh: t.sourceTh,
      sourceUrl: t.sourceUrl,
      carriedForward: t.carriedForward,
      isExample: t.isExample,
    })),
    editions: ind.values.map((v) => ({
      year: v.year,
      editionCe: beToCe(v.year),
      value: v.value,
      rankOutOf: v.rankOutOf,
      /** rank ÷ countries × 100: the share of countries ranked above or level (lower is better). */
      percentile: v.rankOutOf ? (v.value / v.rankOutOf) * 100 : null,
      publishedOn: v.publishedOn,
      sourceTh: v.sourceTh,
      sourceUrl: v.sourceUrl,
      secondarySourceTh: v.secondarySourceTh,
      secondarySourceUrl: v.secondarySourceUrl,
      note: v.note,
      isExample: v.isExample,
    })),
  };
}

export type IndexView = ReturnType<typeof view>;

/** CPI score and rank side by side, one row per edition (either may be missing, e.g. 2013's score). */
function cpiEditions(score: IndexView | null, rank: IndexView | null) {
  const years = [...new Set([...(score?.editions ?? []), ...(rank?.editions ?? [])].map((e) => e.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const s = score?.editions.find((e) => e.year === year) ?? null;
    const r = rank?.editions.find((e) => e.year === year) ?? null;
    return {
      year,
      editionCe: beToCe(year),
      score: s?.value ?? null,
      rank: r?.value ?? null,
      countries: r?.rankOutOf ?? null,
      percentile: r?.percentile ?? null,
      publishedOn: s?.publishedOn ?? r?.publishedOn ?? null,
      sourceTh: s?.sourceTh ?? r?.sourceTh ?? null,
      /** The primary source (TI's page for the edition) first, then the Thai or press report. */
      sourceUrl: s?.sourceUrl ?? r?.sourceUrl ?? null,
      secondarySourceTh: s?.secondarySourceTh ?? r?.secondarySourceTh ?? null,
      secondarySourceUrl: s?.secondarySourceUrl ?? r?.secondarySourceUrl ?? null,
      note: [s?.note, r?.note].filter((n, i, all): n is string => !!n && all.indexOf(n) === i).join(' · ') || null,
    };
  });
}

export function getInternationalIndices(db: Db) {
  const rows = withStatusAll(db, loadIndicatorsWithSeries(db, inArray(indicators.code, Object.values(INDEX_CODES))));
  const pick = (code: string) => {
    const ind = rows.find((r) => r.code === code);
    return ind ? view(ind) : null;
  };
  const score = pick(INDEX_CODES.cpiScore);
  const rank = pick(INDEX_CODES.cpiRank);
  return {
    cpi: { score, rank, editions: cpiEditions(score, rank) },
    wgi: pick(INDEX_CODES.wgi),
    wjp: pick(INDEX_CODES.wjp),
  };
}
