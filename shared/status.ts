// Progress status: the ONE place where "is it on track?" is computed. Every page (overview,
// strategy, indicator, compare, report, downloads) takes its status from here through
// server/services/status.ts. Pure: no I/O, no clock (today is passed in).
// Methods and thresholds: docs/decisions/0003-status-methods.md.
import type { Bilingual, Direction, Unit } from './domain';
import { beToCe } from './years';

export const STATUSES = ['achieved', 'on_track', 'needs_attention', 'off_track', 'no_target', 'no_data'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_METHODS = ['trajectory', 'growth'] as const;
/** trajectory = actual vs expected progress (Cascade); growth = CAGR observed ÷ required (Open SDG / StatCan). */
export type StatusMethod = (typeof STATUS_METHODS)[number];

export const STATUS_LABELS: Record<Status, Bilingual> = {
  achieved: { th: 'บรรลุเป้าหมาย', en: 'Achieved' },
  on_track: { th: 'เป็นไปตามแผน', en: 'On track' },
  needs_attention: { th: 'ต้องเฝ้าระวัง', en: 'Needs attention' },
  off_track: { th: 'ไม่เป็นไปตามแผน', en: 'Off track' },
  no_target: { th: 'ยังไม่กำหนดค่าเป้าหมาย', en: 'No target set' },
  no_data: { th: 'ไม่มีข้อมูลพอ', en: 'No data' },
};

/** The statuses that say how an indicator is doing (the others say why it cannot be judged). */
export const GRADED_STATUSES = ['achieved', 'on_track', 'needs_attention', 'off_track'] as const satisfies readonly Status[];
export type GradedStatus = (typeof GRADED_STATUSES)[number];
export const isGraded = (s: Status): s is GradedStatus => (GRADED_STATUSES as readonly Status[]).includes(s);

export const STATUS_METHOD_LABELS: Record<StatusMethod, Bilingual> = {
  trajectory: { th: 'เทียบเส้นทางสู่เป้าหมาย', en: 'Trajectory (actual vs expected progress)' },
  growth: { th: 'อัตราการเติบโต (CAGR) เทียบที่ต้องการ', en: 'Growth (observed vs required CAGR)' },
};

/** Ratio thresholds. Growth adds 0: below it the series is deteriorating (Open SDG). */
export const STATUS_THRESHOLDS = {
  trajectory: { onTrack: 0.95, needsAttention: 0.6, deterioration: null },
  growth: { onTrack: 0.95, needsAttention: 0.6, deterioration: 0 },
} as const satisfies Record<StatusMethod, { onTrack: number; needsAttention: number; deterioration: number | null }>;

/** Why the status is what it is — the key the "why this status" panel explains. */
export type StatusReason =
  | 'met_target'
  | 'ratio'
  | 'moving_away'
  | 'no_target'
  | 'too_few_points'
  | 'methodology_break'
  | 'growth_undefined';

export const STATUS_REASON_LABELS: Record<StatusReason, Bilingual> = {
  met_target: { th: 'ค่าล่าสุดถึงค่าเป้าหมายของปีแล้ว', en: "The latest value meets the year's target" },
  ratio: { th: 'จัดระดับจากอัตราส่วนความก้าวหน้าเทียบเกณฑ์', en: 'Graded by the progress ratio against the thresholds' },
  moving_away: { th: 'ค่าล่าสุดเคลื่อนออกจากเป้าหมายเมื่อเทียบกับค่าฐาน', en: 'The latest value moved away from the target since the baseline' },
  no_target: { th: 'ยังไม่มีค่าเป้าหมาย', en: 'No target is set' },
  too_few_points: { th: 'มีข้อมูลน้อยกว่า 2 จุด (ค่าฐานและค่าล่าสุด)', en: 'Fewer than two data points (baseline and latest)' },
  methodology_break: {
    th: 'วิธีการวัดเปลี่ยน ข้อมูลหลังการเปลี่ยนมีน้อยกว่า 2 จุด จึงไม่คำนวณแนวโน้มข้ามช่วง',
    en: 'The method changed; fewer than two comparable points after the break, so no trend across it',
  },
  growth_undefined: {
    th: 'คำนวณอัตราการเติบโตไม่ได้ (ค่าต่างเครื่องหมาย หรือปีเป้าหมายไม่อยู่หลังปีฐาน)',
    en: 'Growth cannot be computed (values of different sign, or target year not after the baseline)',
  },
};

/** Open SDG's four growth bands; substantial → on track, moderate → needs attention, limited/deterioration → off track. */
export type GrowthBand = 'substantial' | 'moderate' | 'limited' | 'deterioration';

/**
 * A value of the series. `provisional`: derived from fewer agencies than the publication
 * threshold (decision 0009) — shown, but never part of a status or a trend.
 */
export type SeriesPoint = { year: number; value: number; rankOutOf?: number | null; provisional?: boolean };
export type TargetPoint = { year: number; value: number };

/** What status needs to know about an indicator (a subset of an indicator row with its series). */
export type StatusSubject = {
  unit: Unit;
  direction: Direction;
  baselineYear: number | null;
  baselineValue: number | null;
  /** First year comparable with later ones; earlier points never enter a trend. */
  comparableFromYear: number | null;
  values: readonly SeriesPoint[];
  targets: readonly TargetPoint[];
};

export type StatusOptions = {
  method: StatusMethod;
  /** Final year of the plan (2570): its target ends the trajectory line. */
  finalYear: number;
  /** Evaluate as of this year: later values are ignored (used by compare and downloads). */
  asOfYear?: number | null;
};

/** A point as shown and as compared: `compared` is the value, or rank ÷ countries × 100 on the percentile scale. */
export type ComparedPoint = { year: number; value: number; rankOutOf: number | null; compared: number };
export type ComparedTarget = { year: number; value: number; compared: number };

export type StatusExplanation = {
  status: Status;
  reason: StatusReason;
  method: StatusMethod;
  direction: Direction;
  /** 'percentile' when a rank's number of countries differs between baseline and latest. */
  scale: 'value' | 'percentile';
  baseline: ComparedPoint | null;
  /** declared = the indicator's baseline; series = first comparable value; after_break = the declared one preceded the break. */
  baselineSource: 'declared' | 'series' | 'after_break' | null;
  latest: ComparedPoint | null;
  /** Final target: the plan's final year's, else the latest-dated target. */
  target: ComparedTarget | null;
  /** The latest year's own target, where one is set. */
  yearTarget: ComparedTarget | null;
  /** Trajectory: the expected value for the latest year (compared scale). */
  expected: number | null;
  actualProgress: number | null;
  expectedProgress: number | null;
  /** Growth: compound annual growth rates (0.05 = 5 % a year). */
  observedGrowth: number | null;
  requiredGrowth: number | null;
  ratio: number | null;
  growthBand: GrowthBand | null;
  thresholds: { onTrack: number; needsAttention: number; deterioration: number | null };
  /** comparableFromYear when it excluded at least one point. */
  breakYear: number | null;
  asOfYear: number | null;
};

const sign = (d: Direction) => (d === 'higher' ? 1 : -1);

/** Direction-aware "value is at or beyond target". */
export function meetsTarget(direction: Direction, value: number, target: number): boolean {
  return direction === 'higher' ? value >= target : value <= target;
}

/** Status from a progress ratio (used for trajectory ratios and growth ratios alike). */
export function statusFromRatio(ratio: number, method: StatusMethod): { status: Status; band: GrowthBand | null } {
  const t = STATUS_THRESHOLDS[method];
  if (ratio >= t.onTrack) return { status: 'on_track', band: method === 'growth' ? 'substantial' : null };
  if (ratio >= t.needsAttention) return { status: 'needs_attention', band: method === 'growth' ? 'moderate' : null };
  if (method === 'growth') return { status: 'off_track', band: ratio >= 0 ? 'limited' : 'deterioration' };
  return { status: 'off_track', band: null };
}

/** Compound annual growth rate between two values; zero is replaced by 0.001 as Open SDG does. */
export function cagr(from: number, to: number, years: number): number {
  const a = from === 0 ? 0.001 : from;
  const b = to === 0 ? 0.001 : to;
  return (b / a) ** (1 / years) - 1;
}

/**
 * The progress status of one indicator, with every input needed to explain it.
 * Branches, in order: no target → no_target (no_data when there are no values either); fewer
 * than two comparable points → no_data;
 * latest meets the year's target (or the final target when the year has none) → achieved;
 * otherwise the method's ratio against its thresholds, off track when moving away.
 */
export function computeStatus(subject: StatusSubject, options: StatusOptions): StatusExplanation {
  const { method, finalYear } = options;
  const asOfYear = options.asOfYear ?? null;
  const { direction } = subject;
  const s = sign(direction);

  const visible = [...subject.values]
    .filter((v) => !v.provisional && (asOfYear === null || v.year <= asOfYear))
    .sort((a, b) => a.year - b.year);
  const breakFrom = subject.comparableFromYear;
  const comparable = breakFrom === null ? visible : visible.filter((v) => v.year >= breakFrom);
  const excludedByBreak = visible.length - comparable.length;

  // Baseline: the declared one unless the method changed after it.
  let baselineRaw: SeriesPoint | null = null;
  let baselineSource: StatusExplanation['baselineSource'] = null;
  let movedByBreak = false;
  if (subject.baselineYear !== null && subject.baselineValue !== null) {
    if (breakFrom !== null && subject.baselineYear < breakFrom) {
      movedByBreak = true;
      baselineRaw = comparable[0] ?? null;
      baselineSource = baselineRaw ? 'after_break' : null;
    } else if (asOfYear === null || subject.baselineYear <= asOfYear) {
      const fromSeries = visible.find((v) => v.year === subject.baselineYear);
      baselineRaw = { year: subject.baselineYear, value: subject.baselineValue, rankOutOf: fromSeries?.rankOutOf ?? null };
      baselineSource = 'declared';
    }
  } else {
    baselineRaw = comparable[0] ?? null;
    baselineSource = baselineRaw ? 'series' : null;
  }
  const latestRaw = baselineRaw ? ([...comparable].reverse().find((v) => v.year > baselineRaw.year) ?? null) : null;
  const breakYear = breakFrom !== null && (excludedByBreak > 0 || movedByBreak) ? breakFrom : null;

  // Ranks: compare as percentiles when the number of countries changed.
  const bCount = baselineRaw?.rankOutOf ?? null;
  const lCount = latestRaw?.rankOutOf ?? null;
  const percentile = subject.unit === 'rank' && bCount !== null && lCount !== null && bCount !== lCount;
  const scale: StatusExplanation['scale'] = percentile ? 'percentile' : 'value';
  const toPoint = (p: SeriesPoint | null): ComparedPoint | null =>
    p && {
      year: p.year,
      value: p.value,
      rankOutOf: p.rankOutOf ?? null,
      compared: percentile ? (p.value / (p.rankOutOf as number)) * 100 : p.value,
    };
  // A rank target carries no country count: read it against the latest edition's.
  const toTarget = (t: TargetPoint | undefined | null): ComparedTarget | null =>
    t ? { year: t.year, value: t.value, compared: percentile ? (t.value / (lCount as number)) * 100 : t.value } : null;

  const baseline = toPoint(baselineRaw);
  const latest = toPoint(latestRaw);
  const sortedTargets = [...subject.targets].sort((a, b) => a.year - b.year);
  const finalRaw = sortedTargets.find((t) => t.year === finalYear) ?? sortedTargets[sortedTargets.length - 1] ?? null;
  const target = toTarget(finalRaw);
  const yearTarget = latest ? toTarget(sortedTargets.find((t) => t.year === latest.year)) : null;

  const result: StatusExplanation = {
    status: 'no_data',
    reason: 'no_target',
    method,
    direction,
    scale,
    baseline,
    baselineSource,
    latest,
    target,
    yearTarget,
    expected: null,
    actualProgress: null,
    expectedProgress: null,
    observedGrowth: null,
    requiredGrowth: null,
    ratio: null,
    growthBand: null,
    thresholds: { ...STATUS_THRESHOLDS[method] },
    breakYear,
    asOfYear,
  };

  // Values but no target: "no target set" — not the same as having no data (decision 0003).
  if (!target) return comparable.length > 0 || visible.length > 0 ? { ...result, status: 'no_target' } : result;
  if (!baseline || !latest) {
    result.reason = breakYear !== null ? 'methodology_break' : 'too_few_points';
    return result;
  }

  const applicable = yearTarget ?? target;
  const computed = method === 'trajectory' ? trajectory() : growth();
  if (meetsTarget(direction, latest.compared, applicable.compared)) {
    // The ratio stays in the explanation; the band would only confuse an achieved target.
    return { ...result, ...computed, status: 'achieved', reason: 'met_target', growthBand: null };
  }
  return { ...result, ...computed };

  function trajectory(): Partial<StatusExplanation> & Pick<StatusExplanation, 'status' | 'reason'> {
    const b = baseline!;
    const l = latest!;
    const t = target!;
    let expected: number;
    if (yearTarget) expected = yearTarget.compared;
    else if (l.year >= t.year || t.year <= b.year) expected = t.compared;
    else expected = b.compared + ((t.compared - b.compared) * (l.year - b.year)) / (t.year - b.year);
    const actualProgress = s * (l.compared - b.compared);
    const expectedProgress = s * (expected - b.compared);
    // Expected progress ≤ 0 means the target asks for no improvement on the baseline.
    const ratio = expectedProgress > 0 ? actualProgress / expectedProgress : actualProgress >= expectedProgress ? 1 : 0;
    const base = { expected, actualProgress, expectedProgress, ratio };
    if (actualProgress < 0) return { ...base, status: 'off_track', reason: 'moving_away' };
    return { ...base, status: statusFromRatio(ratio, 'trajectory').status, reason: 'ratio' };
  }

  function growth(): Partial<StatusExplanation> & Pick<StatusExplanation, 'status' | 'reason'> {
    const b = baseline!;
    const l = latest!;
    const t = target!;
    const differentSign = (x: number, y: number) => (x < 0 && y > 0) || (x > 0 && y < 0);
    if (differentSign(b.compared, l.compared) || differentSign(b.compared, t.compared) || t.year <= b.year) {
      return { status: 'no_data', reason: 'growth_undefined' };
    }
    const observedGrowth = cagr(b.compared, l.compared, l.year - b.year);
    const requiredGrowth = cagr(b.compared, t.compared, t.year - b.year);
    // Both values negative (e.g. a WGI estimate): a falling ratio is a rise.
    const valueSign = b.compared < 0 ? -1 : 1;
    const base = { observedGrowth, requiredGrowth };
    if (requiredGrowth === 0) {
      const away = s * valueSign * observedGrowth < 0;
      return { ...base, status: away ? 'off_track' : 'on_track', reason: away ? 'moving_away' : 'ratio' };
    }
    const ratio = (valueSign * s * observedGrowth) / Math.abs(requiredGrowth);
    const graded = statusFromRatio(ratio, 'growth');
    return { ...base, ratio, status: graded.status, growthBand: graded.band, reason: ratio < 0 ? 'moving_away' : 'ratio' };
  }
}

// ── Roll-up ────────────────────────────────────────────────────────────────────

export type StatusRollUp = {
  counts: Record<Status, number>;
  total: number;
  /** Indicators with a graded status (achieved, on track, needs attention, off track). */
  withStatus: number;
  status: Status;
};

/** Worst first: the roll-up takes the worst graded status among its indicators. */
const GRADE_ORDER: Record<GradedStatus, number> = { off_track: 0, needs_attention: 1, on_track: 2, achieved: 3 };

/**
 * The one roll-up rule (decision 0003; stated on every page that shows a roll-up): a strategy
 * or the plan is achieved only when every indicator in it is achieved; otherwise it takes the
 * worst graded status among its indicators that have one — never "achieved" while an indicator
 * is unachieved, unmeasured or without a target (capped at on track then). Indicators without
 * data or without a target are counted apart and always shown beside it ("3 of 5 have a
 * status"); with none graded, the roll-up is no_data.
 */
export function rollUpStatuses(items: ReadonlyArray<Pick<StatusExplanation, 'status'>>): StatusRollUp {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const item of items) counts[item.status] += 1;
  const graded = items.map((i) => i.status).filter(isGraded);
  const withStatus = graded.length;
  if (withStatus === 0) return { counts, total: items.length, withStatus, status: 'no_data' };
  if (counts.achieved === items.length) return { counts, total: items.length, withStatus, status: 'achieved' };
  const worst = graded.reduce((w, s) => (GRADE_ORDER[s] < GRADE_ORDER[w] ? s : w));
  return { counts, total: items.length, withStatus, status: worst === 'achieved' ? 'on_track' : worst };
}

// ── Staleness ──────────────────────────────────────────────────────────────────

export type YearKind = 'fiscal' | 'edition';

export type Staleness = {
  latestYear: number | null;
  /** The data year whose figure is awaited next. */
  nextYear: number | null;
  /** ISO date by which the next figure is normally released. */
  expectedReleaseOn: string | null;
  overdue: boolean;
  daysOverdue: number | null;
};

/** Last day (ISO) of the period a data year covers: fiscal BE y ends 30 Sep CE y−543; an edition year ends 31 Dec. */
export function periodEnd(year: number, yearKind: YearKind): string {
  const ce = beToCe(year);
  return yearKind === 'fiscal' ? `${ce}-09-30` : `${ce}-12-31`;
}

/** Period end plus the release lag, to the end of that month. */
export function expectedReleaseDate(year: number, yearKind: YearKind, releaseLagMonths: number): string {
  const ce = beToCe(year);
  const endMonth = yearKind === 'fiscal' ? 8 : 11; // 0-based: September, December
  const d = new Date(Date.UTC(ce, endMonth + releaseLagMonths + 1, 0));
  return d.toISOString().slice(0, 10);
}

const isoDate = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/**
 * Is the latest value overdue? It is when the next year's expected release date has passed.
 * Without any value, the first awaited year is `firstYear` (the plan's first year) if given.
 */
export function computeStaleness(
  subject: { yearKind: YearKind; releaseLagMonths: number | null; values: readonly { year: number; provisional?: boolean }[] },
  today: Date | string,
  firstYear: number | null = null,
): Staleness {
  // A provisional figure is not the release awaited: the final one still is.
  const latestYear = subject.values.filter((v) => !v.provisional).reduce<number | null>((m, v) => (m === null || v.year > m ? v.year : m), null);
  const nextYear = latestYear !== null ? latestYear + 1 : firstYear;
  if (nextYear === null || subject.releaseLagMonths === null) {
    return { latestYear, nextYear, expectedReleaseOn: null, overdue: false, daysOverdue: null };
  }
  const expectedReleaseOn = expectedReleaseDate(nextYear, subject.yearKind, subject.releaseLagMonths);
  const todayIso = isoDate(today);
  const overdue = todayIso > expectedReleaseOn;
  const daysOverdue = overdue ? Math.round((Date.parse(todayIso) - Date.parse(expectedReleaseOn)) / 86_400_000) : null;
  return { latestYear, nextYear, expectedReleaseOn, overdue, daysOverdue };
}
